using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ConflictModel.Collections;

namespace ConflictModel.Json;

/// <summary>
/// Collects the elements of a JSON array and makes the <see cref="EquatableArray{T}"/> with one exact-size
/// copy, which the result then owns (no further copy into an immutable array).
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// <para>
/// The first <see cref="InlineCount"/> elements (most arrays of the format have fewer) are kept in the
/// builder itself, on the stack; longer arrays continue in a buffer rented from the shared pool. Keeping
/// short arrays out of the pool's long-lived buffers also spares the garbage collector from tracking
/// references from those old buffers to the young elements.
/// </para>
/// <para>
/// If reading fails part-way, a rented buffer is simply not returned to the pool: the garbage collector
/// takes it back, and the failure path stays free of clean-up code.
/// </para>
/// </remarks>
internal struct ArrayBuilder<T>
{
    /// <summary>The number of elements kept without renting a buffer.</summary>
    internal const int InlineCount = 8;

    private Inline _inline;
    private T[]? _rented;
    private int _count;

    /// <summary>Gets the number of elements added.</summary>
    internal readonly int Count => _count;

    /// <summary>Adds an element.</summary>
    /// <param name="item">The element.</param>
    internal void Add(T item)
    {
        if (_rented is null)
        {
            if (_count < InlineCount)
            {
                _inline[_count++] = item;
                return;
            }

            _rented = ArrayPool<T>.Shared.Rent(InlineCount * 2);
            ((ReadOnlySpan<T>)_inline).CopyTo(_rented);
        }
        else if (_count == _rented.Length)
        {
            var bigger = ArrayPool<T>.Shared.Rent(checked(_rented.Length * 2));
            _rented.AsSpan(0, _count).CopyTo(bigger);
            Return(_rented, _count);
            _rented = bigger;
        }

        _rented[_count++] = item;
    }

    /// <summary>Makes the array of the elements added and returns any rented buffer to the pool.</summary>
    /// <returns>The array.</returns>
    internal EquatableArray<T> ToArrayAndReturn()
    {
        if (_count == 0)
        {
            return new EquatableArray<T>(ImmutableArray<T>.Empty);
        }

        T[] items;
        if (_rented is null)
        {
            items = ((ReadOnlySpan<T>)_inline)[.._count].ToArray();
        }
        else
        {
            items = _rented.AsSpan(0, _count).ToArray();
            Return(_rented, _count);
            _rented = null;
        }

        _count = 0;
        return new EquatableArray<T>(ImmutableCollectionsMarshal.AsImmutableArray(items));
    }

    private static void Return(T[] buffer, int count)
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            buffer.AsSpan(0, count).Clear();
        }

        ArrayPool<T>.Shared.Return(buffer);
    }

    /// <summary>Storage for the first elements.</summary>
    [InlineArray(InlineCount)]
    private struct Inline
    {
        private T _element;
    }
}
