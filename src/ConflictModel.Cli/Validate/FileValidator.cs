using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Formats;
using ConflictModel.Json;
using ConflictModel.Validation;

namespace ConflictModel.Cli.Validate;

/// <summary>Reads and validates files one after the other, writing each problem as soon as it is found.</summary>
/// <param name="writer">Where problems go.</param>
/// <param name="progress">Where progress goes.</param>
/// <param name="registry">The formats files are read with.</param>
internal sealed class FileValidator(ProblemWriter writer, Progress progress, FormatRegistry registry)
{
    /// <summary>Validates the files.</summary>
    /// <param name="files">The files.</param>
    /// <param name="format">A format's name, or "auto" to recognise each file's from its first bytes.</param>
    /// <param name="cancellationToken">Cancels between documents.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public async Task<int> ValidateAsync(FileInfo[] files, string format, CancellationToken cancellationToken)
    {
        var total = new Tally();
        foreach (var file in files)
        {
            var name = file.ToString();
            var tally = new Tally { Files = 1 };
            try
            {
                var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
                await using (stream.ConfigureAwait(false))
                {
                    var sniff = format == "auto" ? await registry.SniffAsync(stream, cancellationToken).ConfigureAwait(false) : null;
                    var source = sniff is null ? registry.Find(format) : sniff.Format;
                    writer.BeginFile(name, source?.Name ?? "unknown");
                    switch (source?.Name)
                    {
                        case null:
                            tally.Unreadable++;
                            Write(tally, new Problem { Code = "format.unrecognised", Severity = ValidationSeverity.Error, Message = $"Cannot tell the format: {sniff!.Explain()}. Name it with --format.", File = name, Line = 1, Path = string.Empty });
                            break;
                        case "json":
                            await ValidateDocumentAsync(name, stream, tally, cancellationToken).ConfigureAwait(false);
                            break;
                        case "jsonl":
                            await ValidateLinesAsync(name, stream, tally, cancellationToken).ConfigureAwait(false);
                            break;
                        default:
                            await ValidateReadingAsync(source, name, stream, tally, cancellationToken).ConfigureAwait(false);
                            break;
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                writer.BeginFile(name, format);
                tally.Unreadable++;
                Write(tally, new Problem { Code = "io.unreadable", Severity = ValidationSeverity.Error, Message = "Cannot read the file: " + e.Message, File = name, Line = 1, Path = string.Empty });
            }
            finally
            {
                progress.Clear();
            }

            writer.EndFile(tally);
            total.Add(tally);
        }

        var exitCode = total.Unreadable > 0 ? ExitCodes.Unreadable : total.Errors > 0 ? ExitCodes.ValidationErrors : ExitCodes.Success;
        writer.End(total, exitCode);
        return exitCode;
    }

    private async Task ValidateDocumentAsync(string name, Stream stream, Tally tally, CancellationToken cancellationToken)
    {
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory, cancellationToken).ConfigureAwait(false);
        var bytes = memory.GetBuffer().AsMemory(0, (int)memory.Length);
        DatasetDocument document;
        try
        {
            document = DatasetJson.ReadUtf8(bytes.Span);
        }
        catch (DatasetJsonException e)
        {
            tally.Unreadable++;
            Write(tally, e.Problem with { File = name });
            return;
        }

        tally.Documents++;
        foreach (var problem in DatasetJson.Locate(bytes.Span, DatasetValidator.Default.Validate(document).Problems))
        {
            Write(tally, problem with { File = name });
        }
    }

    private async Task ValidateLinesAsync(string name, Stream stream, Tally tally, CancellationToken cancellationToken)
    {
        var length = stream.CanSeek ? stream.Length : 0;
        await foreach (var entry in DatasetJson.ReadLineEntriesAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (entry.Error is { } error)
            {
                tally.Unreadable++;
                Write(tally, error.Problem with { File = name });
                continue;
            }

            tally.Documents++;
            foreach (var problem in DatasetValidator.Default.Validate(entry.Document!).Problems)
            {
                Write(tally, problem with { File = name, Line = entry.Line });
            }

            progress.Report(name, tally.Documents, stream.CanSeek ? stream.Position : 0, length);
        }
    }

    /// <summary>Reads a file of another format through the registry (bad records reported and skipped) and validates each document it delivers.</summary>
    private async Task ValidateReadingAsync(DatasetFormat format, string name, FileStream stream, Tally tally, CancellationToken cancellationToken)
    {
        var reading = format.Read(stream, new DatasetReadOptions
        {
            Name = name,
            BadRecords = BadRowHandling.SkipAndReport,
            OnProblem = p =>
            {
                if (p.Severity == ValidationSeverity.Error)
                {
                    tally.Unreadable++;
                }

                Write(tally, p);
            },
        });
        try
        {
            await foreach (var document in reading.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                tally.Documents++;
                foreach (var problem in DatasetValidator.Default.Validate(document).Problems)
                {
                    Write(tally, problem with { File = name });
                }

                progress.Report(name, tally.Documents, stream.Position, stream.Length);
            }
        }
        catch (DatasetReadException e)
        {
            tally.Unreadable++;
            Write(tally, e.Problem);
        }
    }

    /// <summary>Counts a problem (an unreadable record is counted by the caller, not as a validation error) and writes it.</summary>
    private void Write(Tally tally, Problem problem)
    {
        if (problem.Code.StartsWith("CM", StringComparison.Ordinal))
        {
            switch (problem.Severity)
            {
                case ValidationSeverity.Error:
                    tally.Errors++;
                    break;
                case ValidationSeverity.Warning:
                    tally.Warnings++;
                    break;
                default:
                    tally.Infos++;
                    break;
            }
        }
        else if (problem.Severity == ValidationSeverity.Warning)
        {
            tally.Warnings++;
        }

        writer.Write(problem);
    }
}
