using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Actors;
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
    private static readonly Dictionary<StatementId, List<StatementId>> NoSuperseders = [];
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
        Sides? sides = null;
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

            NodaTime.Instant start = default, end = default;
            var hasWindow = statement.ReportedAt is { } at && Times.TryWindow(at, zoned: true, out start, out end);
            facts.Add(statement.Id, new StatementFacts
            {
                Statement = statement,
                Source = source,
                PartisanSide = source?.AffiliatedActorId is { } actor ? (sides ??= new Sides(Index, Engagement)).Of(actor) : null,
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
        var any = false;
        foreach (var statement in Engagement.Statements)
        {
            any |= statement is { Supersedes.IsEmpty: false };
        }

        if (!any)
        {
            return NoSuperseders;
        }

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

    /// <summary>
    /// <see cref="DocumentIndex.SideOf"/> for many actors of one engagement: the sides' members' ancestries
    /// are worked out once, and each actor's side once.
    /// </summary>
    private sealed class Sides
    {
        private readonly DocumentIndex _index;
        private readonly List<(Side Side, List<(ActorId Member, IReadOnlyList<ActorId> Ancestry)> Members)> _sides = [];
        private readonly Dictionary<ActorId, Side?> _of = [];

        public Sides(DocumentIndex index, Engagement engagement)
        {
            _index = index;
            foreach (var side in engagement.Sides)
            {
                if (side is not null)
                {
                    _sides.Add((side, side.ActorIds.Select(m => (m, index.AncestryOf(m))).ToList()));
                }
            }
        }

        /// <summary>The first side whose member is the actor, one of its ancestors, or one of its descendants (as <see cref="DocumentIndex.SideOf"/>).</summary>
        public Side? Of(ActorId actor)
        {
            if (_of.TryGetValue(actor, out var known))
            {
                return known;
            }

            var ancestry = _index.AncestryOf(actor);
            Side? found = null;
            foreach (var (side, members) in _sides)
            {
                foreach (var (member, memberAncestry) in members)
                {
                    if (ancestry.Contains(member) || memberAncestry.Contains(actor))
                    {
                        found = side;
                        break;
                    }
                }

                if (found is not null)
                {
                    break;
                }
            }

            _of.Add(actor, found);
            return found;
        }
    }
}
