using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using SkiaSharp;

namespace ConflictModel.Cli.Tests.Commands;

/// <summary><c>chart claims|series|map</c>: SVG and PNG by the output's extension, located errors with exit code 2.</summary>
public sealed class ChartCommandTests : System.IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly string GedSlice = Repository.PathOf("tests", "ConflictModel.Cli.Tests", "TestData", "ged-slice.csv");
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Claims_Svg_IsTheChartWithTheBands()
    {
        var path = Path.Combine(_files.Path, "claims.svg");

        var run = Cli.Run("chart", "claims", Repository.TimbuktuExample, "--engagement", "timbuktu-2025-06-02", "-o", path);

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().Be("Wrote " + path + " (1020×1428)\n");
        var root = XDocument.Load(path).Root!;
        root.Name.Should().Be(Svg + "svg");
        root.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "policy-band" && (string?)g.Attribute("data-policy") == "full range")
            .Select(g => (string?)g.Attribute("data-range")).Should().Contain(["30–60+", "6–14"]);
    }

    [Fact]
    public void Claims_Png_IsDrawnWithTheBandsWhereTheSvgPutsThem()
    {
        var svg = Cli.Run("chart", "claims", Repository.TimbuktuExample, "-e", "timbuktu-2025-06-02", "-o", "-");
        var path = Path.Combine(_files.Path, "claims.png");
        var run = Cli.Run("chart", "claims", Repository.TimbuktuExample, "-e", "timbuktu-2025-06-02", "-o", path);

        run.ExitCode.Should().Be(0, run.Error);
        using var bitmap = SKBitmap.Decode(path);
        (bitmap.Width, bitmap.Height).Should().Be((1020, 1428));
        // The middle of the first full-range band is the band's colour (#1f77b4 at 35 % over white), not background.
        var band = XDocument.Parse(svg.Output).Descendants(Svg + "rect").First(r => (string?)r.Attribute("class") == "band");
        var x = double.Parse((string)band.Attribute("x")!, CultureInfo.InvariantCulture) + (double.Parse((string)band.Attribute("width")!, CultureInfo.InvariantCulture) / 2);
        var y = double.Parse((string)band.Attribute("y")!, CultureInfo.InvariantCulture) + 6;
        var pixel = bitmap.GetPixel((int)x, (int)y);
        ((int)pixel.Red).Should().BeInRange(160, 200);
        ((int)pixel.Blue).Should().BeInRange(215, 245);
    }

    [Fact]
    public void Claims_UnknownEngagement_IsExitTwoListingTheIds()
    {
        var run = Cli.Run("chart", "claims", Repository.TimbuktuExample, "-e", "nope", "-o", Path.Combine(_files.Path, "x.svg"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be(Repository.TimbuktuExample + ": no engagement has the id 'nope'; the input's engagements are: timbuktu-2025-06-02, dioura-2025-05, boulikessi-2025-06-01, burkina-faso-bases-2025-05.\n");
        File.Exists(Path.Combine(_files.Path, "x.svg")).Should().BeFalse("nothing is written when there is nothing to draw");
    }

    [Fact]
    public void Output_WithoutSvgOrPngExtension_IsAUsageError()
    {
        var run = Cli.Run("chart", "map", Repository.TimbuktuExample, "-o", Path.Combine(_files.Path, "map.jpg"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("conflictmodel: --output is a file ending in .svg or .png, or - for SVG on standard output; got '");
    }

    [Fact]
    public void Series_ByMonth_OfAGedFile_NotesWhatItCannotPlace()
    {
        var run = Cli.Run("chart", "series", GedSlice, "--by", "month", "--measure", "killed", "-o", "-");

        run.ExitCode.Should().Be(0, run.Error);
        var root = XDocument.Parse(run.Output).Root!;
        ((string?)root.Attribute("class")).Should().Be("conflictmodel-chart series-chart");
        root.Descendants(Svg + "g").Count(g => ((string?)g.Attribute("class"))?.StartsWith("period", System.StringComparison.Ordinal) == true).Should().BeGreaterThan(0);
    }

    [Fact]
    public void Series_Figure_DrawsItsEvolution_AndAnUnknownFigureListsTheFigures()
    {
        var run = Cli.Run("chart", "series", Repository.TimbuktuExample, "-e", "timbuktu-2025-06-02", "--figure", "timbuktu-mali-killed", "-o", "-");
        var wrong = Cli.Run("chart", "series", Repository.TimbuktuExample, "-e", "timbuktu-2025-06-02", "--figure", "nope", "-o", "-");
        var alone = Cli.Run("chart", "series", Repository.TimbuktuExample, "--figure", "timbuktu-mali-killed", "-o", "-");

        run.ExitCode.Should().Be(0, run.Error);
        XDocument.Parse(run.Output).Root!.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "step").Should().NotBeEmpty();
        run.Error.Should().Contain("note: 1 statement(s) with an estimate of the figure have no reporting time");
        wrong.ExitCode.Should().Be(2);
        wrong.Error.Should().StartWith(Repository.TimbuktuExample + ": the engagement 'timbuktu-2025-06-02' has no figure with the id 'nope'; its figures are: timbuktu-mali-killed, ");
        alone.ExitCode.Should().Be(2);
        alone.Error.Should().StartWith("conflictmodel: --figure needs --engagement");
    }

    [Theory]
    [InlineData("claims", new[] { "<IN>", "-e, --engagement <ID> (REQUIRED)", "-p, --policy <fullRange|conservative|bestEstimate>", "-o, --output <OUT.svg|OUT.png|-> (REQUIRED)", "--width <PIXELS>", "--from <auto|json|jsonl|ged|acled|ucdp-api|acled-api>" })]
    [InlineData("series", new[] { "<IN>", "--by <day|week|month|year>", "[default: month]", "-m, --measure <MEASURE>", "-f, --figure <FIGURE-ID>" })]
    [InlineData("map", new[] { "<IN>", "-m, --measure <MEASURE>", "[default: bestEstimate]", "Natural Earth" })]
    public void Help_OfEachChart_DescribesItsOptions(string chart, string[] expected)
    {
        var result = Cli.Run("chart", chart, "--help");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("Usage:\n  conflictmodel chart " + chart);
        foreach (var text in expected)
        {
            result.Output.Should().Contain(text);
        }

        var command = CommandLine.Create().Subcommands.Single(c => c.Name == "chart").Subcommands.Single(c => c.Name == chart);
        command.Description.Should().NotBeNullOrWhiteSpace();
        foreach (var symbol in command.Options.Cast<System.CommandLine.Symbol>().Concat(command.Arguments))
        {
            symbol.Description.Should().NotBeNullOrWhiteSpace($"{chart} {symbol.Name}");
        }
    }

    [Fact]
    public void Map_Png_OfTheExample()
    {
        var path = Path.Combine(_files.Path, "map.png");

        var run = Cli.Run("chart", "map", Repository.TimbuktuExample, "-o", path);

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().StartWith(Repository.TimbuktuExample + ": note: 3 engagement(s) have no site with coordinates and are not on the map\n");
        using var bitmap = SKBitmap.Decode(path);
        bitmap.Width.Should().Be(960);
    }
}
