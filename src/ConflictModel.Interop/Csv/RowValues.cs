using System;

namespace ConflictModel.Interop.Csv;

/// <summary>
/// One row's values by column, reused from row to row: the characters are copied from the CSV row into one
/// buffer, and a value becomes a string only when a mapper asks for one (most are only parsed or compared).
/// </summary>
internal sealed class RowValues
{
    private readonly string?[] _strings;
    private readonly int[] _starts;
    private readonly int[] _lengths;
    private char[] _chars = new char[1024];
    private int _used;

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

    /// <summary>Gets a value indicating whether <paramref name="column"/>'s value is empty.</summary>
    public bool IsEmpty(int column) => _lengths[column] == 0;

    /// <summary>Forgets the previous row's values; call before setting the next row's.</summary>
    public void Clear() => _used = 0;

    /// <summary>Copies <paramref name="value"/> in as the value of <paramref name="column"/>.</summary>
    public void Set(int column, ReadOnlySpan<char> value)
    {
        if (_used + value.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + value.Length));
        }

        value.CopyTo(_chars.AsSpan(_used));
        _strings[column] = null;
        _starts[column] = _used;
        _lengths[column] = value.Length;
        _used += value.Length;
    }

    /// <summary>Sets the value of <paramref name="column"/> to a string the caller already has.</summary>
    public void Set(int column, string value)
    {
        _strings[column] = value;
        _starts[column] = 0;
        _lengths[column] = value.Length;
    }
}
