using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Analysis;
using ConflictModel.Charts;
using ConflictModel.Charts.Claims;
using ConflictModel.Charts.Maps;
using ConflictModel.Charts.Series;
using ConflictModel.Figures;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Formats;

namespace ConflictModel.Cli.Commands;

/// <summary>
/// <c>conflictmodel chart claims|series|map IN ... -o OUT.svg|OUT.png|-</c>: draws a dataset as a picture with the
/// ConflictModel.Charts package (SVG), rasterised to PNG by <see cref="ChartPng"/> when the output ends in .png
/// (docs/charts.md).
/// </summary>
internal static class ChartCommand
{
    private const int MostIdsListed = 50;

    /// <summary>Creates the command and its three subcommands.</summary>
    /// <param name="standardInput">Opens standard input for <c>-</c> (the console's unless a test gives another).</param>
    /// <returns>A new command.</returns>
    internal static Command Create(Func<Stream>? standardInput = null) =>
        new("chart", "Draw a dataset as a picture, SVG or PNG (by the output's extension): the claims chart of one engagement, the toll over time (or one figure's range as statements arrived), or a map of the engagements' sites. Exit code: 0 when drawn, 2 when the input cannot be read, the engagement or figure id is not in it, or the command line is wrong.")
        {
            Claims(standardInput),
            Series(standardInput),
            Map(standardInput),
        };

    private static Command Claims(Func<Stream>? standardInput)
    {
        var (input, from, output, width) = Common();
        var engagement = new Option<string>("--engagement", "-e") { Description = "The id of the engagement to draw (required); an id not in the input lists the ids it has.", HelpName = "ID", Required = true };
        var policy = PolicyOption("The policies whose reconciled ranges are drawn as bands, in order; repeat it for several. Without it, all three: fullRange, conservative, bestEstimate.");
        var command = new Command("claims", "Draw the claims chart of one engagement: for each figure, every source's estimate (a point, an interval, an arrow for an open end, a dashed interval for a word), labelled with the source and who it came through, faded when superseded or not used, and the reconciled range under each policy as a band.")
        {
            input, from, engagement, policy, output, width,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var policies = (result.GetValue(policy) ?? []).Select(PolicyNamed).ToArray();
            var id = result.GetRequiredValue(engagement);
            return await DrawAsync(result, input, from, output, standardInput, cancellationToken: cancellationToken, draw: async (reading, name, error) =>
            {
                var found = await FindAsync(reading, id, cancellationToken).ConfigureAwait(false);
                if (found.Document is null)
                {
                    error.WriteLine(UnknownEngagement(name, id, found.Ids));
                    return null;
                }

                return ClaimsChart.Render(found.Document, new(id), policies, Options(result, width));
            }).ConfigureAwait(false);
        });
        return command;
    }

    private static Command Series(Func<Stream>? standardInput)
    {
        var (input, from, output, width) = Common();
        var periods = new[] { "day", "week", "month", "year" };
        var by = new Option<string>("--by") { Description = "The period of the toll over time: day, week, month (the default) or year.", DefaultValueFactory = _ => "month", HelpName = "day|week|month|year" };
        by.AcceptOnlyFromAmong(periods);
        var measures = Enum.GetValues<Measure>().Select(JsonName).ToArray();
        var measure = new Option<string>("--measure", "-m") { Description = "What is counted: " + string.Join(", ", measures) + ". The default is killed.", DefaultValueFactory = _ => "killed", HelpName = "MEASURE" };
        measure.AcceptOnlyFromAmong(measures);
        var policy = new Option<string>("--policy", "-p") { Description = "The policy: for the toll, whose low, best and high are summed (bestEstimate by default); for one figure (--figure), whose range is drawn (fullRange by default).", HelpName = "fullRange|conservative|bestEstimate" };
        policy.AcceptOnlyFromAmong([.. SummaryCommand.Policies.Select(p => p.Name)]);
        var engagement = new Option<string>("--engagement", "-e") { Description = "With --figure: the engagement whose figure is drawn.", HelpName = "ID" };
        var figure = new Option<string>("--figure", "-f") { Description = "Draw how this figure's reconciled range moved as statements arrived (one column per reporting time) instead of the toll; needs --engagement.", HelpName = "FIGURE-ID" };
        var command = new Command("series", "Draw the toll over time: the aggregated best per period as a line over the low–high band, open-ended highs marked, engagements a period cannot place written under it (the same counting as 'aggregate'). With --engagement and --figure, draw how one figure's reconciled range moved as its statements were reported.")
        {
            input, from, by, measure, policy, engagement, figure, output, width,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(figure) is not null && r.GetValue(engagement) is null)
            {
                r.AddError("--figure needs --engagement: the id of the engagement the figure belongs to.");
            }
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = Options(result, width);
            if (result.GetValue(figure) is { } figureId)
            {
                var id = result.GetRequiredValue(engagement)!;
                var chosen = result.GetValue(policy) is { } p ? PolicyNamed(p) : ReconciliationPolicy.FullRange;
                return await DrawAsync(result, input, from, output, standardInput, cancellationToken: cancellationToken, draw: async (reading, name, error) =>
                {
                    var found = await FindAsync(reading, id, cancellationToken).ConfigureAwait(false);
                    if (found.Document is null)
                    {
                        error.WriteLine(UnknownEngagement(name, id, found.Ids));
                        return null;
                    }

                    var figures = found.Document.Engagements.First(e => e.Id.Value == id).Figures.Select(f => f.Id.Value).ToList();
                    if (!figures.Contains(figureId))
                    {
                        error.WriteLine($"{name}: the engagement '{id}' has no figure with the id '{figureId}'; its figures are: {(figures.Count == 0 ? "(none)" : string.Join(", ", figures))}.");
                        return null;
                    }

                    return FigureEvolutionChart.Render(found.Document, new(id), new(figureId), chosen, options);
                }).ConfigureAwait(false);
            }

            var aggregation = new AggregationOptions
            {
                Measure = Enum.GetValues<Measure>().Single(m => JsonName(m) == result.GetValue(measure)),
                Policy = result.GetValue(policy) is { } named ? PolicyNamed(named) : ReconciliationPolicy.BestEstimate,
                Keys = [AggregateCommand.Keys.Single(k => k.Name == result.GetValue(by)).Key],
            };
            return await DrawAsync(result, input, from, output, standardInput, cancellationToken: cancellationToken, draw: async (reading, name, error) =>
                TollSeriesChart.Render(await EngagementAggregator.AggregateAsync(reading, aggregation, cancellationToken).ConfigureAwait(false), options)).ConfigureAwait(false);
        });
        return command;
    }

    private static Command Map(Func<Stream>? standardInput)
    {
        var (input, from, output, width) = Common();
        var measures = Enum.GetValues<Measure>().Select(JsonName).ToArray();
        var measure = new Option<string>("--measure", "-m") { Description = "What sizes the points: " + string.Join(", ", measures) + ". The default is killed.", DefaultValueFactory = _ => "killed", HelpName = "MEASURE" };
        measure.AcceptOnlyFromAmong(measures);
        var policy = new Option<string>("--policy", "-p") { Description = "The policy whose best value sizes the points: bestEstimate (the default), fullRange or conservative.", DefaultValueFactory = _ => "bestEstimate", HelpName = "fullRange|conservative|bestEstimate" };
        policy.AcceptOnlyFromAmong([.. SummaryCommand.Policies.Select(p => p.Name)]);
        var command = new Command("map", "Draw a map of the engagements: a point at each engagement's site (its primary target, or first site with coordinates), its area in proportion to its reconciled best, over Natural Earth country outlines (public domain). Engagements with no coordinates are counted under the map.")
        {
            input, from, measure, policy, output, width,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var m = Enum.GetValues<Measure>().Single(v => JsonName(v) == result.GetValue(measure));
            var p = PolicyNamed(result.GetValue(policy)!);
            return await DrawAsync(result, input, from, output, standardInput, cancellationToken: cancellationToken, draw: async (reading, name, error) =>
                await SiteMap.RenderAsync(reading, m, p, Options(result, width), cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        });
        return command;
    }

    private static (Argument<string> Input, Option<string> From, Option<string> Output, Option<int?> Width) Common()
    {
        var registry = FormatRegistry.Default;
        var input = new Argument<string>("IN") { Description = "The dataset, in any readable format (" + string.Join(", ", registry.ReadableNames) + "), or - for standard input." }.RejectOptionLikeNames();
        var from = new Option<string>("--from") { Description = "The input format: auto (the default: the first bytes decide) or " + string.Join(", ", registry.ReadableNames) + ".", DefaultValueFactory = _ => "auto", HelpName = "auto|" + string.Join('|', registry.ReadableNames) };
        from.AcceptOnlyFromAmong(["auto", .. registry.ReadableNames]);
        var output = new Option<string>("--output", "-o") { Description = "Where the picture goes (required): a file ending in .svg or .png, or - for the SVG on standard output.", HelpName = "OUT.svg|OUT.png|-", Required = true };
        output.Validators.Add(r =>
        {
            var value = r.Tokens.Count > 0 ? r.Tokens[^1].Value : string.Empty;
            if (value != "-" && !value.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) && !value.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
            {
                r.AddError($"--output is a file ending in .svg or .png, or - for SVG on standard output; got '{value}'.");
            }
        });
        var width = new Option<int?>("--width") { Description = "The picture's width in pixels (at least 480; the default is 960).", HelpName = "PIXELS" };
        width.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 480)
            {
                r.AddError("--width must be at least 480 pixels.");
            }
        });
        return (input, from, output, width);
    }

    private static Option<string[]> PolicyOption(string description)
    {
        var policy = new Option<string[]>("--policy", "-p") { Description = description, HelpName = "fullRange|conservative|bestEstimate" };
        policy.AcceptOnlyFromAmong([.. SummaryCommand.Policies.Select(p => p.Name)]);
        return policy;
    }

    private static ChartOptions Options(ParseResult result, Option<int?> width) =>
        result.GetValue(width) is { } w ? new ChartOptions { Width = w } : ChartOptions.Default;

    private static async Task<int> DrawAsync(ParseResult result, Argument<string> input, Option<string> from, Option<string> output, Func<Stream>? standardInput, Func<DatasetReading, string, TextWriter, Task<SvgChart?>> draw, CancellationToken cancellationToken)
    {
        var configuration = result.InvocationConfiguration;
        var error = configuration.Error;
        if (await DatasetInput.OpenAsync(result.GetRequiredValue(input), result.GetValue(from)!, FormatRegistry.Default, error, standardInput, cancellationToken).ConfigureAwait(false) is not var (stream, format, name))
        {
            return ExitCodes.Unreadable;
        }

        SvgChart? chart;
        await using (stream.ConfigureAwait(false))
        {
            var reading = format.Read(stream, new DatasetReadOptions { Name = name, BadRecords = BadRowHandling.StopAtFirst });
            try
            {
                chart = await draw(reading, name, error).ConfigureAwait(false);
            }
            catch (DatasetReadException e)
            {
                error.WriteLine(e.Problem.ToString());
                return ExitCodes.Unreadable;
            }
            catch (ArgumentException e)
            {
                // What the data does not allow to draw (a series of more than 20,000 periods): one line, no picture.
                error.WriteLine($"{name}: {e.Message.Split(" (Parameter", 2)[0]}");
                return ExitCodes.Unreadable;
            }
        }

        if (chart is null)
        {
            return ExitCodes.Unreadable;
        }

        var target = result.GetRequiredValue(output);
        if (target == "-")
        {
            configuration.Output.Write(chart.Svg);
        }
        else if (target.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                await using var file = File.Create(target);
                ChartPng.Write(chart, file);
            }
            catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or InvalidOperationException)
            {
                // Skia's native library ships for the main platforms only (docs/charts.md); SVG needs none.
                error.WriteLine($"{CommandLine.Name} chart: cannot write PNG on this platform ({e.GetBaseException().Message}); write SVG instead (-o OUT.svg).");
                File.Delete(target);
                return ExitCodes.Unreadable;
            }
        }
        else
        {
            await using var file = File.Create(target);
            chart.WriteTo(file);
        }

        foreach (var note in chart.Notes)
        {
            error.WriteLine($"{name}: note: {note}");
        }

        if (target != "-")
        {
            error.WriteLine($"Wrote {target} ({chart.Width:0}×{chart.Height:0})");
        }

        return ExitCodes.Success;
    }

    private static async Task<(DatasetDocument? Document, List<string> Ids)> FindAsync(DatasetReading reading, string id, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var document in reading.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var engagement in document.Engagements)
            {
                if (engagement.Id.Value == id)
                {
                    return (document, ids);
                }

                ids.Add(engagement.Id.Value);
            }
        }

        return (null, ids);
    }

    private static string UnknownEngagement(string name, string id, List<string> ids) =>
        $"{name}: no engagement has the id '{id}'; the input's engagements are: {(ids.Count == 0 ? "(none)" : string.Join(", ", ids.Take(MostIdsListed)) + (ids.Count > MostIdsListed ? $"… ({ids.Count} in all)" : string.Empty))}.";

    private static ReconciliationPolicy PolicyNamed(string name) => SummaryCommand.Policies.Single(p => p.Name == name).Policy;

    private static string JsonName<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
