using System;
using System.Collections.Generic;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Sources;
using ConflictModel.Validation;
using nietras.SeparatedValues;

namespace ConflictModel.Interop.Csv;

/// <summary>
/// A run of consecutive rows copied out of Sep's buffer, and what mapping them produced: each row's engagement
/// or error, and the actors, sources and warnings of the rows one after the other. A block is read and mapped
/// by one thread and merged into the batches, in file order, by the same or another. Blocks are reused:
/// <see cref="Reset"/> forgets the rows but keeps the buffers.
/// </summary>
internal sealed class RowBlock
{
    private readonly List<Actor> _actors = [];
    private readonly List<Source> _sources = [];
    private readonly List<Problem> _warnings = [];
    private char[] _chars = new char[16 * 1024];
    private int[] _starts = new int[1024];
    private int[] _lengths = new int[1024];
    private int _usedChars;
    private int _usedCols;
    private RowEntry[] _rows = new RowEntry[64];

    /// <summary>Gets the number of rows in the block.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the characters of every value of the block, one after the other.</summary>
    public char[] Chars => _chars;

    /// <summary>Gets the actors the mapped rows use, row after row (see <see cref="Result"/>).</summary>
    public List<Actor> Actors => _actors;

    /// <summary>Gets the sources the mapped rows' statements use, row after row.</summary>
    public List<Source> Sources => _sources;

    /// <summary>Gets the warnings of the mapped rows, row after row.</summary>
    public List<Problem> Warnings => _warnings;

    /// <summary>Gets or sets a value indicating whether every row has been mapped (set by the mapping thread, under the import's lock).</summary>
    public bool IsMapped { get; set; }

    /// <summary>Gets or sets what the mapper threw that is not a bad row, to be rethrown in file order.</summary>
    public System.Runtime.ExceptionServices.ExceptionDispatchInfo? MapError { get; set; }

    /// <summary>Gets row <paramref name="index"/>.</summary>
    public CsvRow this[int index] => new(this, index);

    /// <summary>Forgets the rows and results; keeps the buffers.</summary>
    public void Reset()
    {
        Array.Clear(_rows, 0, Count);
        Count = 0;
        _usedChars = 0;
        _usedCols = 0;
        _actors.Clear();
        _sources.Clear();
        _warnings.Clear();
        IsMapped = false;
        MapError = null;
    }

    /// <summary>Copies the (unescaped) values of <paramref name="row"/> into the block as its next row.</summary>
    public void Add(SepReader.Row row)
    {
        var cols = row.ColCount;
        Reserve(cols);
        for (var c = 0; c < cols; c++)
        {
            Put(c, row[c].Span);
        }

        Commit(row.LineNumberFrom, cols);
    }

    /// <summary>
    /// Adds a row whose values come from elsewhere than a CSV file (a JSON record's fields, in the header's order;
    /// <see langword="null"/> for a missing or null field), as its next row starting on <paramref name="line"/>.
    /// </summary>
    public void Add(ReadOnlySpan<string?> values, long line)
    {
        var cols = values.Length;
        Reserve(cols);
        for (var c = 0; c < cols; c++)
        {
            Put(c, values[c].AsSpan());
        }

        Commit(line, cols);
    }

    /// <summary>Makes room for one more row of <paramref name="cols"/> values.</summary>
    private void Reserve(int cols)
    {
        if (Count == _rows.Length)
        {
            Array.Resize(ref _rows, _rows.Length * 2);
        }

        if (_usedCols + cols > _starts.Length)
        {
            var size = Math.Max(_starts.Length * 2, _usedCols + cols);
            Array.Resize(ref _starts, size);
            Array.Resize(ref _lengths, size);
        }
    }

    /// <summary>Copies value <paramref name="c"/> of the row being added.</summary>
    private void Put(int c, ReadOnlySpan<char> value)
    {
        if (_usedChars + value.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _usedChars + value.Length));
        }

        value.CopyTo(_chars.AsSpan(_usedChars));
        _starts[_usedCols + c] = _usedChars;
        _lengths[_usedCols + c] = value.Length;
        _usedChars += value.Length;
    }

    /// <summary>Ends the row being added: it starts on <paramref name="line"/> and has <paramref name="cols"/> values.</summary>
    private void Commit(long line, int cols)
    {
        _rows[Count] = new RowEntry { Line = line, FirstCol = _usedCols, ColCount = cols };
        _usedCols += cols;
        Count++;
    }

    /// <summary>Removes the last row added (an HXL hashtag row, say).</summary>
    public void RemoveLast()
    {
        Count--;
        _usedCols = _rows[Count].FirstCol;
        _usedChars = _rows[Count].ColCount == 0 ? _usedChars : _starts[_usedCols];
        _rows[Count] = default;
    }

    /// <summary>Gets the result of mapping row <paramref name="index"/>.</summary>
    public ref RowEntry Result(int index) => ref _rows[index];

    internal long LineOf(int index) => _rows[index].Line;

    internal int ColCountOf(int index) => _rows[index].ColCount;

    internal ReadOnlySpan<char> Value(int index, int column)
    {
        var at = _rows[index].FirstCol + column;
        return _chars.AsSpan(_starts[at], _lengths[at]);
    }

    internal (int Start, int Length) Range(int index, int column)
    {
        var at = _rows[index].FirstCol + column;
        return (_starts[at], _lengths[at]);
    }

    /// <summary>One row: where it is, and what mapping it produced.</summary>
    internal struct RowEntry
    {
        /// <summary>The 1-based line on which the row starts.</summary>
        public long Line;

        /// <summary>Where the row's first value is in the block's value table.</summary>
        public int FirstCol;

        /// <summary>How many values the row has.</summary>
        public int ColCount;

        /// <summary>The engagement, or <see langword="null"/> when the row is bad.</summary>
        public Engagement? Engagement;

        /// <summary>Why the row is bad, or <see langword="null"/>.</summary>
        public Problem? Error;

        /// <summary>Where the row's actors end in <see cref="Actors"/> (they start where the previous row's end).</summary>
        public int ActorsEnd;

        /// <summary>Where the row's sources end in <see cref="Sources"/>.</summary>
        public int SourcesEnd;

        /// <summary>Where the row's warnings end in <see cref="Warnings"/>.</summary>
        public int WarningsEnd;
    }
}
