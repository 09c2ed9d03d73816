using System;
using System.Linq;
using ConflictModel.Figures;
using ConflictModel.Sources;
using static ConflictModel.Tests.Figures.RevisionFixture;

namespace ConflictModel.Tests.Figures;

/// <summary>Users' own policies: the builder, what it refuses, and the built-in policies expressed with it.</summary>
public class ReconciliationPolicyTests
{
    [Fact]
    public void BuiltIns_AreDefinedWithThePublicBuilder()
    {
        ReconciliationPolicy.FullRange.Should().BeEquivalentTo(ReconciliationPolicy.Define("full range")
            .LowFrom(LowRule.SmallestStatedMinimum).BestFrom(BestRule.None).HighFrom(HighRule.LargestStatedNumber).Partisan(PartisanRule.Admit).Build());
        ReconciliationPolicy.Conservative.Should().Be(ReconciliationPolicy.Define("conservative")
            .LowFrom(LowRule.Best).BestFrom(BestRule.SmallestIndependentMinimum).HighFrom(HighRule.Best).Partisan(PartisanRule.SetAsideForBest).Build());
        ReconciliationPolicy.BestEstimate.Should().Be(ReconciliationPolicy.BestEstimate.ToBuilder().Build());
        ReconciliationPolicy.BestEstimate.MinimumCredibility.Should().Be(Credibility.Contested);
        ReconciliationPolicy.BestEstimate.KeepSuperseded.Should().BeFalse();
        ReconciliationPolicy.BestEstimate.CapByKilledOrWounded.Should().BeTrue();
    }

    [Fact]
    public void Build_Incomplete_NamesEveryMissingChoice()
    {
        var act = () => ReconciliationPolicy.Define("mine").LowFrom(LowRule.SmallestStatedMinimum).Build();

        act.Should().Throw<InvalidOperationException>().WithMessage(
            "The reconciliation policy 'mine' cannot be built: it has no rule for the best value (call BestFrom); it has no rule for the high (call HighFrom); it has no rule for partisan estimates (call Partisan).");
    }

    [Fact]
    public void Build_Contradictory_SaysWhatContradicts()
    {
        var act = () => ReconciliationPolicy.Define("single").LowFrom(LowRule.Best).BestFrom(BestRule.None).HighFrom(HighRule.Best).Partisan(PartisanRule.SetAsideForBest).Build();

        act.Should().Throw<InvalidOperationException>().WithMessage(
            "The reconciliation policy 'single' cannot be built: it takes the low from the best value but has no best value (BestRule.None); it takes the high from the best value but has no best value (BestRule.None); it sets partisan estimates aside for the best value but has no best value (use PartisanRule.Admit or SetAsideEverywhere).");
    }

    [Fact]
    public void Build_UndefinedValuesAndNoName_AreRefused()
    {
        var act = () => ReconciliationPolicy.Define(" ").LowFrom((LowRule)7).BestFrom(BestRule.None).HighFrom(HighRule.LargestStatedNumber).Partisan(PartisanRule.Admit)
            .SetAsideBelow((Credibility)0).Tolerance(2).Build();

        act.Should().Throw<InvalidOperationException>().WithMessage(
            "The reconciliation policy ' ' cannot be built: it has no name (pass one to ReconciliationPolicy.Define); its rule for the low is 7, not a defined LowRule; its minimum credibility 0 is not a defined Credibility; its tolerance 2 is not a fraction between 0 and 1.");
    }

    [Fact]
    public void With_AnUndefinedMinimumCredibility_IsRejected()
    {
        var act = () => ReconciliationPolicy.FullRange with { MinimumCredibility = (Credibility)42 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MinimumCredibility");
    }

    [Fact]
    public void UserPolicy_WithItsOwnRule_SetsAsideAndQuotesTheReason()
    {
        var policy = ReconciliationPolicy.Define("no social media")
            .LowFrom(LowRule.SmallestStatedMinimum).BestFrom(BestRule.SmallestConsistentValue).HighFrom(HighRule.LargestStatedNumber).Partisan(PartisanRule.SetAsideEverywhere)
            .SetAsideBelow(null)
            .SetAsideWhen(e => e.Source?.Kind == SourceKind.SocialMedia ? "social media only" : null)
            .Build();
        var figure = Figure(("agency-day2", Quantity.AtLeast(52), "at least 52"), ("rumour", Quantity.Exactly(200), "200"));

        var r = FigureReconciler.Reconcile(figure, Context(figure), policy);

        r.Policy.Should().Be("no social media");
        r.ToRangeText().Should().Be("52+");
        r.Best.Should().Be(52);
        r.Contributions.Should().ContainSingle(c => c.Role == ContributionRole.SetAside).Which.Reason
            .Should().Be("set aside by the policy's rule (social media only): Social media, 200 (\"200\")");
    }

    [Fact]
    public void WithoutCeilings_KilledOrWoundedNoLongerCapsKilled()
    {
        var (figure, context) = CeilingCase();
        var policy = ReconciliationPolicy.Conservative with { CapByKilledOrWounded = false };

        FigureReconciler.Reconcile(figure, context, ReconciliationPolicy.Conservative).Best.Should().Be(14);
        FigureReconciler.Reconcile(figure, context, policy).Best.Should().Be(20);
    }

    private static (DisputedFigure, ReconciliationContext) CeilingCase()
    {
        var killed = ReconciliationFixture.Figure("killed", Measure.Killed, ReconciliationFixture.Defenders, ("agency", Quantity.AtLeast(20)));
        var kow = ReconciliationFixture.Figure("kow", Measure.KilledOrWounded, ReconciliationFixture.Defenders, ("analyst", Quantity.Exactly(14)));
        return (killed, ReconciliationFixture.Context(killed, kow));
    }
}
