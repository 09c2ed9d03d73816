using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using ConflictModel.Actors;
using ConflictModel.Cli.Validate;
using ConflictModel.Engagements;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Ged;
using ConflictModel.Json;
using ConflictModel.Sources;

namespace ConflictModel.Cli.Convert;

/// <summary>What <c>convert</c> is asked to do.</summary>
/// <param name="From">The input format: ged, acled, json or jsonl.</param>
/// <param name="To">The output format: json, jsonl, ged or acled.</param>
/// <param name="Input">The input file.</param>
/// <param name="Output">The output file, or "-" for standard output.</param>
/// <param name="SkipBadRows">Whether bad rows (CSV) and bad lines (JSON Lines) are skipped and reported rather than stopping the conversion.</param>
/// <param name="BatchSize">How many engagements a CSV import hands over at a time; one JSON Lines document each.</param>
/// <param name="Threads">How many threads a CSV import maps rows on (<see cref="CsvImportOptions.MaxDegreeOfParallelism"/>).</param>
/// <param name="ListWarnings">Whether each import warning and export note is printed.</param>
internal sealed record ConvertRequest(string From, string To, FileInfo Input, string Output, bool SkipBadRows, int BatchSize, int Threads, bool ListWarnings);

/// <summary>
/// Streams documents from a GED, ACLED, JSON or JSON Lines file to another format. Everything but the
/// converted data goes to standard error: bad rows (one located line each), progress (when standard error
/// is a terminal and the file is large) and the closing summary.
/// </summary>
/// <param name="output">Standard output, used when the output file is "-".</param>
/// <param name="error">Standard error.</param>
/// <param name="progress">Where progress goes.</param>
internal sealed class Converter(TextWriter output, TextWriter error, Progress progress)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private long _read;
    private long _rejected;
    private long _documentsWritten;
    private long _engagementsWritten;
    private ImportSummary? _import;
    private ExportSummary? _export;

    /// <summary>Converts the file.</summary>
    /// <param name="request">What to convert.</param>
    /// <param name="cancellationToken">Stops the conversion.</param>
    /// <returns>The exit code: 0 converted, 1 converted with rejected rows, 2 not converted.</returns>
    public async Task<int> ConvertAsync(ConvertRequest request, CancellationToken cancellationToken)
    {
        var toStandardOutput = request.Output == "-";
        if (!toStandardOutput && Path.GetDirectoryName(Path.GetFullPath(request.Output)) is { } directory && !Directory.Exists(directory))
        {
            error.WriteLine($"{CommandLine.Name}: cannot write {request.Output}: the directory {directory} does not exist.");
            return ExitCodes.Unreadable;
        }

        var temporary = toStandardOutput ? null : TemporaryPathFor(request.Output);
        var completed = false;
        try
        {
            await using (var input = OpenInput(request.Input))
            {
                if (input is null)
                {
                    return ExitCodes.Unreadable;
                }

                TextWriter? file = null;
                try
                {
                    file = toStandardOutput ? null : new StreamWriter(temporary!, append: false, Utf8NoBom, 1 << 16);
                    var writer = file ?? output;
                    if (!await RunAsync(request, input, writer, cancellationToken).ConfigureAwait(false))
                    {
                        return ExitCodes.Unreadable;
                    }

                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    progress.Clear();
                    if (file is not null)
                    {
                        await file.DisposeAsync().ConfigureAwait(false);
                    }
                }
            }

            if (temporary is not null)
            {
                File.Move(temporary, request.Output, overwrite: true);
            }

            completed = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{CommandLine.Name}: {e.Message}");
            return ExitCodes.Unreadable;
        }
        finally
        {
            if (!completed && temporary is not null && File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }

        WriteSummary(request);
        return _rejected > 0 ? ExitCodes.RowsRejected : ExitCodes.Success;
    }

    /// <summary>Gets a file next to <paramref name="path"/> to write into before it is renamed to it, so that a failed conversion leaves no half-written output.</summary>
    private static string TemporaryPathFor(string path)
    {
        var full = Path.GetFullPath(path);
        return Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".partial");
    }

    private FileStream? OpenInput(FileInfo file)
    {
        try
        {
            return new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{file}: cannot read the file: {e.Message}");
            return null;
        }
    }

    /// <summary>Reads and writes; reports a failure that stops the conversion in one line and returns <see langword="false"/>.</summary>
    private async Task<bool> RunAsync(ConvertRequest request, FileStream input, TextWriter writer, CancellationToken cancellationToken)
    {
        var name = request.Input.ToString();
        try
        {
            var documents = request.From switch
            {
                "ged" or "acled" => ImportCsvAsync(request, name, input, cancellationToken),
                "jsonl" => ReadLinesAsync(request, name, input, cancellationToken),
                _ => ReadDocumentAsync(input, cancellationToken),
            };
            await WriteAsync(request.To, Count(documents, cancellationToken), writer, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (CsvImportException e)
        {
            _import = e.Summary;
            error.WriteLine(Located(e.Error));
            WriteImportSummary(name, e.Summary, stopped: true);
        }
        catch (DatasetJsonException e)
        {
            error.WriteLine(Unparsable(name, e));
        }

        return false;
    }

    private async IAsyncEnumerable<DatasetDocument> ReadDocumentAsync(Stream input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var document = await DatasetJson.ReadAsync(input, cancellationToken).ConfigureAwait(false);
        _read++;
        yield return document;
    }

    private async IAsyncEnumerable<DatasetDocument> ReadLinesAsync(ConvertRequest request, string name, FileStream input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var options = request.SkipBadRows
            ? new JsonLinesReadOptions
            {
                ErrorHandling = JsonLinesErrorHandling.SkipAndReport,
                OnInvalidLine = e =>
                {
                    _read++;
                    _rejected++;
                    error.WriteLine(Unparsable(name, e));
                },
            }
            : JsonLinesReadOptions.Default;
        var length = input.Length;
        await foreach (var document in DatasetJson.ReadLinesAsync(input, options, cancellationToken).ConfigureAwait(false))
        {
            _read++;
            progress.Report(name, _read, input.Position, length);
            yield return document;
        }
    }

    /// <summary>
    /// Runs the CSV importer, which pushes batches to a callback, and hands its batches on through a channel
    /// of one, so that the writer pulls them one at a time and memory stays bounded by a batch or two.
    /// </summary>
    private async IAsyncEnumerable<DatasetDocument> ImportCsvAsync(ConvertRequest request, string name, FileStream input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var options = new CsvImportOptions
        {
            FileName = name,
            BatchSize = request.BatchSize,
            MaxDegreeOfParallelism = request.Threads,
            // One JSON document holds every batch, so its ids must be unique across them.
            UniqueIdsAcrossBatches = request.To == "json",
            BadRows = request.SkipBadRows ? BadRowHandling.SkipAndReport : BadRowHandling.StopAtFirst,
            Progress = new RowProgress(progress, name, input),
        };
        var channel = Channel.CreateBounded<DatasetDocument>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var import = Task.Run(
            async () =>
            {
                try
                {
                    using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
                    Func<DatasetDocument, CancellationToken, ValueTask> onBatch = (batch, ct) => channel.Writer.WriteAsync(batch, ct);
                    return request.From == "ged"
                        ? await GedImporter.ImportAsync(reader, onBatch, options, stop.Token).ConfigureAwait(false)
                        : await AcledImporter.ImportAsync(reader, onBatch, options, stop.Token).ConfigureAwait(false);
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
                // The writer failed or was cancelled: stop the importer, which may be waiting to hand over a batch.
                await stop.CancelAsync().ConfigureAwait(false);
                try
                {
                    await import.ConfigureAwait(false);
                }
                catch (Exception e) when (e is OperationCanceledException or CsvImportException)
                {
                    // The writer's own failure is the one reported.
                }
            }
        }

        var summary = await import.ConfigureAwait(false);
        _import = summary;
        _read = summary.RowsRead;
        _rejected = summary.RowsRejected;
    }

    private async IAsyncEnumerable<DatasetDocument> Count(IAsyncEnumerable<DatasetDocument> documents, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            _documentsWritten++;
            _engagementsWritten += document.Engagements.Count;
            yield return document;
        }
    }

    private async Task WriteAsync(string format, IAsyncEnumerable<DatasetDocument> documents, TextWriter writer, CancellationToken cancellationToken)
    {
        switch (format)
        {
            case "ged":
                _export = await GedExporter.ExportAsync(documents, writer, cancellationToken: cancellationToken).ConfigureAwait(false);
                break;
            case "acled":
                _export = await AcledExporter.ExportAsync(documents, writer, cancellationToken: cancellationToken).ConfigureAwait(false);
                break;
            case "jsonl":
                using (var line = new MemoryStream())
                {
                    await foreach (var document in documents.ConfigureAwait(false))
                    {
                        line.SetLength(0);
                        await DatasetJson.WriteLinesAsync([document], line, cancellationToken).ConfigureAwait(false);
                        await writer.WriteAsync(Encoding.UTF8.GetString(line.GetBuffer(), 0, (int)line.Length).AsMemory(), cancellationToken).ConfigureAwait(false);
                    }
                }

                break;
            default:
                var merged = await MergeAsync(documents, cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(DatasetJson.Write(merged).AsMemory(), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>
    /// Joins documents into one: engagements in order, each source and actor once (the first declaration of an
    /// id wins; the batches of an import declare the same actor identically), title and description of the first.
    /// </summary>
    private static async Task<DatasetDocument> MergeAsync(IAsyncEnumerable<DatasetDocument> documents, CancellationToken cancellationToken)
    {
        DatasetDocument? first = null;
        var count = 0;
        var engagements = new List<Engagement>();
        var actors = new List<Actor>();
        var sources = new List<Source>();
        var actorIds = new HashSet<ActorId>();
        var sourceIds = new HashSet<SourceId>();
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            first ??= document;
            count++;
            engagements.AddRange(document.Engagements);
            actors.AddRange(document.Actors.Where(a => actorIds.Add(a.Id)));
            sources.AddRange(document.Sources.Where(s => sourceIds.Add(s.Id)));
        }

        if (count == 1)
        {
            return first!;
        }

        return new DatasetDocument
        {
            Title = first?.Title,
            Description = first?.Description,
            Sources = sources.ToArray(),
            Actors = actors.ToArray(),
            Engagements = engagements.ToArray(),
        };
    }

    private void WriteSummary(ConvertRequest request)
    {
        var name = request.Input.ToString();
        if (_import is { } import)
        {
            if (request.ListWarnings)
            {
                foreach (var warning in import.Warnings)
                {
                    error.WriteLine($"{warning.File}:{N(warning.Line)}: warning {warning.Code}: {Where(warning.Column, warning.Value)}{warning.Message}");
                }
            }

            foreach (var rowError in import.Errors)
            {
                error.WriteLine(Located(rowError));
            }

            WriteImportSummary(name, import, stopped: false);
        }
        else
        {
            error.WriteLine($"{name}: {Count(_read, "document")} read: {N(_read - _rejected)} converted, {N(_rejected)} rejected");
        }

        var target = request.Output == "-" ? "(standard output)" : request.Output;
        var written = request.To switch
        {
            "json" => "in 1 document",
            "jsonl" => "in " + Count(_documentsWritten, "document"),
            _ => $"in {Count(_export?.RowsWritten ?? 0, "row")}",
        };
        var notes = _export is { Notes.Count: > 0 } e ? $", {Count(e.Notes.Count, "note")} on what {request.To.ToUpperInvariant()} cannot hold" : string.Empty;
        error.WriteLine($"{target}: {Count(_engagementsWritten, "engagement")} written {written}{notes}");
        if (request.ListWarnings && _export is { } export)
        {
            foreach (var note in export.Notes)
            {
                error.WriteLine($"{target}: note: {note}");
            }
        }
    }

    private void WriteImportSummary(string name, ImportSummary summary, bool stopped)
    {
        error.WriteLine($"{name}: {Count(summary.RowsRead, "row")} read: {N(summary.RowsImported)} imported, {N(summary.RowsRejected)} rejected, {Count(summary.WarningCount, "warning")}{(stopped ? "; stopped at the first bad row (--bad-rows skip goes on)" : string.Empty)}");
        if (summary.MissingColumns.Count > 0)
        {
            error.WriteLine($"{name}: missing columns: {string.Join(", ", summary.MissingColumns)}");
        }

        if (summary.UnknownColumns.Count > 0)
        {
            error.WriteLine($"{name}: unknown columns, kept as dataset fields: {string.Join(", ", summary.UnknownColumns)}");
        }

        if (summary.RenamedColumns.Count > 0)
        {
            error.WriteLine($"{name}: columns under an older name: {string.Join(", ", summary.RenamedColumns)}");
        }
    }

    /// <summary>Formats a bad row as <c>file:line: error code: column 'c', value 'v': reason</c>.</summary>
    /// <param name="rowError">The row's error.</param>
    /// <returns>The line.</returns>
    internal static string Located(RowError rowError) =>
        $"{rowError.File}:{N(rowError.Line)}: error {rowError.Code}: {Where(rowError.Column, rowError.Value)}{rowError.Reason}";

    /// <summary>
    /// Formats a document the JSON reader refused as <c>file:line: message</c>. The reader's message starts
    /// with "JSON Lines line N: " for JSON Lines and ends with its own location ("Path: ... | LineNumber: ..."),
    /// which the line already gives, so both are left out.
    /// </summary>
    private static string Unparsable(string name, DatasetJsonException exception)
    {
        var message = exception.Message;
        var location = message.LastIndexOf(" Path: ", StringComparison.Ordinal);
        if (location > 0)
        {
            message = message[..location];
        }

        if (exception.JsonLine is { } line)
        {
            var prefix = $"JSON Lines line {N(line)}: ";
            if (message.StartsWith(prefix, StringComparison.Ordinal))
            {
                message = message[prefix.Length..];
            }
        }

        return $"{name}:{N(exception.JsonLine ?? DocumentFiles.Line(exception))}: {message}";
    }

    private static string Where(string? column, string? value) =>
        (column is null ? string.Empty : $"column '{column}', ") + (value is null ? string.Empty : $"value '{value}', ") is { Length: > 0 } w ? w[..^2] + ": " : string.Empty;

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Count(long n, string noun) => N(n) + " " + noun + (n == 1 ? string.Empty : "s");

    /// <summary>Shows the import's progress with the input stream's position.</summary>
    private sealed class RowProgress(Progress progress, string name, FileStream input) : IProgress<ImportProgress>
    {
        private readonly long _length = input.Length;

        /// <summary>
        /// Reports rows and bytes read. With --threads above 1 this runs on a worker while another reads the file,
        /// so the position is only approximate (clamped to the file); it only drives the progress bar.
        /// </summary>
        public void Report(ImportProgress value) => progress.Report(name, value.RowsRead, Math.Clamp(input.Position, 0, _length), _length, "rows");
    }
}
