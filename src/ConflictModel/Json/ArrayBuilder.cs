using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ConflictModel.Collections;

namespace ConflictModel.Json;

/// <summary>
/// Collects the elements of a JSON array in a pooled buffer and makes the <see cref="EquatableArray{T}"/>
/// with one exact-size copy, which the result then owns (no further copy into an immutable array).
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// If reading fails part-way, the rented buffer is simply not returned to the pool: the garbage collector
/// takes it back, and the failure path stays free of clean-up code.
/// </remarks>
internal struct ArrayBuilder<T>
{
    private T[]? _buffer;
    private int _count;

    /// <summary>Gets the number of elements added.</summary>
    internal readonly int Count => _count;

    /// <summary>Adds an element.</summary>
    /// <param name="item">The element.</param>
    internal void Add(T item)
    {
        if (_buffer is null || _count == _buffer.Length)
        {
            Grow();
        }

        _buffer![_count++] = item;
    }

    /// <summary>Makes the array of the elements added and returns the buffer to the pool.</summary>
    /// <returns>The array.</returns>
    internal EquatableArray<T> ToArrayAndReturn()
    {
        if (_buffer is null)
        {
            return new EquatableArray<T>(ImmutableArray<T>.Empty);
        }

        var items = _buffer.AsSpan(0, _count).ToArray();
        Return(_buffer, _count);
        _buffer = null;
        _count = 0;
        return new EquatableArray<T>(ImmutableCollectionsMarshal.AsImmutableArray(items));
    }

    private void Grow()
    {
        var bigger = ArrayPool<T>.Shared.Rent(_buffer is null ? 8 : checked(_buffer.Length * 2));
        if (_buffer is not null)
        {
            _buffer.AsSpan(0, _count).CopyTo(bigger);
            Return(_buffer, _count);
        }

        _buffer = bigger;
    }

    private static void Return(T[] buffer, int count)
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            buffer.AsSpan(0, count).Clear();
        }

        ArrayPool<T>.Shared.Return(buffer);
    }
}
