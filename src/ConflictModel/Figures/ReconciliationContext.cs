using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Engagements;
using ConflictModel.Sources;
using ConflictModel.Validation;

namespace ConflictModel.Figures;

/// <summary>
/// What reconciliation needs besides the figure: the engagement (for its statements, sides and related
/// figures) and an index of the document (for sources and their affiliations).
/// </summary>
/// <remarks>
/// What the reconciler works out about the engagement's statements (their sources, sides, grades,
/// reporting windows and revisions) is computed on first use and kept, so reconcile every figure of an
/// engagement with one context.
/// </remarks>
/// <threadsafety>Safe to share between threads: its caches are built whole before they are published.</threadsafety>
public sealed class ReconciliationContext
{
    private Dictionary<StatementId, StatementFacts>? _facts;
    private Dictionary<StatementId, List<StatementId>>? _supersededBy;

    /// <summary>Creates a context for figures of <paramref name="engagement"/>.</summary>
    /// <param name="index">The index of the document the engagement belongs to.</param>
    /// <param name="engagement">The engagement whose figures will be reconciled.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ReconciliationContext(DocumentIndex index, Engagement engagement)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(engagement);
        Index = index;
        Engagement = engagement;
    }

    /// <summary>Gets the index of the document.</summary>
    public DocumentIndex Index { get; }

    /// <summary>Gets the engagement.</summary>
    public Engagement Engagement { get; }

    /// <summary>Creates a context, indexing <paramref name="document"/> (prefer the other constructor when reconciling many engagements).</summary>
    /// <param name="document">The document the engagement belongs to.</param>
    /// <param name="engagement">The engagement.</param>
    /// <returns>A new context.</returns>
    public static ReconciliationContext For(DatasetDocument document, Engagement engagement) =>
        new(new DocumentIndex(document), engagement);

    /// <summary>Gets what is known of a statement of the engagement (the first declared with the id), or <see langword="null"/>.</summary>
    internal StatementFacts? Facts(StatementId id) => (_facts ??= BuildFacts()).GetValueOrDefault(id);

    /// <summary>Gets the statements that name <paramref name="id"/> in their <see cref="SourcedStatement.Supersedes"/>, in engagement order.</summary>
    internal IReadOnlyList<StatementId> SupersedersOf(StatementId id) =>
        (_supersededBy ??= BuildSuperseders()).TryGetValue(id, out var list) ? list : [];

    private Dictionary<StatementId, StatementFacts> BuildFacts()
    {
        var facts = new Dictionary<StatementId, StatementFacts>(Engagement.Statements.Count);
        foreach (var statement in Engagement.Statements)
        {
            if (statement is null || facts.ContainsKey(statement.Id))
            {
                continue;
            }

            var source = Index.FindSource(statement.SourceId);
            var name = source?.Name ?? statement.SourceId.ToString();
            if (!statement.Via.IsEmpty)
            {
                name += " via " + string.Join(" via ", statement.Via.Select(v => Index.FindSource(v)?.Name ?? v.ToString()));
            }

            var hasWindow = statement.ReportedAt is { } at && Times.TryWindow(at, zoned: true, out _, out _);
            NodaTime.Instant start = default, end = default;
            if (hasWindow)
            {
                Times.TryWindow(statement.ReportedAt!, zoned: true, out start, out end);
            }

            facts.Add(statement.Id, new StatementFacts
            {
                Statement = statement,
                Source = source,
                PartisanSide = Index.SideOfSource(Engagement, statement.SourceId),
                Name = name,
                Credibility = statement.Credibility ?? source?.Credibility,
                HasWindow = hasWindow,
                Start = start,
                End = end,
            });
        }

        return facts;
    }

    private Dictionary<StatementId, List<StatementId>> BuildSuperseders()
    {
        var map = new Dictionary<StatementId, List<StatementId>>();
        foreach (var statement in Engagement.Statements)
        {
            foreach (var earlier in statement?.Supersedes ?? default)
            {
                if (!map.TryGetValue(earlier, out var list))
                {
                    map.Add(earlier, list = []);
                }

                list.Add(statement!.Id);
            }
        }

        return map;
    }
}
