using System;
using System.Linq;
using ConflictModel.Charts.Series;
using ConflictModel.Figures;

namespace ConflictModel.Charts.Tests.Series;

public sealed class FigureEvolutionChartTests
{
    [Fact]
    public void Render_EachReportingTime_IsAColumnSpanningItsRange()
    {
        var document = Documents.EveryForm();
        var engagement = document.Engagements[0];
        var steps = FigureReconciler.Evolution(engagement.Figures[0], ReconciliationContext.For(document, engagement), ReconciliationPolicy.FullRange);
        var chart = FigureEvolutionChart.Render(document, engagement.Id, new("killed"));
        var root = SvgReader.Parse(chart);
        var value = SvgReader.VerticalAxis(root);
        var columns = root.WithClass("step").ToList();

        columns.Select(c => (string?)c.Attribute("data-as-of")).Should().Equal(steps.Select(s => s.ReportedAt.ToString()));
        columns.Should().HaveCount(3);
        for (var i = 0; i < steps.Count; i++)
        {
            var r = steps[i].Result;
            var rect = columns[i].WithClass("step-range").Single();
            value(SvgReader.Number(rect, "y")).Should().BeApproximately(r.High!.Value, 0.05);
            value(SvgReader.Number(rect, "y") + SvgReader.Number(rect, "height")).Should().BeApproximately(r.Low!.Value, 0.05);
            columns[i].WithClass("range-text").Single().Value.Should().Be(r.ToRangeText());
            columns[i].WithClass("open-high").Any().Should().Be(r.IsOpenEnded);
        }

        chart.Notes.Should().BeEmpty("every statement is dated");
    }

    [Fact]
    public void Render_UndatedStatements_AreTheLastColumnWithANote()
    {
        var chart = FigureEvolutionChart.Render(TestFiles.Timbuktu(), new("timbuktu-2025-06-02"), new("timbuktu-mali-killed"));
        var columns = SvgReader.Parse(chart).WithClass("step").ToList();

        ((string?)columns[^1].Attribute("data-as-of")).Should().Be("all statements");
        ((string?)columns[^1].Attribute("data-range")).Should().Be("30–60+");
        chart.Notes.Should().ContainSingle().Which.Should().StartWith("1 statement(s) with an estimate of the figure have no reporting time");
    }

    [Fact]
    public void Render_UnknownFigure_ThrowsListingTheFigures()
    {
        var act = () => FigureEvolutionChart.Render(Documents.EveryForm(), new("every-form"), new("nope"));

        act.Should().Throw<ArgumentException>().WithParameterName("figureId")
            .WithMessage("The engagement 'every-form' has no figure with the id 'nope'; its figures are: killed, wounded-words, missing-none.*");
    }

    [Fact]
    public void Render_FigureWithoutEstimates_SaysSo()
    {
        var chart = FigureEvolutionChart.Render(Documents.EveryForm(), new("every-form"), new("missing-none"));

        SvgReader.Parse(chart).WithClass("step").Should().BeEmpty();
        chart.Notes.Should().Equal("the figure has no estimate, so there is nothing to show over time");
    }
}
