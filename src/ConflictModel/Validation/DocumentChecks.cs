using System.Collections.Generic;
using System.Globalization;
using ConflictModel.Actors;
using ConflictModel.Collections;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>
/// The checks that need the whole document: ids unique per kind across it, actor parents and source
/// affiliations that resolve, and no cycle in actor parents. One pass over the document's ids.
/// </summary>
internal static class DocumentChecks
{
    public static void Run(DatasetDocument document, ValidationContext<DatasetDocument> context)
    {
        if (document is null || ValidationScope.Of(context) is not { } scope)
        {
            return;
        }

        var registry = new IdRegistry();
        Register(context, registry, IdKind.Actor, document.Actors, -1, static x => x.Id.Value);
        Register(context, registry, IdKind.Source, document.Sources, -1, static x => x.Id.Value);
        Register(context, registry, IdKind.Engagement, document.Engagements, -1, static x => x.Id.Value);
        var engagements = document.Engagements;
        for (var e = 0; e < engagements.Count; e++)
        {
            if (engagements[e] is not { } engagement)
            {
                continue;
            }

            Register(context, registry, IdKind.Side, engagement.Sides, e, static x => x.Id.Value);
            Register(context, registry, IdKind.Site, engagement.Sites, e, static x => x.Id.Value);
            Register(context, registry, IdKind.Statement, engagement.Statements, e, static x => x.Id.Value);
            Register(context, registry, IdKind.Figure, engagement.Figures, e, static x => x.Id.Value);
            Register(context, registry, IdKind.Incident, engagement.Incidents, e, static x => x.Id.Value);
        }

        Parents(context, document.Actors, scope.Index);
        Affiliations(context, document, scope.Index);
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Register<T>(ValidationContext<DatasetDocument> context, IdRegistry registry, IdKind kind, EquatableArray<T> items, int engagement, System.Func<T, string?> id)
        where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item && registry.Register(kind, id(item), engagement, i) is { } first)
            {
                Check.Report(context, Rules.DuplicateId, IdRegistry.PathOf(kind, engagement, i),
                    $"The {IdRegistry.Describe(kind)} id '{id(item)}' is already used by {JsonPath.From(first)}; ids are unique per kind across the document.", id(item));
            }
        }
    }

    private static void Parents(ValidationContext<DatasetDocument> context, EquatableArray<Actor> actors, DocumentIndex index)
    {
        // Position of the first actor declared with each id, to follow parents by position.
        var position = new Dictionary<ActorId, int>(actors.Count);
        for (var i = 0; i < actors.Count; i++)
        {
            if (actors[i] is { } actor)
            {
                position.TryAdd(actor.Id, i);
            }
        }

        var state = new byte[actors.Count]; // 0 unvisited, 1 on the current path, 2 done
        var path = new List<int>();
        for (var i = 0; i < actors.Count; i++)
        {
            if (actors[i] is not { } actor)
            {
                continue;
            }

            if (actor.ParentId is { } parent && index.FindActor(parent) is null)
            {
                Check.Report(context, Rules.UnknownActor, $"Actors[{I(i)}].ParentId",
                    $"The actor '{actor.Id}' has the parent '{parent}', which is not declared in the document's actors.", parent.Value);
            }

            if (state[i] != 0)
            {
                continue;
            }

            path.Clear();
            var current = i;
            while (true)
            {
                state[current] = 1;
                path.Add(current);
                if (actors[current]?.ParentId is not { } next || !position.TryGetValue(next, out var n) || state[n] == 2)
                {
                    break;
                }

                if (state[n] == 1)
                {
                    ReportCycle(context, actors, path, path.IndexOf(n));
                    break;
                }

                current = n;
            }

            foreach (var visited in path)
            {
                state[visited] = 2;
            }
        }
    }

    private static void ReportCycle(ValidationContext<DatasetDocument> context, EquatableArray<Actor> actors, List<int> path, int from)
    {
        var first = int.MaxValue;
        var names = new List<string>();
        for (var k = from; k < path.Count; k++)
        {
            first = System.Math.Min(first, path[k]);
            names.Add(actors[path[k]]!.Id.ToString());
        }

        var actor = actors[first]!;
        names.Add(names[0]);
        Check.Report(context, Rules.ActorParentCycle, $"Actors[{I(first)}].ParentId",
            $"The parents of the actor '{actor.Id}' loop: {string.Join(" -> ", names)}; the top of a hierarchy has no parent.", actor.ParentId?.Value);
    }

    private static void Affiliations(ValidationContext<DatasetDocument> context, DatasetDocument document, DocumentIndex index)
    {
        var sources = document.Sources;
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is { AffiliatedActorId: { } actor } source && index.FindActor(actor) is null)
            {
                Check.Report(context, Rules.UnknownActor, $"Sources[{I(i)}].AffiliatedActorId",
                    $"The source '{source.Id}' is affiliated with the actor '{actor}', which is not declared in the document's actors.", actor.Value);
            }
        }
    }
}
