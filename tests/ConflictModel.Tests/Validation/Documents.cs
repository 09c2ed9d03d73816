using System;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;

namespace ConflictModel.Tests.Validation;

/// <summary>The smallest document that passes every rule, and helpers to break it in one place.</summary>
internal static class Documents
{
    public static DatasetDocument Minimal { get; } = new()
    {
        Actors =
        [
            new Actor { Id = new ActorId("jnim"), Name = "JNIM", Kind = ActorKind.NonStateArmedGroup },
            new Actor { Id = new ActorId("fama"), Name = "Malian Armed Forces", Kind = ActorKind.StateForces, CountryCode = "ML" },
        ],
        Sources =
        [
            new Source { Id = new SourceId("afp"), Name = "Agence France-Presse", Kind = SourceKind.NewsAgency, Url = "https://www.afp.com" },
            new Source { Id = new SourceId("fama-spokesman"), Name = "FAMa spokesman", Kind = SourceKind.ArmedForces },
        ],
        Engagements =
        [
            new Engagement
            {
                Id = new EngagementId("e1"),
                Name = "Attack on Timbuktu",
                Type = EngagementType.Attack,
                Time = TemporalExtent.OnDay(2025, 6, 2).InZone("Africa/Bamako"),
                Sides =
                [
                    new Side { Id = new SideId("attackers"), Role = SideRole.Attacker, ActorIds = [new ActorId("jnim")] },
                    new Side { Id = new SideId("defenders"), Role = SideRole.Defender, ActorIds = [new ActorId("fama")] },
                ],
                Sites =
                [
                    new Site
                    {
                        Id = new SiteId("airport"), Name = "Timbuktu Airport", Role = SiteRole.PrimaryTarget, Kind = SiteKind.Airport,
                        Precision = SpatialPrecision.ExactLocation, Coordinates = new Coordinates(16.73, -3.0),
                        Administrative = new AdministrativePath { CountryCode = "ML" },
                    },
                ],
                Statements =
                [
                    new SourcedStatement
                    {
                        Id = new StatementId("afp-toll"), SourceId = new SourceId("afp"), Stance = StatementStance.Report, Summary = "At least 30 soldiers killed.",
                        ReportedAt = TemporalExtent.OnDay(2025, 6, 2),
                    },
                ],
                Figures =
                [
                    new DisputedFigure
                    {
                        Id = new FigureId("defenders-killed"), Measure = Measure.Killed, Subject = FigureSubject.OfSide(new SideId("defenders")),
                        Estimates = [Estimate.Of(new StatementId("afp-toll"), Quantity.AtLeast(30))],
                    },
                ],
                Incidents =
                [
                    new Incident
                    {
                        Id = new IncidentId("vbied"), Description = "A car bomb at the airport gate.", SiteIds = [new SiteId("airport")],
                        ActorIds = [new ActorId("jnim")], StatementIds = [new StatementId("afp-toll")],
                    },
                ],
                Outcomes =
                [
                    new Outcome
                    {
                        Objective = "Timbuktu Airport", Result = OutcomeResult.Repelled, SiteIds = [new SiteId("airport")],
                        AchievedBySideId = new SideId("defenders"), StatementIds = [new StatementId("afp-toll")],
                    },
                ],
            },
        ],
    };

    public static Engagement Engagement => Minimal.Engagements[0];

    public static DatasetDocument WithEngagement(Func<Engagement, Engagement> change) =>
        Minimal with { Engagements = [change(Engagement)] };

    public static DatasetDocument WithSite(Func<Site, Site> change) =>
        WithEngagement(e => e with { Sites = [change(e.Sites[0])] });

    public static DatasetDocument WithStatement(Func<SourcedStatement, SourcedStatement> change) =>
        WithEngagement(e => e with { Statements = [change(e.Statements[0])] });

    public static DatasetDocument WithFigure(Func<DisputedFigure, DisputedFigure> change) =>
        WithEngagement(e => e with { Figures = [change(e.Figures[0])] });

    public static DatasetDocument WithQuantity(Quantity quantity) =>
        WithFigure(f => f with { Estimates = [f.Estimates[0] with { Quantity = quantity }] });

    public static DatasetDocument WithIncident(Func<Incident, Incident> change) =>
        WithEngagement(e => e with { Incidents = [change(e.Incidents[0])] });

    public static DatasetDocument WithOutcome(Func<Outcome, Outcome> change) =>
        WithEngagement(e => e with { Outcomes = [change(e.Outcomes[0])] });

    public static DatasetDocument WithActor(int index, Func<Actor, Actor> change) =>
        Minimal with { Actors = Minimal.Actors.SetItem(index, change(Minimal.Actors[index])) };

    public static DatasetDocument WithSource(int index, Func<Source, Source> change) =>
        Minimal with { Sources = Minimal.Sources.SetItem(index, change(Minimal.Sources[index])) };
}
