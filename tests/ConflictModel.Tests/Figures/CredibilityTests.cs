using System.Linq;
using ConflictModel.Figures;
using ConflictModel.Sources;
using ConflictModel.Time;
using static ConflictModel.Tests.Figures.RevisionFixture;

namespace ConflictModel.Tests.Figures;

/// <summary>Graded sources and statements, and how policies set low grades aside and compose with the partisan rule.</summary>
public class CredibilityTests
{
    [Fact]
    public void Discounted_IsSetAsideByEveryBuiltInPolicy_WithItsGradeInTheReason()
    {
        var figure = Figure(("agency-day2", Quantity.AtLeast(52), "at least 52"), ("rumour", Quantity.Exactly(200), "200"));
        var context = Context(figure);

        foreach (var policy in ReconciliationPolicy.BuiltIn)
        {
            var r = FigureReconciler.Reconcile(figure, context, policy);
            r.High.Should().Be(52, policy.Name);
            var aside = r.Contributions.Should().ContainSingle(c => c.Role == ContributionRole.SetAsideForCredibility).Which;
            aside.Credibility.Should().Be(Credibility.Discounted);
            aside.Reason.Should().Be("set aside for credibility: Social media, 200 (\"200\") is graded discounted, below contested, the least this policy admits");
        }
    }

    [Fact]
    public void StatementGrade_OverridesItsSourceGrade_BothWays()
    {
        var statements = News.Select(s => s.Id.Value switch
        {
            "agency-day2" => s with { Credibility = Credibility.Discounted },
            "rumour" => s with { Credibility = Credibility.Fair },
            _ => s,
        }).ToArray();
        var figure = Figure(("agency-day2", Quantity.AtLeast(52), "at least 52"), ("rumour", Quantity.Exactly(200), "200"));

        var r = FigureReconciler.Reconcile(figure, Context(figure, statements), ReconciliationPolicy.FullRange);

        r.ToRangeText().Should().Be("200");
        r.Contributions.Single(c => c.StatementId.Value == "agency-day2").Role.Should().Be(ContributionRole.SetAsideForCredibility);
        r.Contributions.Where(c => c.StatementId.Value == "rumour").Should().OnlyContain(c => c.Credibility == Credibility.Fair && c.Role != ContributionRole.SetAsideForCredibility);
    }

    [Fact]
    public void SetAsideBelowFair_SetsAsideWeak_ButAdmitsUngraded()
    {
        var figure = Figure(("security-first", Quantity.AtLeast(40), "at least 40"), ("hospital", Quantity.About(100), "about 100"), ("agency-day2", Quantity.AtLeast(52), "at least 52"));
        var strict = ReconciliationPolicy.FullRange with { MinimumCredibility = Credibility.Fair };
        var beforeTheFinalCount = News.Where(s => s.Id.Value != "investigators-final").ToArray();

        var r = FigureReconciler.Reconcile(figure, Context(figure, beforeTheFinalCount), strict);

        r.ToRangeText().Should().Be("40–52+");
        r.Contributions.Should().ContainSingle(c => c.Role == ContributionRole.SetAsideForCredibility).Which.Reason
            .Should().Be("set aside for credibility: Hospital, ~100 (\"about 100\") is graded weak, below fair, the least this policy admits");
        FigureReconciler.Reconcile(figure, Context(figure, beforeTheFinalCount), ReconciliationPolicy.FullRange with { MinimumCredibility = null }).ToRangeText().Should().Be("40–100");
    }

    [Fact]
    public void ADiscountedRevision_SupersedesNothing()
    {
        var statements = News.Select(s => s.Id.Value == "investigators-final" ? s with { Credibility = Credibility.Discounted } : s).ToArray();
        var figure = Figure(("security-first", Quantity.AtLeast(40), "at least 40"), ("investigators-final", Quantity.Exactly(145), "145"));

        var r = FigureReconciler.Reconcile(figure, Context(figure, statements), ReconciliationPolicy.FullRange);

        r.ToRangeText().Should().Be("40+");
        r.Contributions.Should().NotContain(c => c.Role == ContributionRole.Superseded);
    }

    [Fact]
    public void Partisan_ComposesWithCredibility_AnIndependentEstimateSetAsideIsNoLongerIndependent()
    {
        SourcedStatement[] statements =
        [
            Statement("army", "army-press", TemporalExtent.OnDay(2025, 6, 2)),
            Statement("agency", "agency", TemporalExtent.OnDay(2025, 6, 2)) with { Credibility = Credibility.Discounted },
        ];
        var figure = Figure(("army", Quantity.Exactly(5), "five"), ("agency", Quantity.Exactly(30), "thirty"));
        var everywhere = ReconciliationPolicy.FullRange.ToBuilder("independent only").Partisan(PartisanRule.SetAsideEverywhere).Build();

        FigureReconciler.Reconcile(figure, Context(figure, statements), everywhere).ToRangeText().Should().Be("5", "the only admitted number is partisan, so it is used");

        var graded = statements.Select(s => s with { Credibility = null }).ToArray();
        var r = FigureReconciler.Reconcile(figure, Context(figure, graded), everywhere);
        r.ToRangeText().Should().Be("30");
        r.Contributions.Should().ContainSingle(c => c.Role == ContributionRole.SetAsidePartisan).Which.Should().Match<EstimateContribution>(c =>
            c.IsPartisan && c.Reason == "set aside: Army press office, 5 (\"five\") speaks for side 'defenders', and independent sources gave numbers");
    }
}
