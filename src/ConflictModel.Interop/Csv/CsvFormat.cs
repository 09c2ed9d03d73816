using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using ConflictModel.Interop.Formats;

namespace ConflictModel.Interop.Csv;

/// <summary>
/// What the CSV datasets (UCDP GED, ACLED) share as formats: recognition by the header's column names, reading
/// through <see cref="CsvImportEngine"/> and writing through <see cref="CsvExportEngine"/>. A dataset's folder adds
/// its row mapper, its <see cref="CsvLayout"/> and the columns that mark its header.
/// </summary>
public abstract class CsvFormat : DatasetFormat
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc/>
    public override IReadOnlyList<string> Extensions { get; } = [".csv"];

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanWrite => true;

    /// <summary>Gets the columns whose presence in a header marks the dataset (at least two must be there).</summary>
    private protected abstract IReadOnlyList<string> MarkColumns { get; }

    /// <summary>Gets the dataset's name in messages: "GED", "ACLED".</summary>
    private protected abstract string DatasetName { get; }

    /// <summary>Gets the dataset's layout on the way out.</summary>
    private protected abstract CsvLayout Layout { get; }

    /// <inheritdoc/>
    public override FormatRecognition Recognise(ReadOnlySpan<byte> head)
    {
        var header = HeaderNames(head);
        if (header is null)
        {
            return new FormatRecognition { Format = Name, Fit = FormatFit.No, Evidence = "no header line of comma-separated names" };
        }

        var marks = MarkColumns.Where(header.Contains).ToArray();
        return marks.Length >= Math.Min(2, MarkColumns.Count)
            ? new FormatRecognition { Format = Name, Fit = FormatFit.Certain, Evidence = $"a header with {DatasetName}'s columns {string.Join(", ", marks)}" }
            : new FormatRecognition { Format = Name, Fit = FormatFit.Possible, Evidence = $"a CSV header without {DatasetName}'s columns ({string.Join(", ", MarkColumns)})" };
    }

    /// <inheritdoc/>
    public override DatasetReading Read(Stream input, DatasetReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var o = options ?? DatasetReadOptions.Default;
        return new DatasetReading(Name, "row", o, (tally, cancellationToken) => ReadCore(input, tally, cancellationToken));
    }

    /// <inheritdoc/>
    public override async Task<DatasetWriteSummary> WriteAsync(IAsyncEnumerable<DatasetDocument> documents, Stream output, DatasetWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        var o = options ?? DatasetWriteOptions.Default;
        long received = 0;
        var chosen = Layouts.Count == 0 ? null : o.Layout is { } asked
            ? FindLayout(asked) ?? throw new ArgumentException($"The {Name} format has no layout '{asked}'; its layouts are {string.Join(", ", Layouts.Select(l => l.Name))}.", nameof(options))
            : null;
        var (first, rest) = await Peek(documents, cancellationToken).ConfigureAwait(false);
        if (chosen is null && Layouts.Count > 0)
        {
            // The layout the engagements were read in (the first engagement's record), else the format's first.
            var recorded = first?.Engagements.Count > 0
                ? first.Engagements[0].DatasetFields.FirstOrDefault(f => f.Name == LayoutFieldName && f.Dataset == Layout.Dataset)?.Value
                : null;
            chosen = FindLayout(recorded) ?? Layouts[0];
        }

        var writer = new StreamWriter(output, Utf8NoBom, 1 << 16, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            var export = await CsvExportEngine.ExportAsync(
                chosen is null ? Layout : CreateLayout(chosen),
                Counted(rest, () => received++, cancellationToken),
                writer,
                new CsvExportOptions { SpreadsheetSafe = o.SpreadsheetSafe, AdditionalColumns = o.AdditionalColumns, IncludeHxlRow = o.IncludeHxlRow, OnNote = o.OnNote },
                cancellationToken).ConfigureAwait(false);
            return new DatasetWriteSummary
            {
                Format = Name,
                RecordKind = "row",
                RecordsWritten = export.RowsWritten,
                DocumentsReceived = received,
                EngagementsWritten = export.EngagementsWritten,
                EngagementsRefused = export.EngagementsRefused,
                ValuesNeutralised = export.ValuesNeutralised,
                FormulaLikeValues = export.FormulaLikeValues,
                FactsDropped = export.FactsDropped,
                NoteCounts = export.NoteCounts,
                NoteCount = export.NoteCount,
                Notes = export.Notes,
            };
        }
    }

    /// <summary>Creates the row mapper of one import.</summary>
    /// <param name="restoreNeutralisedFormulas">See <see cref="CsvImportOptions.RestoreNeutralisedFormulas"/>.</param>
    /// <returns>The mapper.</returns>
    private protected abstract RowMapper CreateMapper(bool restoreNeutralisedFormulas);

    /// <summary>Creates the layout that writes <paramref name="layout"/>, one of <see cref="DatasetFormat.Layouts"/>; the default writes <see cref="Layout"/>.</summary>
    /// <param name="layout">The layout chosen.</param>
    /// <returns>The layout's writer.</returns>
    private protected virtual CsvLayout CreateLayout(FormatLayout layout) => Layout;

    /// <summary>Reads the first document (to see the layout its engagements record) and gives back the whole stream.</summary>
    private static async Task<(DatasetDocument? First, IAsyncEnumerable<DatasetDocument> All)> Peek(IAsyncEnumerable<DatasetDocument> documents, CancellationToken cancellationToken)
    {
        var enumerator = documents.GetAsyncEnumerator(cancellationToken);
        if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
            return (null, Empty());
        }

        var first = enumerator.Current;
        return (first, Resume(first, enumerator));

        static async IAsyncEnumerable<DatasetDocument> Empty()
        {
            await Task.CompletedTask.ConfigureAwait(false);
            yield break;
        }

        static async IAsyncEnumerable<DatasetDocument> Resume(DatasetDocument first, IAsyncEnumerator<DatasetDocument> rest)
        {
            try
            {
                yield return first;
                while (await rest.MoveNextAsync().ConfigureAwait(false))
                {
                    yield return rest.Current;
                }
            }
            finally
            {
                await rest.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Passes the documents on, counting them.</summary>
    private protected static async IAsyncEnumerable<DatasetDocument> Counted(IAsyncEnumerable<DatasetDocument> documents, Action count, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            count();
            yield return document;
        }
    }

    /// <summary>The header's names, lower case and unquoted, or <see langword="null"/> when the first line is not one.</summary>
    private static HashSet<string>? HeaderNames(ReadOnlySpan<byte> head)
    {
        // The header line is at the start; 64 KiB (an even count, whole UTF-16 and UTF-32 units) is plenty.
        var text = TextDecoding.DecodeHead(head[..Math.Min(head.Length, 1 << 16)]);
        var end = text.AsSpan().IndexOfAny('\n', '\r');
        var line = end < 0 ? text : text[..end];
        if (line.Length == 0 || line[0] is '{' or '[' || !line.Contains(','))
        {
            return null;
        }

        return line.Split(',').Select(n => n.Trim().Trim('"').Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Runs the import, which pushes batches to a callback, on a task of its own and hands its batches on through a
    /// channel of one, so that the consumer pulls them one at a time and memory stays bounded by a batch or two.
    /// </summary>
    private async IAsyncEnumerable<DatasetDocument> ReadCore(Stream input, ReadTally tally, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var o = tally.Options;
        var import = new CsvImportOptions
        {
            FileName = tally.Name,
            BatchSize = o.BatchSize,
            MaxDegreeOfParallelism = o.MaxDegreeOfParallelism,
            UniqueIdsAcrossBatches = o.UniqueIdsAcrossBatches,
            BadRows = o.BadRecords,
            MaxReportedIssues = o.MaxReportedProblems,
            Progress = new Progress(tally, o.Progress),
        };
        var channel = Channel.CreateBounded<DatasetDocument>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var mapper = CreateMapper(import.RestoreNeutralisedFormulas);
        var run = Task.Run(
            async () =>
            {
                try
                {
                    return await CsvImportEngine.RunAsync(CsvText.Of(input), mapper, import, (batch, ct) => channel.Writer.WriteAsync(batch, ct), stop.Token).ConfigureAwait(false);
                }
                finally
                {
                    channel.Writer.Complete();
                }
            },
            stop.Token);

        var drained = false;
        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return batch;
            }

            drained = true;
        }
        finally
        {
            if (!drained)
            {
                // The consumer stopped early or failed: stop the import, which may be waiting to hand over a batch.
                await stop.CancelAsync().ConfigureAwait(false);
                try
                {
                    await run.ConfigureAwait(false);
                }
                catch (Exception e) when (e is OperationCanceledException or CsvImportException)
                {
                    // The consumer's own failure is the one reported.
                }
            }
        }

        // A failed import throws its CsvImportException here, which DatasetReading turns into a DatasetReadException.
        var summary = await run.ConfigureAwait(false);
        tally.TakeCsv(summary);
        foreach (var problem in summary.Errors)
        {
            o.OnProblem?.Invoke(problem);
        }

        foreach (var problem in summary.Warnings)
        {
            o.OnProblem?.Invoke(problem);
        }
    }

    /// <summary>
    /// Keeps the tally's row counts up to date as the import reads (so that progress on each delivered document
    /// counts rows), and turns the import's progress into the format-neutral one.
    /// </summary>
    private sealed class Progress(ReadTally tally, IProgress<ReadProgress>? progress) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            tally.Progressed(value.RowsRead, value.RowsRejected);
            progress?.Report(new ReadProgress(value.RowsRead, value.RowsRejected, value.Batches));
        }
    }
}
