using System.Collections.Generic;
using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Collections;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Places;
using ConflictModel.Sources;

namespace ConflictModel.Interop.Matching;

/// <summary>
/// Keeps the ids of one input apart from another's: every id an engagement holds (its own, its sides', sites',
/// statements', figures' and incidents') prefixed with the input's label and ':' when the input needs it, and each
/// actor or source renamed so when another input declares the same id differently.
/// </summary>
internal sealed class IdQualifier
{
    private readonly string _prefix;
    private readonly bool _engagements;
    private readonly Dictionary<ActorId, ActorId> _actors;
    private readonly Dictionary<SourceId, SourceId> _sources;

    public IdQualifier(string label, bool engagements, Dictionary<ActorId, ActorId> actors, Dictionary<SourceId, SourceId> sources)
    {
        _prefix = label + ":";
        _engagements = engagements;
        _actors = actors;
        _sources = sources;
    }

    /// <summary>Gets a value indicating whether the qualifier changes anything.</summary>
    public bool Changes => _engagements || _actors.Count > 0 || _sources.Count > 0;

    public ActorId Actor(ActorId id) => _actors.GetValueOrDefault(id, id);

    public SourceId Source(SourceId id) => _sources.GetValueOrDefault(id, id);

    public Actor Apply(Actor actor) => !Changes ? actor : actor with
    {
        Id = Actor(actor.Id),
        ParentId = actor.ParentId is { } p ? Actor(p) : null,
    };

    public Source Apply(Source source) => !Changes ? source : source with
    {
        Id = Source(source.Id),
        AffiliatedActorId = source.AffiliatedActorId is { } a ? Actor(a) : null,
    };

    public Engagement Apply(Engagement e)
    {
        if (!Changes)
        {
            return e;
        }

        return e with
        {
            Id = new EngagementId(Q(e.Id.Value)),
            Sides = Map(e.Sides, s => s with { Id = new SideId(Q(s.Id.Value)), ActorIds = Map(s.ActorIds, Actor) }),
            Sites = Map(e.Sites, s => s with { Id = new SiteId(Q(s.Id.Value)), WithinSiteId = s.WithinSiteId is { } w ? new SiteId(Q(w.Value)) : null }),
            Incidents = Map(e.Incidents, i => i with
            {
                Id = new IncidentId(Q(i.Id.Value)),
                SiteIds = Map(i.SiteIds, s => new SiteId(Q(s.Value))),
                ActorIds = Map(i.ActorIds, Actor),
                StatementIds = Map(i.StatementIds, Statement),
            }),
            Outcomes = Map(e.Outcomes, o => o with
            {
                SiteIds = Map(o.SiteIds, s => new SiteId(Q(s.Value))),
                AchievedBySideId = o.AchievedBySideId is { } side ? new SideId(Q(side.Value)) : null,
                StatementIds = Map(o.StatementIds, Statement),
            }),
            Figures = Map(e.Figures, f => f with
            {
                Id = Figure(f.Id),
                PartOf = f.PartOf is { } p ? Figure(p) : null,
                Subject = f.Subject is null ? f.Subject! : f.Subject with
                {
                    SideId = f.Subject.SideId is { } side ? new SideId(Q(side.Value)) : null,
                    ActorIds = Map(f.Subject.ActorIds, Actor),
                },
                Estimates = Map(f.Estimates, x => x with { StatementId = Statement(x.StatementId) }),
            }),
            Statements = Map(e.Statements, s => s with
            {
                Id = Statement(s.Id),
                SourceId = Source(s.SourceId),
                Via = Map(s.Via, Source),
                Supersedes = Map(s.Supersedes, Statement),
            }),
            Relations = Map(e.Relations, r => r with { TargetId = new EngagementId(Q(r.TargetId.Value)) }),
        };
    }

    /// <summary>Every engagement-scoped id of an engagement, by kind ("e:", "side:", "site:", "st:", "fig:", "inc:").</summary>
    public static IEnumerable<string> IdsOf(Engagement e)
    {
        yield return "e:" + e.Id.Value;
        foreach (var s in e.Sides.Where(s => s is not null))
        {
            yield return "side:" + s.Id.Value;
        }

        foreach (var s in e.Sites.Where(s => s is not null))
        {
            yield return "site:" + s.Id.Value;
        }

        foreach (var s in e.Statements.Where(s => s is not null))
        {
            yield return "st:" + s.Id.Value;
        }

        foreach (var f in e.Figures.Where(f => f is not null))
        {
            yield return "fig:" + f.Id.Value;
        }

        foreach (var i in e.Incidents.Where(i => i is not null))
        {
            yield return "inc:" + i.Id.Value;
        }
    }

    private string Q(string? id) => _engagements ? _prefix + id : id ?? string.Empty;

    private StatementId Statement(StatementId id) => _engagements ? new StatementId(_prefix + id.Value) : id;

    private FigureId Figure(FigureId id) => _engagements ? new FigureId(_prefix + id.Value) : id;

    private static EquatableArray<T> Map<T>(EquatableArray<T> items, System.Func<T, T> map) =>
        items.Count == 0 ? items : items.Select(i => i is null ? i : map(i)).ToArray();
}
