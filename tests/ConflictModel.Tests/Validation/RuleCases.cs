using System.Collections.Generic;
using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;
using ConflictModel.Validation;
using NodaTime;
using static ConflictModel.Tests.Validation.Documents;

namespace ConflictModel.Tests.Validation;

/// <summary>For every rule, the smallest document that breaks it, with the problem expected: code, severity and path.</summary>
internal static class RuleCases
{
    public static readonly IReadOnlyDictionary<string, RuleCase> All = Build().ToDictionary(c => c.Name);

    private static RuleCase C(string name, DatasetDocument document, string code, ValidationSeverity severity, string path) =>
        new(name, document, code, severity, path);

    private const ValidationSeverity E = ValidationSeverity.Error;
    private const ValidationSeverity W = ValidationSeverity.Warning;
    private const ValidationSeverity I = ValidationSeverity.Info;
    private static StatementId Toll => new("afp-toll");

    private static IEnumerable<RuleCase> Build()
    {
        // Structural.
        yield return C("blank engagement name", WithEngagement(e => e with { Name = " " }), "CM1001", E, "engagements[0].name");
        yield return C("null engagement time", WithEngagement(e => e with { Time = null! }), "CM1001", E, "engagements[0].time");
        yield return C("null quantity", WithFigure(f => f with { Estimates = [f.Estimates[0] with { Quantity = null! }] }), "CM1001", E, "engagements[0].figures[0].estimates[0].quantity");
        yield return C("null figure subject", WithFigure(f => f with { Subject = null! }), "CM1001", E, "engagements[0].figures[0].subject");
        yield return C("null format version", Minimal with { FormatVersion = null! }, "CM1001", E, "formatVersion");
        yield return C("null dataset field value", WithEngagement(e => e with { DatasetFields = [new DatasetField { Dataset = "ucdp-ged", Name = "code_status", Value = null! }] }), "CM1001", E, "engagements[0].datasetFields[0].value");
        yield return C("null engagement element", Minimal with { Engagements = Minimal.Engagements.Add(null!) }, "CM1002", E, "engagements[1]");
        yield return C("null estimate element", WithFigure(f => f with { Estimates = f.Estimates.Add(null!) }), "CM1002", E, "engagements[0].figures[0].estimates[1]");
        yield return C("blank result summary", WithEngagement(e => e with { ResultSummary = "" }), "CM1003", W, "engagements[0].resultSummary");
        yield return C("actor name too long", WithActor(0, a => a with { Name = new string('x', 501) }), "CM1004", E, "actors[0].name");
        yield return C("blank alias", WithActor(0, a => a with { Aliases = ["GSIM", " "] }), "CM1001", E, "actors[0].aliases[1]");
        yield return C("empty site id", WithSite(s => s with { Id = new SiteId("") }), "CM1005", E, "engagements[0].sites[0].id");
        yield return C("default actor id", WithActor(0, a => a with { Id = default }), "CM1005", E, "actors[0].id");
        yield return C("site id with a space", WithSite(s => s with { Id = new SiteId("Timbuktu airport") }), "CM1006", E, "engagements[0].sites[0].id");
        yield return C("id of 129 characters", WithActor(0, a => a with { Id = new ActorId(new string('a', 129)) }), "CM1006", E, "actors[0].id");
        yield return C("undefined actor kind", WithActor(0, a => a with { Kind = 0 }), "CM1007", E, "actors[0].kind");
        yield return C("undefined tactic", WithEngagement(e => e with { Tactics = [Tactic.SmallArms, (Tactic)99] }), "CM1007", E, "engagements[0].tactics[1]");
        yield return C("undefined precision", WithEngagement(e => e with { Time = e.Time with { Precision = (TemporalPrecision)42 } }), "CM1007", E, "engagements[0].time.precision");
        yield return C("format version without minor", Minimal with { FormatVersion = "1" }, "CM1008", E, "formatVersion");
        yield return C("format version with leading zero", Minimal with { FormatVersion = "1.01" }, "CM1008", E, "formatVersion");
        yield return C("format version 2.0", Minimal with { FormatVersion = "2.0" }, "CM1009", E, "formatVersion");
        yield return C("relative url", WithSource(0, s => s with { Url = "www.afp.com" }), "CM1010", E, "sources[0].url");
        yield return C("ftp url", WithStatement(s => s with { Url = "ftp://example.org/x" }), "CM1010", E, "engagements[0].statements[0].url");
        yield return C("exact with a low", WithQuantity(new Quantity { Form = QuantityForm.Exact, Value = 3, Low = 3 }), "CM1011", E, "engagements[0].figures[0].estimates[0].quantity.low");
        yield return C("exact without value", WithQuantity(new Quantity { Form = QuantityForm.Exact }), "CM1011", E, "engagements[0].figures[0].estimates[0].quantity.value");
        yield return C("range without high", WithQuantity(new Quantity { Form = QuantityForm.Range, Low = 3 }), "CM1011", E, "engagements[0].figures[0].estimates[0].quantity.high");
        yield return C("open-ended at least", WithQuantity(Quantity.AtLeast(3) with { OpenEnded = true }), "CM1011", E, "engagements[0].figures[0].estimates[0].quantity.openEnded");
        yield return C("approximate about", WithQuantity(Quantity.About(3) with { Approximate = true }), "CM1011", E, "engagements[0].figures[0].estimates[0].quantity.approximate");
        yield return C("approximate qualitative", WithQuantity(Quantity.Qualitative("dozens") with { Approximate = true }), "CM1011", E, "engagements[0].figures[0].estimates[0].quantity.approximate");
        yield return C("qualitative without term", WithQuantity(new Quantity { Form = QuantityForm.Qualitative, Low = 3 }), "CM1011", E, "engagements[0].figures[0].estimates[0].quantity.term");
        yield return C("civilians with a side", WithFigure(f => f with { Subject = FigureSubject.Civilians with { SideId = new SideId("defenders") } }), "CM1012", E, "engagements[0].figures[0].subject.sideId");
        yield return C("side subject without side", WithFigure(f => f with { Subject = new FigureSubject { Kind = SubjectKind.Side } }), "CM1012", E, "engagements[0].figures[0].subject.sideId");
        yield return C("actors subject without actors", WithFigure(f => f with { Subject = new FigureSubject { Kind = SubjectKind.Actors } }), "CM1012", E, "engagements[0].figures[0].subject.actorIds");
        yield return C("wikidata id without Q", WithActor(0, a => a with { ExternalIds = [ExternalId.Of(ExternalIdScheme.Wikidata, "5682436")] }), "CM1013", W, "actors[0].externalIds[0].value");
        yield return C("relation without a parent", WithActor(0, a => a with { ParentId = null, ParentRelation = ParentRelation.AffiliatedWith }), "CM1014", W, "actors[0].parentRelation");
        yield return C("ucdp id with letters", WithEngagement(e => e with { ExternalIds = [ExternalId.Of(ExternalIdScheme.UcdpEvent, "ML-12")] }), "CM1013", W, "engagements[0].externalIds[0].value");

        // Referential.
        yield return C("duplicate actor id", WithActor(1, a => a with { Id = new ActorId("jnim") }), "CM2001", E, "actors[1].id");
        yield return C("site id reused in another engagement", Minimal with { Engagements = [Documents.Engagement, Documents.Engagement with { Id = new EngagementId("e2") }] }, "CM2001", E, "engagements[1].sites[0].id");
        yield return C("duplicate statement id", WithEngagement(e => e with { Statements = [e.Statements[0], e.Statements[0]] }), "CM2001", E, "engagements[0].statements[1].id");
        yield return C("unknown side actor", WithEngagement(e => e with { Sides = [e.Sides[0] with { ActorIds = [new ActorId("wagner")] }, e.Sides[1]] }), "CM2002", E, "engagements[0].sides[0].actorIds[0]");
        yield return C("unknown parent", WithActor(0, a => a with { ParentId = new ActorId("al-qaeda") }), "CM2002", E, "actors[0].parentId");
        yield return C("unknown affiliation", WithSource(1, s => s with { AffiliatedActorId = new ActorId("mali") }), "CM2002", E, "sources[1].affiliatedActorId");
        yield return C("unknown subject actor", WithFigure(f => f with { Subject = FigureSubject.OfActors(new ActorId("wagner")) }), "CM2002", E, "engagements[0].figures[0].subject.actorIds[0]");
        yield return C("unknown statement source", WithStatement(s => s with { SourceId = new SourceId("reuters") }), "CM2003", E, "engagements[0].statements[0].sourceId");
        yield return C("unknown via source", WithStatement(s => s with { Via = [new SourceId("reuters")] }), "CM2003", E, "engagements[0].statements[0].via[0]");
        yield return C("unknown estimate statement", WithFigure(f => f with { Estimates = [Estimate.Of(new StatementId("nope"), Quantity.Exactly(1))] }), "CM2004", E, "engagements[0].figures[0].estimates[0].statementId");
        yield return C("unknown outcome statement", WithOutcome(o => o with { StatementIds = [new StatementId("nope")] }), "CM2004", E, "engagements[0].outcomes[0].statementIds[0]");
        yield return C("unknown incident site", WithIncident(i => i with { SiteIds = [new SiteId("nope")] }), "CM2005", E, "engagements[0].incidents[0].siteIds[0]");
        yield return C("unknown container site", WithSite(s => s with { WithinSiteId = new SiteId("nope") }), "CM2005", E, "engagements[0].sites[0].withinSiteId");
        yield return C("unknown achieving side", WithOutcome(o => o with { AchievedBySideId = new SideId("nope") }), "CM2006", E, "engagements[0].outcomes[0].achievedBySideId");
        yield return C("unknown subject side", WithFigure(f => f with { Subject = FigureSubject.OfSide(new SideId("nope")) }), "CM2006", E, "engagements[0].figures[0].subject.sideId");
        yield return C("unknown relation target", WithEngagement(e => e with { Relations = [new EngagementRelation { Kind = RelationKind.PrecededBy, TargetId = new EngagementId("dioura") }] }), "CM2007", E, "engagements[0].relations[0].targetId");
        yield return C("actor on both sides", WithEngagement(e => e with { Sides = [e.Sides[0], e.Sides[1] with { ActorIds = [new ActorId("fama"), new ActorId("jnim")] }] }), "CM2008", E, "engagements[0].sides[1].actorIds[1]");
        yield return C("actor its own parent", WithActor(0, a => a with { ParentId = a.Id }), "CM2009", E, "actors[0].parentId");
        yield return C("two actors parents of each other",
            Minimal with { Actors = [Minimal.Actors[0] with { ParentId = new ActorId("fama") }, Minimal.Actors[1] with { ParentId = new ActorId("jnim") }] }, "CM2009", E, "actors[0].parentId");
        yield return C("speaker in its via chain", WithStatement(s => s with { Via = [new SourceId("afp")] }), "CM2010", E, "engagements[0].statements[0].via[0]");
        yield return C("relay twice in via chain", WithStatement(s => s with { Via = [new SourceId("fama-spokesman"), new SourceId("fama-spokesman")] }), "CM2010", E, "engagements[0].statements[0].via[1]");
        yield return C("relation to itself", WithEngagement(e => e with { Relations = [new EngagementRelation { Kind = RelationKind.SameOffensive, TargetId = e.Id }] }), "CM2011", E, "engagements[0].relations[0].targetId");
        yield return C("site within itself", WithSite(s => s with { WithinSiteId = s.Id }), "CM2012", E, "engagements[0].sites[0].withinSiteId");
        yield return C("sites within each other", WithEngagement(e => e with
        {
            Sites = [e.Sites[0] with { WithinSiteId = new SiteId("base") }, e.Sites[0] with { Id = new SiteId("base"), WithinSiteId = new SiteId("airport") }],
        }), "CM2012", E, "engagements[0].sites[0].withinSiteId");
        yield return C("actor twice on an incident", WithIncident(i => i with { ActorIds = [new ActorId("jnim"), new ActorId("jnim")] }), "CM2013", W, "engagements[0].incidents[0].actorIds[1]");
        yield return C("actor twice on a side", WithEngagement(e => e with { Sides = [e.Sides[0] with { ActorIds = [new ActorId("jnim"), new ActorId("jnim")] }, e.Sides[1]] }), "CM2013", W, "engagements[0].sides[0].actorIds[1]");
        yield return C("incident actor on no side",
            (Minimal with { Actors = Minimal.Actors.Add(new Actor { Id = new ActorId("residents"), Name = "Residents", Kind = ActorKind.Residents }) })
                .WithEngagements(e => e with { Incidents = [e.Incidents[0] with { ActorIds = [new ActorId("residents")] }] }), "CM2014", I, "engagements[0].incidents[0].actorIds[0]");
        yield return C("part of an unknown figure", WithFigure(f => f with { PartOf = new FigureId("civilians-killed") }), "CM2015", E, "engagements[0].figures[0].partOf");
        yield return C("figure part of itself", WithFigure(f => f with { PartOf = f.Id }), "CM2016", E, "engagements[0].figures[0].partOf");
        yield return C("figures parts of each other", WithEngagement(e => e with
        {
            Figures = [e.Figures[0] with { PartOf = new FigureId("part") }, e.Figures[0] with { Id = new FigureId("part"), PartOf = e.Figures[0].Id }],
        }), "CM2016", E, "engagements[0].figures[0].partOf");
        yield return C("supersedes an unknown statement", WithStatement(s => s with { Supersedes = [new StatementId("afp-first")] }), "CM2017", E, "engagements[0].statements[0].supersedes[0]");
        yield return C("statement superseding itself", WithStatement(s => s with { Supersedes = [s.Id] }), "CM2018", E, "engagements[0].statements[0].supersedes[0]");
        yield return C("statements superseding each other", WithEngagement(e => e with
        {
            Statements = [e.Statements[0] with { Supersedes = [new StatementId("afp-update")] }, e.Statements[0] with { Id = new StatementId("afp-update"), Supersedes = [e.Statements[0].Id] }],
        }), "CM2018", E, "engagements[0].statements[0].supersedes[0]");
        yield return C("undefined source credibility", WithSource(0, s => s with { Credibility = (Credibility)9 }), "CM1007", E, "sources[0].credibility");
        yield return C("undefined statement credibility", WithStatement(s => s with { Credibility = 0 }), "CM1007", E, "engagements[0].statements[0].credibility");

        // Semantic.
        yield return C("latitude 91", WithSite(s => s with { Coordinates = new Coordinates(91, -3) }), "CM3001", E, "engagements[0].sites[0].coordinates.latitude");
        yield return C("latitude NaN", WithSite(s => s with { Coordinates = new Coordinates(double.NaN, -3) }), "CM3001", E, "engagements[0].sites[0].coordinates.latitude");
        yield return C("longitude -181", WithSite(s => s with { Coordinates = new Coordinates(16, -181) }), "CM3002", E, "engagements[0].sites[0].coordinates.longitude");
        yield return C("longitude infinite", WithSite(s => s with { Coordinates = new Coordinates(16, double.PositiveInfinity) }), "CM3002", E, "engagements[0].sites[0].coordinates.longitude");
        yield return C("null island", WithSite(s => s with { Coordinates = new Coordinates(0, 0) }), "CM3003", W, "engagements[0].sites[0].coordinates");
        yield return C("user-assigned country XK", WithSite(s => s with { Administrative = new AdministrativePath { CountryCode = "XK" } }), "CM3004", E, "engagements[0].sites[0].administrative.countryCode");
        yield return C("lower-case country", WithActor(1, a => a with { CountryCode = "ml" }), "CM3004", E, "actors[1].countryCode");
        yield return C("alpha-3 country", WithActor(1, a => a with { CountryCode = "MLI" }), "CM3004", E, "actors[1].countryCode");
        yield return C("unknown time zone", WithEngagement(e => e with { Time = e.Time.InZone("GMT+1") }), "CM3005", E, "engagements[0].time.timeZoneId");
        yield return C("end before start", WithEngagement(e => e with { Time = e.Time with { End = new LocalDateTime(2025, 6, 1, 0, 0) } }), "CM3006", E, "engagements[0].time.end");
        yield return C("time of day at day precision", WithEngagement(e => e with { Time = e.Time with { Start = new LocalDateTime(2025, 6, 2, 10, 0) } }), "CM3007", E, "engagements[0].time.start");
        yield return C("part of day not on a six-hour boundary", WithStatement(s => s with { ReportedAt = new TemporalExtent { Start = new LocalDateTime(2025, 6, 2, 10, 0), Precision = TemporalPrecision.PartOfDay } }),
            "CM3007", E, "engagements[0].statements[0].reportedAt.start");
        yield return C("negative exact", WithQuantity(new Quantity { Form = QuantityForm.Exact, Value = -1 }), "CM3008", E, "engagements[0].figures[0].estimates[0].quantity.value");
        yield return C("range low above high", WithQuantity(new Quantity { Form = QuantityForm.Range, Low = 60, High = 30 }), "CM3009", E, "engagements[0].figures[0].estimates[0].quantity.low");
        yield return C("best above the high", WithFigure(f => f with { Estimates = [Estimate.Of(Toll, Quantity.Exactly(12)), Estimate.Of(Toll, Quantity.Between(2, 10))] }), "CM3010", W, "engagements[0].figures[0].estimates[0].quantity.value");
        yield return C("reported before the event", WithStatement(s => s with { ReportedAt = TemporalExtent.OnDay(2025, 5, 30) }), "CM3011", W, "engagements[0].statements[0].reportedAt");
        yield return C("self-reported toll",
            WithSource(1, s => s with { AffiliatedActorId = new ActorId("fama") }).WithEngagements(e => e with { Statements = [e.Statements[0] with { SourceId = new SourceId("fama-spokesman") }] }),
            "CM3012", I, "engagements[0].figures[0].estimates[0]");
        yield return C("killed above killed or wounded", WithEngagement(e => e with
        {
            Figures = [e.Figures[0], new DisputedFigure { Id = new FigureId("defenders-kow"), Measure = Measure.KilledOrWounded, Subject = e.Figures[0].Subject, Estimates = [Estimate.Of(Toll, Quantity.Exactly(14))] }],
        }), "CM3013", W, "engagements[0].figures[0].estimates[0]");
        yield return C("figure without estimates", WithFigure(f => f with { Estimates = [] }), "CM3014", W, "engagements[0].figures[0].estimates");
        yield return C("side without actors", WithEngagement(e => e with { Sides = [e.Sides[0], e.Sides[1] with { ActorIds = [] }] }), "CM3015", W, "engagements[0].sides[1].actorIds");
        yield return C("one side", WithEngagement(e => e with { Sides = [e.Sides[0]], Figures = [], Outcomes = [] }), "CM3016", W, "engagements[0].sides");
        yield return C("held long term but repelled", WithOutcome(o => o with { HeldLongTerm = false }), "CM3017", W, "engagements[0].outcomes[0].heldLongTerm");
        yield return C("two killed figures for one side", WithEngagement(e => e with { Figures = [e.Figures[0], e.Figures[0] with { Id = new FigureId("defenders-killed-2") }] }), "CM3018", W, "engagements[0].figures[1]");
        yield return C("incident days after the engagement", WithIncident(i => i with { Time = TemporalExtent.OnDay(2025, 6, 5) }), "CM3019", W, "engagements[0].incidents[0].time");
        yield return C("vehicles killed", WithFigure(f => f with { Unit = "vehicles" }), "CM3020", W, "engagements[0].figures[0].unit");
        yield return C("at least above at most", WithFigure(f => f with { Estimates = [Estimate.Of(Toll, Quantity.AtMost(9)), Estimate.Of(Toll, Quantity.AtLeast(12))] }), "CM3021", W, "engagements[0].figures[0].estimates[1].quantity.value");
        yield return C("wounded part of killed", WithEngagement(e => e with
        {
            Figures = [e.Figures[0], e.Figures[0] with { Id = new FigureId("wounded"), Measure = Measure.Wounded, PartOf = e.Figures[0].Id }],
        }), "CM3022", E, "engagements[0].figures[1].partOf");
        yield return C("part above its whole", WithEngagement(e => e with
        {
            Figures =
            [
                e.Figures[0] with { Subject = FigureSubject.Civilians, Estimates = [Estimate.Of(Toll, Quantity.AtMost(10))] },
                new DisputedFigure { Id = new FigureId("children-killed"), Measure = Measure.Killed, Subject = FigureSubject.Civilians, PartOf = e.Figures[0].Id, Estimates = [Estimate.Of(Toll, Quantity.AtLeast(12))], Note = "children" },
            ],
        }), "CM3023", W, "engagements[0].figures[1].estimates[0]");
    }

    private static DatasetDocument WithEngagements(this DatasetDocument document, System.Func<Engagement, Engagement> change) =>
        document with { Engagements = [change(document.Engagements[0])] };
}

/// <summary>A document that breaks one rule, and the problem it must produce.</summary>
internal sealed record RuleCase(string Name, DatasetDocument Document, string Code, ValidationSeverity Severity, string Path)
{
    public override string ToString() => Name;
}
