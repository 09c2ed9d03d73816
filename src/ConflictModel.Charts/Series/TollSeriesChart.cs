using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using ConflictModel.Analysis;
using ConflictModel.Charts.Rendering;
using NodaTime;
using NodaTime.Calendars;
using NodaTime.Text;
using static ConflictModel.Charts.Rendering.Svg;

namespace ConflictModel.Charts.Series;

/// <summary>
/// The toll over time: an aggregation by one period (<see cref="EngagementAggregator"/> with a single day, week,
/// month or year key) drawn as the line of its best values over the band from its lows to its highs.
/// </summary>
/// <remarks>
/// <para>Every period from the first to the last is on the time axis; a period without a row had no engagement
/// counted and is drawn at 0. A period whose high is open-ended ("60+": at least one figure has no upper limit)
/// is marked with an upward triangle and a "+" at its high. Engagements the period cannot place (a time coarser
/// than the period, or spanning two) are not on the line: their count and sums are written under the chart and
/// in <see cref="SvgChart.Notes"/>, never left out silently.</para>
/// </remarks>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class TollSeriesChart
{
    private const double Margin = 16;
    private const double Left = 80;
    private const double PlotHeight = 320;
    private const int MostPeriods = 20_000;

    /// <summary>Draws <paramref name="result"/>, an aggregation by one period.</summary>
    /// <param name="result">The aggregation; its options must have exactly one key, <see cref="GroupKey.Day"/>, <see cref="GroupKey.Week"/>, <see cref="GroupKey.Month"/> or <see cref="GroupKey.Year"/>.</param>
    /// <param name="options">How the chart looks; <see langword="null"/> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The aggregation is not by exactly one period, or spans more than 20,000 periods (aggregate by a longer period).</exception>
    public static SvgChart Render(AggregationResult result, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= ChartOptions.Default;
        if (result.Options.Keys.Count != 1 || result.Options.Keys[0] is not (GroupKey.Day or GroupKey.Week or GroupKey.Month or GroupKey.Year))
        {
            throw new ArgumentException($"A toll over time needs an aggregation by exactly one period (day, week, month or year); this one is by {(result.Options.Keys.Count == 0 ? "nothing" : string.Join(", ", result.Options.Keys))}.", nameof(result));
        }

        var key = result.Options.Keys[0];
        var placed = result.Rows.Where(r => !r.NotAssignable && r.Keys[0] is not null).ToDictionary(r => r.Keys[0]!, StringComparer.Ordinal);
        var periods = Periods(placed.Keys, key)
            ?? throw new ArgumentException($"The aggregation spans more than {MostPeriods.ToString(CultureInfo.InvariantCulture)} {Period(key)}s ({placed.Keys.Min(StringComparer.Ordinal)} to {placed.Keys.Max(StringComparer.Ordinal)}); aggregate by a longer period.", nameof(result));
        var measure = Names.Measure(result.Options.Measure);
        var notes = new List<string>();
        if (result.NotAssignable > 0 && result.Rows.FirstOrDefault(r => r.NotAssignable) is { } lost)
        {
            notes.Add($"{lost.Engagements.ToString(CultureInfo.InvariantCulture)} engagement(s) could not be placed in a {Period(key)} and are not on the line (low {Fmt(lost.Low)}, best {Fmt(lost.Best)}, high {Fmt(lost.High)}{(lost.HighOpen ? "+" : string.Empty)} {measure})");
        }

        if (periods.Count == 0)
        {
            notes.Add($"no engagement with a {measure} figure could be placed in a {Period(key)}");
        }

        var right = options.Width - Margin - 20;
        var top = Margin + 70;
        var bottom = top + PlotHeight;
        var max = periods.Select(p => placed.TryGetValue(p, out var r) ? r.High : 0).DefaultIfEmpty(0).Max();
        var y = new LinearScale(0, Math.Max(1, max * 1.08), bottom, top);
        double X(int i) => periods.Count == 1 ? (Left + right) / 2 : Left + (i * (right - Left) / (periods.Count - 1));

        var body = new List<XElement>
        {
            E("text", A("class", "chart-title"), A("x", Margin), A("y", Margin + 20), A("font-size", 16), A("font-weight", "bold"), $"{Capital(measure)} per {Period(key)} ({result.Options.Policy.Name})"),
            Text(Margin, Margin + 38, $"Line: the sum of each {Period(key)}'s best values; band and bars: the sums of lows and highs; ▲+: the high is open-ended (at least).", content: A("fill", "#555555")),
            ValueAxis.Draw(y, Left, right, measure),
        };
        if (periods.Count > 0)
        {
            var lows = periods.Select((p, i) => (X(i), y.Map(placed.TryGetValue(p, out var r) ? r.Low : 0)));
            var highs = periods.Select((p, i) => (X(i), y.Map(placed.TryGetValue(p, out var r) ? r.High : 0))).Reverse();
            body.Add(E("path", A("class", "series-band"), A("d", Path(lows.Concat(highs), close: true)), A("fill", "#1f77b4"), A("fill-opacity", "0.25"), A("stroke", "none")));
            body.Add(E("path", A("class", "series-best"), A("d", Path(periods.Select((p, i) => (X(i), y.Map(placed.TryGetValue(p, out var r) ? r.Best : 0))), close: false)), A("fill", "none"), A("stroke", "#1f77b4"), A("stroke-width", 2)));
            var points = E("g", A("class", "periods"));
            for (var i = 0; i < periods.Count; i++)
            {
                var row = placed.GetValueOrDefault(periods[i]);
                var point = E(
                    "g",
                    A("class", row is null ? "period empty" : "period"),
                    A("data-period", periods[i]),
                    A("data-low", Fmt(row?.Low ?? 0)),
                    A("data-best", Fmt(row?.Best ?? 0)),
                    A("data-high", Fmt(row?.High ?? 0)),
                    A("data-high-open", row?.HighOpen == true ? "true" : "false"),
                    A("data-engagements", Fmt(row?.Engagements ?? 0)),
                    E("title", row is null ? $"{periods[i]}: no engagement counted" : $"{periods[i]}: {Fmt(row.Engagements)} engagement(s), {measure} {Fmt(row.Low)}–{Fmt(row.High)}{(row.HighOpen ? "+" : string.Empty)}, best {Fmt(row.Best)}"),
                    E("line", A("class", "period-range"), A("x1", X(i)), A("y1", y.Map(row?.Low ?? 0)), A("x2", X(i)), A("y2", y.Map(row?.High ?? 0)), A("stroke", "#1f77b4"), A("stroke-opacity", "0.6"), A("stroke-width", periods.Count > 200 ? 1 : 3)),
                    E("circle", A("class", "best"), A("cx", X(i)), A("cy", y.Map(row?.Best ?? 0)), A("r", periods.Count > 200 ? 1.5 : 3), A("fill", "#1f77b4")));
                if (row is { HighOpen: true })
                {
                    var (px, py) = (X(i), y.Map(row.High));
                    point.Add(E("path", A("class", "open-high"), A("d", $"M {Fmt(px - 5)} {Fmt(py)} L {Fmt(px)} {Fmt(py - 8)} L {Fmt(px + 5)} {Fmt(py)} Z"), A("fill", "#d62728")));
                    point.Add(Text(px + 6, py - 2, "+", content: [A("class", "open-high-text"), A("fill", "#d62728"), A("font-weight", "bold")]));
                }

                points.Add(point);
            }

            body.Add(points);
            body.Add(TimeAxis(periods, X, bottom));
        }

        var end = bottom + 48;
        foreach (var note in notes)
        {
            end += 16;
            body.Add(E("text", A("class", "note"), A("x", Margin), A("y", end), A("fill", "#555555"), "Note: " + note));
        }

        var height = Math.Ceiling(end + Margin);
        var svg = Document(options.Width, height, $"{Capital(measure)} per {Period(key)}, best and low–high range ({result.Options.Policy.Name})", options.FontFamily, "series-chart", body);
        return new SvgChart { Svg = svg, Width = options.Width, Height = height, Notes = [.. notes] };
    }

    /// <summary>Writes a polyline (or closed polygon) path through the points.</summary>
    /// <param name="points">The points.</param>
    /// <param name="close">Whether to close it.</param>
    /// <returns>The path's <c>d</c>.</returns>
    internal static string Path(IEnumerable<(double X, double Y)> points, bool close) =>
        string.Join(" ", points.Select((p, i) => (i == 0 ? "M " : "L ") + Fmt(p.X) + " " + Fmt(p.Y))) + (close ? " Z" : string.Empty);

    private static XElement TimeAxis(List<string> periods, Func<int, double> x, double bottom)
    {
        var g = E("g", A("class", "axis time-axis"), A("stroke", "#999999"));
        g.Add(E("line", A("class", "axis-line"), A("x1", x(0)), A("y1", bottom), A("x2", x(periods.Count - 1)), A("y2", bottom)));
        var every = Math.Max(1, (int)Math.Ceiling(periods.Count / 10.0));
        for (var i = 0; i < periods.Count; i += every)
        {
            g.Add(E("line", A("class", "tick"), A("x1", x(i)), A("y1", bottom), A("x2", x(i)), A("y2", bottom + 4)));
            g.Add(E("text", A("class", "tick-label"), A("x", x(i)), A("y", bottom + 18), A("text-anchor", "middle"), A("stroke", "none"), A("fill", "#555555"), periods[i]));
        }

        return g;
    }

    /// <summary>Every period label from the first to the last of <paramref name="labels"/>, in order; <see langword="null"/> when they are more than <see cref="MostPeriods"/>.</summary>
    private static List<string>? Periods(IEnumerable<string> labels, GroupKey key)
    {
        var sorted = labels.OrderBy(l => l, StringComparer.Ordinal).ToList();
        if (sorted.Count < 2)
        {
            return sorted;
        }

        var (first, last) = (Start(sorted[0], key), Start(sorted[^1], key));
        if (first is null || last is null)
        {
            return sorted;
        }

        var all = new List<string>();
        for (var date = first.Value; date <= last.Value; date = Next(date, key))
        {
            all.Add(Label(date, key));
            if (all.Count > MostPeriods)
            {
                return null;
            }
        }

        return all;
    }

    private static LocalDate? Start(string label, GroupKey key)
    {
        switch (key)
        {
            case GroupKey.Day:
                return LocalDatePattern.Iso.Parse(label) is { Success: true } day ? day.Value : null;
            case GroupKey.Month:
                return LocalDatePattern.CreateWithInvariantCulture("yyyy-MM").Parse(label) is { Success: true } month ? month.Value : null;
            case GroupKey.Year:
                return int.TryParse(label, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999 ? new LocalDate(year, 1, 1) : null;
            default:
                var parts = label.Split("-W");
                return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var weekYear) && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var week)
                    && weekYear is >= 2 and <= 9998 && week >= 1 && week <= WeekYearRules.Iso.GetWeeksInWeekYear(weekYear)
                    ? WeekYearRules.Iso.GetLocalDate(weekYear, week, IsoDayOfWeek.Monday)
                    : null;
        }
    }

    private static LocalDate Next(LocalDate date, GroupKey key) => key switch
    {
        GroupKey.Day => date.PlusDays(1),
        GroupKey.Week => date.PlusWeeks(1),
        GroupKey.Month => date.PlusMonths(1),
        _ => date.PlusYears(1),
    };

    private static string Label(LocalDate date, GroupKey key) => key switch
    {
        GroupKey.Day => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        GroupKey.Week => WeekYearRules.Iso.GetWeekYear(date).ToString("D4", CultureInfo.InvariantCulture) + "-W" + WeekYearRules.Iso.GetWeekOfWeekYear(date).ToString("D2", CultureInfo.InvariantCulture),
        GroupKey.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => date.Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    private static string Period(GroupKey key) => key switch
    {
        GroupKey.Day => "day",
        GroupKey.Week => "week",
        GroupKey.Month => "month",
        _ => "year",
    };

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
