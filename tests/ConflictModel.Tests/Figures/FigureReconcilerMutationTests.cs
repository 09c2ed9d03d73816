using System;
using System.Linq;
using ConflictModel.Figures;
using ConflictModel.Sources;
using ConflictModel.Time;
using static ConflictModel.Tests.Figures.ReconciliationFixture;

namespace ConflictModel.Tests.Figures;

/// <summary>
/// The reconciler's contract at its edges: argument checks, a time that cannot be a cut-off, the time zone of "as of",
/// the evolution's steps, saturation near <see cref="long.MaxValue"/>, and the policy's and term table's own checks.
/// Written against the mutants Stryker.NET left alive in the Figures folder (docs/testing.md).
/// </summary>
public class FigureReconcilerMutationTests
{
    private static readonly (DisputedFigure Figure, ReconciliationContext Context) Sample = Single(Measure.Killed, Defenders, ("agency", Quantity.Exactly(3)));

    [Fact]
    public void EveryEntryPoint_RefusesEachNullArgumentByName()
    {
        var (f, c) = Sample;
        var p = ReconciliationPolicy.BestEstimate;
        var day = TemporalExtent.OnDay(2025, 6, 3);

        FluentActions.Invoking(() => FigureReconciler.Reconcile(null!, c, p)).Should().Throw<ArgumentNullException>().WithParameterName("figure");
        FluentActions.Invoking(() => FigureReconciler.Reconcile(f, null!, p)).Should().Throw<ArgumentNullException>().WithParameterName("context");
        FluentActions.Invoking(() => FigureReconciler.Reconcile(f, c, null!)).Should().Throw<ArgumentNullException>().WithParameterName("policy");
        FluentActions.Invoking(() => FigureReconciler.ReconcileRange(null!, c, p)).Should().Throw<ArgumentNullException>().WithParameterName("figure");
        FluentActions.Invoking(() => FigureReconciler.ReconcileRange(f, null!, p)).Should().Throw<ArgumentNullException>().WithParameterName("context");
        FluentActions.Invoking(() => FigureReconciler.ReconcileRange(f, c, null!)).Should().Throw<ArgumentNullException>().WithParameterName("policy");
        FluentActions.Invoking(() => FigureReconciler.ReconcileAsOf(null!, c, p, day)).Should().Throw<ArgumentNullException>().WithParameterName("figure");
        FluentActions.Invoking(() => FigureReconciler.ReconcileAsOf(f, null!, p, day)).Should().Throw<ArgumentNullException>().WithParameterName("context");
        FluentActions.Invoking(() => FigureReconciler.ReconcileAsOf(f, c, null!, day)).Should().Throw<ArgumentNullException>().WithParameterName("policy");
        FluentActions.Invoking(() => FigureReconciler.ReconcileAsOf(f, c, p, null!)).Should().Throw<ArgumentNullException>().WithParameterName("asOf");
        FluentActions.Invoking(() => FigureReconciler.Evolution(null!, c, p)).Should().Throw<ArgumentNullException>().WithParameterName("figure");
        FluentActions.Invoking(() => FigureReconciler.Evolution(f, null!, p)).Should().Throw<ArgumentNullException>().WithParameterName("context");
        FluentActions.Invoking(() => FigureReconciler.Evolution(f, c, null!)).Should().Throw<ArgumentNullException>().WithParameterName("policy");
        FluentActions.Invoking(() => FigureReconciler.ReconcileAll(null!, p)).Should().Throw<ArgumentNullException>().WithParameterName("context");
        FluentActions.Invoking(() => FigureReconciler.ReconcileAll(c, null!)).Should().Throw<ArgumentNullException>().WithParameterName("policy");
    }

    [Fact]
    public void ReconcileAsOf_ATimeWithoutADefinedPrecision_IsRefusedSayingWhy()
    {
        var (f, c) = Sample;
        var odd = TemporalExtent.OnDay(2025, 6, 3) with { Precision = (TemporalPrecision)99 };

        FluentActions.Invoking(() => FigureReconciler.ReconcileAsOf(f, c, ReconciliationPolicy.BestEstimate, odd))
            .Should().Throw<ArgumentException>().WithParameterName("asOf")
            .Which.Message.Should().Contain("cannot be compared with reporting times: its precision must be defined");
    }

    [Fact]
    public void ReconcileAsOf_ADayInAZoneEndsAtMidnightThere()
    {
        // 3 June in Tokyo ends at 15:00 UTC, before the end of the agency's report of 3 June (read as UTC).
        var toll = RevisionFixture.Toll;
        var context = RevisionFixture.Context(toll);

        var inTokyo = FigureReconciler.ReconcileAsOf(toll, context, ReconciliationPolicy.FullRange, TemporalExtent.OnDay(2025, 6, 3).InZone("Asia/Tokyo"));
        var inUtc = FigureReconciler.ReconcileAsOf(toll, context, ReconciliationPolicy.FullRange, TemporalExtent.OnDay(2025, 6, 3));

        inTokyo.Contributions.Should().Contain(s => s.StatementId.Value == "agency-day2" && s.Role == ContributionRole.NotYetReported);
        inUtc.Contributions.Should().NotContain(s => s.StatementId.Value == "agency-day2" && s.Role == ContributionRole.NotYetReported);
        inTokyo.ToRangeText().Should().Be("40+");
        inUtc.ToRangeText().Should().Be("40–52+");
    }

    [Fact]
    public void Evolution_OneStepPerReportingTime_OfTheStatementsBearingOnTheFigure()
    {
        var toll = RevisionFixture.Toll;
        // A correction that gives no number but supersedes the security service's count, and a statement on
        // something else: the first is a step of the figure's evolution, the second is not.
        var statements = RevisionFixture.News
            .Append(RevisionFixture.Statement("correction", "agency", TemporalExtent.OnDay(2025, 6, 5), "security-first"))
            .Append(RevisionFixture.Statement("unrelated", "agency", TemporalExtent.OnDay(2025, 6, 6)))
            .ToArray();
        var context = RevisionFixture.Context(toll, statements);

        var steps = FigureReconciler.Evolution(toll, context, ReconciliationPolicy.FullRange);

        steps.Select(s => string.Join(",", s.StatementIds.Select(id => id.Value))).Should().Equal(
            "security-first", "agency-day2", "agency-day3,hospital,rumour", "correction", "investigators-final");
        foreach (var step in steps)
        {
            step.Result.Should().Be(FigureReconciler.ReconcileAsOf(toll, context, ReconciliationPolicy.FullRange, step.ReportedAt));
        }

        steps[^1].Result.Low.Should().Be(60);
        steps[^2].Result.Contributions.Should().Contain(s => s.StatementId.Value == "security-first" && s.Role == ContributionRole.Superseded && s.SupersededBy!.Value.Value == "correction");
    }

    [Fact]
    public void AboutTheLargestCount_WidensToLongMaxValueWithoutOverflowing()
    {
        var policy = ReconciliationPolicy.FullRange.ToBuilder("tolerant").Tolerance(0.1).Build();
        var (figure, context) = Single(Measure.Killed, Defenders, ("agency", Quantity.About(long.MaxValue)));

        var r = FigureReconciler.Reconcile(figure, context, policy);

        r.High.Should().Be(long.MaxValue);
        r.Low.Should().BeLessThan(long.MaxValue).And.BePositive();
    }

    [Theory]
    [InlineData(45, 40, 50)]
    [InlineData(41, 36, 46)]
    [InlineData(10, 9, 11)]
    public void About_IsWidenedOutwards_TheLowDownAndTheHighUp(long value, long low, long high)
    {
        var policy = ReconciliationPolicy.FullRange.ToBuilder("tolerant").Tolerance(0.1).Build();
        var (figure, context) = Single(Measure.Killed, Defenders, ("agency", Quantity.About(value)));

        var r = FigureReconciler.Reconcile(figure, context, policy);

        (r.Low, r.High).Should().Be((low, high));
    }

    [Fact]
    public void Policy_RefusesAnUndefinedGradeAndAToleranceOutsideZeroToOne_SayingWhy()
    {
        FluentActions.Invoking(() => ReconciliationPolicy.FullRange with { MinimumCredibility = (Credibility)99 })
            .Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().StartWith("The minimum credibility must be a defined Credibility value.");
        FluentActions.Invoking(() => ReconciliationPolicy.FullRange with { ApproximateTolerance = 1.5 })
            .Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().StartWith("The tolerance must be a fraction between 0 and 1.");
    }

    [Fact]
    public void ToBuilder_KeepsTheNameUnlessGivenAnother()
    {
        ReconciliationPolicy.Conservative.ToBuilder().Build().Name.Should().Be("conservative");
        ReconciliationPolicy.Conservative.ToBuilder("mine").Build().Name.Should().Be("mine");
    }

    [Fact]
    public void TermTable_ListsItsTermsInOrdinalOrder_AndAnUnknownTermNamesThem()
    {
        var terms = QualitativeTermTable.Default.Terms.ToList();

        terms.Should().BeInAscendingOrder(StringComparer.Ordinal);
        FluentActions.Invoking(() => Quantity.Qualitative("umpteen")).Should().Throw<ArgumentException>()
            .Which.Message.Should().Contain("Known terms: " + string.Join(", ", terms) + ".");
    }

    [Fact]
    public void Explain_GivesTheRangeTheBestThePolicyAndEachStep()
    {
        var (figure, context) = Single(Measure.Killed, Defenders, ("agency", Quantity.Exactly(30)), ("analyst", Quantity.AtLeast(45)));

        var text = FigureReconciler.Reconcile(figure, context, ReconciliationPolicy.BestEstimate).Explain();

        text.Split(Environment.NewLine)[0].Should().Be("30–45+, best 30 (best estimate)");
        text.Split(Environment.NewLine).Skip(1).Should().OnlyContain(l => l.StartsWith("  ", StringComparison.Ordinal)).And.HaveCount(3);
    }

    [Fact]
    public void FigureIds_CompareOrdinally()
    {
        var (a, same, b) = (new FigureId("a"), new FigureId("a"), new FigureId("b"));

        (a < b).Should().BeTrue();
        (b < a).Should().BeFalse();
        (a < same).Should().BeFalse();
        (b > a).Should().BeTrue();
        (a > b).Should().BeFalse();
        (a > same).Should().BeFalse();
        (a <= same).Should().BeTrue();
        (b <= a).Should().BeFalse();
        (a <= b).Should().BeTrue();
        (a >= same).Should().BeTrue();
        (a >= b).Should().BeFalse();
        (b >= a).Should().BeTrue();
        default(FigureId).ToString().Should().BeEmpty();
    }
}
