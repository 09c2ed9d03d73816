using System;
using System.Linq;
using ConflictModel.Analysis;
using ConflictModel.Charts.Series;
using ConflictModel.Figures;
using ConflictModel.Time;

namespace ConflictModel.Charts.Tests.Series;

public sealed class TollSeriesChartTests
{
    private static readonly AggregationOptions ByMonth = new() { Measure = Measure.Killed, Policy = ReconciliationPolicy.FullRange, Keys = [GroupKey.Month] };

    [Fact]
    public void Render_ByMonth_EveryMonthAtItsValuesAndTheGapAtZero()
    {
        var aggregation = EngagementAggregator.Aggregate(Months(), ByMonth);
        var chart = TollSeriesChart.Render(aggregation);
        var root = SvgReader.Parse(chart);
        var value = SvgReader.VerticalAxis(root);
        var periods = root.WithClass("period").ToList();

        periods.Select(p => (string?)p.Attribute("data-period")).Should().Equal("2025-01", "2025-02", "2025-03");
        foreach (var period in periods)
        {
            var key = (string)period.Attribute("data-period")!;
            var row = aggregation.Rows.SingleOrDefault(r => r.Keys[0] == key);
            var (low, best, high) = row is null ? (0L, 0L, 0L) : (row.Low, row.Best, row.High);
            value(SvgReader.Number(period.WithClass("best").Single(), "cy")).Should().BeApproximately(best, 0.05, key);
            var range = period.WithClass("period-range").Single();
            value(SvgReader.Number(range, "y1")).Should().BeApproximately(low, 0.05, key);
            value(SvgReader.Number(range, "y2")).Should().BeApproximately(high, 0.05, key);
            period.WithClass("open-high").Any().Should().Be(row?.HighOpen == true, key);
        }

        ((string?)periods[1].Attribute("class")).Should().Be("period empty");
        periods[2].WithClass("open-high").Should().ContainSingle("March has an 'at least' without an upper limit");
        root.WithClass("series-best").Should().ContainSingle();
        root.WithClass("series-band").Should().ContainSingle();
    }

    [Fact]
    public void Render_EngagementsNoMonthPlaces_AreANoteNotASilentLoss()
    {
        var chart = TollSeriesChart.Render(EngagementAggregator.Aggregate(Months(), ByMonth));

        chart.Notes.Should().Equal("1 engagement(s) could not be placed in a month and are not on the line (low 100, best 100, high 100 killed)");
        SvgReader.Parse(chart).WithClass("note").Single().Value.Should().Be("Note: " + chart.Notes[0]);
    }

    [Fact]
    public void Render_ByWeek_FillsTheWeeksBetween()
    {
        var chart = TollSeriesChart.Render(EngagementAggregator.Aggregate(Months(), ByMonth with { Keys = [GroupKey.Week] }));

        var periods = SvgReader.Parse(chart).WithClass("period").Select(p => (string?)p.Attribute("data-period")).ToList();
        periods.First().Should().Be("2025-W03");
        periods.Last().Should().Be("2025-W11");
        periods.Should().HaveCount(9);
    }

    [Fact]
    public void Render_NotByOnePeriod_Throws()
    {
        var result = EngagementAggregator.Aggregate(Months(), ByMonth with { Keys = [GroupKey.Country] });

        FluentActions.Invoking(() => TollSeriesChart.Render(result)).Should().Throw<ArgumentException>()
            .WithMessage("A toll over time needs an aggregation by exactly one period (day, week, month or year); this one is by Country.*");
    }

    [Fact]
    public void Render_MoreThan20000Periods_ThrowsNamingALongerPeriod()
    {
        Engagements.Engagement On(string id, int year) => Documents.Engagement(id, TemporalExtent.OnDay(year, 1, 1), [Documents.Statement("s-" + id, "agency")], [Documents.Killed("k-" + id, Estimate.Of(new("s-" + id), Quantity.Exactly(1)))]);
        var document = Documents.Document([Documents.Source("agency", "Agency")], On("old", 1960), On("new", 2025));
        var result = EngagementAggregator.Aggregate(document, ByMonth with { Keys = [GroupKey.Day] });

        FluentActions.Invoking(() => TollSeriesChart.Render(result)).Should().Throw<ArgumentException>()
            .WithMessage("The aggregation spans more than 20000 days (1960-01-01 to 2025-01-01); aggregate by a longer period.*");
        TollSeriesChart.Render(EngagementAggregator.Aggregate(document, ByMonth with { Keys = [GroupKey.Year] })).Notes.Should().BeEmpty();
    }

    private static DatasetDocument Months()
    {
        var sources = new[] { Documents.Source("agency", "Agency") };
        Engagements.Engagement One(string id, TemporalExtent time, Quantity quantity) => Documents.Engagement(
            id,
            time,
            [Documents.Statement("s-" + id, "agency")],
            [Documents.Killed("k-" + id, Estimate.Of(new("s-" + id), quantity))]);
        return Documents.Document(
            sources,
            One("jan", TemporalExtent.OnDay(2025, 1, 15), Quantity.Between(8, 12)),
            One("mar-a", TemporalExtent.OnDay(2025, 3, 3), Quantity.Exactly(5)),
            One("mar-b", TemporalExtent.OnDay(2025, 3, 10), Quantity.AtLeast(7)),
            One("year", TemporalExtent.InYear(2025), Quantity.Exactly(100)));
    }
}
