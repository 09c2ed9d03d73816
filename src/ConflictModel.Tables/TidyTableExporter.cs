using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Engagements;

namespace ConflictModel.Tables;

/// <summary>
/// Writes documents as seven tidy tables, one row per engagement, side, site, figure, estimate, statement and
/// reconciled figure per built-in policy (columns in docs/analysis.md), as Parquet or CSV files in a folder that
/// DuckDB, pandas, R's arrow and Spark read directly.
/// </summary>
/// <remarks>
/// <para>
/// The documents are written as they arrive: each table holds at most <see cref="TableExportOptions.RowGroupSize"/>
/// rows (per partition) in memory, so a stream of import batches of any length is exported in bounded memory.
/// </para>
/// <para>
/// Every table has an <c>engagement_id</c> column; side, site, figure and statement ids are unique within their
/// engagement, so joins use <c>engagement_id</c> together with them. Enumerated values are written as the JSON form
/// writes them (<c>attack</c>, <c>primaryTarget</c>); lists (actor ids, tactics) are joined with <c>;</c>.
/// </para>
/// </remarks>
/// <threadsafety>The exporter is stateless; concurrent exports must write to different folders.</threadsafety>
public static class TidyTableExporter
{
    /// <summary>Gets the tables' names, in the order they are listed: the file name (or the folder, when partitioned) of each.</summary>
    public static IReadOnlyList<string> TableNames { get; } = [.. TidySchemas.All.Select(t => t.Name)];

    /// <summary>Writes the documents' tables into <paramref name="directory"/> (created if needed; existing table files are replaced).</summary>
    /// <param name="documents">The documents, for example an import's batches.</param>
    /// <param name="directory">The output folder.</param>
    /// <param name="options">The format and partitioning; <see langword="null"/> for Parquet, unpartitioned.</param>
    /// <param name="cancellationToken">Stops the export; the files written so far are left as they are.</param>
    /// <returns>The counts of what was written.</returns>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty, or <see cref="TableExportOptions.RowGroupSize"/> is below 1.</exception>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public static async Task<TableExportSummary> ExportAsync(IAsyncEnumerable<DatasetDocument> documents, string directory, TableExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        options ??= new TableExportOptions();
        if (options.RowGroupSize < 1)
        {
            throw new ArgumentException($"RowGroupSize must be 1 or more; it is {options.RowGroupSize}.", nameof(options));
        }

        Directory.CreateDirectory(directory);
        await using var sink = new TableSink(directory, options);
        long documentCount = 0, engagements = 0;
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            ArgumentNullException.ThrowIfNull(document, nameof(documents));
            documentCount++;
            engagements += document.Engagements.Count;
            TidyRows.Add(document, sink.BufferFor, options.IncludeReasoning);
            await sink.FlushFullAsync(cancellationToken).ConfigureAwait(false);
        }

        await sink.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return new TableExportSummary
        {
            Documents = documentCount,
            Engagements = engagements,
            RowsPerTable = [.. TidySchemas.All.Select(t => new KeyValuePair<string, long>(t.Name, sink.RowsWritten(t)))],
            Files = sink.Files,
        };
    }

    /// <summary>The buffers and open files of every table and partition of one export.</summary>
    private sealed class TableSink(string directory, TableExportOptions options) : IAsyncDisposable
    {
        private readonly Dictionary<(TableSchema Table, int? Year), Partition> _partitions = [];
        private readonly Dictionary<TableSchema, long> _rows = [];
        private readonly List<(int Table, int? Year, string Path)> _files = [];
        private readonly string _extension = options.Format == TableFileFormat.Csv ? ".csv" : ".parquet";

        public List<string> Files => [.. _files.OrderBy(f => f.Table).ThenBy(f => f.Year).Select(f => f.Path)];

        public long RowsWritten(TableSchema table) => _rows.GetValueOrDefault(table);

        public TableBuffer BufferFor(Engagement engagement, TableSchema table)
        {
            int? year = options.PartitionByYear ? engagement.Time.Start.Year : null;
            if (!_partitions.TryGetValue((table, year), out var partition))
            {
                partition = new Partition(new TableBuffer(table));
                _partitions.Add((table, year), partition);
            }

            return partition.Buffer;
        }

        public async ValueTask FlushFullAsync(CancellationToken cancellationToken)
        {
            foreach (var ((table, year), partition) in _partitions)
            {
                if (partition.Buffer.Rows >= options.RowGroupSize)
                {
                    await FlushAsync(table, year, partition, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        public async ValueTask CompleteAsync(CancellationToken cancellationToken)
        {
            foreach (var table in TidySchemas.All)
            {
                // An unpartitioned table always has its file, with the header (CSV) or schema (Parquet) even when empty.
                if (!options.PartitionByYear && !_partitions.ContainsKey((table, null)))
                {
                    _partitions.Add((table, null), new Partition(new TableBuffer(table)));
                }
            }

            foreach (var entry in _partitions.OrderBy(p => IndexOf(p.Key.Table)).ThenBy(p => p.Key.Year))
            {
                var partition = entry.Value;
                await FlushAsync(entry.Key.Table, entry.Key.Year, partition, cancellationToken, force: true).ConfigureAwait(false);
                if (partition.File is { } file)
                {
                    partition.File = null;
                    await file.DisposeAsync().ConfigureAwait(false);
                }
            }
        }

        private static int IndexOf(TableSchema table)
        {
            for (var i = 0; i < TidySchemas.All.Count; i++)
            {
                if (TidySchemas.All[i] == table)
                {
                    return i;
                }
            }

            return -1;
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var partition in _partitions.Values)
            {
                if (partition.File is { } file)
                {
                    partition.File = null;
                    await file.DisposeAsync().ConfigureAwait(false);
                }
            }
        }

        private async ValueTask FlushAsync(TableSchema table, int? year, Partition partition, CancellationToken cancellationToken, bool force = false)
        {
            var buffer = partition.Buffer;
            if (buffer.Rows == 0 && !(force && partition.File is null))
            {
                return;
            }

            partition.File ??= await OpenAsync(table, year, cancellationToken).ConfigureAwait(false);
            await partition.File.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
            _rows[table] = _rows.GetValueOrDefault(table) + buffer.Rows;
            buffer.Clear();
        }

        private async Task<ITableFile> OpenAsync(TableSchema table, int? year, CancellationToken cancellationToken)
        {
            var relative = year is { } y
                ? table.Name + "/year=" + y.ToString(CultureInfo.InvariantCulture) + "/part-0" + _extension
                : table.Name + _extension;
            var path = Path.Combine(directory, relative.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: false);
            try
            {
                ITableFile file = options.Format == TableFileFormat.Csv
                    ? new CsvTableFile(stream, table)
                    : await ParquetTableFile.CreateAsync(stream, table, cancellationToken).ConfigureAwait(false);
                _files.Add((IndexOf(table), year, relative));
                return file;
            }
            catch
            {
                await stream.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        private sealed class Partition(TableBuffer buffer)
        {
            public TableBuffer Buffer { get; } = buffer;

            public ITableFile? File { get; set; }
        }
    }
}
