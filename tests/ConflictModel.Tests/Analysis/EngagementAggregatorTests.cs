using System;
using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Analysis;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Sources;
using ConflictModel.Testing;
using ConflictModel.Time;
using CsCheck;
using Timbuktu2025;

using static ConflictModel.Tests.Analysis.AnalysisDocuments;

namespace ConflictModel.Tests.Analysis;

public class EngagementAggregatorTests
{
    private static readonly DatasetDocument Timbuktu = TimbuktuAttack.Build();

    private static AggregationOptions Killed(ReconciliationPolicy policy, params GroupKey[] keys) =>
        new() { Measure = Measure.Killed, Policy = policy, Keys = keys };

    [Fact]
    public void Timbuktu_ByMonth_SumsTheSidesFiguresAndKeepsTheOpenHigh()
    {
        var result = EngagementAggregator.Aggregate(Timbuktu, Killed(ReconciliationPolicy.FullRange, GroupKey.Month, GroupKey.Country));

        result.Rows.Select(r => (string.Join(",", r.Keys), r.Engagements, r.WithoutFigure, r.Low, r.Best, r.High, r.HighOpen)).Should().Equal(
            ("2025-05,BF", 1, 1, 0L, 0L, 0L, false),
            ("2025-05,ML", 1, 0, 40L, 40L, 40L, false),
            ("2025-06,ML", 2, 1, 36L, 36L, 74L, true));
        result.Total.Engagements.Should().Be(4);
        result.NotAssignable.Should().Be(0);
    }

    [Fact]
    public void Timbuktu_SumsEqualTheReconciledFiguresOfEachSide()
    {
        var attack = Timbuktu.Engagements.Single(e => e.Id == TimbuktuAttack.AttackId);
        var context = ReconciliationContext.For(Timbuktu, attack);
        var sides = attack.Figures.Where(f => f.Measure == Measure.Killed).Select(f => FigureReconciler.Reconcile(f, context, ReconciliationPolicy.FullRange)).ToList();

        var row = EngagementAggregator.Aggregate(Timbuktu with { Engagements = [attack] }, Killed(ReconciliationPolicy.FullRange)).Total;

        sides.Select(s => s.ToRangeText()).Should().Equal("30–60+", "6–14");
        (row.Low, row.High, row.HighOpen).Should().Be((sides.Sum(s => s.Low!.Value), sides.Sum(s => s.High!.Value), true));
        row.Disputed.Should().Be(1, "the sources disagree on both figures of one engagement");
    }

    [Fact]
    public void CoarseTime_IsNotAssignableToAFinerPeriod_ButCountedInTheTotal()
    {
        var engagement = Engagement("e-2025", TemporalExtent.InYear(2025), Figure("k", Measure.Killed, FigureSubject.All, Quantity.Exactly(5)));
        var document = Document(engagement, Engagement("e-june", TemporalExtent.OnDay(2025, 6, 2), Figure("k2", Measure.Killed, FigureSubject.All, Quantity.Exactly(3))));

        var byMonth = EngagementAggregator.Aggregate(document, Killed(ReconciliationPolicy.BestEstimate, GroupKey.Month));
        var byYear = EngagementAggregator.Aggregate(document, Killed(ReconciliationPolicy.BestEstimate, GroupKey.Year));

        byMonth.Rows.Select(r => (r.Keys[0], r.NotAssignable, r.Best)).Should().Equal(("2025-06", false, 3L), (null, true, 5L));
        byMonth.NotAssignable.Should().Be(1);
        byMonth.Total.Best.Should().Be(8);
        byYear.Rows.Select(r => (r.Keys[0], r.Best)).Should().Equal(("2025", 8L));
    }

    [Fact]
    public void Time_SpanningTwoMonths_IsNotAssignable()
    {
        var span = TemporalExtent.Between(new NodaTime.LocalDate(2025, 5, 30), new NodaTime.LocalDate(2025, 6, 1));
        var document = Document(Engagement("e", span, Figure("k", Measure.Killed, FigureSubject.All, Quantity.Exactly(5))));

        EngagementAggregator.Aggregate(document, Killed(ReconciliationPolicy.BestEstimate, GroupKey.Month)).Rows.Single().Keys[0].Should().BeNull();
        EngagementAggregator.Aggregate(document, Killed(ReconciliationPolicy.BestEstimate, GroupKey.Year)).Rows.Single().Keys[0].Should().Be("2025");
        EngagementAggregator.Aggregate(document, Killed(ReconciliationPolicy.BestEstimate, GroupKey.Week)).Rows.Single().Keys[0].Should().Be("2025-W22");
    }

    [Fact]
    public void PartOfAWhole_IsNeverAdded_AndTheWholeEngagementFigureWins()
    {
        var civilians = Figure("civilians", Measure.Killed, FigureSubject.Civilians, Quantity.AtLeast(12));
        var children = Figure("children", Measure.Killed, FigureSubject.Civilians, Quantity.Exactly(4)) with { PartOf = civilians.Id };
        var soldiers = Figure("soldiers", Measure.Killed, FigureSubject.Unknown, Quantity.Exactly(7));
        var parts = Document(Engagement("e", TemporalExtent.OnDay(2025, 6, 2), civilians, children, soldiers));
        var whole = Document(Engagement("e", TemporalExtent.OnDay(2025, 6, 2), civilians, soldiers, Figure("all", Measure.Killed, FigureSubject.All, Quantity.Between(15, 25))));

        var partsRow = EngagementAggregator.Aggregate(parts, Killed(ReconciliationPolicy.FullRange)).Total;
        var wholeRow = EngagementAggregator.Aggregate(whole, Killed(ReconciliationPolicy.FullRange)).Total;

        (partsRow.Low, partsRow.High, partsRow.HighOpen).Should().Be((19L, 19L, true), "12+ civilians (4 children among them) and 7 others");
        (wholeRow.Low, wholeRow.High, wholeRow.HighOpen).Should().Be((15L, 25L, false));
    }

    [Fact]
    public void QualitativeOnly_AndWithoutFigure_AreCounted()
    {
        var document = Document(
            Engagement("words", TemporalExtent.OnDay(2025, 6, 2), Figure("k", Measure.Killed, FigureSubject.All, Quantity.Qualitative("dozens"))),
            Engagement("none", TemporalExtent.OnDay(2025, 6, 2)));

        var row = EngagementAggregator.Aggregate(document, Killed(ReconciliationPolicy.FullRange)).Total;

        (row.Engagements, row.QualitativeOnly, row.WithoutFigure).Should().Be((2, 1, 1));
        row.Low.Should().Be(Quantity.Qualitative("dozens").Low);
    }

    [Theory]
    [InlineData(new[] { GroupKey.Month, GroupKey.Year }, "The keys name 2 periods (Month, Year); group by one period at a time. (Parameter 'Keys')")]
    [InlineData(new[] { GroupKey.Country, GroupKey.Country }, "The key Country is given twice; give each key once. (Parameter 'Keys')")]
    [InlineData(new[] { (GroupKey)42 }, "42 is not a group key; the keys are Day, Week, Month, Year, Country, FirstLevelDivision, EngagementType, Initiator, InitiatorKind, SideRole. (Parameter 'Keys')")]
    public void Options_ThatAreNoGrouping_AreRefusedWithTheReason(GroupKey[] keys, string message)
    {
        var act = () => new EngagementAggregator(Killed(ReconciliationPolicy.BestEstimate, keys));

        act.Should().Throw<ArgumentException>().WithMessage(message);
    }

    [Fact]
    public void AnyDocument_RowsAddUpToTheTotal_AndEachEngagementIsInOneRow()
    {
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[1, 12], Gen.Int[0, 2]).Sample((seed, engagements, p) =>
        {
            var document = DocumentGenerator.Generate(seed, engagements);
            var policy = ReconciliationPolicy.BuiltIn[p];
            var result = EngagementAggregator.Aggregate(document, Killed(policy, GroupKey.Month, GroupKey.Country, GroupKey.EngagementType));

            result.Rows.Sum(r => r.Engagements).Should().Be(document.Engagements.Count);
            result.Total.Engagements.Should().Be(document.Engagements.Count);
            (result.Rows.Sum(r => r.Low), result.Rows.Sum(r => r.Best), result.Rows.Sum(r => r.High))
                .Should().Be((result.Total.Low, result.Total.Best, result.Total.High));
            result.Rows.Any(r => r.HighOpen).Should().Be(result.Total.HighOpen);
            result.Rows.Should().AllSatisfy(r => r.Low.Should().BeLessThanOrEqualTo(r.Best).And.BeLessThanOrEqualTo(r.High));
            foreach (var engagement in document.Engagements)
            {
                var alone = EngagementAggregator.Aggregate(document with { Engagements = [engagement] }, result.Options).Rows.Single();
                result.Rows.Should().ContainSingle(r => r.Keys == alone.Keys);
            }
        }, iter: 200);
    }

    [Fact]
    public void Initiator_IsTheAttackingSidesActors_OrTheFirstSides_AndItsKindsNeedTheActors()
    {
        var attacker = new Side { Id = new("a"), Role = SideRole.Attacker, ActorIds = [new("jnim")] };
        var first = new Side { Id = new("b1"), Role = SideRole.Belligerent, ActorIds = [new("wagner"), new("fama")] };
        var second = new Side { Id = new("b2"), Role = SideRole.Belligerent, ActorIds = [new("jnim")] };
        var document = Document(
            Engagement("attack", TemporalExtent.OnDay(2025, 6, 2)) with { Sides = [first, attacker] },
            Engagement("battle", TemporalExtent.OnDay(2025, 6, 2)) with { Sides = [first, second] },
            Engagement("no-sides", TemporalExtent.OnDay(2025, 6, 2)),
            Engagement("stranger", TemporalExtent.OnDay(2025, 6, 2)) with { Sides = [new Side { Id = new("s"), Role = SideRole.Attacker, ActorIds = [new("nobody")] }] }) with
        {
            Actors =
            [
                new() { Id = new("jnim"), Name = "JNIM", Kind = ActorKind.NonStateArmedGroup },
                new() { Id = new("fama"), Name = "FAMa", Kind = ActorKind.StateForces },
                new() { Id = new("wagner"), Name = "Wagner", Kind = ActorKind.PrivateMilitaryCompany },
            ],
        };

        var byInitiator = EngagementAggregator.Aggregate(document, Killed(ReconciliationPolicy.FullRange, GroupKey.Initiator));
        var byKind = EngagementAggregator.Aggregate(document, Killed(ReconciliationPolicy.FullRange, GroupKey.InitiatorKind));

        byInitiator.Rows.Select(r => (r.Keys[0], r.Engagements)).Should().Equal(("fama+wagner", 1), ("jnim", 1), ("nobody", 1), (null, 1));
        byKind.Rows.Select(r => (r.Keys[0], r.Engagements)).Should().Equal(("nonStateArmedGroup", 1), ("privateMilitaryCompany+stateForces", 1), (null, 2));
        byKind.NotAssignable.Should().Be(2, "an engagement without sides, and one whose actor the document lacks");
        EngagementAggregator.Aggregate(Timbuktu, Killed(ReconciliationPolicy.FullRange, GroupKey.Initiator)).Rows.Should().ContainSingle().Which.Keys.Should().Equal("jnim");
    }

    [Fact]
    public void Spread_SharesAYearOutOverItsMonths_ByTheirDays_AddingUpExactly()
    {
        var document = Document(
            Engagement("e-2025", TemporalExtent.InYear(2025), Figure("k", Measure.Killed, FigureSubject.All, Quantity.Between(365, 730))),
            Engagement("e-june", TemporalExtent.OnDay(2025, 6, 2), Figure("k2", Measure.Killed, FigureSubject.All, Quantity.Exactly(3))));
        var options = Killed(ReconciliationPolicy.FullRange, GroupKey.Month) with { CoarseTime = CoarseTimeHandling.Spread };

        var result = EngagementAggregator.Aggregate(document, options);

        result.Rows.Select(r => r.Keys[0]).Should().Equal(Enumerable.Range(1, 12).Select(m => $"2025-{m:D2}"));
        result.Rows.Select(r => r.Low).Should().Equal(31L, 28, 31, 30, 31, 33, 31, 31, 30, 31, 30, 31);
        result.Rows.Select(r => r.High).Should().Equal(62L, 56, 62, 60, 62, 63, 62, 62, 60, 62, 60, 62);
        result.Rows.Select(r => r.Spread).Should().Equal(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        result.Rows.Single(r => r.Keys[0] == "2025-06").Engagements.Should().Be(2, "the June engagement and June's share of the year");
        (result.Total.Engagements, result.Total.Spread, result.Total.Low, result.Total.High, result.NotAssignable).Should().Be((2, 1, 368L, 733L, 0));
    }

    [Fact]
    public void Spread_GivesTheRemainderToTheLargestFractions_AndKeepsAnOpenHighInEveryShare()
    {
        // 30 May to 1 June: two days in May, one in June; 10 killed is 6.67 and 3.33, so May gets 7 and June 3.
        var span = TemporalExtent.Between(new NodaTime.LocalDate(2025, 5, 30), new NodaTime.LocalDate(2025, 6, 1));
        var document = Document(Engagement("e", span, Figure("k", Measure.Killed, FigureSubject.All, Quantity.AtLeast(10))));

        var spread = EngagementAggregator.Aggregate(document, Killed(ReconciliationPolicy.FullRange, GroupKey.Month) with { CoarseTime = CoarseTimeHandling.Spread });
        var byDefault = EngagementAggregator.Aggregate(document, Killed(ReconciliationPolicy.FullRange, GroupKey.Month));

        spread.Rows.Select(r => (r.Keys[0], r.Low, r.High, r.HighOpen, r.NotAssignable)).Should().Equal(("2025-05", 7L, 7L, true, false), ("2025-06", 3L, 3L, true, false));
        byDefault.Rows.Select(r => (r.Keys[0], r.Low, r.Spread)).Should().Equal(((string?)null, 10L, 0));
        EngagementAggregator.Share(5, [1, 1, 1]).Should().Equal(2L, 2, 1);
        EngagementAggregator.Share(long.MaxValue, [1, 2]).Sum(v => (decimal)v).Should().Be(long.MaxValue);
    }

    [Fact]
    public void SideRole_SplitsTheCountByWhoseLosses_AndWhatTheWholeHoldsBeyondThePartsIsNotAssignable()
    {
        var army = new Side { Id = new("army"), Role = SideRole.Defender, ActorIds = [new("fama")] };
        var group = new Side { Id = new("group"), Role = SideRole.Attacker, ActorIds = [new("jnim")] };
        var withParts = Engagement("parts", TemporalExtent.OnDay(2025, 6, 2),
            Figure("a", Measure.Killed, FigureSubject.OfSide(army.Id), Quantity.Exactly(4)),
            Figure("b", Measure.Killed, FigureSubject.OfSide(group.Id), Quantity.Exactly(6)),
            Figure("c", Measure.Killed, FigureSubject.Civilians, Quantity.Exactly(2)),
            Figure("all", Measure.Killed, FigureSubject.All, Quantity.Between(10, 20))) with { Sides = [army, group] };
        var wholeOnly = Engagement("whole", TemporalExtent.OnDay(2025, 6, 3), Figure("all", Measure.Killed, FigureSubject.All, Quantity.Exactly(5)));
        var none = Engagement("none", TemporalExtent.OnDay(2025, 6, 4));

        var result = EngagementAggregator.Aggregate(Document(withParts, wholeOnly, none), Killed(ReconciliationPolicy.FullRange, GroupKey.SideRole));

        result.Rows.Select(r => (r.Keys[0], r.Engagements, r.Low, r.High, r.WithoutFigure)).Should().Equal(
            ("attacker", 1, 6L, 6L, 0),
            ("civilians", 1, 2L, 2L, 0),
            ("defender", 1, 4L, 4L, 0),
            ((string?)null, 3, 5L, 13L, 1));
        (result.Total.Engagements, result.Total.Low, result.Total.High).Should().Be((3, 17L, 25L), "12 in the parts, 0 to 8 more in the whole of 10–20, and 5");
    }

    [Fact]
    public void AnyDocument_SpreadAndSideRole_RowsAddUpToTheTotal()
    {
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[1, 12], Gen.Int[0, 2]).Sample((seed, engagements, p) =>
        {
            var document = DocumentGenerator.Generate(seed, engagements);
            var policy = ReconciliationPolicy.BuiltIn[p];
            var plain = EngagementAggregator.Aggregate(document, Killed(policy, GroupKey.Country));
            var spread = EngagementAggregator.Aggregate(document, Killed(policy, GroupKey.Week, GroupKey.Country) with { CoarseTime = CoarseTimeHandling.Spread });
            var roles = EngagementAggregator.Aggregate(document, Killed(policy, GroupKey.Month, GroupKey.SideRole));

            foreach (var result in new[] { spread, roles })
            {
                result.Total.Engagements.Should().Be(document.Engagements.Count);
                (result.Rows.Sum(r => r.Low), result.Rows.Sum(r => r.Best), result.Rows.Sum(r => r.High))
                    .Should().Be((result.Total.Low, result.Total.Best, result.Total.High), $"seed {seed}");
                result.Rows.Any(r => r.HighOpen).Should().Be(result.Total.HighOpen);
                result.Rows.Sum(r => r.Engagements).Should().BeGreaterThanOrEqualTo(document.Engagements.Count);
            }

            (spread.Total.Low, spread.Total.Best, spread.Total.High, spread.Total.HighOpen).Should().Be((plain.Total.Low, plain.Total.Best, plain.Total.High, plain.Total.HighOpen), "spreading moves counts between periods, never changes them");
            spread.NotAssignable.Should().Be(spread.Rows.Where(r => r.Keys[1] is null).Sum(r => r.Engagements), "only a place can be not assignable when times are spread");
            roles.Total.High.Should().BeGreaterThanOrEqualTo(plain.Total.High, "the parts and what the whole holds beyond them reach at least the whole's high");
            roles.Rows.Should().AllSatisfy(r => r.Low.Should().BeLessThanOrEqualTo(r.Best).And.BeLessThanOrEqualTo(r.High));
        }, iter: 100);
    }
}
