using System.Linq;
using ConflictModel.Figures;
using static ConflictModel.Tests.Figures.ReconciliationFixture;

namespace ConflictModel.Tests.Figures;

public class FigureReconcilerTests
{
    private static ReconciledFigure Run(ReconciliationPolicy policy, Measure measure, params (string, Quantity)[] estimates)
    {
        var (figure, context) = Single(measure, Defenders, estimates);
        return FigureReconciler.Reconcile(figure, context, policy);
    }

    [Fact]
    public void FullRange_AtLeastClaims_GiveAnOpenEndedRange()
    {
        var r = Run(ReconciliationPolicy.FullRange, Measure.Killed, ("agency", Quantity.AtLeast(30)), ("analyst", Quantity.AtLeast(60)));

        r.Low.Should().Be(30);
        r.High.Should().Be(60);
        r.IsOpenEnded.Should().BeTrue();
        r.Best.Should().BeNull("the full-range method gives no best value");
        r.ToRangeText().Should().Be("30–60+");
        r.Contributions.Should().ContainSingle(c => c.Role == ContributionRole.SetsLow).Which.StatementId.Value.Should().Be("st-agency");
        r.Contributions.Should().ContainSingle(c => c.Role == ContributionRole.SetsHigh).Which.StatementId.Value.Should().Be("st-analyst");
    }

    [Fact]
    public void FullRange_ExactMaximumBeatsAnOpenClaimBelowIt()
    {
        var r = Run(ReconciliationPolicy.FullRange, Measure.Killed, ("agency", Quantity.AtLeast(30)), ("analyst", Quantity.Exactly(45)));

        r.ToRangeText().Should().Be("30–45");
        r.IsOpenEnded.Should().BeFalse();
    }

    [Fact]
    public void FullRange_OpenEndedRange_KeepsItsPlus()
    {
        var r = Run(ReconciliationPolicy.FullRange, Measure.Killed, ("agency", Quantity.Between(30, 60, openEnded: true)), ("analyst", Quantity.Exactly(40)));

        r.ToRangeText().Should().Be("30–60+");
    }

    [Fact]
    public void FullRange_AtMostOnly_HasLowZero()
    {
        var r = Run(ReconciliationPolicy.FullRange, Measure.Wounded, ("agency", Quantity.AtMost(20)));

        r.Low.Should().Be(0);
        r.High.Should().Be(20);
    }

    [Fact]
    public void About_IsWidenedOnlyByThePolicyTolerance()
    {
        Run(ReconciliationPolicy.FullRange, Measure.Killed, ("agency", Quantity.About(40))).ToRangeText().Should().Be("40");

        var tolerant = ReconciliationPolicy.FullRange with { ApproximateTolerance = 0.1 };
        Run(tolerant, Measure.Killed, ("agency", Quantity.About(40))).ToRangeText().Should().Be("36–44");
    }

    [Fact]
    public void ApproximateRange_IsWidenedByTheToleranceLikeAbout()
    {
        Run(ReconciliationPolicy.FullRange, Measure.Killed, ("agency", Quantity.AboutBetween(3000, 4000))).ToRangeText().Should().Be("3000–4000");

        var tolerant = ReconciliationPolicy.FullRange with { ApproximateTolerance = 0.1 };
        Run(tolerant, Measure.Killed, ("agency", Quantity.AboutBetween(3000, 4000))).ToRangeText().Should().Be("2700–4400");
        Run(tolerant, Measure.Killed, ("agency", Quantity.Between(3000, 4000))).ToRangeText().Should().Be("3000–4000", "a plain range is taken as stated");

        var conservative = ReconciliationPolicy.Conservative with { ApproximateTolerance = 0.1 };
        Run(conservative, Measure.Killed, ("agency", Quantity.AboutBetween(3000, 4000))).Best.Should().Be(2700);
    }

    [Fact]
    public void ApproximateOpenEndedRange_IsWidenedBelowOnly()
    {
        var tolerant = ReconciliationPolicy.FullRange with { ApproximateTolerance = 0.1 };
        var r = Run(tolerant, Measure.Killed, ("agency", Quantity.AboutBetween(30, 60) with { OpenEnded = true }));

        r.ToRangeText().Should().Be("27–60+");
    }

    [Fact]
    public void Tolerance_OnTheLargestCount_SaturatesInsteadOfOverflowing()
    {
        var tolerant = ReconciliationPolicy.FullRange with { ApproximateTolerance = 0.5 };
        var r = Run(tolerant, Measure.Killed, ("agency", Quantity.About(long.MaxValue)));

        r.High.Should().Be(long.MaxValue);
    }

    [Fact]
    public void Tolerance_OutsideZeroToOne_IsRejected()
    {
        var act = () => ReconciliationPolicy.FullRange with { ApproximateTolerance = 1.5 };

        act.Should().Throw<System.ArgumentOutOfRangeException>().WithParameterName("ApproximateTolerance");
    }

    [Fact]
    public void Qualitative_AloneGivesItsTermAndTheTableRange()
    {
        var r = Run(ReconciliationPolicy.FullRange, Measure.Missing, ("agency", Quantity.Qualitative("several")));

        r.QualitativeTerm.Should().Be("several");
        r.Low.Should().Be(3);
        r.High.Should().Be(9);
        r.ToRangeText().Should().Be("several");
    }

    [Fact]
    public void Qualitative_NeverOverridesANumberFromTheSameSource()
    {
        var r = Run(ReconciliationPolicy.FullRange, Measure.Killed, ("agency", Quantity.Exactly(12)), ("agency", Quantity.Qualitative("dozens")));

        r.ToRangeText().Should().Be("12");
        r.QualitativeTerm.Should().BeNull();
        var aside = r.Contributions.Should().ContainSingle(c => c.Role == ContributionRole.SetAside).Which;
        aside.EstimateIndex.Should().Be(1);
        aside.Reason.Should().Contain("never overrides a number from the same source");
    }

    [Fact]
    public void Qualitative_IsSetAsideWhenOtherSourcesGiveNumbers()
    {
        var r = Run(ReconciliationPolicy.FullRange, Measure.Killed, ("agency", Quantity.Exactly(12)), ("group-press", Quantity.Qualitative("hundreds")));

        r.ToRangeText().Should().Be("12");
        r.Contributions.Single(c => c.Role == ContributionRole.SetAside).Reason.Should().Contain("other sources gave numbers");
    }

    [Fact]
    public void CrossMeasure_KilledOrWoundedCapsKilled_AndSetsTheFullRangeHigh()
    {
        var killed = Figure("killed", Measure.Killed, Attackers, ("analyst", Quantity.Exactly(6)));
        var kow = Figure("kow", Measure.KilledOrWounded, Attackers, ("army-press", Quantity.Exactly(14)));
        var context = Context(killed, kow);

        var full = FigureReconciler.Reconcile(killed, context, ReconciliationPolicy.FullRange);

        full.ToRangeText().Should().Be("6–14");
        var cap = full.Contributions.Should().ContainSingle(c => c.Role == ContributionRole.Caps).Which;
        cap.FigureId.Value.Should().Be("kow");
        cap.Value.Should().Be(14);
        cap.Reason.Should().Contain("Army press office").And.Contain("killed or wounded");
    }

    [Fact]
    public void Parts_NeitherCapNorAreCapped_AndAreNeverAddedToTheirWhole()
    {
        var killed = Figure("killed", Measure.Killed, Defenders, ("agency", Quantity.AtLeast(30)));
        var kow = Figure("kow", Measure.KilledOrWounded, Defenders, ("agency", Quantity.Exactly(50)));
        var partKow = Figure("officers-kow", Measure.KilledOrWounded, Defenders, ("analyst", Quantity.Exactly(3))) with { PartOf = new FigureId("kow") };
        var partKilled = Figure("officers-killed", Measure.Killed, Defenders, ("analyst", Quantity.AtLeast(8))) with { PartOf = new FigureId("killed") };
        var context = Context(killed, kow, partKow, partKilled);

        var whole = FigureReconciler.Reconcile(killed, context, ReconciliationPolicy.FullRange);
        whole.ToRangeText().Should().Be("30–50", "the whole's own ceiling applies, not the part's 3");
        whole.Contributions.Select(c => c.FigureId.Value).Should().NotContain(["officers-kow", "officers-killed"]);

        var part = FigureReconciler.Reconcile(partKilled, context, ReconciliationPolicy.FullRange);
        part.ToRangeText().Should().Be("8+", "a part is not capped by any killed-or-wounded figure");
        part.Contributions.Should().NotBeEmpty().And.OnlyContain(c => c.FigureId == new FigureId("officers-killed"));
    }

    [Fact]
    public void CrossMeasure_AppliesOnlyToTheSameSubject()
    {
        var killed = Figure("killed", Measure.Killed, Attackers, ("analyst", Quantity.Exactly(6)));
        var otherSide = Figure("kow", Measure.KilledOrWounded, Defenders, ("agency", Quantity.Exactly(14)));

        FigureReconciler.Reconcile(killed, Context(killed, otherSide), ReconciliationPolicy.FullRange).ToRangeText().Should().Be("6");
    }

    [Fact]
    public void CrossMeasure_CapsTheConservativeValue()
    {
        var killed = Figure("killed", Measure.Killed, Attackers, ("analyst", Quantity.AtLeast(20)));
        var kow = Figure("kow", Measure.KilledOrWounded, Attackers, ("agency", Quantity.AtMost(14)));

        var r = FigureReconciler.Reconcile(killed, Context(killed, kow), ReconciliationPolicy.Conservative);

        r.Best.Should().Be(14);
        r.Contributions.Should().Contain(c => c.Role == ContributionRole.Caps && c.Value == 14);
    }

    [Fact]
    public void CrossMeasure_QualitativeKilledOrWoundedIsNotACeiling()
    {
        var killed = Figure("killed", Measure.Killed, Defenders, ("agency", Quantity.AtLeast(30)));
        var kow = Figure("kow", Measure.KilledOrWounded, Defenders, ("group-press", Quantity.Qualitative("dozens")));

        var r = FigureReconciler.Reconcile(killed, Context(killed, kow), ReconciliationPolicy.FullRange);

        r.ToRangeText().Should().Be("30+");
        r.Contributions.Should().Contain(c => c.Role == ContributionRole.SetAside && c.Reason.Contains("not a ceiling"));
    }

    [Fact]
    public void Conservative_TakesTheLowestIndependentFigure()
    {
        var r = Run(ReconciliationPolicy.Conservative, Measure.Killed,
            ("agency", Quantity.AtLeast(30)), ("analyst", Quantity.Exactly(45)), ("group-press", Quantity.Exactly(10)));

        r.Low.Should().Be(30);
        r.Best.Should().Be(30);
        r.High.Should().Be(30);
        r.Contributions.Should().ContainSingle(c => c.Role == ContributionRole.SetsBest).Which.StatementId.Value.Should().Be("st-agency");
        var aside = r.Contributions.Should().ContainSingle(c => c.Role == ContributionRole.SetAsidePartisan).Which;
        aside.StatementId.Value.Should().Be("st-group-press");
        aside.IsPartisan.Should().BeTrue();
        aside.Reason.Should().Be("set aside for the best value: Group media, 10 (\"10\") speaks for side 'attackers'");
    }

    [Fact]
    public void Conservative_FallsBackToPartisanSourcesWhenThereIsNoOther()
    {
        var r = Run(ReconciliationPolicy.Conservative, Measure.Killed, ("group-press", Quantity.Exactly(50)), ("army-press", Quantity.Exactly(8)));

        r.Best.Should().Be(8);
    }

    [Fact]
    public void Partisanship_FollowsTheActorHierarchy()
    {
        // The state press office speaks for the state, whose army is on the defenders' side.
        var r = Run(ReconciliationPolicy.Conservative, Measure.Killed, ("state-press", Quantity.Exactly(3)), ("agency", Quantity.Exactly(9)));

        r.Best.Should().Be(9);
        r.Contributions.Single(c => c.StatementId.Value == "st-state-press").Reason.Should().Contain("speaks for side 'defenders'").And.Contain("self-reported");
    }

    [Fact]
    public void BestEstimate_TakesTheSmallestValueConsistentWithEveryIndependentEstimate()
    {
        var r = Run(ReconciliationPolicy.BestEstimate, Measure.Killed, ("agency", Quantity.AtLeast(30)), ("analyst", Quantity.AtLeast(60)), ("group-press", Quantity.Exactly(200)));

        r.Best.Should().Be(60);
        r.Low.Should().Be(30);
        r.High.Should().Be(200);
        r.IsOpenEnded.Should().BeFalse();
    }

    [Fact]
    public void BestEstimate_ConflictingIndependentEstimates_TakeTheMedian()
    {
        var r = Run(ReconciliationPolicy.BestEstimate, Measure.Killed, ("agency", Quantity.Exactly(10)), ("analyst", Quantity.Exactly(20)));

        r.Best.Should().Be(10, "the lower median of 10 and 20 is 10");
        r.Contributions.Should().Contain(c => c.Role == ContributionRole.SetsBest && c.Reason.Contains("conflict"));

        var three = Run(ReconciliationPolicy.BestEstimate, Measure.Killed, ("agency", Quantity.Exactly(10)), ("analyst", Quantity.Exactly(20)), ("analyst", Quantity.Exactly(50)));
        three.Best.Should().Be(20);
    }

    [Fact]
    public void UnknownStatement_IsSetAsideWithTheReason()
    {
        var (figure, context) = Single(Measure.Killed, Defenders, ("agency", Quantity.Exactly(5)));
        var broken = figure with { Estimates = figure.Estimates.Add(Estimate.Of(new("nowhere"), Quantity.Exactly(500))) };

        var r = FigureReconciler.Reconcile(broken, context, ReconciliationPolicy.FullRange);

        r.ToRangeText().Should().Be("5");
        r.Contributions.Should().ContainSingle(c => c.Role == ContributionRole.SetAside).Which.Reason
            .Should().Be("set aside: statement 'nowhere', 500 — the statement is not among the engagement's statements");
    }

    [Fact]
    public void MalformedQuantity_IsSetAsideNotThrown()
    {
        var (figure, context) = Single(Measure.Killed, Defenders, ("agency", Quantity.Exactly(5)));
        var broken = figure with { Estimates = figure.Estimates.Add(Estimate.Of(new("st-analyst"), new Quantity { Form = QuantityForm.Range, Low = 9 })) };

        var r = FigureReconciler.Reconcile(broken, context, ReconciliationPolicy.BestEstimate);

        r.Best.Should().Be(5);
        r.Contributions.Should().ContainSingle(c => c.Role == ContributionRole.SetAside).Which.Reason
            .Should().Be("set aside: Analyst, 9–? — its members do not fit its form Range");
    }

    [Fact]
    public void NegativeQuantity_IsSetAside_NamingTheSourceAndValue()
    {
        var r = Run(ReconciliationPolicy.FullRange, Measure.Killed, ("agency", Quantity.Exactly(5)), ("analyst", new Quantity { Form = QuantityForm.Exact, Value = -1 }));

        r.ToRangeText().Should().Be("5");
        r.Contributions.Should().ContainSingle(c => c.Role == ContributionRole.SetAside).Which.Reason
            .Should().Be("set aside: Analyst, -1 (\"-1\") — the quantity is negative");
    }

    [Fact]
    public void EstimateWithoutAQuantity_IsSetAside_NamingItsStatementAndSource()
    {
        var (figure, context) = Single(Measure.Killed, Defenders, ("agency", Quantity.Exactly(5)));
        var broken = figure with { Estimates = figure.Estimates.Add(Estimate.Of(new("st-analyst"), null!, "a few")).Add(null!) };

        var r = FigureReconciler.Reconcile(broken, context, ReconciliationPolicy.FullRange);

        r.ToRangeText().Should().Be("5");
        r.Contributions.Where(c => c.Role == ContributionRole.SetAside).Select(c => c.Reason).Should().Equal(
            "set aside: estimate 1, by Analyst in 'st-analyst' (\"a few\"), has no quantity",
            "set aside: estimate 2 is missing");
    }

    [Fact]
    public void NoUsableEstimate_GivesUnknown()
    {
        var (figure, context) = Single(Measure.Killed, Defenders);

        foreach (var policy in ReconciliationPolicy.BuiltIn)
        {
            var r = FigureReconciler.Reconcile(figure, context, policy);
            r.Low.Should().BeNull();
            r.ToRangeText().Should().Be("unknown");
            r.Policy.Should().Be(policy.Name);
        }
    }

    [Fact]
    public void Explain_ListsTheRangeAndEveryStep()
    {
        var r = Run(ReconciliationPolicy.FullRange, Measure.Killed, ("agency", Quantity.AtLeast(30)), ("analyst", Quantity.AtLeast(60)));

        r.Explain().Should().Be("30–60+ (full range)\n  low 30: Agency, ≥30 (\"≥30\")\n  high 60+: Analyst, ≥60 (\"≥60\")".Replace("\n", System.Environment.NewLine));
    }
}
