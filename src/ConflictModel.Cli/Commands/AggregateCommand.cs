using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Analysis;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Formats;
using ConflictModel.Places;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Cli.Commands;

/// <summary>
/// <c>conflictmodel aggregate IN --by month,country --measure killed --policy fullRange [filters] [--output table|csv|json]</c>:
/// counts a dataset's engagements into groups with their reconciled low, best and high (docs/analysis.md).
/// </summary>
internal static class AggregateCommand
{
    /// <summary>The <c>--by</c> names, in the order the help lists them, with their keys.</summary>
    internal static readonly (string Name, GroupKey Key)[] Keys =
    [
        ("day", GroupKey.Day), ("week", GroupKey.Week), ("month", GroupKey.Month), ("year", GroupKey.Year),
        ("country", GroupKey.Country), ("division", GroupKey.FirstLevelDivision), ("type", GroupKey.EngagementType),
        ("initiator", GroupKey.Initiator), ("initiatorKind", GroupKey.InitiatorKind), ("sideRole", GroupKey.SideRole),
    ];

    private static readonly (string Name, ReconciliationPolicy Policy)[] Policies =
    [
        ("bestEstimate", ReconciliationPolicy.BestEstimate), ("fullRange", ReconciliationPolicy.FullRange), ("conservative", ReconciliationPolicy.Conservative),
    ];

    /// <summary>Creates the command.</summary>
    /// <param name="standardInput">Opens standard input for <c>-</c> (the console's unless a test gives another).</param>
    /// <returns>A new command.</returns>
    internal static Command Create(Func<Stream>? standardInput = null)
    {
        var registry = FormatRegistry.Default;
        var measures = Enum.GetValues<Measure>().Select(JsonName).ToArray();
        var types = Enum.GetValues<EngagementType>().Select(JsonName).ToArray();
        var input = new Argument<string>("IN")
        {
            Description = "The dataset to read, in any readable format (" + string.Join(", ", registry.ReadableNames) + "), or - for standard input.",
        };
        var from = new Option<string>("--from")
        {
            Description = "The input format: auto (the default: the first bytes decide) or " + string.Join(", ", registry.ReadableNames) + ".",
            DefaultValueFactory = _ => "auto",
            HelpName = "auto|" + string.Join('|', registry.ReadableNames),
        };
        from.AcceptOnlyFromAmong(["auto", .. registry.ReadableNames]);
        var by = new Option<string[]>("--by")
        {
            Description = "What to group by, comma-separated or repeated, in the order of the output's columns: " + string.Join(", ", Keys.Select(k => k.Name)) + " (division is the first-level administrative division, as COUNTRY/NAME; initiator the actors of the attacking side, or of the first side when none attacks, and initiatorKind their kinds; sideRole splits each engagement's count by whose losses each figure counts: attacker, defender, belligerent, thirdParty, civilians, unknown). At most one period (day, week, month, year). Without it, one row: the total.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "KEY[,KEY...]",
        };
        by.Validators.Add(r =>
        {
            foreach (var name in Split(r.Tokens.Select(t => t.Value)))
            {
                if (!Keys.Any(k => k.Name == name))
                {
                    r.AddError($"'{name}' is not a --by key; the keys are {string.Join(", ", Keys.Select(k => k.Name))}.");
                    return;
                }
            }
        });
        var measure = new Option<string>("--measure", "-m")
        {
            Description = "What is counted: " + string.Join(", ", measures) + ". The default is killed.",
            DefaultValueFactory = _ => "killed",
            HelpName = "MEASURE",
        };
        measure.AcceptOnlyFromAmong(measures);
        var policy = new Option<string>("--policy", "-p")
        {
            Description = "The reconciliation policy whose low, best and high are summed: bestEstimate (the default), fullRange or conservative (full-range and best-estimate are accepted too).",
            DefaultValueFactory = _ => "bestEstimate",
            HelpName = "bestEstimate|fullRange|conservative",
        };
        policy.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && PolicyNamed(r.Tokens[^1].Value) is null)
            {
                r.AddError($"'{r.Tokens[^1].Value}' is not a policy; the policies are {string.Join(", ", Policies.Select(p => p.Name))}.");
            }
        });
        var output = new Option<string>("--output", "-o")
        {
            Description = "table (the default: aligned columns, the high with + when it is open-ended), csv (one row per group, docs/analysis.md lists the columns) or json.",
            DefaultValueFactory = _ => "table",
            HelpName = "table|csv|json",
        };
        output.AcceptOnlyFromAmong("table", "csv", "json");
        var coarseTime = new Option<string>("--coarse-time")
        {
            Description = "What a period key does with an engagement whose time covers several periods (\"2025\" by month): not-assignable (the default: counted whole in the not-assignable row) or spread (its low, best and high shared out over the periods in proportion to the time in each, whole numbers that add up exactly; the CSV then has a spread column). docs/analysis.md works the rule through.",
            DefaultValueFactory = _ => "not-assignable",
            HelpName = "not-assignable|spread",
        };
        coarseTime.AcceptOnlyFromAmong("not-assignable", "spread");
        var since = new Option<string>("--since") { Description = "Keep engagements from this day (YYYY-MM-DD) on; one whose time only overlaps the range is borderline (see --borderline).", HelpName = "YYYY-MM-DD" };
        var until = new Option<string>("--until") { Description = "Keep engagements up to this day (YYYY-MM-DD), included; as for --since, overlapping times are borderline.", HelpName = "YYYY-MM-DD" };
        var country = new Option<string[]>("--country") { Description = "Keep engagements with a site in one of these countries (ISO 3166-1 alpha-2, comma-separated or repeated).", AllowMultipleArgumentsPerToken = true, HelpName = "CC[,CC...]" };
        var division = new Option<string>("--division") { Description = "Keep engagements with a site in this administrative division: COUNTRY/FIRST[/SECOND...], such as ML/Tombouctou.", HelpName = "CC/NAME[/NAME...]" };
        var box = new Option<string>("--bbox") { Description = "Keep engagements with a site in this box: SOUTH,WEST,NORTH,EAST in degrees; a site whose spatial precision straddles an edge is borderline.", HelpName = "S,W,N,E" };
        var near = new Option<string>("--near") { Description = "Keep engagements with a site within KM kilometres of LAT,LON; a site whose spatial precision straddles the edge is borderline.", HelpName = "LAT,LON,KM" };
        var actor = new Option<string[]>("--actor") { Description = "Keep engagements in which this actor (id, name, alias or scheme:value external id; its units count as it) takes a side; repeated, any of them.", HelpName = "ACTOR" };
        var type = new Option<string[]>("--type") { Description = "Keep engagements of these types (" + string.Join(", ", types) + "; comma-separated or repeated).", AllowMultipleArgumentsPerToken = true, HelpName = "TYPE[,TYPE...]" };
        type.Validators.Add(r =>
        {
            if (Split(r.Tokens.Select(t => t.Value)).FirstOrDefault(t => !types.Contains(t)) is { } wrong)
            {
                r.AddError($"'{wrong}' is not an engagement type; the types are {string.Join(", ", types)}.");
            }
        });
        var borderline = new Option<string>("--borderline")
        {
            Description = "What a filter does with an engagement that possibly meets it (a time or place known too coarsely to tell): exclude (the default), include, or flag (include, and list their ids on standard error). Their number is in the summary line either way.",
            DefaultValueFactory = _ => "exclude",
            HelpName = "exclude|include|flag",
        };
        borderline.AcceptOnlyFromAmong("exclude", "include", "flag");
        var badRows = new Option<string>("--bad-rows")
        {
            Description = "What to do with a CSV row or JSON Lines line that cannot be read: stop (the default; exit code 2) or skip (count the rest, exit code 1). Each bad row is printed on standard error.",
            DefaultValueFactory = _ => "stop",
            HelpName = "stop|skip",
        };
        badRows.AcceptOnlyFromAmong("stop", "skip");

        var command = new Command("aggregate", "Count a dataset's engagements into groups (by period, country, first-level division, type) with the sums of their reconciled low, best and high under a policy: open-ended highs stay open (shown with +), parts of a whole are never added, and engagements a key cannot place (a time coarser than the period, sites in several countries) are in a not-assignable row, never left out. Filters keep engagements by time, place, actor and type, with borderline cases counted. Standard error gets the summary: engagements read, counted, borderline and not assignable. Exit code: 0, 1 when --bad-rows skip left rows out, 2 when the command line is wrong or the input cannot be read.")
        {
            input, from, by, measure, policy, output, coarseTime, since, until, country, division, box, near, actor, type, borderline, badRows,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var configuration = result.InvocationConfiguration;
            var error = configuration.Error;
            var filter = FilterOf(result, since, until, country, division, box, near, actor, type, error);
            if (filter is null)
            {
                return ExitCodes.UsageError;
            }

            var options = new AggregationOptions
            {
                Measure = Enum.GetValues<Measure>().Single(m => JsonName(m) == result.GetValue(measure)),
                Policy = PolicyNamed(result.GetValue(policy)!)!,
                Keys = [.. Split(result.GetValue(by) ?? []).Select(name => Keys.Single(k => k.Name == name).Key)],
                CoarseTime = result.GetValue(coarseTime) == "spread" ? CoarseTimeHandling.Spread : CoarseTimeHandling.NotAssignable,
            };
            try
            {
                _ = new EngagementAggregator(options);
            }
            catch (ArgumentException e)
            {
                error.WriteLine($"{CommandLine.Name} aggregate: {e.Message.Split(" (Parameter", 2)[0]}");
                return ExitCodes.UsageError;
            }

            var handling = result.GetValue(borderline) switch
            {
                "include" => BorderlineHandling.Include,
                "flag" => BorderlineHandling.Flag,
                _ => BorderlineHandling.Exclude,
            };
            return await RunAsync(
                new Request(result.GetRequiredValue(input), result.GetValue(from)!, options, filter, handling, result.GetValue(badRows) == "skip", result.GetValue(output)!, Split(result.GetValue(by) ?? []).ToArray()),
                configuration.Output,
                error,
                standardInput,
                cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Writes <paramref name="result"/> as the CSV documented in docs/analysis.md.</summary>
    /// <param name="result">The aggregation.</param>
    /// <param name="keyNames">The <c>--by</c> names, which head the key columns.</param>
    /// <param name="output">Where the CSV goes.</param>
    internal static void WriteCsv(AggregationResult result, IReadOnlyList<string> keyNames, TextWriter output)
    {
        var measure = JsonName(result.Options.Measure);
        var spread = result.Options.CoarseTime == CoarseTimeHandling.Spread;
        output.Write(string.Join(",", keyNames.Concat(["measure", "engagements", "low", "best", "high", "high_open", "not_assignable", "disputed", "qualitative_only", "without_figure"]).Concat(spread ? ["spread"] : [])) + "\n");
        foreach (var row in result.Rows)
        {
            var cells = row.Keys.Select(k => Csv(k ?? string.Empty)).Concat(
            [
                measure, N(row.Engagements), N(row.Low), N(row.Best), N(row.High), Bool(row.HighOpen), Bool(row.NotAssignable), N(row.Disputed), N(row.QualitativeOnly), N(row.WithoutFigure),
            ]).Concat(spread ? [N(row.Spread)] : []);
            output.Write(string.Join(",", cells) + "\n");
        }
    }

    private static async Task<int> RunAsync(Request request, TextWriter output, TextWriter error, Func<Stream>? standardInput, CancellationToken cancellationToken)
    {
        var registry = FormatRegistry.Default;
        if (await DatasetInput.OpenAsync(request.Input, request.From, registry, error, standardInput, cancellationToken).ConfigureAwait(false) is not var (stream, format, name))
        {
            return ExitCodes.Unreadable;
        }

        await using (stream.ConfigureAwait(false))
        {
            var reading = format.Read(stream, new DatasetReadOptions
            {
                Name = name,
                BadRecords = request.SkipBadRows ? BadRowHandling.SkipAndReport : BadRowHandling.StopAtFirst,
                OnProblem = p =>
                {
                    if (p.Severity == Validation.ValidationSeverity.Error)
                    {
                        error.WriteLine(p.ToString());
                    }
                },
            });
            var tally = new FilterTally();
            AggregationResult aggregation;
            try
            {
                aggregation = await EngagementAggregator.AggregateAsync(request.Filter.ApplyAsync(reading, request.Borderline, tally, cancellationToken), request.Options, cancellationToken).ConfigureAwait(false);
            }
            catch (DatasetReadException e)
            {
                error.WriteLine(e.Problem.ToString());
                return ExitCodes.Unreadable;
            }

            switch (request.Output)
            {
                case "csv":
                    WriteCsv(aggregation, request.KeyNames, output);
                    break;
                case "json":
                    WriteJson(aggregation, request, tally, output);
                    break;
                default:
                    WriteTable(aggregation, request.KeyNames, output);
                    break;
            }

            foreach (var id in tally.Flagged)
            {
                error.WriteLine($"{name}: borderline, included: {id}");
            }

            var summary = reading.Summary;
            var filtered = ReferenceEquals(request.Filter, EngagementFilter.All) ? string.Empty : $", {N(tally.Kept)} kept by the filter ({N(tally.Borderline)} borderline, {(request.Borderline == BorderlineHandling.Exclude ? "excluded" : "included")})";
            error.WriteLine($"{name}: {N(summary.Engagements)} engagements read{filtered}, {N(aggregation.Total.Engagements)} counted in {N(aggregation.Rows.Count)} rows, {N(aggregation.NotAssignable)} not assignable{(request.Options.CoarseTime == CoarseTimeHandling.Spread ? $", {N(aggregation.Total.Spread)} spread over periods" : string.Empty)}; {N(summary.RecordsRejected)} {summary.RecordKind}s rejected");
            return summary.RecordsRejected > 0 ? ExitCodes.RowsRejected : ExitCodes.Success;
        }
    }

    private static EngagementFilter? FilterOf(ParseResult result, Option<string> since, Option<string> until, Option<string[]> country, Option<string> division, Option<string> box, Option<string> near, Option<string[]> actor, Option<string[]> type, TextWriter error)
    {
        var filter = EngagementFilter.All;
        void And(EngagementFilter next) => filter = ReferenceEquals(filter, EngagementFilter.All) ? next : filter.And(next);
        try
        {
            var (first, last) = (Date(result.GetValue(since), "--since"), Date(result.GetValue(until), "--until"));
            if (first is { } a && last is { } b)
            {
                And(EngagementFilter.During(a, b));
            }
            else if (first is { } start)
            {
                And(EngagementFilter.From(start));
            }
            else if (last is { } end)
            {
                And(EngagementFilter.Through(end));
            }

            if (Split(result.GetValue(country) ?? []).ToArray() is { Length: > 0 } countries)
            {
                And(EngagementFilter.InCountries(countries));
            }

            if (result.GetValue(division) is { } path)
            {
                var parts = path.Split('/');
                if (parts.Length < 2)
                {
                    throw new ArgumentException($"--division is COUNTRY/NAME[/NAME...], such as ML/Tombouctou; got '{path}'.");
                }

                And(EngagementFilter.InDivision(parts[0], parts.Skip(1)));
            }

            if (result.GetValue(box) is { } edges)
            {
                var n = Numbers(edges, 4, "--bbox", "SOUTH,WEST,NORTH,EAST");
                And(EngagementFilter.WithinBox(n[0], n[1], n[2], n[3]));
            }

            if (result.GetValue(near) is { } circle)
            {
                var n = Numbers(circle, 3, "--near", "LAT,LON,KM");
                And(EngagementFilter.WithinRadius(new Coordinates(n[0], n[1]), n[2]));
            }

            if (result.GetValue(actor) is { Length: > 0 } actors)
            {
                And(actors.Select(EngagementFilter.Involving).Aggregate((a, b) => a.Or(b)));
            }

            if (Split(result.GetValue(type) ?? []).ToArray() is { Length: > 0 } typeNames)
            {
                And(EngagementFilter.OfType(typeNames.Select(t => Enum.GetValues<EngagementType>().Single(v => JsonName(v) == t))));
            }
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"{CommandLine.Name} aggregate: {e.Message.Split(" (Parameter", 2)[0]}");
            return null;
        }

        return filter;
    }

    private static LocalDate? Date(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw new ArgumentException($"{option} is a day as YYYY-MM-DD; got '{text}'.");
    }

    private static double[] Numbers(string text, int count, string option, string form)
    {
        var parts = text.Split(',');
        var numbers = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                throw new ArgumentException($"{option} is {form}, numbers with a decimal point; '{parts[i]}' is not a number.");
            }
        }

        return numbers.Length == count ? numbers : throw new ArgumentException($"{option} is {form}: {count} numbers; got {numbers.Length}.");
    }

    private static void WriteTable(AggregationResult result, string[] keyNames, TextWriter output)
    {
        var header = keyNames.Concat(["engagements", "disputed", "low", "best", "high"]).ToArray();
        // Without keys the one row is the total; with keys, a row per group and the total last.
        List<string[]> rows = keyNames.Length == 0
            ? [Sums(result.Total)]
            : [.. result.Rows.Select(r => r.Keys.Select(k => k ?? "(not assignable)").Concat(Sums(r)).ToArray()), [.. keyNames.Select((_, i) => i == 0 ? "total" : string.Empty), .. Sums(result.Total)]];
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
        var numeric = header.Length - 5;
        string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => i >= numeric ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();
        output.Write(Line(header) + "\n");
        foreach (var row in rows)
        {
            output.Write(Line(row) + "\n");
        }
    }

    private static string[] Sums(AggregateRow row) => [N(row.Engagements), N(row.Disputed), N(row.Low), N(row.Best), High(row)];

    private static void WriteJson(AggregationResult result, Request request, FilterTally tally, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("measure", JsonName(result.Options.Measure));
            json.WriteString("policy", Policies.First(p => p.Policy == result.Options.Policy).Name);
            json.WriteStartArray("by");
            foreach (var key in request.KeyNames)
            {
                json.WriteStringValue(key);
            }

            json.WriteEndArray();
            json.WriteString("filter", request.Filter.ToString());
            json.WriteString("borderline", request.Borderline.ToString().ToLowerInvariant());
            json.WriteNumber("read", tally.Read);
            json.WriteNumber("kept", tally.Kept);
            json.WriteNumber("borderlineEngagements", tally.Borderline);
            json.WriteNumber("notAssignable", result.NotAssignable);
            json.WriteStartArray("rows");
            foreach (var row in result.Rows)
            {
                Row(json, row, request.KeyNames);
            }

            json.WriteEndArray();
            json.WritePropertyName("total");
            Row(json, result.Total, []);
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n");
    }

    private static void Row(Utf8JsonWriter json, AggregateRow row, string[] keyNames)
    {
        json.WriteStartObject();
        if (keyNames.Length > 0)
        {
            json.WriteStartObject("keys");
            for (var i = 0; i < keyNames.Length; i++)
            {
                if (row.Keys[i] is { } value)
                {
                    json.WriteString(keyNames[i], value);
                }
                else
                {
                    json.WriteNull(keyNames[i]);
                }
            }

            json.WriteEndObject();
            json.WriteBoolean("notAssignable", row.NotAssignable);
        }

        json.WriteNumber("engagements", row.Engagements);
        json.WriteNumber("spread", row.Spread);
        json.WriteNumber("withoutFigure", row.WithoutFigure);
        json.WriteNumber("disputed", row.Disputed);
        json.WriteNumber("qualitativeOnly", row.QualitativeOnly);
        json.WriteNumber("low", row.Low);
        json.WriteNumber("best", row.Best);
        json.WriteNumber("high", row.High);
        json.WriteBoolean("highOpen", row.HighOpen);
        json.WriteEndObject();
    }

    private static ReconciliationPolicy? PolicyNamed(string name)
    {
        var plain = name.Replace("-", string.Empty, StringComparison.Ordinal);
        return Policies.FirstOrDefault(p => string.Equals(p.Name, plain, StringComparison.OrdinalIgnoreCase)).Policy;
    }

    private static IEnumerable<string> Split(IEnumerable<string> values) =>
        values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string High(AggregateRow row) => N(row.High) + (row.HighOpen ? "+" : string.Empty);

    /// <summary>Quotes a CSV field when it needs it (RFC 4180).</summary>
    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";

    private static string JsonName<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private sealed record Request(string Input, string From, AggregationOptions Options, EngagementFilter Filter, BorderlineHandling Borderline, bool SkipBadRows, string Output, string[] KeyNames);
}
