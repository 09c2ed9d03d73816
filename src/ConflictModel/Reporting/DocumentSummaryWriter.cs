using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Sources;

namespace ConflictModel.Reporting;

/// <summary>
/// Writes a plain-text summary of a dataset document for people: per engagement its sides, sites,
/// timeline of incidents, outcomes per objective, and a table of every figure with each source's estimate
/// and the reconciled range under each built-in policy, followed by the full-range reasoning.
/// </summary>
/// <remarks>
/// The output is deterministic and culture-independent, meant for terminals and logs (lines of at most
/// about 120 characters except for long names). It reads any document, valid or not: references that do
/// not resolve are shown as their raw ids and null elements are skipped.
/// </remarks>
/// <threadsafety>Stateless; safe to call from several threads with different writers.</threadsafety>
public static class DocumentSummaryWriter
{
    private static readonly string[] Header = ["figure", "source", "estimate", "wording"];

    /// <summary>Writes the summary of <paramref name="document"/> to <paramref name="writer"/>.</summary>
    /// <param name="writer">Where to write; not closed.</param>
    /// <param name="document">The document to summarise.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(TextWriter writer, DatasetDocument document) => Write(writer, document, ReconciliationPolicy.BuiltIn);

    /// <summary>Writes the summary of <paramref name="document"/>, each figure reconciled under <paramref name="policies"/> only.</summary>
    /// <param name="writer">Where to write; not closed.</param>
    /// <param name="document">The document to summarise.</param>
    /// <param name="policies">The policies whose reconciled ranges are shown, in order, at least one; the reasoning is the first one's.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="policies"/> is empty.</exception>
    public static void Write(TextWriter writer, DatasetDocument document, IReadOnlyList<ReconciliationPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        CheckPolicies(policies);
        var index = new DocumentIndex(document);
        var title = document.Title ?? "Dataset";
        writer.WriteLine(title);
        writer.WriteLine(new string('=', title.Length));
        writer.WriteLine(Invariant($"{document.Engagements.Count} engagement(s), {document.Actors.Count} actor(s), {document.Sources.Count} source(s); format {document.FormatVersion}"));
        foreach (var engagement in document.Engagements.Where(e => e is not null))
        {
            writer.WriteLine();
            WriteEngagement(writer, index, engagement, policies);
        }
    }

    /// <summary>
    /// Writes the summary of one engagement of a document (its part of <see cref="Write(TextWriter, DatasetDocument, IReadOnlyList{ReconciliationPolicy})"/>,
    /// without the document's heading), so that a stream of documents can be summarised engagement by engagement.
    /// </summary>
    /// <param name="writer">Where to write; not closed.</param>
    /// <param name="index">The engagement's document, for the actors and sources it references.</param>
    /// <param name="engagement">The engagement.</param>
    /// <param name="policies">The policies whose reconciled ranges are shown, in order, at least one; the reasoning is the first one's.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="policies"/> is empty.</exception>
    public static void WriteEngagement(TextWriter writer, DocumentIndex index, Engagement engagement, IReadOnlyList<ReconciliationPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(engagement);
        CheckPolicies(policies);
        WriteEngagementCore(writer, index, engagement, policies);
    }

    private static void CheckPolicies(IReadOnlyList<ReconciliationPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        if (policies.Count == 0)
        {
            throw new ArgumentException("Name at least one policy to reconcile the figures with.", nameof(policies));
        }
    }

    /// <summary>Returns the summary of <paramref name="document"/> as a string.</summary>
    /// <param name="document">The document to summarise.</param>
    /// <returns>The text <see cref="Write(TextWriter, DatasetDocument)"/> would write, with "\n" line ends.</returns>
    public static string ToText(DatasetDocument document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(writer, document);
        return writer.ToString();
    }

    private static void WriteEngagementCore(TextWriter w, DocumentIndex index, Engagement e, IReadOnlyList<ReconciliationPolicy> policies)
    {
        var heading = e.Name + " [" + e.Id + "]";
        w.WriteLine(heading);
        w.WriteLine(new string('-', heading.Length));
        w.WriteLine("When:     " + e.Time + (e.Time?.Wording is { } words ? "  (\"" + words + "\")" : string.Empty));
        w.WriteLine("Type:     " + e.Type + (e.Tactics.IsEmpty ? string.Empty : "; tactics: " + string.Join(", ", e.Tactics)));
        if (e.Conflict is not null)
        {
            w.WriteLine("Part of:  " + e.Conflict.Name);
        }

        if (e.ResultSummary is not null)
        {
            w.WriteLine("Result:   " + e.ResultSummary);
        }

        w.WriteLine();
        w.WriteLine("Sides");
        foreach (var side in e.Sides.Where(s => s is not null))
        {
            var actors = string.Join(", ", side.ActorIds.Select(a => index.FindActor(a)?.Name ?? a.ToString()));
            w.WriteLine(Invariant($"  {side.Role,-11} {side.Name ?? actors}{(side.Name is null ? string.Empty : " (" + actors + ")")}"));
        }

        if (!e.Sites.IsEmpty)
        {
            w.WriteLine();
            w.WriteLine("Sites");
            foreach (var site in e.Sites.Where(s => s is not null))
            {
                var where = site.Coordinates is { } c ? " at " + c : string.Empty;
                var within = site.WithinSiteId is { } parent ? ", within " + parent : string.Empty;
                w.WriteLine(Invariant($"  {site.Name} ({site.Kind}, {site.Role}, {site.Precision}{within}){where}"));
            }
        }

        if (!e.Incidents.IsEmpty)
        {
            w.WriteLine();
            w.WriteLine("Timeline");
            var n = 0;
            foreach (var incident in e.Incidents.Where(i => i is not null))
            {
                n++;
                var time = incident.Time is null ? string.Empty : " [" + incident.Time + "]";
                w.WriteLine(Invariant($"  {n}. {incident.Description}{time}{Attribution(index, e, incident.StatementIds)}"));
            }
        }

        if (!e.Outcomes.IsEmpty)
        {
            w.WriteLine();
            w.WriteLine("Outcomes");
            foreach (var outcome in e.Outcomes.Where(o => o is not null))
            {
                var held = outcome.HeldLongTerm switch { true => ", held", false => ", not held long-term", _ => string.Empty };
                w.WriteLine(Invariant($"  {outcome.Objective}: {outcome.Result}{held}{Attribution(index, e, outcome.StatementIds)}"));
                if (outcome.Note is not null)
                {
                    w.WriteLine("    " + outcome.Note);
                }
            }
        }

        WriteFigures(w, index, e, policies);

        if (!e.Statements.IsEmpty)
        {
            w.WriteLine();
            w.WriteLine("Statements");
            foreach (var statement in e.Statements.Where(s => s is not null))
            {
                var when = statement.ReportedAt is null ? string.Empty : " [reported " + statement.ReportedAt + "]";
                var quote = statement.Quote is null ? string.Empty : " \"" + statement.Quote + "\"";
                w.WriteLine(Invariant($"  {SourceLabel(index, e, statement.Id)} ({statement.Stance}){when}: {statement.Summary}{quote}"));
            }
        }

        if (!e.Relations.IsEmpty)
        {
            w.WriteLine();
            w.WriteLine("Related engagements");
            foreach (var relation in e.Relations.Where(r => r is not null))
            {
                var target = index.FindEngagement(relation.TargetId)?.Name ?? relation.TargetId.ToString();
                w.WriteLine(Invariant($"  {relation.Kind}: {target}{(relation.Note is null ? string.Empty : " — " + relation.Note)}"));
            }
        }
    }

    private static void WriteFigures(TextWriter w, DocumentIndex index, Engagement e, IReadOnlyList<ReconciliationPolicy> policies)
    {
        var figures = e.Figures.Where(f => f is not null).ToList();
        if (figures.Count == 0)
        {
            return;
        }

        var context = new ReconciliationContext(index, e);
        w.WriteLine();
        w.WriteLine("Figures");
        var rows = new List<string[]> { Header.Concat(policies.Select(p => p.DisplayName)).ToArray() };
        var reasoning = new List<string>();
        foreach (var figure in figures)
        {
            var results = policies.Select(p => FigureReconciler.Reconcile(figure, context, p)).ToArray();
            var label = FigureLabel(index, e, figure);
            var first = true;
            foreach (var estimate in figure.Estimates.Where(x => x is not null))
            {
                rows.Add(new[] { first ? label : string.Empty, SourceLabel(index, e, estimate.StatementId), estimate.Quantity?.ToString() ?? "?", estimate.Wording ?? string.Empty }
                    .Concat(results.Select(r => first ? Reconciled(r) : string.Empty)).ToArray());
                first = false;
            }

            reasoning.Add(label + ": " + results[0].Explain().Replace("\n", "\n  ", StringComparison.Ordinal));
        }

        var widths = Enumerable.Range(0, rows[0].Length).Select(c => Math.Min(rows.Max(r => r[c].Length), c == 3 ? 36 : 48)).ToArray();
        foreach (var (row, i) in rows.Select((r, i) => (r, i)))
        {
            w.WriteLine("  " + string.Join(" | ", row.Select((cell, c) => Clip(cell, widths[c]).PadRight(widths[c]))).TrimEnd());
            if (i == 0)
            {
                w.WriteLine("  " + string.Join("-+-", widths.Select(x => new string('-', x))));
            }
        }

        w.WriteLine();
        w.WriteLine("Reasoning (" + policies[0].DisplayName + ")");
        foreach (var line in reasoning)
        {
            w.WriteLine("  " + line);
        }
    }

    private static string Reconciled(ReconciledFigure r) =>
        r.Best is { } best && r.Low != r.High && r.QualitativeTerm is null
            ? Invariant($"{best} ({r.ToRangeText()})")
            : r.ToRangeText();

    private static string FigureLabel(DocumentIndex index, Engagement e, DisputedFigure figure)
    {
        var subject = figure.Subject?.Kind switch
        {
            SubjectKind.Side => e.Sides.FirstOrDefault(s => s?.Id == figure.Subject.SideId) is { } side
                ? side.Name ?? string.Join(", ", side.ActorIds.Select(a => index.FindActor(a)?.Name ?? a.ToString()))
                : figure.Subject.SideId?.ToString() ?? "?",
            SubjectKind.Actors => string.Join(", ", figure.Subject.ActorIds.Select(a => index.FindActor(a)?.Name ?? a.ToString())),
            null => "?",
            _ => figure.Subject.Kind.ToString(),
        };
        var measure = figure.Measure == Measure.KilledOrWounded ? "killed or wounded" : figure.Measure.ToString().ToLowerInvariant();
        return subject + ": " + measure + (figure.Unit is null ? string.Empty : " (" + figure.Unit + ")");
    }

    private static string SourceLabel(DocumentIndex index, Engagement e, StatementId statementId)
    {
        var statement = e.Statements.FirstOrDefault(s => s?.Id == statementId);
        if (statement is null)
        {
            return statementId + " (statement not found)";
        }

        var name = index.FindSource(statement.SourceId)?.Name ?? statement.SourceId.ToString();
        return statement.Via.IsEmpty ? name : name + " via " + string.Join(" via ", statement.Via.Select(v => index.FindSource(v)?.Name ?? v.ToString()));
    }

    private static string Attribution(DocumentIndex index, Engagement e, IEnumerable<StatementId> statements)
    {
        var names = statements.Select(s => SourceLabel(index, e, s)).Distinct().ToList();
        return names.Count == 0 ? string.Empty : " — " + string.Join("; ", names);
    }

    private static string Clip(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
