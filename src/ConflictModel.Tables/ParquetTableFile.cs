using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace ConflictModel.Tables;

/// <summary>
/// A table as one Parquet file (Parquet.Net, Snappy-compressed), one row group per flush of the buffer. Text columns
/// are UTF-8 <c>STRING</c>s, timestamps <c>TIMESTAMP(MICROS)</c> not adjusted to UTC (the model's times are local),
/// dates <c>DATE</c>; a column that may be empty is <c>OPTIONAL</c>, any other <c>REQUIRED</c>.
/// </summary>
internal sealed class ParquetTableFile : ITableFile
{
    private readonly ParquetWriter _writer;
    private readonly DataField[] _fields;
    private readonly TableSchema _schema;
    private readonly Stream _stream;

    private ParquetTableFile(Stream stream, ParquetWriter writer, DataField[] fields, TableSchema schema)
    {
        _stream = stream;
        _writer = writer;
        _fields = fields;
        _schema = schema;
    }

    public static async Task<ParquetTableFile> CreateAsync(Stream stream, TableSchema schema, CancellationToken cancellationToken)
    {
        var fields = schema.Columns.Select(Field).ToArray();
        var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new ParquetTableFile(stream, writer, fields, schema);
    }

    public async ValueTask WriteAsync(TableBuffer rows, CancellationToken cancellationToken)
    {
        if (rows.Rows == 0)
        {
            return;
        }

        using var group = _writer.CreateRowGroup();
        for (var c = 0; c < _fields.Length; c++)
        {
            var field = _fields[c];
            var required = !_schema.Columns[c].Nullable;
            switch (rows.Columns[c])
            {
                case TextColumn text:
                    await group.WriteAsync(field, text.Values!).ConfigureAwait(false);
                    break;
                case ValueColumn<int> v:
                    await Write(group, field, v, required, cancellationToken).ConfigureAwait(false);
                    break;
                case ValueColumn<long> v:
                    await Write(group, field, v, required, cancellationToken).ConfigureAwait(false);
                    break;
                case ValueColumn<double> v:
                    await Write(group, field, v, required, cancellationToken).ConfigureAwait(false);
                    break;
                case ValueColumn<bool> v:
                    await Write(group, field, v, required, cancellationToken).ConfigureAwait(false);
                    break;
                case ValueColumn<DateOnly> v:
                    await Write(group, field, v, required, cancellationToken).ConfigureAwait(false);
                    break;
                case ValueColumn<DateTime> v:
                    await Write(group, field, v, required, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    throw new InvalidOperationException($"Table '{_schema.Name}', column '{field.Name}': no Parquet form for {rows.Columns[c].GetType().Name}.");
            }
        }
    }

    /// <summary>Writes the file's footer, then closes the stream (the Parquet writer leaves it open).</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task Write<T>(ParquetRowGroupWriter group, DataField field, ValueColumn<T> column, bool required, CancellationToken cancellationToken)
        where T : struct
    {
        if (required)
        {
            var values = new T[column.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = column.Values[i] ?? throw new InvalidOperationException($"Column '{field.Name}' is required but row {i + 1} of the batch has no value.");
            }

            await group.WriteAsync<T>(field, values.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await group.WriteAsync<T>(field, column.Values.ToArray().AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    private static DataField Field(TableColumn column) => column.Type switch
    {
        ColumnType.Text => new DataField<string>(column.Name, column.Nullable),
        ColumnType.Int32 => column.Nullable ? new DataField<int?>(column.Name) : new DataField<int>(column.Name),
        ColumnType.Int64 => column.Nullable ? new DataField<long?>(column.Name) : new DataField<long>(column.Name),
        ColumnType.Double => column.Nullable ? new DataField<double?>(column.Name) : new DataField<double>(column.Name),
        ColumnType.Boolean => column.Nullable ? new DataField<bool?>(column.Name) : new DataField<bool>(column.Name),
        ColumnType.Date => column.Nullable ? new DataField<DateOnly?>(column.Name) : new DataField<DateOnly>(column.Name),
        ColumnType.Timestamp => new DateTimeDataField(column.Name, DateTimeFormat.Timestamp, isAdjustedToUTC: false, unit: DateTimeTimeUnit.Micros, isNullable: column.Nullable),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, "Unknown column type."),
    };
}
