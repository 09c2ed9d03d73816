using System.Runtime.InteropServices;
using ConflictModel.Collections;

namespace ConflictModel.Interop.Csv;

/// <summary>Builds model collections without the defensive copy of the implicit array conversion.</summary>
internal static class EquatableArrays
{
    /// <summary>Wraps <paramref name="items"/> without copying; the caller hands the array over and never changes it again.</summary>
    public static EquatableArray<T> Own<T>(T[] items) => new(ImmutableCollectionsMarshal.AsImmutableArray(items));
}
