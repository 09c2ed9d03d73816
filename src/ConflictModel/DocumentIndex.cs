using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Sources;

namespace ConflictModel;

/// <summary>
/// Lookups by id over one <see cref="DatasetDocument"/>: actors, sources, engagements, and which side of
/// an engagement an actor or a source belongs to.
/// </summary>
/// <remarks>
/// Building an index costs one pass over the document; build it once and reuse it. When ids are
/// duplicated (an invalid document), the first declaration wins; validation reports the duplicates.
/// </remarks>
/// <threadsafety>Immutable once built; safe to share between threads.</threadsafety>
public sealed class DocumentIndex
{
    private readonly FrozenDictionary<ActorId, Actor> _actors;
    private readonly FrozenDictionary<SourceId, Source> _sources;
    private readonly FrozenDictionary<EngagementId, Engagement> _engagements;

    /// <summary>Builds the index of <paramref name="document"/>.</summary>
    /// <param name="document">The document to index; null elements are skipped.</param>
    public DocumentIndex(DatasetDocument document)
    {
        System.ArgumentNullException.ThrowIfNull(document);
        Document = document;
        _actors = FirstById(document.Actors, a => a.Id);
        _sources = FirstById(document.Sources, s => s.Id);
        _engagements = FirstById(document.Engagements, e => e.Id);
    }

    /// <summary>Gets the indexed document.</summary>
    public DatasetDocument Document { get; }

    /// <summary>Finds an actor by id.</summary>
    /// <param name="id">The actor id.</param>
    /// <returns>The first actor declared with that id, or <see langword="null"/>.</returns>
    public Actor? FindActor(ActorId id) => _actors.GetValueOrDefault(id);

    /// <summary>Finds a source by id.</summary>
    /// <param name="id">The source id.</param>
    /// <returns>The first source declared with that id, or <see langword="null"/>.</returns>
    public Source? FindSource(SourceId id) => _sources.GetValueOrDefault(id);

    /// <summary>Finds an engagement by id.</summary>
    /// <param name="id">The engagement id.</param>
    /// <returns>The first engagement declared with that id, or <see langword="null"/>.</returns>
    public Engagement? FindEngagement(EngagementId id) => _engagements.GetValueOrDefault(id);

    /// <summary>
    /// Returns the actor and its ancestors through <see cref="Actor.ParentId"/>, nearest first, stopping at
    /// an unknown id or a cycle.
    /// </summary>
    /// <param name="id">The actor to start from.</param>
    /// <returns>The chain, starting with <paramref name="id"/> itself.</returns>
    public IReadOnlyList<ActorId> AncestryOf(ActorId id)
    {
        var chain = new List<ActorId> { id };
        var seen = new HashSet<ActorId> { id };
        var current = FindActor(id);
        while (current?.ParentId is { } parent && seen.Add(parent))
        {
            chain.Add(parent);
            current = FindActor(parent);
        }

        return chain;
    }

    /// <summary>
    /// Finds the side of <paramref name="engagement"/> that <paramref name="actorId"/> belongs to: the
    /// actor is on the side, one of its ancestors is, or it is an ancestor of an actor on the side (the
    /// government of a state whose army fights).
    /// </summary>
    /// <param name="engagement">The engagement.</param>
    /// <param name="actorId">The actor.</param>
    /// <returns>The first matching side, or <see langword="null"/> when the actor belongs to none.</returns>
    public Side? SideOf(Engagement engagement, ActorId actorId)
    {
        System.ArgumentNullException.ThrowIfNull(engagement);
        var ancestry = AncestryOf(actorId);
        foreach (var side in engagement.Sides)
        {
            if (side is null)
            {
                continue;
            }

            foreach (var member in side.ActorIds)
            {
                if (ancestry.Contains(member) || AncestryOf(member).Contains(actorId))
                {
                    return side;
                }
            }
        }

        return null;
    }

    /// <summary>Finds the side of <paramref name="engagement"/> that a source speaks for, through its affiliated actor.</summary>
    /// <param name="engagement">The engagement.</param>
    /// <param name="sourceId">The source.</param>
    /// <returns>The side, or <see langword="null"/> for an independent or unknown source.</returns>
    public Side? SideOfSource(Engagement engagement, SourceId sourceId) =>
        FindSource(sourceId)?.AffiliatedActorId is { } actor ? SideOf(engagement, actor) : null;

    private static FrozenDictionary<TKey, TValue> FirstById<TKey, TValue>(IEnumerable<TValue?> items, System.Func<TValue, TKey> key)
        where TKey : notnull
        where TValue : class
    {
        var map = new Dictionary<TKey, TValue>();
        foreach (var item in items.Where(i => i is not null))
        {
            map.TryAdd(key(item!), item!);
        }

        return map.ToFrozenDictionary();
    }
}
