using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using ConflictModel.Charts.Rendering;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using static ConflictModel.Charts.Rendering.Svg;

namespace ConflictModel.Charts.Claims;

/// <summary>
/// The claims chart of one engagement: for each of its figures, every source's estimate on the figure's own
/// value axis, and the range each reconciliation policy makes of them as a band.
/// </summary>
/// <remarks>
/// <para>One panel per figure, in the engagement's order, each with its own axis from 0. Each estimate is one row,
/// labelled with its source ("A via B" when it reached us through others) and its words as a number
/// ("≥30", "several dozen (36–108)"), drawn by its form:</para>
/// <list type="bullet">
/// <item>exact or about n: a point at n (hollow for "about");</item>
/// <item>at least n: a point at n and an arrow to the right edge (no upper limit);</item>
/// <item>at most n: a line from 0 to a bar at n;</item>
/// <item>a range: a line between two bars; an open-ended range ("30–60+") goes on past its high bar as a dotted
/// line and an arrow;</item>
/// <item>a qualitative term ("dozens"): a dashed line over the range the document gives the word, with an arrow
/// when the word has no upper limit.</item>
/// </list>
/// <para>An estimate that no policy uses (a word beside numbers, below a policy's grade) or that a later statement
/// superseded is drawn faded, and its label says which. A ceiling from a related figure (killed ≤ killed or wounded)
/// that bounds the range is drawn as a row of its own. Under the estimates, one band per policy from its low to its
/// high (an arrow past the high when it is open-ended), with a tick at the best value when the policy gives one and
/// the range as text ("30–60+"). A figure without estimates is drawn as a row reading "no estimate".</para>
/// </remarks>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class ClaimsChart
{
    private const double Margin = 16;
    private const double RowHeight = 22;
    private const double ValueColumn = 190;

    /// <summary>The longest value text drawn whole right of a row (its tooltip holds it whole in any case).</summary>
    private const int ValueTextLength = 60;
    private static readonly string[] PolicyColours = ["#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2"];

    /// <summary>Draws the claims chart of the engagement with id <paramref name="engagementId"/> of <paramref name="document"/>.</summary>
    /// <param name="document">The document that holds the engagement and declares its sources and actors.</param>
    /// <param name="engagementId">The engagement's id.</param>
    /// <param name="policies">The policies whose ranges are drawn, in order; <see langword="null"/> or empty for the built-in three (<see cref="ReconciliationPolicy.BuiltIn"/>).</param>
    /// <param name="options">How the chart looks; <see langword="null"/> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The document has no engagement with that id; the message lists the ids it has.</exception>
    public static SvgChart Render(DatasetDocument document, EngagementId engagementId, IEnumerable<ReconciliationPolicy>? policies = null, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var index = new DocumentIndex(document);
        var engagement = index.FindEngagement(engagementId)
            ?? throw new ArgumentException($"The document has no engagement with the id '{engagementId}'; its engagements are: {string.Join(", ", document.Engagements.Select(e => e.Id.ToString()))}.", nameof(engagementId));
        return Render(index, engagement, policies, options);
    }

    /// <summary>Draws the claims chart of <paramref name="engagement"/>, whose sources and actors <paramref name="index"/> resolves.</summary>
    /// <param name="index">The index of the document the engagement belongs to.</param>
    /// <param name="engagement">The engagement.</param>
    /// <param name="policies">The policies whose ranges are drawn, in order; <see langword="null"/> or empty for the built-in three.</param>
    /// <param name="options">How the chart looks; <see langword="null"/> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> or <paramref name="engagement"/> is <see langword="null"/>.</exception>
    public static SvgChart Render(DocumentIndex index, Engagement engagement, IEnumerable<ReconciliationPolicy>? policies = null, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(engagement);
        options ??= ChartOptions.Default;
        var chosen = policies?.Where(p => p is not null).ToArray() is { Length: > 0 } given ? given : ReconciliationPolicy.BuiltIn;
        var context = new ReconciliationContext(index, engagement);
        var legend = new Legend(options.MaxLabelLength);
        var labelWidth = Svg.Width(new string('x', options.MaxLabelLength)) + 12;
        var plotLeft = Margin + labelWidth;
        var plotRight = options.Width - Margin - ValueColumn;
        var body = new List<XElement>();
        var notes = new List<string>();
        var y = Margin + 20;
        body.Add(E("text", A("class", "chart-title"), A("x", Margin), A("y", y), A("font-size", 16), A("font-weight", "bold"), engagement.Name + ": the claims"));
        y += 18;
        body.Add(Text(Margin, y, "Each row is one source's estimate; each band the range a policy reconciles from them. Faded: superseded or not used.", content: A("fill", "#555555")));
        y += 16;

        var figures = engagement.Figures.Where(f => f is not null).ToList();
        if (figures.Count == 0)
        {
            y += RowHeight;
            body.Add(E("text", A("class", "no-estimate"), A("x", Margin), A("y", y), "no figure: the engagement records no disputed figure"));
            notes.Add("the engagement has no figure");
        }

        foreach (var figure in figures)
        {
            var panel = Panel(index, engagement, context, figure, chosen, legend, plotLeft, plotRight, ref y, notes);
            body.Add(panel);
        }

        y += 12;
        body.Add(Key(plotLeft, ref y));
        body.AddRange(legend.Draw(Margin, ref y));
        var height = Math.Ceiling(y + Margin);
        var width = Math.Max(options.Width, Math.Ceiling(RightEdge(body) + Margin));
        var svg = Document(width, height, engagement.Name + ": the claims per figure and the reconciled ranges", options.FontFamily, "claims-chart", body);
        return new SvgChart { Svg = svg, Width = width, Height = height, Notes = [.. notes] };
    }

    /// <summary>Finds how far right the value and range texts reach, so that the picture can be widened to show them whole.</summary>
    /// <param name="body">The chart's elements.</param>
    /// <returns>The right edge of the widest such text (bold text counted a tenth wider), or 0 when there is none.</returns>
    private static double RightEdge(IEnumerable<XElement> body) =>
        body.SelectMany(e => e.DescendantsAndSelf())
            .Where(e => e.Name.LocalName == "text" && (string?)e.Attribute("class") is "estimate-value" or "range-text")
            .Select(e => double.Parse((string)e.Attribute("x")!, CultureInfo.InvariantCulture) + (Width(e.Value) * ((string?)e.Attribute("font-weight") == "bold" ? 1.1 : 1)))
            .DefaultIfEmpty(0)
            .Max();

    private static XElement Panel(DocumentIndex index, Engagement engagement, ReconciliationContext context, DisputedFigure figure, ReconciliationPolicy[] policies, Legend legend, double left, double right, ref double y, List<string> notes)
    {
        var results = policies.Select(p => FigureReconciler.Reconcile(figure, context, p)).ToArray();
        var estimates = figure.Estimates.Select((e, i) => (Estimate: e, Index: i)).Where(x => x.Estimate is not null).ToList();
        var ceilings = results.SelectMany(r => r.Contributions)
            .Where(c => c.FigureId != figure.Id && c.Role is ContributionRole.Caps or ContributionRole.SetsHigh)
            .GroupBy(c => (c.FigureId, c.EstimateIndex)).Select(g => g.First()).ToList();
        var max = 1.0;
        var open = false;
        foreach (var (estimate, _) in estimates)
        {
            var q = estimate.Quantity;
            max = Math.Max(max, Math.Max(q?.Value ?? 0, Math.Max(q?.Low ?? 0, q?.High ?? 0)));
            open |= q is { Form: QuantityForm.AtLeast } or { Form: QuantityForm.Range, OpenEnded: true } or { Form: QuantityForm.Qualitative, High: null };
        }

        foreach (var r in results)
        {
            max = Math.Max(max, Math.Max(r.High ?? 0, r.Best ?? 0));
            open |= r.IsOpenEnded;
        }

        foreach (var c in ceilings)
        {
            max = Math.Max(max, c.Value ?? 0);
        }

        var scale = new LinearScale(0, open ? max * 1.25 : max * 1.05, left, right);
        var group = E("g", A("class", "figure"), A("data-figure", figure.Id.ToString()));
        var name = Names.Figure(index, engagement, figure);
        y += 26;
        group.Add(E("text", A("class", "figure-title"), A("x", Margin), A("y", y), A("font-weight", "bold"), A("font-size", 13), name + " — " + results[0].ToRangeText() + " (" + policies[0].Name + ")"));
        y += 8;
        var top = y;
        if (estimates.Count == 0)
        {
            y += RowHeight;
            group.Add(E("text", A("class", "no-estimate"), A("x", left), A("y", y - 7), A("fill", "#555555"), A("font-style", "italic"), "no estimate"));
            notes.Add($"figure '{figure.Id}' ({name}) has no estimate");
        }

        foreach (var (estimate, i) in estimates)
        {
            y += RowHeight;
            group.Add(EstimateRow(index, engagement, figure, estimate, i, results, legend, scale, y - 11, notes));
        }

        foreach (var c in ceilings)
        {
            y += RowHeight;
            group.Add(CeilingRow(index, engagement, c, legend, scale, y - 11));
        }

        y += 6;
        for (var p = 0; p < results.Length; p++)
        {
            y += RowHeight - 2;
            group.Add(Band(results[p], PolicyColours[p % PolicyColours.Length], scale, y - 10));
        }

        y += 6;
        group.Add(Axis(scale, top, y));
        y += 22;
        return group;
    }

    private static XElement EstimateRow(DocumentIndex index, Engagement engagement, DisputedFigure figure, Estimate estimate, int i, ReconciledFigure[] results, Legend legend, LinearScale scale, double y, List<string> notes)
    {
        var mine = results.Select(r => r.Contributions.Where(c => c.FigureId == figure.Id && c.EstimateIndex == i).ToList()).ToList();
        var superseded = mine.SelectMany(c => c).FirstOrDefault(c => c.SupersededBy is not null)?.SupersededBy;
        var used = mine.Any(list => list.Any(c => c.Role is ContributionRole.SetsLow or ContributionRole.SetsHigh or ContributionRole.SetsBest or ContributionRole.Caps or ContributionRole.Considered));
        var status = superseded is not null ? "superseded" : used ? "used" : "set-aside";
        var source = Names.Statement(index, engagement, estimate.StatementId);
        var q = estimate.Quantity;
        var reason = mine[0].FirstOrDefault()?.Reason;
        var tooltip = source + ": " + (q?.ToString() ?? "no quantity") + (estimate.Wording is null ? string.Empty : " (\"" + estimate.Wording + "\")") + (reason is null ? string.Empty : " — " + reason);
        var g = E(
            "g",
            A("class", "estimate"),
            A("data-statement", estimate.StatementId.ToString()),
            A("data-source", source),
            A("data-form", q is null ? "none" : Json(q.Form)),
            A("data-status", status),
            status == "used" ? null : A("opacity", "0.35"),
            E("title", tooltip));
        var suffix = status switch { "superseded" => " (superseded)", "set-aside" => " (not used)", _ => string.Empty };
        g.Add(legend.Label(source, Margin, y + 4));
        g.Add(Text(scale.To + 12, y + 4, Shorten((q?.ToString() ?? "no quantity") + suffix, ValueTextLength), content: A("class", "estimate-value")));
        const string ink = "#333333";
        switch (q)
        {
            case { Form: QuantityForm.Exact or QuantityForm.About, Value: { } v }:
                g.Add(Point(scale.Map(v), y, ink, hollow: q.Form == QuantityForm.About));
                break;
            case { Form: QuantityForm.AtLeast, Value: { } v }:
                g.Add(Interval(scale.Map(v), scale.To, y, ink, dashed: false, "open"));
                g.Add(Point(scale.Map(v), y, ink, hollow: false));
                g.Add(Arrow(scale.To, y, ink));
                break;
            case { Form: QuantityForm.AtMost, Value: { } v }:
                g.Add(Interval(scale.Map(0), scale.Map(v), y, ink, dashed: false));
                g.Add(Bar(scale.Map(v), y, ink));
                break;
            case { Form: QuantityForm.Range, Low: { } l, High: { } h }:
                g.Add(Interval(scale.Map(l), scale.Map(h), y, ink, dashed: q.Approximate));
                g.Add(Bar(scale.Map(l), y, ink));
                g.Add(Bar(scale.Map(h), y, ink));
                if (q.OpenEnded)
                {
                    g.Add(Interval(scale.Map(h), scale.To, y, ink, dashed: true, "open"));
                    g.Add(Arrow(scale.To, y, ink));
                }

                break;
            case { Form: QuantityForm.Qualitative, Low: { } l }:
                g.Add(Interval(scale.Map(l), scale.Map(q.High ?? (long)scale.Max), y, ink, dashed: true, q.High is null ? "open" : null));
                g.Add(Bar(scale.Map(l), y, ink));
                if (q.High is { } top)
                {
                    g.Add(Bar(scale.Map(top), y, ink));
                }
                else
                {
                    g.Add(Arrow(scale.To, y, ink));
                }

                break;
            default:
                g.Add(E("text", A("class", "no-estimate"), A("x", scale.From), A("y", y + 4), A("font-style", "italic"), "no number: " + (q?.ToString() ?? "no quantity")));
                notes.Add($"figure '{figure.Id}': the estimate of statement '{estimate.StatementId}' has no number that can be drawn ({q?.ToString() ?? "no quantity"})");
                break;
        }

        return g;
    }

    private static XElement CeilingRow(DocumentIndex index, Engagement engagement, EstimateContribution c, Legend legend, LinearScale scale, double y)
    {
        var related = engagement.Figures.FirstOrDefault(f => f?.Id == c.FigureId);
        var source = Names.Statement(index, engagement, c.StatementId);
        var measure = related is null ? "related figure" : Names.Measure(related.Measure);
        var g = E(
            "g",
            A("class", "ceiling"),
            A("data-statement", c.StatementId.ToString()),
            A("data-source", source),
            A("data-figure", c.FigureId.ToString()),
            E("title", c.Reason));
        g.Add(legend.Label(source, Margin, y + 4));
        g.Add(Text(scale.To + 12, y + 4, Shorten("≤" + Fmt(c.Value ?? 0) + " (" + measure + " caps)", ValueTextLength), content: A("class", "estimate-value")));
        if (c.Value is { } v)
        {
            g.Add(Interval(scale.Map(0), scale.Map(v), y, "#777777", dashed: true));
            g.Add(Bar(scale.Map(v), y, "#333333"));
        }

        return g;
    }

    private static XElement Band(ReconciledFigure r, string colour, LinearScale scale, double y)
    {
        var g = E(
            "g",
            A("class", "policy-band"),
            A("data-policy", r.Policy),
            A("data-range", r.ToRangeText()),
            E("title", r.Explain()));
        g.Add(Text(Margin + 12, y + 4, r.Policy, content: [A("class", "policy-name"), A("fill", colour)]));
        if (r.Low is { } low && r.High is { } high)
        {
            var (x1, x2) = (scale.Map(low), scale.Map(high));
            g.Add(E("rect", A("class", "band"), A("x", x1), A("y", y - 6), A("width", Math.Max(x2 - x1, 2)), A("height", 12), A("fill", colour), A("fill-opacity", "0.35"), A("stroke", colour)));
            if (r.IsOpenEnded)
            {
                g.Add(E("line", A("class", "open-end"), A("x1", x2), A("y1", y), A("x2", scale.To), A("y2", y), A("stroke", colour), A("stroke-width", 2), A("stroke-dasharray", "4 3")));
                g.Add(Arrow(scale.To, y, colour));
            }

            if (r.Best is { } best)
            {
                g.Add(E("line", A("class", "best"), A("x1", scale.Map(best)), A("y1", y - 8), A("x2", scale.Map(best)), A("y2", y + 8), A("stroke", "#000000"), A("stroke-width", 2)));
            }
        }

        var text = r.ToRangeText() + (r.Best is { } b && r.Low != r.High ? ", best " + Fmt(b) : string.Empty);
        g.Add(Text(scale.To + 12, y + 4, text, content: [A("class", "range-text"), A("font-weight", "bold"), A("fill", colour)]));
        return g;
    }

    private static XElement Axis(LinearScale scale, double top, double y)
    {
        var g = E("g", A("class", "axis"), A("stroke", "#999999"));
        g.Add(E("line", A("class", "axis-line"), A("x1", scale.From), A("y1", y), A("x2", scale.To), A("y2", y)));
        foreach (var tick in scale.Ticks)
        {
            var x = scale.Map(tick);
            g.Add(E("line", A("class", "grid"), A("x1", x), A("y1", top), A("x2", x), A("y2", y), A("stroke", "#eeeeee")));
            g.Add(E("line", A("class", "tick"), A("x1", x), A("y1", y), A("x2", x), A("y2", y + 4)));
            g.Add(E("text", A("class", "tick-label"), A("x", x), A("y", y + 16), A("text-anchor", "middle"), A("stroke", "none"), A("fill", "#555555"), Fmt(tick)));
        }

        return g;
    }

    private static XElement Key(double left, ref double y)
    {
        y += 8;
        var g = E("g", A("class", "key"));
        const string ink = "#333333";
        var x = left;
        var row = y;
        void Item(string text, params XElement[] marks)
        {
            g.Add(marks);
            g.Add(Text(x + 44, row + 4, text));
            x += 56 + Svg.Width(text);
        }

        Item("exact", Point(x + 20, row, ink, hollow: false));
        Item("about", Point(x + 20, row, ink, hollow: true));
        Item("at least", Point(x + 4, row, ink, hollow: false), Interval(x + 4, x + 34, row, ink, dashed: false), Arrow(x + 38, row, ink));
        Item("range", Interval(x + 4, x + 36, row, ink, dashed: false), Bar(x + 4, row, ink), Bar(x + 36, row, ink));
        Item("word", Interval(x + 4, x + 36, row, ink, dashed: true), Bar(x + 4, row, ink), Bar(x + 36, row, ink));
        g.Add(Text(Margin, row + 4, "Key:", content: A("font-weight", "bold")));
        y += RowHeight;
        return g;
    }

    private static XElement Point(double x, double y, string colour, bool hollow) =>
        E("circle", A("class", "value"), A("cx", x), A("cy", y), A("r", 4.5), A("fill", hollow ? "#ffffff" : colour), A("stroke", colour), A("stroke-width", 1.5));

    private static XElement Interval(double x1, double x2, double y, string colour, bool dashed, string? kind = null) =>
        E("line", A("class", kind is null ? "interval" : "interval " + kind), A("x1", x1), A("y1", y), A("x2", x2), A("y2", y), A("stroke", colour), A("stroke-width", 2), dashed ? A("stroke-dasharray", "5 3") : null);

    private static XElement Bar(double x, double y, string colour) =>
        E("line", A("class", "bound"), A("x1", x), A("y1", y - 5), A("x2", x), A("y2", y + 5), A("stroke", colour), A("stroke-width", 2));

    private static XElement Arrow(double x, double y, string colour) =>
        E("path", A("class", "arrow"), A("d", $"M {Fmt(x - 7)} {Fmt(y - 5)} L {Fmt(x + 2)} {Fmt(y)} L {Fmt(x - 7)} {Fmt(y + 5)} Z"), A("fill", colour));

    private static string Json(QuantityForm form) => form switch
    {
        QuantityForm.AtLeast => "atLeast",
        QuantityForm.AtMost => "atMost",
        _ => form.ToString().ToLowerInvariant(),
    };
}
