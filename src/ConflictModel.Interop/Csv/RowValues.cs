using System;

namespace ConflictModel.Interop.Csv;

/// <summary>
/// One row's values by column, reused from row to row: each value is a range of the characters of the row's
/// <see cref="RowBlock"/> (nothing is copied), and becomes a string only when a mapper asks for one (most are
/// only parsed or compared).
/// </summary>
internal sealed class RowValues
{
    private readonly string?[] _strings;
    private readonly int[] _starts;
    private readonly int[] _lengths;
    private char[] _chars = [];

    public RowValues(int count)
    {
        _strings = new string?[count];
        _starts = new int[count];
        _lengths = new int[count];
    }

    /// <summary>Gets the value of <paramref name="column"/> as a string, made on first use.</summary>
    public string this[int column] =>
        _strings[column] ??= _lengths[column] == 0 ? string.Empty : new string(_chars, _starts[column], _lengths[column]);

    /// <summary>Gets the characters of <paramref name="column"/>'s value, valid until the next row is set.</summary>
    public ReadOnlySpan<char> Span(int column) =>
        _strings[column] is { } text ? text.AsSpan() : _chars.AsSpan(_starts[column], _lengths[column]);

    /// <summary>Gets how many characters the value of <paramref name="column"/> has, without making a string of it.</summary>
    /// <param name="column">The column, in the mapper's order.</param>
    /// <returns>The value's length.</returns>
    public int Length(int column) => _lengths[column];

    /// <summary>Gets a value indicating whether <paramref name="column"/>'s value is empty.</summary>
    public bool IsEmpty(int column) => _lengths[column] == 0;

    /// <summary>Starts the next row, whose values are ranges of <paramref name="chars"/> (its block's characters).</summary>
    public void Use(char[] chars) => _chars = chars;

    /// <summary>Sets the value of <paramref name="column"/> to a range of the characters given to <see cref="Use"/>.</summary>
    public void Set(int column, int start, int length)
    {
        _strings[column] = null;
        _starts[column] = start;
        _lengths[column] = length;
    }

    /// <summary>Sets the value of <paramref name="column"/> to a string the caller already has.</summary>
    public void Set(int column, string value)
    {
        _strings[column] = value;
        _starts[column] = 0;
        _lengths[column] = value.Length;
    }
}
