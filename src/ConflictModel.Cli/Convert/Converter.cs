using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Validate;
using ConflictModel.Interop.Api;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Formats;
using ConflictModel.Json;

namespace ConflictModel.Cli.Convert;

/// <summary>What <c>convert</c> is asked to do.</summary>
/// <param name="From">The input format's name, or "auto" to recognise it from the file.</param>
/// <param name="To">The output format's name.</param>
/// <param name="Input">The input file.</param>
/// <param name="Output">The output file, or "-" for standard output.</param>
/// <param name="SkipBadRows">Whether bad rows (CSV) and bad lines (JSON Lines) are skipped and reported rather than stopping the conversion.</param>
/// <param name="BatchSize">How many engagements a CSV import hands over at a time.</param>
/// <param name="Threads">How many threads read and write, or 0 for the number of cores on large inputs and 1 on small ones.</param>
/// <param name="ListWarnings">Whether each import warning and export note is printed.</param>
/// <param name="Shape">What a JSON Lines line holds.</param>
/// <param name="Strict">Whether a fact the output format cannot hold is an error (exit code 1) rather than a note.</param>
/// <param name="SpreadsheetSafe">Whether CSV values a spreadsheet would run as formulas are neutralised with an apostrophe.</param>
/// <param name="Layout">The output layout (--layout), or null for the one the engagements were read in.</param>
internal sealed record ConvertRequest(string From, string To, FileInfo Input, string Output, bool SkipBadRows, int BatchSize, int Threads, bool ListWarnings, JsonLinesShape Shape = JsonLinesShape.Engagement, bool Strict = false, bool SpreadsheetSafe = false, string? Layout = null);

/// <summary>
/// Runs <c>convert</c> over the format registry: recognises the input's format, pipes the reading into the writing,
/// and prints what the registry's formats report. Everything but the converted data goes to standard error: each
/// problem in one located line, progress (when standard error is a terminal and the file is large) and the closing
/// summary.
/// </summary>
/// <param name="output">Standard output, used when the output file is "-".</param>
/// <param name="error">Standard error.</param>
/// <param name="progress">Where progress goes.</param>
/// <param name="registry">The formats.</param>
internal sealed class Converter(TextWriter output, TextWriter error, Progress progress, FormatRegistry registry)
{
    /// <summary>Inputs from this size (64 MiB) are read and written on every core when --threads is not given.</summary>
    public const long LargeInputBytes = 64L * 1024 * 1024;

    /// <summary>Converts the file.</summary>
    /// <param name="request">What to convert.</param>
    /// <param name="cancellationToken">Stops the conversion.</param>
    /// <returns>The exit code: 0 converted, 1 converted with rejected rows, 2 not converted.</returns>
    public async Task<int> ConvertAsync(ConvertRequest request, CancellationToken cancellationToken)
    {
        var name = request.Input.ToString();
        var toStandardOutput = request.Output == "-";
        if (!toStandardOutput && Path.GetDirectoryName(Path.GetFullPath(request.Output)) is { } directory && !Directory.Exists(directory))
        {
            error.WriteLine($"{CommandLine.Name}: cannot write {request.Output}: the directory {directory} does not exist.");
            return ExitCodes.Unreadable;
        }

        var target = registry.Find(request.To)!;
        if (request.Layout is not null && target.FindLayout(request.Layout) is null)
        {
            error.WriteLine(target.Layouts.Count == 0
                ? $"{CommandLine.Name}: --layout {request.Layout}: the {target.Name} format has one layout only; leave --layout out."
                : $"{CommandLine.Name}: --layout {request.Layout}: the {target.Name} format has no such layout; it has {string.Join(", ", target.Layouts.Select(l => l.Name))}.");
            return ExitCodes.UsageError;
        }

        var temporary = toStandardOutput ? null : TemporaryPathFor(request.Output);
        var completed = false;
        ReadSummary? read = null;
        DatasetWriteSummary? written = null;
        try
        {
            await using (var input = OpenInput(request.Input))
            {
                if (input is null || await FormatOfAsync(request, name, input, cancellationToken).ConfigureAwait(false) is not { } source)
                {
                    return ExitCodes.Unreadable;
                }

                var threads = request.Threads > 0 ? request.Threads : input.Length >= LargeInputBytes ? Environment.ProcessorCount : 1;
                var reading = source.Read(input, new DatasetReadOptions
                {
                    Name = name,
                    BadRecords = request.SkipBadRows ? BadRowHandling.SkipAndReport : BadRowHandling.StopAtFirst,
                    BatchSize = request.BatchSize,
                    MaxDegreeOfParallelism = threads,
                    // One JSON document holds every batch, and engagement lines are read back into one, so ids must be unique across batches.
                    UniqueIdsAcrossBatches = target.Name == "json" || (target.Name == "jsonl" && request.Shape == JsonLinesShape.Engagement),
                    Progress = new PositionProgress(progress, name, input, source.Name is "ged" or "acled" ? "rows" : source is ApiJsonFormat ? "records" : "documents"),
                    OnProblem = p =>
                    {
                        if (p.Severity == Validation.ValidationSeverity.Error || request.ListWarnings)
                        {
                            progress.Clear();
                            error.WriteLine(p.ToString());
                        }
                    },
                });
                Stream stream = toStandardOutput ? new TextWriterStream(output) : new FileStream(temporary!, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: false);
                await using (stream.ConfigureAwait(false))
                {
                    try
                    {
                        written = await target.WriteAsync(
                            reading,
                            stream,
                            new DatasetWriteOptions
                            {
                                JsonLinesShape = request.Shape,
                                MaxDegreeOfParallelism = threads,
                                Origin = () => reading.Origin,
                                SpreadsheetSafe = request.SpreadsheetSafe,
                                Layout = request.Layout,
                                OnNote = note => WriteNote(request, note),
                            },
                            cancellationToken).ConfigureAwait(false);
                        read = reading.Summary;
                    }
                    catch (DatasetReadException e)
                    {
                        progress.Clear();
                        error.WriteLine(e.Problem.ToString());
                        if (e.Summary.Csv is not null)
                        {
                            // A header that cannot be read (a required column missing) stops any import, skip or not.
                            WriteReadSummary(e.Summary, stopped: true, header: e.Problem.Line is null or <= 1 || request.SkipBadRows);
                        }

                        return ExitCodes.Unreadable;
                    }
                    catch (DatasetWriteException e)
                    {
                        progress.Clear();
                        error.WriteLine(e.Problem.ToString());
                        return ExitCodes.Unreadable;
                    }
                    finally
                    {
                        progress.Clear();
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

        WriteReadSummary(read!, stopped: false);
        WriteWriteSummary(request, written!);
        return read!.RecordsRejected > 0 || written!.EngagementsRefused > 0 || (request.Strict && written.FactsDropped > 0) ? ExitCodes.RowsRejected : ExitCodes.Success;
    }

    /// <summary>Gets a file next to <paramref name="path"/> to write into before it is renamed to it, so that a failed conversion leaves no half-written output.</summary>
    private static string TemporaryPathFor(string path)
    {
        var full = Path.GetFullPath(path);
        return Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".partial");
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Count(long n, string noun) => N(n) + " " + noun + (n == 1 ? string.Empty : "s");

    private Stream? OpenInput(FileInfo file)
    {
        try
        {
            // A folder is read as the API pages it holds, in page order (PageFolderStream); FormatOfAsync checks that the format reads folders.
            return Directory.Exists(file.FullName)
                ? PageFolderStream.Open(file.FullName)
                : new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(new Validation.Problem { Code = "io.unreadable", Severity = Validation.ValidationSeverity.Error, Message = "Cannot read the file: " + e.Message, File = file.ToString() });
            return null;
        }
    }

    /// <summary>
    /// The format to read: the one named, unless the file plainly is in another (then <see langword="null"/>, with the
    /// reason written), or for <c>auto</c> the one the first bytes show (<see langword="null"/> when they cannot tell).
    /// </summary>
    private async Task<DatasetFormat?> FormatOfAsync(ConvertRequest request, string name, Stream input, CancellationToken cancellationToken)
    {
        var format = await NamedOrSniffedAsync(request, name, input, cancellationToken).ConfigureAwait(false);
        if (format is not null && input is PageFolderStream && !format.CanReadFolder)
        {
            error.WriteLine(new Validation.Problem { Code = "io.unreadable", Severity = Validation.ValidationSeverity.Error, Message = $"{name} is a folder, and the {format.Name} format reads one file; folders of pages are read by {string.Join(", ", registry.Formats.Where(f => f.CanReadFolder).Select(f => f.Name))}.", File = name });
            return null;
        }

        return format;
    }

    private async Task<DatasetFormat?> NamedOrSniffedAsync(ConvertRequest request, string name, Stream input, CancellationToken cancellationToken)
    {
        var sniff = await registry.SniffAsync(input, cancellationToken).ConfigureAwait(false);
        var readable = string.Join("|", registry.ReadableNames);
        if (request.From == "auto")
        {
            if (sniff.Format is null)
            {
                error.WriteLine(new Validation.Problem { Code = "format.unrecognised", Severity = Validation.ValidationSeverity.Error, Message = $"Cannot tell the format: {sniff.Explain()}. Name it with --from {readable}.", File = name, Line = 1 });
            }

            return sniff.Format;
        }

        var named = registry.Find(request.From)!;
        var verdict = sniff.Verdicts.First(v => v.Format == named.Name);
        // A file that both fit for the same reason (one JSON object on one line: a document, or JSON Lines of one line) is read as named.
        if (verdict.Fit != FormatFit.Certain && sniff.Format is { } other && other != named && sniff.Verdicts.First(v => v.Format == other.Name) is { Fit: FormatFit.Certain } seen && seen.Evidence != verdict.Evidence)
        {
            error.WriteLine(new Validation.Problem
            {
                Code = "format.mismatch",
                Severity = Validation.ValidationSeverity.Error,
                Message = $"--from {named.Name} does not fit: the file looks like {other.Name} ({sniff.Verdicts.First(v => v.Format == other.Name).Evidence}), not {named.Name} ({verdict.Evidence}). Use --from {other.Name}, or --from auto.",
                File = name,
                Line = 1,
            });
            return null;
        }

        return named;
    }

    private void WriteReadSummary(ReadSummary summary, bool stopped, bool header = false)
    {
        if (summary.Csv is not { } csv)
        {
            error.WriteLine($"{summary.Name}: {Count(summary.RecordsRead, summary.RecordKind)} read: {N(summary.RecordsImported)} converted, {N(summary.RecordsRejected)} rejected");
            return;
        }

        error.WriteLine($"{summary.Name}: {Count(csv.RowsRead, summary.RecordKind)} read: {N(csv.RowsImported)} imported, {N(csv.RowsRejected)} rejected, {Count(csv.WarningCount, "warning")}{(!stopped ? string.Empty : header && summary.RecordKind != "row" ? "; stopped: the input cannot be read on" : header ? "; stopped: the header cannot be read, so no row can be" : "; stopped at the first bad row (--bad-rows skip goes on)")}");
        if (csv.MissingColumns.Count > 0)
        {
            error.WriteLine($"{summary.Name}: missing columns: {string.Join(", ", csv.MissingColumns)}");
        }

        if (csv.UnknownColumns.Count > 0)
        {
            error.WriteLine($"{summary.Name}: unknown columns, kept as dataset fields: {string.Join(", ", csv.UnknownColumns)}");
        }

        if (csv.RenamedColumns.Count > 0)
        {
            error.WriteLine($"{summary.Name}: columns under an older name: {string.Join(", ", csv.RenamedColumns)}");
        }
    }

    private void WriteWriteSummary(ConvertRequest request, DatasetWriteSummary written)
    {
        var target = TargetName(request);
        var notes = written.NoteCount > 0 ? $", {Count(written.NoteCount, "note")} on what {request.To.ToUpperInvariant()} cannot hold or merged" : string.Empty;
        error.WriteLine($"{target}: {Count(written.EngagementsWritten, "engagement")} written in {Count(written.RecordsWritten, written.RecordKind)}{notes}");
        if (written.NoteCount > 0 && written.NoteCounts.Count > 0)
        {
            // Every note, counted by code, so that nothing left out goes unsaid even without --warnings.
            error.WriteLine($"{target}: notes: {string.Join(", ", written.NoteCounts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => N(c.Value) + " " + c.Key))}{(request.ListWarnings ? string.Empty : " (--warnings lists each)")}");
        }

        if (written.EngagementsRefused > 0)
        {
            error.WriteLine($"{target}: {Count(written.EngagementsRefused, "engagement")} not written (export.no-id)");
        }

        if (written.FactsDropped > 0)
        {
            error.WriteLine(request.Strict
                ? $"{target}: --strict: {Count(written.FactsDropped, "fact")} of the input not held by {request.To.ToUpperInvariant()} (listed above); exit code 1"
                : $"{target}: {Count(written.FactsDropped, "fact")} of the input not held by {request.To.ToUpperInvariant()}; --strict makes that an error");
        }

        if (written.FormulaLikeValues > 0 && !request.SpreadsheetSafe)
        {
            error.WriteLine($"{target}: warning: {Count(written.FormulaLikeValues, "value")} would be run as formulas by a spreadsheet (starting with =, +, -, @, a tab or a carriage return); written as they are: convert with --spreadsheet-safe to neutralise them");
        }
        else if (written.ValuesNeutralised > 0)
        {
            error.WriteLine($"{target}: {Count(written.ValuesNeutralised, "value")} neutralised for spreadsheets with a leading apostrophe (--spreadsheet-safe)");
        }
    }

    private static string TargetName(ConvertRequest request) => request.Output == "-" ? "(standard output)" : request.Output;

    /// <summary>
    /// Prints a note of the write as it is made: an error (an engagement refused; under --strict a dropped fact, shown
    /// as an error) always, any other note with --warnings.
    /// </summary>
    private void WriteNote(ConvertRequest request, Validation.Problem note)
    {
        if (request.Strict && DatasetWriteSummary.IsDroppedFact(note.Code))
        {
            note = note with { Severity = Validation.ValidationSeverity.Error };
        }

        if (note.Severity == Validation.ValidationSeverity.Error || request.ListWarnings)
        {
            progress.Clear();
            error.WriteLine($"{TargetName(request)}: {note}");
        }
    }

    /// <summary>Shows the read's progress with the input stream's position.</summary>
    private sealed class PositionProgress(Progress progress, string name, Stream input, string unit) : IProgress<ReadProgress>
    {
        private readonly long _length = input.Length;

        /// <summary>
        /// Reports records and bytes read. With several threads this runs on a worker while another reads the file,
        /// so the position is only approximate (clamped to the file); it only drives the progress bar.
        /// </summary>
        public void Report(ReadProgress value) =>
            progress.Report(name, unit is "rows" or "records" ? value.RecordsRead : value.Documents, Math.Clamp(input.Position, 0, _length), _length, unit);
    }
}
