using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ConflictModel.Collections;

/// <summary>
/// Factory methods for <see cref="EquatableArray{T}"/>; also the builder that lets C# collection
/// expressions (<c>Aliases = ["JNIM", "GSIM"]</c>) produce an <see cref="EquatableArray{T}"/>.
/// </summary>
public static class EquatableArray
{
    /// <summary>Creates an array holding a copy of <paramref name="items"/>, in order.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements; the span is copied, so later changes to its memory are not seen.</param>
    /// <returns>An immutable array that compares by value.</returns>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    /// <summary>Creates an array holding a copy of <paramref name="items"/>, in enumeration order.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements to copy; <see langword="null"/> gives an empty array.</param>
    /// <returns>An immutable array that compares by value.</returns>
    public static EquatableArray<T> From<T>(IEnumerable<T>? items) =>
        items is null ? EquatableArray<T>.Empty : new(ImmutableArray.CreateRange(items));
}
