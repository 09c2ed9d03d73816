using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Sources;
using ConflictModel.Time;

namespace ConflictModel.Tests.Figures;

/// <summary>
/// An attack whose toll changed as the news came in, as the issue tried it: the security service's "at
/// least 40" the first evening (2 June), an agency's "at least 52" and "at least 60" on 3 and 4 June, a
/// hospital's "about 100" on 4 June (graded weak), a rumour of "200" on social media (discounted), and the
/// investigators' final "145" on 7 June, which supersedes the security service's count.
/// </summary>
internal static class RevisionFixture
{
    public static readonly FigureId Killed = new("killed");

    public static SourcedStatement Statement(string id, string source, TemporalExtent? reportedAt, params string[] supersedes) => new()
    {
        Id = new StatementId(id), SourceId = new SourceId(source), Stance = StatementStance.Report, Summary = id, ReportedAt = reportedAt,
        Supersedes = supersedes.Select(s => new StatementId(s)).ToArray(),
    };

    public static DatasetDocument Document(SourcedStatement[] statements, params DisputedFigure[] figures) => new()
    {
        Actors =
        [
            new Actor { Id = new("army"), Name = "Army", Kind = ActorKind.StateForces },
            new Actor { Id = new("group"), Name = "Group", Kind = ActorKind.NonStateArmedGroup },
        ],
        Sources =
        [
            new Source { Id = new("security"), Name = "Security service", Kind = SourceKind.Government },
            new Source { Id = new("agency"), Name = "Agency", Kind = SourceKind.NewsAgency, Credibility = Credibility.Fair },
            new Source { Id = new("hospital"), Name = "Hospital", Kind = SourceKind.LocalOfficial, Credibility = Credibility.Weak },
            new Source { Id = new("social"), Name = "Social media", Kind = SourceKind.SocialMedia },
            new Source { Id = new("investigators"), Name = "Investigators", Kind = SourceKind.Organisation, Credibility = Credibility.Confirmed },
            new Source { Id = new("army-press"), Name = "Army press office", Kind = SourceKind.ArmedForces, AffiliatedActorId = new ActorId("army") },
        ],
        Engagements =
        [
            new Engagement
            {
                Id = new("attack"),
                Name = "Attack",
                Type = EngagementType.Attack,
                Time = TemporalExtent.OnDay(2025, 6, 2),
                Sides =
                [
                    new Side { Id = new("attackers"), Role = SideRole.Attacker, ActorIds = [new ActorId("group")] },
                    new Side { Id = new("defenders"), Role = SideRole.Defender, ActorIds = [new ActorId("army")] },
                ],
                Statements = statements,
                Figures = figures,
            },
        ],
    };

    public static SourcedStatement[] News =>
    [
        Statement("security-first", "security", TemporalExtent.AtHour(new NodaTime.LocalDate(2025, 6, 2), 20)),
        Statement("agency-day2", "agency", TemporalExtent.OnDay(2025, 6, 3)),
        Statement("agency-day3", "agency", TemporalExtent.OnDay(2025, 6, 4)),
        Statement("hospital", "hospital", TemporalExtent.OnDay(2025, 6, 4)),
        Statement("rumour", "social", TemporalExtent.OnDay(2025, 6, 4)) with { Credibility = Credibility.Discounted },
        Statement("investigators-final", "investigators", TemporalExtent.OnDay(2025, 6, 7), "security-first"),
    ];

    public static DisputedFigure Figure(params (string Statement, Quantity Quantity, string Wording)[] estimates) => new()
    {
        Id = Killed,
        Measure = Measure.Killed,
        Subject = FigureSubject.All,
        Estimates = estimates.Select(e => Estimate.Of(new StatementId(e.Statement), e.Quantity, e.Wording)).ToArray(),
    };

    public static DisputedFigure Toll => Figure(
        ("security-first", Quantity.AtLeast(40), "at least 40"),
        ("agency-day2", Quantity.AtLeast(52), "at least 52"),
        ("agency-day3", Quantity.AtLeast(60), "at least 60"),
        ("hospital", Quantity.About(100), "about 100"),
        ("rumour", Quantity.Exactly(200), "200"),
        ("investigators-final", Quantity.Exactly(145), "145"));

    public static ReconciliationContext Context(DisputedFigure figure, SourcedStatement[]? statements = null)
    {
        var document = Document(statements ?? News, figure);
        return ReconciliationContext.For(document, document.Engagements[0]);
    }
}
