using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using nietras.SeparatedValues;

namespace ConflictModel.Tables;

/// <summary>
/// A table as RFC 4180 CSV (UTF-8 without a byte-order mark, comma-separated, a header of the column names, quoted when
/// needed); empty fields are nulls, and values are written as <see cref="ColumnBuffer.Text"/> gives them.
/// </summary>
internal sealed class CsvTableFile : ITableFile
{
    private readonly StreamWriter _text;
    private readonly SepWriter _writer;

    public CsvTableFile(Stream stream, TableSchema schema)
    {
        _text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        _writer = Sep.New(',').Writer(o => o with { Escape = true }).To(_text, leaveOpen: true);
        foreach (var column in schema.Columns)
        {
            _writer.Header.Add(column.Name);
        }

        _writer.Header.Write();
    }

    public ValueTask WriteAsync(TableBuffer rows, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(rows);
        return ValueTask.CompletedTask;
    }

    private void Write(TableBuffer rows)
    {
        var columns = rows.Columns;
        for (var r = 0; r < rows.Rows; r++)
        {
            using var row = _writer.NewRow();
            for (var c = 0; c < columns.Length; c++)
            {
                row[c].Set(columns[c].Text(r) ?? string.Empty);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _writer.Dispose();
        await _text.DisposeAsync().ConfigureAwait(false);
    }
}
