using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;

namespace ConflictModel.Charts.Tests;

/// <summary>Small documents built for one point each.</summary>
internal static class Documents
{
    internal const string LongName = "The Independent Commission of Inquiry into the Events of the Northern Provinces";

    internal static Source Source(string id, string name) => new() { Id = new(id), Name = name, Kind = SourceKind.NewsAgency };

    internal static SourcedStatement Statement(string id, string source, TemporalExtent? reported = null, string[]? via = null, string[]? supersedes = null) => new()
    {
        Id = new(id),
        SourceId = new(source),
        Stance = StatementStance.Report,
        Summary = "Statement " + id,
        ReportedAt = reported,
        Via = [.. (via ?? []).Select(v => new SourceId(v))],
        Supersedes = [.. (supersedes ?? []).Select(s => new StatementId(s))],
    };

    internal static Engagement Engagement(string id, TemporalExtent time, SourcedStatement[] statements, DisputedFigure[] figures, Site[]? sites = null) => new()
    {
        Id = new(id),
        Name = "Engagement " + id,
        Type = EngagementType.Attack,
        Time = time,
        Sides = [new() { Id = new("a"), Role = SideRole.Attacker, ActorIds = [new("group")] }, new() { Id = new("d"), Role = SideRole.Defender, ActorIds = [new("army")] }],
        Statements = [.. statements],
        Figures = [.. figures],
        Sites = [.. sites ?? []],
    };

    internal static DisputedFigure Killed(string id, params Estimate[] estimates) =>
        new() { Id = new(id), Measure = Measure.Killed, Subject = FigureSubject.OfSide(new("d")), Estimates = [.. estimates] };

    internal static Site SiteAt(string id, double latitude, double longitude) =>
        new() { Id = new(id), Name = "Site " + id, Role = SiteRole.PrimaryTarget, Kind = SiteKind.Settlement, Coordinates = new Coordinates(latitude, longitude), Precision = SpatialPrecision.ExactLocation };

    internal static DatasetDocument Document(Source[] sources, params Engagement[] engagements) => new()
    {
        Sources = [.. sources],
        Actors = [new() { Id = new("group"), Name = "The group", Kind = ActorKind.NonStateArmedGroup }, new() { Id = new("army"), Name = "The army", Kind = ActorKind.StateForces }],
        Engagements = [.. engagements],
    };

    /// <summary>One engagement with an estimate of every form, a long-named source speaking through another, a superseded estimate and a figure without estimates.</summary>
    internal static DatasetDocument EveryForm()
    {
        var sources = new[] { Source("agency", "Agency"), Source("long", LongName), Source("paper", "Paper") };
        var day = TemporalExtent.OnDay(2025, 3, 1);
        var statements = new[]
        {
            Statement("s-exact", "agency", TemporalExtent.OnDay(2025, 3, 2)),
            Statement("s-least", "long", TemporalExtent.OnDay(2025, 3, 2), via: ["agency"]),
            Statement("s-most", "paper", TemporalExtent.OnDay(2025, 3, 2)),
            Statement("s-range", "paper", TemporalExtent.OnDay(2025, 3, 3), supersedes: ["s-most"]),
            Statement("s-open", "agency", TemporalExtent.OnDay(2025, 3, 3)),
            Statement("s-about", "agency", TemporalExtent.OnDay(2025, 3, 4)),
        };
        var killed = Killed(
            "killed",
            Estimate.Of(new("s-exact"), Quantity.Exactly(12)),
            Estimate.Of(new("s-least"), Quantity.AtLeast(20)),
            Estimate.Of(new("s-most"), Quantity.AtMost(50)),
            Estimate.Of(new("s-range"), Quantity.Between(15, 35)),
            Estimate.Of(new("s-open"), Quantity.Between(18, 40, openEnded: true)),
            Estimate.Of(new("s-about"), Quantity.About(25)));
        var wounded = new DisputedFigure
        {
            Id = new("wounded-words"),
            Measure = Measure.Wounded,
            Subject = FigureSubject.OfSide(new("d")),
            Estimates = [Estimate.Of(new("s-exact"), new Quantity { Form = QuantityForm.Qualitative, Term = "dozens", Low = 24, High = 99 }, "dozens were wounded")],
        };
        var missing = new DisputedFigure { Id = new("missing-none"), Measure = Measure.Missing, Subject = FigureSubject.OfSide(new("d")) };
        return Document(sources, Engagement("every-form", day, statements, [killed, wounded, missing]));
    }
}
