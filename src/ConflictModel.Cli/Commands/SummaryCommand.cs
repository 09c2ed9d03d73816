using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Convert;
using ConflictModel.Figures;
using ConflictModel.Interop.Formats;
using ConflictModel.Reporting;

namespace ConflictModel.Cli.Commands;

/// <summary>
/// <c>conflictmodel summary FILE|- [--engagement ID] [--policy P]... [--limit N] [--output text|json]</c>: prints the
/// readable (or machine-readable) summary of the engagements of any readable format, streamed.
/// </summary>
internal static class SummaryCommand
{
    /// <summary>The policies by their command-line names.</summary>
    internal static readonly (string Name, ReconciliationPolicy Policy)[] Policies =
    [
        ("fullRange", ReconciliationPolicy.FullRange),
        ("conservative", ReconciliationPolicy.Conservative),
        ("bestEstimate", ReconciliationPolicy.BestEstimate),
    ];

    /// <summary>Creates the command.</summary>
    /// <returns>A new command.</returns>
    internal static Command Create()
    {
        var file = new Argument<string>("FILE")
        {
            Description = "The input, in any readable format (JSON, JSON Lines, UCDP GED CSV, ACLED CSV; recognised from its first bytes), or - for standard input.",
        }.RejectOptionLikeNames();
        var engagement = new Option<string>("--engagement", "-e")
        {
            Description = "Only the engagement with this id.",
            HelpName = "ID",
        };
        var policy = new Option<string[]>("--policy", "-p")
        {
            Description = "A policy to reconcile each figure with, in the order given; repeat it for several. Without it, all three: fullRange, conservative, bestEstimate. The reasoning shown is the first one's.",
            HelpName = "fullRange|conservative|bestEstimate",
            AllowMultipleArgumentsPerToken = false,
        };
        policy.AcceptOnlyFromAmong([.. Policies.Select(p => p.Name)]);
        var limit = new Option<int?>("--limit", "-n")
        {
            Description = "Summarise at most N engagements (the first N, in file order), and stop reading.",
            HelpName = "N",
        };
        limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1)
            {
                r.AddError("--limit must be 1 or more.");
            }
        });
        var output = new Option<string>("--output", "-o")
        {
            Description = "text (the default: for people) or json (one object with each engagement's figures, their estimates and each policy's reconciled range; docs/json-format.md describes it).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        output.AcceptOnlyFromAmong("text", "json");
        var command = new Command("summary", "Print a summary of the engagements of a dataset: sides, sites, timeline, outcomes, and every figure with each source's estimate and the reconciled range under each policy. Reads every format of the registry, streamed (a GED or ACLED file batch by batch). Exit code: 0 when printed, 2 when the input cannot be read or recognised, has a bad row or line, or has no engagement of the id given.")
        {
            file,
            engagement,
            policy,
            limit,
            output,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var chosen = result.GetValue(policy) is { Length: > 0 } names
                ? names.Select(n => Policies.Single(p => p.Name == n).Policy).ToArray()
                : ReconciliationPolicy.BuiltIn;
            var request = new Request(result.GetRequiredValue(file), result.GetValue(engagement), chosen, result.GetValue(limit), result.GetValue(output) == "json");
            return await RunAsync(request, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(Request request, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (await InputDocuments.OpenAsync(request.Path, error, cancellationToken).ConfigureAwait(false) is not { } opened)
        {
            return ExitCodes.Unreadable;
        }

        var name = InputDocuments.NameOf(request.Path);
        await using var stream = opened.Stream;
        var reading = opened.Reading;
        var whole = !request.Json && request.Engagement is null && request.Limit is null && opened.Format == "json";
        var shown = 0L;
        var ids = new List<string>();
        Utf8JsonWriter? json = null;
        Stream? jsonStream = null;
        if (request.Json)
        {
            jsonStream = new TextWriterStream(output);
            json = new Utf8JsonWriter(jsonStream, new JsonWriterOptions { Indented = true });
            json.WriteStartObject();
            json.WriteString("input", name);
            json.WriteString("format", opened.Format);
            json.WriteStartArray("policies");
            foreach (var p in request.Policies)
            {
                json.WriteStringValue(p.DisplayName);
            }

            json.WriteEndArray();
            json.WriteStartArray("engagements");
        }

        try
        {
            await foreach (var document in reading.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (whole)
                {
                    DocumentSummaryWriter.Write(output, document, request.Policies);
                    shown += document.Engagements.Count;
                    continue;
                }

                var index = new DocumentIndex(document);
                foreach (var e in document.Engagements)
                {
                    if (ids.Count < 20)
                    {
                        ids.Add(e.Id.Value);
                    }

                    if (request.Engagement is not null && e.Id.Value != request.Engagement)
                    {
                        continue;
                    }

                    if (json is not null)
                    {
                        SummaryJson.WriteEngagement(json, index, e, request.Policies);
                    }
                    else
                    {
                        if (shown > 0)
                        {
                            output.WriteLine();
                        }

                        DocumentSummaryWriter.WriteEngagement(output, index, e, request.Policies);
                    }

                    shown++;
                    if (shown == request.Limit || request.Engagement is not null)
                    {
                        break;
                    }
                }

                if (shown == request.Limit || (request.Engagement is not null && shown > 0))
                {
                    break;
                }
            }
        }
        catch (DatasetReadException e)
        {
            error.WriteLine(e.Problem.ToString());
            return ExitCodes.Unreadable;
        }
        finally
        {
            if (json is not null)
            {
                json.WriteEndArray();
                json.WriteEndObject();
                await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                await json.DisposeAsync().ConfigureAwait(false);
                output.WriteLine();
                await jsonStream!.DisposeAsync().ConfigureAwait(false);
            }
        }

        if (request.Engagement is not null && shown == 0)
        {
            error.WriteLine($"{name}: no engagement has the id '{request.Engagement}'; the input's engagements are: {string.Join(", ", ids)}{(ids.Count == 20 ? "…" : string.Empty)}.");
            return ExitCodes.Unreadable;
        }

        if (request.Limit is { } n && shown == n)
        {
            error.WriteLine($"{name}: the first {n.ToString(CultureInfo.InvariantCulture)} engagement(s) shown (--limit)");
        }

        return ExitCodes.Success;
    }

    /// <summary>What <c>summary</c> is asked.</summary>
    private sealed record Request(string Path, string? Engagement, IReadOnlyList<ReconciliationPolicy> Policies, int? Limit, bool Json);
}
