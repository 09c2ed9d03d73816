using System;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Charts.Maps;
using ConflictModel.Figures;
using ConflictModel.Time;

namespace ConflictModel.Charts.Tests.Maps;

public sealed class SiteMapTests
{
    [Fact]
    public void Render_Points_AreWhereTheirCoordinatesSayAndSizedByTheirBest()
    {
        var chart = SiteMap.Render([Sites()]);
        var circles = SvgReader.Parse(chart).WithClass("site").ToDictionary(c => (string)c.Attribute("data-engagement")!);
        var (a, b, c) = (circles["a"], circles["b"], circles["c"]);
        double X(System.Xml.Linq.XElement e) => SvgReader.Number(e, "cx");
        double Y(System.Xml.Linq.XElement e) => SvgReader.Number(e, "cy");
        double R(System.Xml.Linq.XElement e) => SvgReader.Number(e, "r");

        // One projection for all: x grows with longitude, y falls with latitude, each in proportion.
        ((X(b) - X(a)) / (2 - -5)).Should().BeApproximately((X(c) - X(a)) / (7 - -5), 0.01);
        ((Y(b) - Y(a)) / (14 - 10)).Should().BeApproximately((Y(c) - Y(a)) / (12 - 10), 0.01);
        (Y(b) < Y(a)).Should().BeTrue("north is up");
        // Areas in proportion to the best: 100 killed is twice as wide as 25.
        (R(a) / R(b)).Should().BeApproximately(2, 0.01);
        ((string?)a.Attribute("data-best"), (string?)b.Attribute("data-best"), (string?)c.Attribute("data-best")).Should().Be(("100", "25", "4"));
        ((string?)circles["no-figure"].Attribute("class")).Should().Be("site no-figure");
    }

    [Fact]
    public void Render_EngagementsWithoutCoordinates_AreCountedInANote()
    {
        var chart = SiteMap.Render([Sites()]);

        chart.Notes.Should().Equal("1 engagement(s) have no site with coordinates and are not on the map");
        SvgReader.Parse(chart).WithClass("note").Single().Value.Should().Be("Note: " + chart.Notes[0]);
    }

    [Fact]
    public async Task RenderAsync_Timbuktu_DrawsMaliUnderTheSite()
    {
        var chart = await SiteMap.RenderAsync(One(TestFiles.Timbuktu()));
        var root = SvgReader.Parse(chart);

        root.WithClass("country").Select(c => (string?)c.Attribute("data-name")).Should().Contain(["Mali", "Niger", "Algeria"]);
        var site = root.WithClass("site").Single();
        ((string?)site.Attribute("data-engagement"), (string?)site.Attribute("data-site")).Should().Be(("timbuktu-2025-06-02", "Timbuktu"));
        root.WithClass("attribution").Single().Value.Should().Contain("Natural Earth");
    }

    [Fact]
    public void Render_NoCoordinatesAtAll_IsTheWorldWithANote()
    {
        var document = Documents.Document([Documents.Source("agency", "Agency")], Documents.Engagement("x", TemporalExtent.OnDay(2025, 1, 1), [], []));
        var chart = SiteMap.Render([document]);

        chart.Notes.Should().Equal("1 engagement(s) have no site with coordinates and are not on the map", "no engagement has a site with coordinates");
        SvgReader.Parse(chart).WithClass("country").Count().Should().BeGreaterThan(150, "the whole world is drawn");
    }

    private static async System.Collections.Generic.IAsyncEnumerable<DatasetDocument> One(DatasetDocument document)
    {
        await Task.Yield();
        yield return document;
    }

    private static DatasetDocument Sites()
    {
        Engagements.Engagement At(string id, double lat, double lon, long? killed) => Documents.Engagement(
            id,
            TemporalExtent.OnDay(2025, 1, 1),
            [Documents.Statement("s-" + id, "agency")],
            killed is { } k ? [Documents.Killed("k-" + id, Estimate.Of(new("s-" + id), Quantity.Exactly(k)))] : [],
            [Documents.SiteAt("site-" + id, lat, lon)]);
        var nowhere = Documents.Engagement("nowhere", TemporalExtent.OnDay(2025, 1, 1), [Documents.Statement("s-n", "agency")], [Documents.Killed("k-n", Estimate.Of(new("s-n"), Quantity.Exactly(3)))]);
        return Documents.Document([Documents.Source("agency", "Agency")], At("a", 10, -5, 100), At("b", 14, 2, 25), At("c", 12, 7, 4), At("no-figure", 11, 0, null), nowhere);
    }
}
