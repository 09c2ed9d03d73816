using System;
using System.Collections.Generic;
using System.IO;
using nietras.SeparatedValues;

namespace ConflictModel.Interop.Csv;

/// <summary>Writes rows of a fixed set of columns with Sep, quoting as needed and neutralising formulas when asked.</summary>
internal sealed class CsvTableWriter : IDisposable
{
    private readonly SepWriter _writer;
    private readonly IReadOnlyList<string> _columns;
    private readonly bool _safe;

    public CsvTableWriter(TextWriter text, IReadOnlyList<string> columns, bool spreadsheetSafe)
    {
        _columns = columns;
        _safe = spreadsheetSafe;
        _writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text, leaveOpen: true);
        _writer.Header.Add(columns);
    }

    public long Rows { get; private set; }

    public long Neutralised { get; private set; }

    /// <summary>Gets the number of values written that a spreadsheet would run as formulas (neutralised or not).</summary>
    public long FormulaLike { get; private set; }

    public void Write(IReadOnlyList<string> values, bool countAsData = true)
    {
        using var row = _writer.NewRow();
        for (var i = 0; i < _columns.Count; i++)
        {
            var value = values[i];
            if (SpreadsheetSafety.IsDangerous(value))
            {
                FormulaLike++;
                if (_safe)
                {
                    value = "'" + value;
                    Neutralised++;
                }
            }

            row[i].Set(value);
        }

        if (countAsData)
        {
            Rows++;
        }
    }

    public void Dispose() => _writer.Dispose();
}
