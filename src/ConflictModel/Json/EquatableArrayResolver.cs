using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ConflictModel.Collections;

namespace ConflictModel.Json;

/// <summary>
/// Gives System.Text.Json the metadata of each <see cref="EquatableArray{T}"/> of the format as an
/// immutable collection (the same kind of metadata the source generator emits for
/// <see cref="System.Collections.Immutable.ImmutableArray{T}"/>), so that arrays are read and written by the
/// serializer itself: elements keep their exact paths, and no per-element call re-enters the serializer.
/// </summary>
/// <remarks>
/// No reflection: each element type is registered with <see cref="Add{T}"/>. A <see langword="null"/>
/// element is refused when reading, and <see cref="JsonFormat"/> refuses to write one (the serializer's
/// nullable annotations do not reach collection elements).
/// </remarks>
internal sealed class EquatableArrayResolver : IJsonTypeInfoResolver
{
    private readonly Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> _factories = [];

    /// <summary>Registers <see cref="EquatableArray{T}"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    public void Add<T>() => _factories[typeof(EquatableArray<T>)] = static options =>
        JsonMetadataServices.CreateImmutableEnumerableInfo<EquatableArray<T>, T>(
            options,
            new JsonCollectionInfoValues<EquatableArray<T>>(),
            static items => Create(items));

    /// <inheritdoc/>
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        _factories.TryGetValue(type, out var factory) ? factory(options) : null;

    /// <summary>Finds the first <see langword="null"/> element.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <returns>Its index, or <see langword="null"/> when there is none.</returns>
    internal static int? IndexOfNull<T>(EquatableArray<T> array)
    {
        if (default(T) is null)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is null)
                {
                    return i;
                }
            }
        }

        return null;
    }

    private static EquatableArray<T> Create<T>(IEnumerable<T> items)
    {
        var array = EquatableArray.From(items);
        if (IndexOfNull(array) is { } index)
        {
            throw new JsonException(JsonMessages.NullElement(index));
        }

        return array;
    }
}
