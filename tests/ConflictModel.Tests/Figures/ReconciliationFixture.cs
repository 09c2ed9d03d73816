using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Sources;
using ConflictModel.Time;

namespace ConflictModel.Tests.Figures;

/// <summary>
/// A small engagement for reconciliation tests: attackers (actor "group") against defenders (actor
/// "army", part of "state"). Sources: "agency" and "analyst" are independent, "army-press" speaks for
/// the army, "state-press" for the state (so also for the defenders), "group-press" for the group.
/// Each source has one statement whose id is "st-" + the source id.
/// </summary>
internal static class ReconciliationFixture
{
    public static readonly SideId Attackers = new("attackers");
    public static readonly SideId Defenders = new("defenders");

    private static readonly string[] SourceIds = ["agency", "analyst", "army-press", "state-press", "group-press"];

    public static (DisputedFigure Figure, ReconciliationContext Context) Single(Measure measure, SideId side, params (string Source, Quantity Quantity)[] estimates)
    {
        var figure = Figure("f", measure, side, estimates);
        return (figure, Context(figure));
    }

    public static DisputedFigure Figure(string id, Measure measure, SideId side, params (string Source, Quantity Quantity)[] estimates) => new()
    {
        Id = new FigureId(id),
        Measure = measure,
        Subject = FigureSubject.OfSide(side),
        Estimates = estimates.Select(e => Estimate.Of(new StatementId("st-" + e.Source), e.Quantity, e.Quantity.ToString())).ToArray(),
    };

    public static ReconciliationContext Context(params DisputedFigure[] figures)
    {
        var document = new DatasetDocument
        {
            Actors =
            [
                new Actor { Id = new("state"), Name = "State", Kind = ActorKind.Government },
                new Actor { Id = new("army"), Name = "Army", Kind = ActorKind.StateForces, ParentId = new ActorId("state") },
                new Actor { Id = new("group"), Name = "Group", Kind = ActorKind.NonStateArmedGroup },
            ],
            Sources =
            [
                new Source { Id = new("agency"), Name = "Agency", Kind = SourceKind.NewsAgency },
                new Source { Id = new("analyst"), Name = "Analyst", Kind = SourceKind.Analyst },
                new Source { Id = new("army-press"), Name = "Army press office", Kind = SourceKind.ArmedForces, AffiliatedActorId = new ActorId("army") },
                new Source { Id = new("state-press"), Name = "State press office", Kind = SourceKind.Government, AffiliatedActorId = new ActorId("state") },
                new Source { Id = new("group-press"), Name = "Group media", Kind = SourceKind.ArmedGroup, AffiliatedActorId = new ActorId("group") },
            ],
        };
        var engagement = new Engagement
        {
            Id = new("e"),
            Name = "Test engagement",
            Type = EngagementType.Attack,
            Time = TemporalExtent.OnDay(2025, 6, 2),
            Sides =
            [
                new Side { Id = Attackers, Role = SideRole.Attacker, ActorIds = [new ActorId("group")] },
                new Side { Id = Defenders, Role = SideRole.Defender, ActorIds = [new ActorId("army")] },
            ],
            Statements = SourceIds.Select(s => new SourcedStatement { Id = new("st-" + s), SourceId = new(s), Stance = StatementStance.Report, Summary = s }).ToArray(),
            Figures = figures,
        };
        document = document with { Engagements = [engagement] };
        return ReconciliationContext.For(document, engagement);
    }
}
