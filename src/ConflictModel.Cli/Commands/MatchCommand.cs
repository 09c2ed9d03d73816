using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop.Formats;
using ConflictModel.Interop.Matching;
using ConflictModel.Validation;

namespace ConflictModel.Cli.Commands;

/// <summary>
/// <c>conflictmodel match A B [C…] --out merged.jsonl [--report matches.csv] [--disagreement figures.csv]</c>: the same
/// events in several datasets (<see cref="DatasetMatcher"/>), merged into one document.
/// </summary>
internal static class MatchCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>A new command.</returns>
    internal static Command Create()
    {
        var registry = FormatRegistry.Default;
        var readable = registry.Formats.Where(f => f.CanRead).Select(f => f.Name).ToArray();
        var inputs = new Argument<string[]>("INPUTS")
        {
            Description = "Two or more files to match (any format the registry reads, each recognised by itself: GED or ACLED CSV, JSON, JSON Lines), or - for standard input once.",
            Arity = new ArgumentArity(2, 100),
        }.RejectOptionLikeNames();
        var output = new Option<string>("--out")
        {
            Description = "The merged document: a .jsonl file (one engagement per line) or a .json file (one document).",
            Required = true,
            HelpName = "FILE",
        };
        var report = new Option<string?>("--report")
        {
            Description = "Also write one row per matched pair, as CSV: left_file, left_id, right_file, right_id (each event's id as its dataset writes it: GED id, ACLED event_id_cnty), score, reasons.",
            HelpName = "FILE",
        };
        var disagreement = new Option<string?>("--disagreement")
        {
            Description = "Also write, as CSV, how far the inputs' counts disagree on each merged figure: engagement_id, figure_id, measure, subject, counts, lowest, highest, ratio, highest_inputs.",
            HelpName = "FILE",
        };
        var from = new Option<string>("--from")
        {
            Description = "The inputs' format: auto (the default: each file's first bytes decide) or " + string.Join(", ", readable) + " for all.",
            DefaultValueFactory = _ => "auto",
            HelpName = "auto|" + string.Join('|', readable),
        };
        from.AcceptOnlyFromAmong(["auto", .. readable]);
        var slack = new Option<int>("--slack-days")
        {
            Description = "Days each event's time is widened by on both sides (default 1).",
            DefaultValueFactory = _ => MatchOptions.Default.SlackDays,
            HelpName = "N",
        };
        var approximate = new Option<int>("--approximate-days")
        {
            Description = "Further days for an approximate time, such as ACLED's time_precision 2 and 3 (default 7).",
            DefaultValueFactory = _ => MatchOptions.Default.ApproximateDays,
            HelpName = "N",
        };
        var maxWindow = new Option<int>("--max-window-days")
        {
            Description = "The longest time, in days, still matched; longer ones pass through unmatched (default 62).",
            DefaultValueFactory = _ => MatchOptions.Default.MaxWindowDays,
            HelpName = "N",
        };
        var minScore = new Option<double>("--min-score")
        {
            Description = "The score, from 0 to 1, a candidate needs to be a match (default 0.7). The rules and weights are in docs/matching.md.",
            DefaultValueFactory = _ => MatchOptions.Default.MinScore,
            HelpName = "X",
        };
        var badRows = new Option<string>("--bad-rows")
        {
            Description = "What to do with a CSV row or JSON Lines line that cannot be read: stop (at the first; exit code 2) or skip (leave it out, match the rest, exit code 1).",
            DefaultValueFactory = _ => "stop",
            HelpName = "stop|skip",
        };
        badRows.AcceptOnlyFromAmong("stop", "skip");

        var command = new Command("match", "Find the same events in two or more datasets by time, place, type and actors (through an index over days and places), and merge each group of matched events into one engagement whose figures hold every dataset's estimates; unmatched events pass through unchanged. Standard error gets each input's counts (events, matched, unmatchable by reason), the pairs and groups, the check that events in = engagements out + events merged, and the disagreement. Exit code: 0 matched, 1 when --bad-rows skip left rows out, 2 when the command line is wrong or an input cannot be read.")
        {
            inputs,
            output,
            report,
            disagreement,
            from,
            slack,
            approximate,
            maxWindow,
            minScore,
            badRows,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = MatchOptions.Default with
            {
                SlackDays = result.GetValue(slack),
                ApproximateDays = result.GetValue(approximate),
                MaxWindowDays = result.GetValue(maxWindow),
                MinScore = result.GetValue(minScore),
            };
            var request = new MatchRequest(result.GetRequiredValue(inputs), result.GetRequiredValue(output), result.GetValue(report), result.GetValue(disagreement), result.GetValue(from)!, result.GetValue(badRows) == "skip", options);
            return await RunAsync(request, registry, result.InvocationConfiguration.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(MatchRequest request, FormatRegistry registry, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            request.Options.Validate();
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"{CommandLine.Name}: {e.Message}");
            return ExitCodes.UsageError;
        }

        var extension = Path.GetExtension(request.Output).ToLowerInvariant();
        var writer = extension switch
        {
            ".jsonl" or ".ndjson" => registry.Find("jsonl"),
            ".json" => registry.Find("json"),
            _ => null,
        };
        if (writer is null)
        {
            error.WriteLine($"{CommandLine.Name}: --out {request.Output}: the merged document is written as JSON Lines (.jsonl) or JSON (.json).");
            return ExitCodes.UsageError;
        }

        if (request.Inputs.Count(i => i == "-") > 1)
        {
            error.WriteLine($"{CommandLine.Name}: standard input (-) can be given once.");
            return ExitCodes.UsageError;
        }

        var streams = new List<Stream>();
        var readings = new List<DatasetReading>();
        try
        {
            var matchInputs = new List<MatchInput>();
            foreach (var path in request.Inputs)
            {
                if (await DatasetInput.OpenAsync(path, request.From, registry, error, null, cancellationToken).ConfigureAwait(false) is not var (stream, format, name))
                {
                    return ExitCodes.Unreadable;
                }

                streams.Add(stream);
                var reading = format.Read(stream, new DatasetReadOptions
                {
                    Name = name,
                    BadRecords = request.SkipBadRows ? Interop.Csv.BadRowHandling.SkipAndReport : Interop.Csv.BadRowHandling.StopAtFirst,
                    OnProblem = p =>
                    {
                        if (p.Severity == ValidationSeverity.Error)
                        {
                            error.WriteLine(p.ToString());
                        }
                    },
                });
                readings.Add(reading);
                matchInputs.Add(new MatchInput(name, reading));
            }

            MatchResult result;
            try
            {
                result = await DatasetMatcher.MatchAsync(matchInputs, request.Options, cancellationToken).ConfigureAwait(false);
            }
            catch (DatasetReadException e)
            {
                error.WriteLine(e.Problem.ToString());
                return ExitCodes.Unreadable;
            }

            await WriteAsync(request.Output, s => writer.WriteAsync(One(result.Document), s, null, cancellationToken)).ConfigureAwait(false);
            if (request.Report is { } reportPath)
            {
                await WriteTextAsync(reportPath, w => MatchReportWriter.WritePairs(result, w)).ConfigureAwait(false);
            }

            if (request.Disagreement is { } disagreementPath)
            {
                await WriteTextAsync(disagreementPath, w => MatchReportWriter.WriteDisagreements(result, w)).ConfigureAwait(false);
            }

            foreach (var problem in result.Problems.Where(p => p.Code == "match.ids-qualified"))
            {
                error.WriteLine(problem.ToString());
            }

            MatchReportWriter.WriteSummary(result, error);
            return readings.Any(r => r.Summary.RecordsRejected > 0) ? ExitCodes.RowsRejected : ExitCodes.Success;
        }
        finally
        {
            foreach (var s in streams)
            {
                await s.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task WriteAsync(string path, Func<Stream, Task> write)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory && !Directory.Exists(directory))
        {
            throw new IOException($"cannot write {path}: the directory {directory} does not exist.");
        }

        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await write(stream).ConfigureAwait(false);
    }

    private static Task WriteTextAsync(string path, Action<TextWriter> write) => WriteAsync(path, async stream =>
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        write(writer);
        await writer.FlushAsync().ConfigureAwait(false);
    });

    private static async IAsyncEnumerable<DatasetDocument> One(DatasetDocument document)
    {
        yield return document;
        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>What <c>match</c> is asked to do.</summary>
    private sealed record MatchRequest(string[] Inputs, string Output, string? Report, string? Disagreement, string From, bool SkipBadRows, MatchOptions Options);
}
