using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ConflictModel.Charts.Rendering;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using static ConflictModel.Charts.Rendering.Svg;

namespace ConflictModel.Charts.Series;

/// <summary>
/// How one figure's reconciled range moved as statements arrived: one column per reporting time
/// (<see cref="FigureReconciler.Evolution"/>), each the range as of then, from its low to its high, with the best
/// value as a line across.
/// </summary>
/// <remarks>
/// Columns are evenly spaced, in time order, and labelled with their reporting time and who spoke then. An
/// open-ended high ("60+") is marked with an upward arrow. When some statements bearing on the figure have no
/// reporting time, a last column "all statements" shows the range reconciled from every statement, and a note says
/// how many were undated; when none is dated the chart says so instead of drawing nothing.
/// </remarks>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class FigureEvolutionChart
{
    private const double Margin = 16;
    private const double Left = 80;
    private const double PlotHeight = 300;

    /// <summary>Draws the evolution of figure <paramref name="figureId"/> of engagement <paramref name="engagementId"/>.</summary>
    /// <param name="document">The document that holds the engagement and declares its sources and actors.</param>
    /// <param name="engagementId">The engagement's id.</param>
    /// <param name="figureId">The figure's id.</param>
    /// <param name="policy">The policy; <see langword="null"/> for <see cref="ReconciliationPolicy.FullRange"/>.</param>
    /// <param name="options">How the chart looks; <see langword="null"/> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The document has no engagement with that id, or the engagement no figure with that id; the message lists the ids there are.</exception>
    public static SvgChart Render(DatasetDocument document, EngagementId engagementId, FigureId figureId, ReconciliationPolicy? policy = null, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= ChartOptions.Default;
        policy ??= ReconciliationPolicy.FullRange;
        var index = new DocumentIndex(document);
        var engagement = index.FindEngagement(engagementId)
            ?? throw new ArgumentException($"The document has no engagement with the id '{engagementId}'; its engagements are: {string.Join(", ", document.Engagements.Select(e => e.Id.ToString()))}.", nameof(engagementId));
        var figure = engagement.Figures.FirstOrDefault(f => f?.Id == figureId)
            ?? throw new ArgumentException($"The engagement '{engagementId}' has no figure with the id '{figureId}'; its figures are: {string.Join(", ", engagement.Figures.Where(f => f is not null).Select(f => f.Id.ToString()))}.", nameof(figureId));
        var context = new ReconciliationContext(index, engagement);
        var steps = FigureReconciler.Evolution(figure, context, policy);
        var columns = steps.Select(s => (Label: s.ReportedAt.ToString(), Who: string.Join(", ", s.StatementIds.Select(id => Names.Statement(index, engagement, id)).Distinct()), s.Result)).ToList();
        var notes = new List<string>();
        var dated = steps.SelectMany(s => s.StatementIds).ToHashSet();
        var undated = figure.Estimates.Where(e => e is not null && !dated.Contains(e.StatementId)).Select(e => e.StatementId).Distinct().Count();
        if (undated > 0)
        {
            var all = FigureReconciler.Reconcile(figure, context, policy);
            columns.Add(("all statements", $"with {Fmt(undated)} undated", all));
            notes.Add($"{Fmt(undated)} statement(s) with an estimate of the figure have no reporting time: they are only in the last column, \"all statements\"");
        }

        if (columns.Count == 0)
        {
            notes.Add("the figure has no estimate, so there is nothing to show over time");
        }

        var name = Names.Figure(index, engagement, figure);
        var right = options.Width - Margin - 20;
        var top = Margin + 70;
        var bottom = top + PlotHeight;
        var max = columns.Select(c => (double)Math.Max(c.Result.High ?? 0, c.Result.Best ?? 0)).DefaultIfEmpty(0).Max();
        var open = columns.Any(c => c.Result.IsOpenEnded);
        var y = new LinearScale(0, Math.Max(1, max * (open ? 1.2 : 1.08)), bottom, top);
        var width = columns.Count == 0 ? 0 : (right - Left) / columns.Count;
        var body = new List<XElement>
        {
            E("text", A("class", "chart-title"), A("x", Margin), A("y", Margin + 20), A("font-size", 16), A("font-weight", "bold"), $"{engagement.Name}: {name} as statements arrived ({policy.Name})"),
            Text(Margin, Margin + 38, "Each column is the range reconciled from every statement reported by then; the black line is the best value; ▲: open-ended high.", content: A("fill", "#555555")),
            ValueAxis.Draw(y, Left, right, Names.Measure(figure.Measure)),
        };
        for (var i = 0; i < columns.Count; i++)
        {
            var (label, who, r) = columns[i];
            var x = Left + (i * width);
            var g = E("g", A("class", "step"), A("data-as-of", label), A("data-range", r.ToRangeText()), E("title", r.Explain()));
            if (r.Low is { } low && r.High is { } high)
            {
                var (y1, y2) = (y.Map(high), y.Map(low));
                g.Add(E("rect", A("class", "step-range"), A("x", x + 6), A("y", y1), A("width", width - 12), A("height", Math.Max(2, y2 - y1)), A("fill", "#1f77b4"), A("fill-opacity", "0.3"), A("stroke", "#1f77b4")));
                if (r.IsOpenEnded)
                {
                    var cx = x + (width / 2);
                    g.Add(E("path", A("class", "open-high"), A("d", $"M {Fmt(cx - 6)} {Fmt(y1 - 2)} L {Fmt(cx)} {Fmt(y1 - 12)} L {Fmt(cx + 6)} {Fmt(y1 - 2)} Z"), A("fill", "#d62728")));
                }

                if (r.Best is { } best)
                {
                    g.Add(E("line", A("class", "step-best"), A("x1", x + 6), A("y1", y.Map(best)), A("x2", x + width - 6), A("y2", y.Map(best)), A("stroke", "#000000"), A("stroke-width", 2)));
                }
            }
            else
            {
                g.Add(Text(x + (width / 2), bottom - 8, "unknown", "middle", A("font-style", "italic")));
            }

            g.Add(Text(x + (width / 2), y.Map(r.High ?? 0) - (r.IsOpenEnded ? 16 : 6), r.ToRangeText(), "middle", A("class", "range-text"), A("font-weight", "bold")));
            g.Add(Text(x + (width / 2), bottom + 18, Shorten(label, 24), "middle", A("class", "tick-label")));
            g.Add(Text(x + (width / 2), bottom + 34, Shorten(who, Math.Max(8, (int)(width / 7.2))), "middle", A("class", "step-sources"), A("fill", "#555555")));
            body.Add(g);
        }

        var end = bottom + 56;
        foreach (var note in notes)
        {
            end += 16;
            body.Add(E("text", A("class", "note"), A("x", Margin), A("y", end), A("fill", "#555555"), "Note: " + note));
        }

        var height = Math.Ceiling(end + Margin);
        var svg = Document(options.Width, height, $"{engagement.Name}: {name}, reconciled as statements arrived", options.FontFamily, "evolution-chart", body);
        return new SvgChart { Svg = svg, Width = options.Width, Height = height, Notes = [.. notes] };
    }
}
