using System;

namespace ConflictModel.Interop.Csv;

/// <summary>One row of a <see cref="RowBlock"/>: its values by position, valid until the block is reset.</summary>
internal readonly struct CsvRow
{
    private readonly RowBlock _block;
    private readonly int _index;

    public CsvRow(RowBlock block, int index)
    {
        _block = block;
        _index = index;
    }

    /// <summary>Gets the number of values in the row.</summary>
    public int ColCount => _block.ColCountOf(_index);

    /// <summary>Gets the 1-based line on which the row starts.</summary>
    public long Line => _block.LineOf(_index);

    /// <summary>Gets the block whose <see cref="RowBlock.Chars"/> hold the row's characters.</summary>
    public RowBlock Block => _block;

    /// <summary>Gets the characters of value <paramref name="column"/>.</summary>
    public ReadOnlySpan<char> this[int column] => _block.Value(_index, column);

    /// <summary>Gets where value <paramref name="column"/> is in <see cref="RowBlock.Chars"/>.</summary>
    public (int Start, int Length) Range(int column) => _block.Range(_index, column);

    /// <summary>Gets value <paramref name="column"/> as a new string.</summary>
    public string ToString(int column) => this[column].ToString();
}
