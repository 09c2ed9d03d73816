using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Collections;
using ConflictModel.Engagements;
using ConflictModel.Sources;

namespace ConflictModel;

/// <summary>Splits a document into one self-contained document per engagement, each declaring what its engagement references.</summary>
/// <threadsafety>Stateless; safe to share between threads.</threadsafety>
internal static class DocumentSplitter
{
    /// <summary>
    /// Returns one document per engagement of <paramref name="document"/>, in order, with the title and description
    /// kept. Engagements that relations link (directly or through others) stay together in one document, at the
    /// place of the first of them, so that every document is valid on its own. Sources and actors that no
    /// engagement references are declared on the first document, so nothing is lost; a document with at most one
    /// engagement, or whose actor or source ids repeat (an invalid document), is returned as it is.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <returns>The documents.</returns>
    public static IReadOnlyList<DatasetDocument> Split(DatasetDocument document)
    {
        if (document.Engagements.Count <= 1)
        {
            return [document];
        }

        var result = new List<DatasetDocument>(document.Engagements.Count);
        var usedActors = new HashSet<ActorId>();
        var usedSources = new HashSet<SourceId>();

        var actorPositions = Positions(document.Actors, a => a.Id);
        var sourcePositions = Positions(document.Sources, s => s.Id);
        if (actorPositions.Count != document.Actors.Count || sourcePositions.Count != document.Sources.Count)
        {
            // Ids declared twice (or null items): an invalid document, written as it is so that nothing is dropped.
            return [document];
        }
        var actorIds = new HashSet<ActorId>();
        var sourceIds = new HashSet<SourceId>();
        foreach (var group in Groups(document))
        {
            actorIds.Clear();
            sourceIds.Clear();
            foreach (var engagement in group)
            {
                Collect(engagement);
            }

            usedActors.UnionWith(actorIds);
            usedSources.UnionWith(sourceIds);
            result.Add(new DatasetDocument
            {
                FormatVersion = document.FormatVersion,
                Title = document.Title,
                Description = document.Description,

                // In the document's own order, so that a split document reads like the whole one.
                Sources = Declared(document.Sources, sourceIds, sourcePositions),
                Actors = Declared(document.Actors, actorIds, actorPositions),
                Engagements = group.ToArray(),
            });
        }

        if (document.Actors.Any(a => !usedActors.Contains(a.Id)) || document.Sources.Any(s => !usedSources.Contains(s.Id)))
        {
            var first = result[0];
            var firstActors = first.Actors.Select(a => a.Id).ToHashSet();
            var firstSources = first.Sources.Select(s => s.Id).ToHashSet();
            result[0] = first with
            {
                Actors = InOrder(document.Actors, a => firstActors.Contains(a.Id) || !usedActors.Contains(a.Id)),
                Sources = InOrder(document.Sources, s => firstSources.Contains(s.Id) || !usedSources.Contains(s.Id)),
            };
        }

        return result;

        static T[] InOrder<T>(EquatableArray<T> items, Func<T, bool> keep) => items.Where(keep).ToArray();

        // The declarations of the ids used, in document order: a few per engagement, looked up, not scanned for.
        static T[] Declared<TId, T>(EquatableArray<T> items, HashSet<TId> used, Dictionary<TId, int> positions)
            where TId : notnull
        {
            var at = new List<int>(used.Count);
            foreach (var id in used)
            {
                if (positions.TryGetValue(id, out var position))
                {
                    at.Add(position);
                }
            }

            at.Sort();
            var declared = new T[at.Count];
            for (var i = 0; i < declared.Length; i++)
            {
                declared[i] = items[at[i]];
            }

            return declared;
        }

        static Dictionary<TId, int> Positions<TId, T>(EquatableArray<T> items, Func<T, TId> idOf)
            where TId : notnull
        {
            var positions = new Dictionary<TId, int>(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is { } item)
                {
                    positions.TryAdd(idOf(item), i);
                }
            }

            return positions;
        }

        void Collect(Engagement engagement)
        {
            foreach (var statement in engagement.Statements)
            {
                AddSource(statement.SourceId);
                foreach (var via in statement.Via)
                {
                    AddSource(via);
                }
            }

            foreach (var side in engagement.Sides)
            {
                AddActors(side.ActorIds);
            }

            foreach (var incident in engagement.Incidents)
            {
                AddActors(incident.ActorIds);
            }

            foreach (var figure in engagement.Figures)
            {
                AddActors(figure.Subject.ActorIds);
            }
        }

        void AddSource(SourceId id)
        {
            if (sourceIds.Add(id) && sourcePositions.TryGetValue(id, out var at) && document.Sources[at] is { } source)
            {
                if (source.AffiliatedActorId is { } affiliated)
                {
                    AddActor(affiliated);
                }
            }
        }

        void AddActors(IEnumerable<ActorId> ids)
        {
            foreach (var id in ids)
            {
                AddActor(id);
            }
        }

        void AddActor(ActorId id)
        {
            // Parents are followed until one is already declared (or missing), so a cycle ends too.
            var next = (ActorId?)id;
            while (next is { } current && actorIds.Add(current) && actorPositions.TryGetValue(current, out var at) && document.Actors[at] is { } actor)
            {
                next = actor.ParentId;
            }
        }
    }

    /// <summary>
    /// The engagements in groups that relations link (union of the relations' two ends, in either direction), each
    /// group in document order and the groups in the order of their first engagement; one engagement per group when
    /// no relation points to another engagement of the document.
    /// </summary>
    private static List<List<Engagement>> Groups(DatasetDocument document)
    {
        var engagements = document.Engagements;
        var parent = new int[engagements.Count];
        var positions = new Dictionary<EngagementId, int>(engagements.Count);
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
            positions.TryAdd(engagements[i].Id, i);
        }

        for (var i = 0; i < parent.Length; i++)
        {
            foreach (var relation in engagements[i].Relations)
            {
                if (positions.TryGetValue(relation.TargetId, out var target))
                {
                    var (a, b) = (Root(i), Root(target));
                    parent[Math.Max(a, b)] = Math.Min(a, b);
                }
            }
        }

        var groups = new List<List<Engagement>>();
        var groupOf = new Dictionary<int, List<Engagement>>();
        for (var i = 0; i < parent.Length; i++)
        {
            var root = Root(i);
            if (!groupOf.TryGetValue(root, out var group))
            {
                group = [];
                groupOf.Add(root, group);
                groups.Add(group);
            }

            group.Add(engagements[i]);
        }

        return groups;

        int Root(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }
    }
}
