using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Sources;
using ConflictModel.Time;

namespace ConflictModel.Interop.Matching;

/// <summary>
/// Merges each group of matched events into one engagement (docs/matching.md, "Merging"), passes every other event
/// through, and declares every input's actors and sources once.
/// </summary>
internal static class EngagementMerger
{
    /// <summary>The similarity at which a side of one event joins a side of another (its actors alike).</summary>
    private const double SameSide = 0.8;

    public static (DatasetDocument Document, long EventsMerged, long Groups, List<FigureDisagreement> Disagreements) Merge(
        List<InputData> inputs, List<MatchableEvent[]> events, int[] offsets, UnionFind groups)
    {
        var all = events.SelectMany(e => e).ToArray();
        var members = new Dictionary<int, List<MatchableEvent>>();
        for (var g = 0; g < all.Length; g++)
        {
            if (groups.SizeOf(g) > 1)
            {
                var root = groups.Find(g);
                (members.TryGetValue(root, out var list) ? list : members[root] = []).Add(all[g]);
            }
        }

        var redirect = new Dictionary<EngagementId, EngagementId>();
        foreach (var group in members.Values)
        {
            foreach (var m in group.Skip(1))
            {
                redirect.TryAdd(m.Engagement.Id, group[0].Engagement.Id);
            }
        }

        var profiles = new Dictionary<(int, ActorId), ActorProfile>();
        ActorProfile Profile(int input, ActorId id)
        {
            if (!profiles.TryGetValue((input, id), out var p))
            {
                var actors = inputs[input].Actors;
                profiles[(input, id)] = p = actors.TryGetValue(id, out var actor) ? ActorProfile.Of(actor, x => actors.GetValueOrDefault(x)) : ActorProfile.Undeclared(id);
            }

            return p;
        }

        var output = new List<Engagement>(all.Length);
        var disagreements = new List<FigureDisagreement>();
        long merged = 0;
        for (var g = 0; g < all.Length; g++)
        {
            var e = all[g].Engagement;
            if (groups.SizeOf(g) > 1)
            {
                var group = members[groups.Find(g)];
                if (group[0] != all[g])
                {
                    merged++;
                    continue;
                }

                e = MergeGroup(group, Profile, disagreements);
            }

            output.Add(Redirect(e, redirect));
        }

        var actorsOut = new List<Actor>();
        var actorIds = new HashSet<ActorId>();
        var sourcesOut = new List<Source>();
        var sourceIds = new HashSet<SourceId>();
        foreach (var input in inputs)
        {
            actorsOut.AddRange(input.ActorsInOrder.Where(a => actorIds.Add(a.Id)));
            sourcesOut.AddRange(input.SourcesInOrder.Where(s => sourceIds.Add(s.Id)));
        }

        var document = new DatasetDocument
        {
            Title = "Matched: " + string.Join(", ", inputs.Select(i => i.Name)),
            Sources = sourcesOut.ToArray(),
            Actors = actorsOut.ToArray(),
            Engagements = output.ToArray(),
        };
        return (document, merged, members.Count, disagreements);
    }

    private static Engagement Redirect(Engagement e, Dictionary<EngagementId, EngagementId> redirect)
    {
        if (redirect.Count == 0 || e.Relations.Count == 0 || !e.Relations.Any(r => r is not null && redirect.ContainsKey(r.TargetId)))
        {
            return e;
        }

        // A relation to an event merged into this one is a relation to itself, which means nothing: it is left out.
        return e with
        {
            Relations = e.Relations
                .Select(r => r is not null && redirect.TryGetValue(r.TargetId, out var to) ? r with { TargetId = to } : r)
                .Where(r => r is not null && r.TargetId != e.Id)
                .Distinct().ToArray()!,
        };
    }

    private static Engagement MergeGroup(List<MatchableEvent> group, Func<int, ActorId, ActorProfile> profile, List<FigureDisagreement> disagreements)
    {
        var primary = group[0].Engagement;

        // Sides: a side joins the merged side whose actors are most alike (each merged side joined once per event).
        var sides = new List<(Side Side, List<ActorId> Actors, int Input)>();
        var sideMap = new Dictionary<SideId, SideId>();
        var placed = new HashSet<ActorId>();
        foreach (var m in group)
        {
            var joined = new HashSet<int>();
            foreach (var side in m.Engagement.Sides.Where(s => s is not null))
            {
                var best = (Score: 0.0, Index: -1);
                for (var k = 0; k < sides.Count; k++)
                {
                    if (joined.Contains(k))
                    {
                        continue;
                    }

                    foreach (var a in side.ActorIds)
                    {
                        foreach (var b in sides[k].Actors)
                        {
                            var s = a == b ? 1 : ActorProfile.Compare(profile(m.Input, a), profile(sides[k].Input, b)).Score;
                            if (s > best.Score)
                            {
                                best = (s, k);
                            }
                        }
                    }
                }

                var fresh = side.ActorIds.Where(a => !placed.Contains(a)).ToList();
                if (best.Score < SameSide && fresh.Count == 0)
                {
                    // Every actor of the side is already on a merged side: it is that side.
                    best = (1, sides.FindIndex(x => x.Actors.Contains(side.ActorIds[0])));
                }

                if (best.Index >= 0 && best.Score >= SameSide)
                {
                    joined.Add(best.Index);
                    sides[best.Index].Actors.AddRange(fresh);
                    sideMap[side.Id] = sides[best.Index].Side.Id;
                }
                else
                {
                    sides.Add((side, fresh, m.Input));
                    joined.Add(sides.Count - 1);
                    sideMap[side.Id] = side.Id;
                }

                placed.UnionWith(fresh);
            }
        }

        // Figures: one per measure, subject and unit, holding every member's estimates.
        var figures = new List<(DisputedFigure Figure, List<Estimate> Estimates, List<string> Notes, List<(int Input, Engagement Member, Estimate[] Estimates)> By)>();
        var figureMap = new Dictionary<FigureId, FigureId>();
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in group)
        {
            foreach (var f in m.Engagement.Figures.Where(f => f is not null))
            {
                var subject = f.Subject?.SideId is { } sideId && sideMap.TryGetValue(sideId, out var to) ? f.Subject with { SideId = to } : f.Subject;
                var key = f.Measure + "|" + subject + "|" + f.Unit;
                if (!keys.TryGetValue(key, out var index))
                {
                    keys[key] = index = figures.Count;
                    figures.Add((f with { Subject = subject! }, [], [], []));
                }

                figures[index].Estimates.AddRange(f.Estimates.Where(x => x is not null));
                if (f.Note is { } note && !figures[index].Notes.Contains(note))
                {
                    figures[index].Notes.Add(note);
                }

                figures[index].By.Add((m.Input, m.Engagement, f.Estimates.Where(x => x is not null).ToArray()));
                figureMap[f.Id] = figures[index].Figure.Id;
            }
        }

        var mergedFigures = figures.Select(x => x.Figure with
        {
            Estimates = x.Estimates.ToArray(),
            Note = x.Notes.Count == 0 ? null : string.Join("\n", x.Notes),
            PartOf = PartOf(x.Figure, figureMap),
        }).ToArray();

        foreach (var (figure, by) in mergedFigures.Zip(figures.Select(f => f.By)))
        {
            if (Disagreement.Of(primary.Id, figure, by) is { } d)
            {
                disagreements.Add(d);
            }
        }

        var engagements = group.Select(m => m.Engagement).ToList();
        var names = engagements.Skip(1).Select(e => e.Name).Concat(engagements.SelectMany(e => e.Aliases))
            .Where(n => !string.IsNullOrWhiteSpace(n) && n != primary.Name).Distinct().ToArray();
        var summaries = engagements.Select(e => e.ResultSummary).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct().ToArray();
        return primary with
        {
            Aliases = names,
            Conflict = primary.Conflict ?? engagements.Select(e => e.Conflict).FirstOrDefault(c => c is not null),
            Tactics = engagements.SelectMany(e => e.Tactics).Distinct().ToArray(),
            Time = Cover(engagements.Select(e => e.Time).ToList()),
            Sites = engagements.SelectMany(e => e.Sites).ToArray(),
            Sides = sides.Select(s => s.Side with { ActorIds = s.Actors.ToArray() }).ToArray(),
            Incidents = engagements.SelectMany(e => e.Incidents).ToArray(),
            Outcomes = engagements.SelectMany(e => e.Outcomes)
                .Select(o => o?.AchievedBySideId is { } side && sideMap.TryGetValue(side, out var to) ? o with { AchievedBySideId = to } : o).ToArray()!,
            ResultSummary = summaries.Length == 0 ? null : string.Join("\n", summaries!),
            Figures = mergedFigures,
            Statements = engagements.SelectMany(e => e.Statements).ToArray(),
            Relations = engagements.SelectMany(e => e.Relations).Distinct().ToArray(),
            ExternalIds = engagements.SelectMany(e => e.ExternalIds).Distinct().ToArray(),
            DatasetFields = engagements.SelectMany(e => e.DatasetFields).Distinct().ToArray(),
        };
    }

    /// <summary>The figure a merged figure is part of, through the figures merged into others; none when that is itself.</summary>
    private static FigureId? PartOf(DisputedFigure figure, Dictionary<FigureId, FigureId> figureMap)
    {
        if (figure.PartOf is not { } whole)
        {
            return null;
        }

        var to = figureMap.GetValueOrDefault(whole, whole);
        return to == figure.Id ? null : to;
    }

    /// <summary>
    /// The time covering every member's: the primary's when all are the same; else the days from the earliest start to the
    /// latest end, approximate when any member's is not exact, in the time zone they share (none when they differ).
    /// </summary>
    internal static TemporalExtent Cover(List<TemporalExtent> times)
    {
        var first = times[0];
        if (times.TrueForAll(t => t == first))
        {
            return first;
        }

        var start = times.Min(t => t.WindowStart).Date;
        var end = times.Max(t => t.WindowEnd);
        var last = end.TimeOfDay == NodaTime.LocalTime.Midnight ? end.Date.PlusDays(-1) : end.Date;
        var cover = TemporalExtent.Between(start, last < start ? start : last);
        if (times.Exists(t => t.Qualifier != TemporalQualifier.Exact))
        {
            cover = cover.Approximately();
        }

        var zone = first.TimeZoneId;
        return times.TrueForAll(t => t.TimeZoneId == zone) && zone is not null ? cover.InZone(zone) : cover;
    }
}
