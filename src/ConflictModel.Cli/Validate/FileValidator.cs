using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Json;
using ConflictModel.Validation;

namespace ConflictModel.Cli.Validate;

/// <summary>Reads and validates files one after the other, writing each problem as soon as it is found.</summary>
/// <param name="writer">Where problems go.</param>
/// <param name="progress">Where progress goes.</param>
internal sealed class FileValidator(ProblemWriter writer, Progress progress)
{
    /// <summary>Validates the files.</summary>
    /// <param name="files">Each file and whether it is JSON Lines.</param>
    /// <param name="cancellationToken">Cancels between documents.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public async Task<int> ValidateAsync(IEnumerable<(FileInfo File, bool IsJsonLines)> files, CancellationToken cancellationToken)
    {
        var total = new Tally();
        foreach (var (file, isJsonLines) in files)
        {
            var name = file.ToString();
            var tally = new Tally { Files = 1 };
            writer.BeginFile(name, isJsonLines ? "jsonl" : "json");
            try
            {
                await using var stream = file.OpenRead();
                if (isJsonLines)
                {
                    await ValidateLinesAsync(name, stream, tally, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await ValidateDocumentAsync(name, stream, tally, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                tally.Unreadable++;
                writer.Write(name, new FileProblem(1, "$", "unreadable", "error", "Cannot read the file: " + e.Message, null));
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
            writer.Write(name, Unparsable(e, (e.LineNumber ?? 0) + 1));
            return;
        }

        tally.Documents++;
        var report = DatasetValidator.Default.Validate(document);
        if (report.Problems.Count > 0)
        {
            var lines = LineMap.Build(bytes.Span);
            Report(name, report, lines.LineOf, tally);
        }
    }

    private async Task ValidateLinesAsync(string name, Stream stream, Tally tally, CancellationToken cancellationToken)
    {
        var length = stream.CanSeek ? stream.Length : 0;
        await foreach (var (number, bytes, tooLong) in JsonLinesReader.ReadAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (tooLong)
            {
                tally.Unreadable++;
                writer.Write(name, new FileProblem(number, "$", "unparsable", "error", $"The line is longer than {JsonLinesReader.MaxLineBytes} bytes, the most a document of a JSON Lines file may take.", null));
                continue;
            }

            if (bytes.Span.Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            DatasetDocument document;
            try
            {
                document = DatasetJson.ReadUtf8(bytes.Span);
            }
            catch (DatasetJsonException e)
            {
                tally.Unreadable++;
                writer.Write(name, Unparsable(e, number));
                continue;
            }

            tally.Documents++;
            Report(name, DatasetValidator.Default.Validate(document), _ => number, tally);
            progress.Report(name, tally.Documents, stream.CanSeek ? stream.Position : 0, length);
        }
    }

    private void Report(string name, ValidationReport report, Func<string, long> lineOf, Tally tally)
    {
        foreach (var problem in report.Problems)
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

            writer.Write(name, new FileProblem(
                lineOf(problem.Path),
                problem.Path.Length == 0 ? "$" : problem.Path,
                problem.Code,
                problem.Severity.ToString().ToLowerInvariant(),
                problem.Message,
                problem.AttemptedValue));
        }
    }

    /// <summary>
    /// A document the reader refused. The reader's message ends with its own location ("Path: ... |
    /// LineNumber: ..."), which the report already gives in its columns, so that ending is left out.
    /// </summary>
    private static FileProblem Unparsable(DatasetJsonException exception, long line)
    {
        var message = exception.Message;
        var location = message.LastIndexOf(" Path: ", StringComparison.Ordinal);
        if (location > 0)
        {
            message = message[..location];
        }

        var path = exception.Path is { Length: > 0 } p ? (p == "$" ? "$" : p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : p) : "$";
        return new FileProblem(line, path, "unparsable", "error", message, null);
    }
}
