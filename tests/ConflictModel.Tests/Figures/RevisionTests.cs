using System.Linq;
using ConflictModel.Figures;
using ConflictModel.Sources;
using ConflictModel.Time;
using static ConflictModel.Tests.Figures.RevisionFixture;

namespace ConflictModel.Tests.Figures;

/// <summary>Tolls that change: explicit and implicit revisions, the full history, "as of" and the evolution of a figure.</summary>
public class RevisionTests
{
    private static readonly StatementId Final = new("investigators-final");

    [Fact]
    public void AtLeast40ThenFinal145_EveryPolicyGives145_AndTheFullRangeSaysWhere40Went()
    {
        var figure = Figure(("security-first", Quantity.AtLeast(40), "at least 40"), ("investigators-final", Quantity.Exactly(145), "145"));
        var context = Context(figure);

        foreach (var policy in ReconciliationPolicy.BuiltIn)
        {
            var r = FigureReconciler.Reconcile(figure, context, policy);
            r.ToRangeText().Should().Be("145", policy.Name);
            (r.Best ?? 145).Should().Be(145, policy.Name);
        }

        var full = FigureReconciler.Reconcile(figure, context, ReconciliationPolicy.FullRange);
        var superseded = full.Contributions.Should().ContainSingle(c => c.Role == ContributionRole.Superseded).Which;
        superseded.EstimateIndex.Should().Be(0);
        superseded.SupersededBy.Should().Be(Final);
        superseded.Reason.Should().Be("superseded by 'investigators-final' (Investigators, reported 2025-06-07): Security service, ≥40 (\"at least 40\")");
    }

    [Fact]
    public void KeepSuperseded_KeepsTheFullHistory_AndStillMarksTheSupersededEstimate()
    {
        var figure = Figure(("security-first", Quantity.AtLeast(40), "at least 40"), ("investigators-final", Quantity.Exactly(145), "145"));
        var history = ReconciliationPolicy.FullRange with { KeepSuperseded = true };

        var r = FigureReconciler.Reconcile(figure, Context(figure), history);

        r.ToRangeText().Should().Be("40–145");
        var low = r.Contributions.Should().ContainSingle(c => c.Role == ContributionRole.SetsLow).Which;
        low.SupersededBy.Should().Be(Final);
        low.Value.Should().Be(40);
    }

    [Fact]
    public void SameSourceReportingLater_SupersedesItsEarlierEstimate()
    {
        var figure = Figure(("agency-day2", Quantity.AtLeast(52), "at least 52"), ("agency-day3", Quantity.AtLeast(60), "at least 60"), ("hospital", Quantity.About(100), "about 100"));

        var r = FigureReconciler.Reconcile(figure, Context(figure), ReconciliationPolicy.FullRange);

        r.ToRangeText().Should().Be("60–100");
        r.Contributions.Should().ContainSingle(c => c.Role == ContributionRole.Superseded).Which.Should().Match<EstimateContribution>(c =>
            c.EstimateIndex == 0 && c.SupersededBy == new StatementId("agency-day3")
            && c.Reason == "superseded by 'agency-day3' (Agency, reported 2025-06-04): Agency, ≥52 (\"at least 52\")");
    }

    [Fact]
    public void SameSourceOnTheSameDay_OrAnotherSource_OrAnUndatedStatement_DoesNotSupersede()
    {
        SourcedStatement[] statements =
        [
            Statement("agency-a", "agency", TemporalExtent.OnDay(2025, 6, 3)),
            Statement("agency-b", "agency", TemporalExtent.AtHour(new NodaTime.LocalDate(2025, 6, 3), 18)),
            Statement("hospital", "hospital", TemporalExtent.OnDay(2025, 6, 9)),
            Statement("agency-undated", "agency", null),
        ];
        var figure = Figure(("agency-a", Quantity.AtLeast(10), "a"), ("agency-b", Quantity.AtLeast(12), "b"), ("hospital", Quantity.Exactly(30), "c"), ("agency-undated", Quantity.Exactly(11), "d"));

        var r = FigureReconciler.Reconcile(figure, Context(figure, statements), ReconciliationPolicy.FullRange);

        r.ToRangeText().Should().Be("10–30");
        r.Contributions.Should().NotContain(c => c.Role == ContributionRole.Superseded || c.SupersededBy != null);
    }

    [Fact]
    public void ExplicitSupersession_ReplacesTheWholeStatement_InEveryFigure()
    {
        var killed = Figure(("security-first", Quantity.AtLeast(40), "at least 40"), ("agency-day2", Quantity.AtLeast(52), "52"));
        var wounded = killed with { Id = new FigureId("wounded"), Measure = Measure.Wounded };
        var document = Document(News, killed, wounded);
        var context = ReconciliationContext.For(document, document.Engagements[0]);

        FigureReconciler.Reconcile(wounded, context, ReconciliationPolicy.FullRange).ToRangeText().Should().Be("52+",
            "the investigators' final statement supersedes the security service's first one as a whole, though it gives no number of wounded");
    }

    [Fact]
    public void AsOf_UsesOnlyStatementsReportedByTheEndOfThatTime()
    {
        var figure = Toll;
        var context = Context(figure);

        FigureReconciler.ReconcileAsOf(figure, context, ReconciliationPolicy.FullRange, TemporalExtent.OnDay(2025, 6, 2)).ToRangeText().Should().Be("40+");
        FigureReconciler.ReconcileAsOf(figure, context, ReconciliationPolicy.FullRange, TemporalExtent.AtHour(new NodaTime.LocalDate(2025, 6, 2), 19)).ToRangeText().Should().Be("unknown");
        var june6 = FigureReconciler.ReconcileAsOf(figure, context, ReconciliationPolicy.FullRange, TemporalExtent.OnDay(2025, 6, 6));
        june6.ToRangeText().Should().Be("40–100");
        june6.AsOf.Should().Be(TemporalExtent.OnDay(2025, 6, 6));
        june6.Contributions.Should().ContainSingle(c => c.Role == ContributionRole.NotYetReported).Which.Reason
            .Should().Be("not yet reported as of 2025-06-06: Investigators, 145 (\"145\"), reported 2025-06-07");
        june6.Explain().Should().StartWith("40–100 (full range, as of 2025-06-06)");
        FigureReconciler.ReconcileAsOf(figure, context, ReconciliationPolicy.FullRange, TemporalExtent.OnDay(2025, 6, 7)).Should()
            .Be(FigureReconciler.Reconcile(figure, context, ReconciliationPolicy.FullRange) with { AsOf = TemporalExtent.OnDay(2025, 6, 7) });
    }

    [Fact]
    public void AsOf_AnUndatedStatementIsNotKnownToBeReported()
    {
        SourcedStatement[] statements = [Statement("agency-undated", "agency", null)];
        var figure = Figure(("agency-undated", Quantity.Exactly(11), "eleven"));

        var r = FigureReconciler.ReconcileAsOf(figure, Context(figure, statements), ReconciliationPolicy.FullRange, TemporalExtent.InYear(2030));

        r.ToRangeText().Should().Be("unknown");
        r.Contributions.Should().ContainSingle().Which.Should().Match<EstimateContribution>(c => c.Role == ContributionRole.NotYetReported
            && c.Reason == "not known to be reported as of 2030: Agency, 11 (\"eleven\"), whose reporting time is unknown");
    }

    [Fact]
    public void AsOf_AnUncomparableTime_IsRejected()
    {
        var figure = Toll;
        var act = () => FigureReconciler.ReconcileAsOf(figure, Context(figure), ReconciliationPolicy.FullRange, TemporalExtent.OnDay(2025, 6, 2) with { Precision = 0 });

        act.Should().Throw<System.ArgumentException>().WithParameterName("asOf");
    }

    [Fact]
    public void Evolution_ListsTheRangeAfterEachReportingTime()
    {
        var figure = Toll;

        var steps = FigureReconciler.Evolution(figure, Context(figure), ReconciliationPolicy.FullRange);

        steps.Select(s => (s.ReportedAt.ToString(), string.Join(",", s.StatementIds), s.Result.ToRangeText())).Should().Equal(
            ("2025-06-02T20", "security-first", "40+"),
            ("2025-06-03", "agency-day2", "40–52+"),
            ("2025-06-04", "agency-day3,hospital,rumour", "40–100"),
            ("2025-06-07", "investigators-final", "60–145"));
        steps[^1].Result.Contributions.Where(c => c.Role == ContributionRole.Superseded).Select(c => c.StatementId.Value)
            .Should().Equal("security-first", "agency-day2");
    }

    [Fact]
    public void Evolution_OfAFigureWithoutDatedStatements_IsEmpty()
    {
        SourcedStatement[] statements = [Statement("agency-undated", "agency", null)];
        var figure = Figure(("agency-undated", Quantity.Exactly(11), "eleven"));

        FigureReconciler.Evolution(figure, Context(figure, statements), ReconciliationPolicy.FullRange).Should().BeEmpty();
    }
}
