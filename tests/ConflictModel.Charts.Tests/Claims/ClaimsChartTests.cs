using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using ConflictModel.Charts.Claims;
using ConflictModel.Figures;

namespace ConflictModel.Charts.Tests.Claims;

public sealed class ClaimsChartTests
{
    private const string Timbuktu = "timbuktu-2025-06-02";
    private static readonly string[] PolicyNames = ["full range", "conservative", "best estimate"];

    [Theory]
    [InlineData("timbuktu-mali-killed", "30–60+")]
    [InlineData("timbuktu-jnim-killed", "6–14")]
    public void Render_Timbuktu_KilledFiguresReadAsTheInfoboxDoes(string figure, string range)
    {
        var root = SvgReader.Parse(ClaimsChart.Render(TestFiles.Timbuktu(), new(Timbuktu)));
        var panel = Panel(root, figure);

        var band = panel.WithClass("policy-band").Single(b => (string?)b.Attribute("data-policy") == "full range");
        band.WithClass("range-text").Single().Value.Should().Be(range);
        panel.WithClass("figure-title").Single().Value.Should().EndWith("— " + range + " (full range)");
    }

    [Fact]
    public void Render_Timbuktu_HoldsEverySourceLabelAndEveryPolicyBand()
    {
        var document = TestFiles.Timbuktu();
        var index = new DocumentIndex(document);
        var engagement = index.FindEngagement(new(Timbuktu))!;
        var root = SvgReader.Parse(ClaimsChart.Render(document, new(Timbuktu)));
        var legend = root.WithClass("legend-entry").Select(e => e.Value).ToList();

        foreach (var figure in engagement.Figures)
        {
            var panel = Panel(root, figure.Id.ToString());
            panel.WithClass("policy-band").Select(b => (string?)b.Attribute("data-policy")).Should().Equal(PolicyNames);
            foreach (var estimate in figure.Estimates)
            {
                var statement = engagement.Statements.Single(s => s.Id == estimate.StatementId);
                var label = index.FindSource(statement.SourceId)!.Name + string.Concat(statement.Via.Select(v => " via " + index.FindSource(v)!.Name));
                var row = panel.WithClass("estimate").Single(e => (string?)e.Attribute("data-statement") == estimate.StatementId.ToString());
                var text = row.WithClass("label").Single().Value;
                if (label.Length <= ChartOptions.Default.MaxLabelLength)
                {
                    text.Should().Be(label);
                }
                else
                {
                    text.Length.Should().BeLessThanOrEqualTo(ChartOptions.Default.MaxLabelLength);
                    var number = text[text.LastIndexOf('[')..];
                    legend.Should().Contain(number + " " + label);
                }
            }
        }

        legend.Should().Contain("[1] A local elected official in Timbuktu via Agence France-Presse");
    }

    [Fact]
    public void Render_Timbuktu_AWordBesideNumbersIsFadedAndTheCeilingIsDrawn()
    {
        var root = SvgReader.Parse(ClaimsChart.Render(TestFiles.Timbuktu(), new(Timbuktu)));
        var killed = Panel(root, "timbuktu-mali-killed");
        var word = killed.WithClass("estimate").Single(e => (string?)e.Attribute("data-form") == "qualitative");
        ((string?)word.Attribute("data-status"), (string?)word.Attribute("opacity")).Should().Be(("set-aside", "0.35"));
        killed.WithClass("estimate").Where(e => (string?)e.Attribute("data-status") == "used").Should().HaveCount(2);

        var jnim = Panel(root, "timbuktu-jnim-killed");
        var value = SvgReader.HorizontalAxis(jnim);
        var ceiling = jnim.WithClass("ceiling").Single();
        ((string?)ceiling.Attribute("data-figure")).Should().Be("timbuktu-jnim-killed-or-wounded");
        value(SvgReader.Number(ceiling.WithClass("bound").Single(), "x1")).Should().BeApproximately(14, 0.05);
    }

    [Fact]
    public void Render_EveryForm_PutsEachEstimateWhereItsValueSays()
    {
        var document = Documents.EveryForm();
        var root = SvgReader.Parse(ClaimsChart.Render(document, new("every-form")));
        var panel = Panel(root, "killed");
        var value = SvgReader.HorizontalAxis(panel);
        var right = panel.WithClass("tick").Max(t => SvgReader.Number(t, "x1"));
        XElement Row(string statement) => panel.WithClass("estimate").Single(e => (string?)e.Attribute("data-statement") == statement);
        double[] Bounds(string statement) => [.. Row(statement).WithClass("bound").Select(b => value(SvgReader.Number(b, "x1"))).Order()];
        double Point(string statement) => value(SvgReader.Number(Row(statement).WithClass("value").Single(), "cx"));

        Point("s-exact").Should().BeApproximately(12, 0.05);
        Point("s-about").Should().BeApproximately(25, 0.05);
        ((string?)Row("s-about").WithClass("value").Single().Attribute("fill")).Should().Be("#ffffff", "an 'about' is a hollow point");
        Point("s-least").Should().BeApproximately(20, 0.05);
        SvgReader.Number(Row("s-least").WithClass("open").Single(), "x2").Should().Be(right, "'at least' runs to the edge");
        Row("s-least").WithClass("arrow").Should().ContainSingle();
        Bounds("s-most").Should().ContainSingle().Which.Should().BeApproximately(50, 0.05);
        value(SvgReader.Number(Row("s-most").WithClass("interval").Single(), "x1")).Should().BeApproximately(0, 0.05);
        Bounds("s-range").Should().Equal([15, 35], (a, b) => Math.Abs(a - b) < 0.05);
        Bounds("s-open").Should().Equal([18, 40], (a, b) => Math.Abs(a - b) < 0.05);
        value(SvgReader.Number(Row("s-open").WithClass("open").Single(), "x1")).Should().BeApproximately(40, 0.05);
        Row("s-open").WithClass("arrow").Should().ContainSingle();

        var words = Panel(root, "wounded-words");
        var wordValue = SvgReader.HorizontalAxis(words);
        var dashed = words.WithClass("interval").Single();
        ((string?)dashed.Attribute("stroke-dasharray")).Should().NotBeNull("a word is a dashed interval");
        wordValue(SvgReader.Number(dashed, "x1")).Should().BeApproximately(24, 0.05);
        wordValue(SvgReader.Number(dashed, "x2")).Should().BeApproximately(99, 0.05);
    }

    [Fact]
    public void Render_Timbuktu_EveryValueTextIsWholeAndInsideThePicture()
    {
        var chart = ClaimsChart.Render(TestFiles.Timbuktu(), new(Timbuktu));
        var root = SvgReader.Parse(chart);
        var texts = root.WithClass("estimate-value").Concat(root.WithClass("range-text")).ToList();
        texts.Should().NotBeEmpty();
        texts.Should().AllSatisfy(t => t.Value.Should().NotEndWith("…"));
        texts.Should().AllSatisfy(t => (SvgReader.Number(t, "x") + (t.Value.Length * 12 * 0.6)).Should().BeLessThanOrEqualTo(chart.Width));
        texts.Select(t => t.Value).Should().Contain("several dozen (36–108) (not used)");
    }

    [Fact]
    public void Render_NarrowOptions_WidenThePictureToHoldTheValueTexts()
    {
        var chart = ClaimsChart.Render(TestFiles.Timbuktu(), new(Timbuktu), options: new ChartOptions { Width = 480 });
        var root = SvgReader.Parse(chart);
        chart.Width.Should().BeGreaterThan(480);
        root.WithClass("estimate-value").Should().AllSatisfy(t => (SvgReader.Number(t, "x") + (t.Value.Length * 12 * 0.6)).Should().BeLessThanOrEqualTo(chart.Width));
    }

    [Fact]
    public void Render_EveryForm_BandsSpanEachPolicysRange()
    {
        var document = Documents.EveryForm();
        var engagement = document.Engagements[0];
        var context = ReconciliationContext.For(document, engagement);
        var root = SvgReader.Parse(ClaimsChart.Render(document, engagement.Id));
        var panel = Panel(root, "killed");
        var value = SvgReader.HorizontalAxis(panel);

        foreach (var policy in ReconciliationPolicy.BuiltIn)
        {
            var expected = FigureReconciler.Reconcile(engagement.Figures[0], context, policy);
            var band = panel.WithClass("policy-band").Single(b => (string?)b.Attribute("data-policy") == policy.Name);
            var rect = band.WithClass("band").Single();
            var (low, high) = (value(SvgReader.Number(rect, "x")), value(SvgReader.Number(rect, "x") + SvgReader.Number(rect, "width")));
            low.Should().BeApproximately(expected.Low!.Value, 0.05, policy.Name);
            if (expected.High != expected.Low)
            {
                high.Should().BeApproximately(expected.High!.Value, 0.05, policy.Name);
            }

            band.WithClass("open-end").Any().Should().Be(expected.IsOpenEnded, policy.Name);
            band.WithClass("range-text").Single().Value.Should().StartWith(expected.ToRangeText());
            if (expected.Best is { } best)
            {
                value(SvgReader.Number(band.WithClass("best").Single(), "x1")).Should().BeApproximately(best, 0.05, policy.Name);
            }
        }
    }

    [Fact]
    public void Render_EveryForm_FadesTheSupersededAndShortensTheLongName()
    {
        var chart = ClaimsChart.Render(Documents.EveryForm(), new("every-form"));
        var root = SvgReader.Parse(chart);
        var panel = Panel(root, "killed");

        var superseded = panel.WithClass("estimate").Single(e => (string?)e.Attribute("data-statement") == "s-most");
        ((string?)superseded.Attribute("data-status"), (string?)superseded.Attribute("opacity")).Should().Be(("superseded", "0.35"));
        superseded.WithClass("estimate-value").Single().Value.Should().EndWith("(superseded)");

        var label = panel.WithClass("estimate").Single(e => (string?)e.Attribute("data-statement") == "s-least").WithClass("label").Single();
        label.Value.Should().Be("The Independent Commission of I… [1]");
        root.WithClass("legend-entry").Single().Value.Should().Be("[1] " + Documents.LongName + " via Agency");
    }

    [Fact]
    public void Render_FigureWithoutEstimates_IsDrawnAsNoEstimate()
    {
        var chart = ClaimsChart.Render(Documents.EveryForm(), new("every-form"));
        var panel = Panel(SvgReader.Parse(chart), "missing-none");

        panel.WithClass("no-estimate").Single().Value.Should().Be("no estimate");
        panel.WithClass("policy-band").Select(b => b.WithClass("range-text").Single().Value).Should().Equal("unknown", "unknown", "unknown");
        chart.Notes.Should().Contain("figure 'missing-none' (The army: missing) has no estimate");
    }

    [Fact]
    public void Render_UnknownEngagement_ThrowsListingTheIds()
    {
        var act = () => ClaimsChart.Render(TestFiles.Timbuktu(), new("nowhere"));

        act.Should().Throw<ArgumentException>().WithParameterName("engagementId")
            .WithMessage("The document has no engagement with the id 'nowhere'; its engagements are: timbuktu-2025-06-02, dioura-2025-05, boulikessi-2025-06-01, burkina-faso-bases-2025-05.*");
    }

    [Fact]
    public void Render_OnlyThePoliciesAsked_AreBands()
    {
        var root = SvgReader.Parse(ClaimsChart.Render(TestFiles.Timbuktu(), new(Timbuktu), [ReconciliationPolicy.Conservative]));

        root.WithClass("policy-band").Select(b => (string?)b.Attribute("data-policy")).Distinct().Should().Equal("conservative");
    }

    [Fact]
    public void Render_IsTheSameUnderAnotherCulture()
    {
        var expected = ClaimsChart.Render(Documents.EveryForm(), new("every-form")).Svg;
        var original = CultureInfo.CurrentCulture;
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        comma.NumberFormat.NumberGroupSeparator = ".";
        try
        {
            CultureInfo.CurrentCulture = comma;
            ClaimsChart.Render(Documents.EveryForm(), new("every-form")).Svg.Should().Be(expected);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void CommittedPicture_IsTheChartOfTheCanonicalExample()
    {
        var chart = ClaimsChart.Render(TestFiles.Timbuktu(), new(Timbuktu));

        File.ReadAllText(TestFiles.Path("timbuktu-claims.svg")).Should().Be(
            chart.Svg,
            "docs/images/timbuktu-claims.svg must be regenerated: conflictmodel chart claims docs/examples/timbuktu-2025.json -e timbuktu-2025-06-02 -o docs/images/timbuktu-claims.svg (and the same with .png)");

        // The PNG beside it is drawn from the same SVG: its size in the PNG header (IHDR) is the chart's.
        var png = File.ReadAllBytes(TestFiles.Path("timbuktu-claims.png"));
        png.Take(8).Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        (BigEndian(png, 16), BigEndian(png, 20)).Should().Be(((int)chart.Width, (int)chart.Height), "docs/images/timbuktu-claims.png must be regenerated with the SVG");
    }

    [Fact]
    public void Options_RefuseWhatCannotBeDrawn()
    {
        FluentActions.Invoking(() => new ChartOptions { Width = 100 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Width");
        FluentActions.Invoking(() => new ChartOptions { MaxLabelLength = 3 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxLabelLength");
        FluentActions.Invoking(() => new ChartOptions { FontFamily = " " }).Should().Throw<ArgumentException>().WithParameterName("FontFamily");
    }

    private static int BigEndian(byte[] bytes, int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];

    private static XElement Panel(XElement root, string figure) =>
        root.WithClass("figure").Single(f => (string?)f.Attribute("data-figure") == figure);
}
