using System;
using System.CommandLine;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Figures;
using ConflictModel.Interop.Wikipedia;

namespace ConflictModel.Cli.Commands;

/// <summary><c>conflictmodel infobox FILE [--engagement ID] [--measure M]...</c>: renders an engagement as Wikipedia infobox wikitext.</summary>
internal static class InfoboxCommand
{
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
            Description = "The id of the engagement to render. Without it, the document's first engagement.",
            HelpName = "ID",
        };
        var measures = new Option<string[]>("--measure", "-m")
        {
            Description = "A measure to render as casualty lines, in the order given; repeat it for several (--measure killed --measure lynched gives the Timbuktu article's lines). One of: " + string.Join(", ", Enum.GetValues<Measure>().Where(m => m != Measure.Strength).Select(Name)) + ". Without it, every measure, killed first.",
            HelpName = "MEASURE",
            AllowMultipleArgumentsPerToken = false,
        };
        measures.AcceptOnlyFromAmong([.. Enum.GetValues<Measure>().Where(m => m != Measure.Strength).Select(Name)]);
        var policy = new Option<string>("--policy", "-p")
        {
            Description = "How several estimates of a figure become the range shown: fullRange (lowest to highest, Wikipedia's way, \"30–60+\"), conservative or bestEstimate.",
            DefaultValueFactory = _ => "fullRange",
            HelpName = "fullRange|conservative|bestEstimate",
        };
        policy.AcceptOnlyFromAmong("fullRange", "conservative", "bestEstimate");

        var command = new Command("infobox", "Print an engagement of a dataset document as Wikipedia \"{{Infobox military conflict}}\" wikitext: name, part of, date, place, result, combatants, strength and casualties, each figure reconciled into the range an infobox shows (\"30–60+ killed\", \"1 person lynched\"; see docs/wikipedia.md). Reads every format of the registry (JSON, JSON Lines, GED, ACLED), or standard input for -. Exit code: 0 when printed, 2 when the input cannot be read, recognised or parsed, the document has no engagement or none with the given id, or the command line is wrong.")
        {
            file,
            engagement,
            measures,
            policy,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var configuration = result.InvocationConfiguration;
            var path = result.GetRequiredValue(file);
            var name = InputDocuments.NameOf(path);
            if (await InputDocuments.OpenAsync(path, configuration.Error, cancellationToken).ConfigureAwait(false) is not { } opened)
            {
                return ExitCodes.Unreadable;
            }

            await using var stream = opened.Stream;
            var id = result.GetValue(engagement);
            DatasetDocument? found = null;
            Engagements.Engagement? chosen = null;
            var ids = new System.Collections.Generic.List<string>();
            try
            {
                // Each document of a reading declares the actors and sources its engagements use: the one holding the engagement suffices.
                await foreach (var document in opened.Reading.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    ids.AddRange(document.Engagements.Take(20 - ids.Count).Select(e => e.Id.ToString()));
                    chosen = id is null ? (document.Engagements.Count > 0 ? document.Engagements[0] : null) : document.Engagements.FirstOrDefault(e => e.Id.ToString() == id);
                    if (chosen is not null)
                    {
                        found = document;
                        break;
                    }
                }
            }
            catch (Interop.Formats.DatasetReadException e)
            {
                configuration.Error.WriteLine(e.Problem.ToString());
                return ExitCodes.Unreadable;
            }

            if (chosen is null || found is null)
            {
                configuration.Error.WriteLine(id is null
                    ? $"{name}: the document has no engagement."
                    : $"{name}: no engagement has the id '{id}'; the document's engagements are: {string.Join(", ", ids)}{(ids.Count == 20 ? "…" : string.Empty)}.");
                return ExitCodes.Unreadable;
            }

            var options = new InfoboxRenderOptions
            {
                Policy = result.GetValue(policy) switch
                {
                    "conservative" => ReconciliationPolicy.Conservative,
                    "bestEstimate" => ReconciliationPolicy.BestEstimate,
                    _ => ReconciliationPolicy.FullRange,
                },
                Measures = [.. (result.GetValue(measures) ?? []).Select(m => Enum.GetValues<Measure>().Single(v => Name(v) == m))],
            };
            configuration.Output.WriteLine(InfoboxRenderer.Render(found, chosen, options));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Name(Measure measure) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(measure.ToString());
}
