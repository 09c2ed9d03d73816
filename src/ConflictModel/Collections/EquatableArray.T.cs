using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ConflictModel.Collections;

/// <summary>
/// An immutable, ordered collection that compares by value: two arrays are equal when they hold equal
/// elements in the same order. Every collection in the model is one of these, which is what makes two
/// documents built from the same facts compare equal.
/// </summary>
/// <remarks>
/// <para>
/// A plain <see cref="ImmutableArray{T}"/> or <see cref="List{T}"/> compares by reference, so a record
/// holding one is never equal to an identical copy. This wrapper fixes that once for the whole model.
/// </para>
/// <para>
/// The default value (<c>default(EquatableArray&lt;T&gt;)</c>) behaves as an empty array, so a model
/// member that was never set is empty, never <see langword="null"/>. Element equality uses
/// <see cref="EqualityComparer{T}.Default"/>; order matters.
/// </para>
/// </remarks>
/// <typeparam name="T">The element type; it should itself compare by value.</typeparam>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps <paramref name="items"/>; a default (uninitialised) array is treated as empty.</summary>
    /// <param name="items">The elements, already immutable, so no copy is made.</param>
    public EquatableArray(ImmutableArray<T> items) => _items = items.IsDefault ? ImmutableArray<T>.Empty : items;

    /// <summary>Gets an array with no elements; equal to <c>default(EquatableArray&lt;T&gt;)</c>.</summary>
    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Mirrors ImmutableArray<T>.Empty, which users expect.")]
    public static EquatableArray<T> Empty => default;

    /// <summary>Gets the elements as an <see cref="ImmutableArray{T}"/>, never a default one.</summary>
    public ImmutableArray<T> AsImmutableArray() => _items.IsDefault ? ImmutableArray<T>.Empty : _items;

    /// <summary>Gets the number of elements; zero for a default array.</summary>
    public int Count => _items.IsDefault ? 0 : _items.Length;

    /// <summary>Gets a value indicating whether the array holds no element.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Gets the element at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based position.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is negative or not below <see cref="Count"/>.</exception>
    public T this[int index] => AsImmutableArray()[index];

    /// <summary>Returns a new array with <paramref name="item"/> appended; this one is unchanged.</summary>
    /// <param name="item">The element to add at the end.</param>
    /// <returns>A new array one element longer.</returns>
    public EquatableArray<T> Add(T item) => new(AsImmutableArray().Add(item));

    /// <summary>Returns a new array with <paramref name="items"/> appended in order; this one is unchanged.</summary>
    /// <param name="items">The elements to add at the end.</param>
    /// <returns>A new array holding this array's elements followed by <paramref name="items"/>.</returns>
    public EquatableArray<T> AddRange(IEnumerable<T> items) => new(AsImmutableArray().AddRange(items));

    /// <summary>Returns a new array with the element at <paramref name="index"/> replaced.</summary>
    /// <param name="index">The zero-based position to replace.</param>
    /// <param name="item">The new element.</param>
    /// <returns>A new array of the same length.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the array.</exception>
    public EquatableArray<T> SetItem(int index, T item) => new(AsImmutableArray().SetItem(index, item));

    /// <summary>Returns a new array without the element at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based position to remove.</param>
    /// <returns>A new array one element shorter.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the array.</exception>
    public EquatableArray<T> RemoveAt(int index) => new(AsImmutableArray().RemoveAt(index));

    /// <inheritdoc/>
    public bool Equals(EquatableArray<T> other) =>
        AsImmutableArray().AsSpan().SequenceEqual(other.AsImmutableArray().AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <summary>Returns a hash code computed from every element, in order, consistent with <see cref="Equals(EquatableArray{T})"/>.</summary>
    /// <returns>The combined hash code of the elements.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsImmutableArray())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the elements joined by ", " inside brackets, for debugging and messages.</summary>
    /// <returns>A string such as <c>[JNIM, GSIM]</c>.</returns>
    public override string ToString() => "[" + string.Join(", ", AsImmutableArray()) + "]";

    /// <summary>Returns an enumerator over the elements that does not allocate.</summary>
    /// <returns>A struct enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();

    /// <summary>Compares two arrays element by element.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when both hold equal elements in the same order.</returns>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Compares two arrays element by element.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when the arrays differ in length or in any element.</returns>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>Wraps an immutable array without copying it.</summary>
    /// <param name="items">The elements; a default array becomes an empty one.</param>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Copies a plain array; later changes to <paramref name="items"/> are not seen.</summary>
    /// <param name="items">The elements; <see langword="null"/> gives an empty array.</param>
    public static implicit operator EquatableArray<T>(T[]? items) =>
        items is null ? Empty : new(ImmutableArray.Create(items));
}
