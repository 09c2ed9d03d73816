using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace ConflictModel.Charts.Tests;

/// <summary>Reads a chart back: parses it as XML (which fails on anything not well-formed) and inverts its axes from their tick labels.</summary>
internal static class SvgReader
{
    internal static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>Parses the SVG; throws on malformed XML. Checks the root is an svg element of the size the chart says.</summary>
    internal static XElement Parse(SvgChart chart)
    {
        var root = XDocument.Parse(chart.Svg).Root!;
        root.Name.Should().Be(Ns + "svg");
        Number(root, "width").Should().Be(chart.Width);
        Number(root, "height").Should().Be(chart.Height);
        return root;
    }

    internal static IEnumerable<XElement> WithClass(this XElement root, string name) =>
        root.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(name) == true);

    internal static double Number(XElement element, string attribute) =>
        double.Parse((string?)element.Attribute(attribute) ?? throw new InvalidOperationException($"<{element.Name.LocalName}> has no '{attribute}'."), CultureInfo.InvariantCulture);

    /// <summary>The value a horizontal pixel stands for on the axis in <paramref name="panel"/>, from its first and last tick (line x and label text).</summary>
    internal static Func<double, double> HorizontalAxis(XElement panel)
    {
        var axis = panel.WithClass("axis").Single();
        var ticks = axis.WithClass("tick").Select(t => Number(t, "x1")).ToList();
        var labels = axis.WithClass("tick-label").Select(t => double.Parse(t.Value, CultureInfo.InvariantCulture)).ToList();
        ticks.Should().HaveCount(labels.Count).And.HaveCountGreaterThan(1);
        var (x0, x1, v0, v1) = (ticks[0], ticks[^1], labels[0], labels[^1]);
        return x => v0 + ((x - x0) * (v1 - v0) / (x1 - x0));
    }

    /// <summary>The value a vertical pixel stands for on a chart's value axis, from its first and last tick (line y and label text).</summary>
    internal static Func<double, double> VerticalAxis(XElement root)
    {
        var axis = root.WithClass("value-axis").Single();
        var ticks = axis.WithClass("tick").Select(t => Number(t, "y1")).ToList();
        var labels = axis.WithClass("tick-label").Select(t => double.Parse(t.Value, CultureInfo.InvariantCulture)).ToList();
        ticks.Should().HaveCount(labels.Count).And.HaveCountGreaterThan(1);
        var (y0, y1, v0, v1) = (ticks[0], ticks[^1], labels[0], labels[^1]);
        return y => v0 + ((y - y0) * (v1 - v0) / (y1 - y0));
    }
}

/// <summary>Files the tests read, copied beside the test binaries (origins in the csproj and docs/charts.md).</summary>
internal static class TestFiles
{
    internal static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", name);

    internal static DatasetDocument Timbuktu() => Json.DatasetJson.Read(File.ReadAllText(Path("timbuktu-2025.json")));
}
