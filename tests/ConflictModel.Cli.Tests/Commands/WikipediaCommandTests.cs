using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace ConflictModel.Cli.Tests.Commands;

/// <summary><c>conflictmodel parse-casualties</c> and <c>conflictmodel infobox</c>, in-process.</summary>
public sealed class WikipediaCommandTests : System.IDisposable
{
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void ParseCasualties_OpenRange_OneEstimateWithItsSpan_ExitZero()
    {
        var result = Cli.Run("parse-casualties", "30–60+ killed");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Be("estimate [0, 13) \"30–60+ killed\": measure killed, quantity 30–60+\n");
        result.Error.Should().Be("1 estimate, 0 unparsed stretches\n");
    }

    [Fact]
    public void ParseCasualties_UnitAttributionAndReference()
    {
        var result = Cli.Run("parse-casualties", "Per Russia: ~5,000 killed<ref>TASS</ref><br />12 tanks");

        result.ExitCode.Should().Be(0, result.Output);
        result.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "estimate [12, 25) \"~5,000 killed\": measure killed, quantity ~5000, by Russia",
            "estimate [46, 54) \"12 tanks\": measure none, quantity 12, unit tanks");
    }

    [Fact]
    public void ParseCasualties_UnparsedPart_PrintsIt_ExitOne()
    {
        var result = Cli.Run("parse-casualties", "30 killed; the rest is disputed");

        result.ExitCode.Should().Be(1);
        result.Output.Should().Be("estimate [0, 9) \"30 killed\": measure killed, quantity 30\nunparsed [9, 31) \"; the rest is disputed\"\n");
        result.Error.Should().Be("1 estimate, 1 unparsed stretch\n");
    }

    [Fact]
    public void ParseCasualties_OutputJson_HasEstimatesAndUnparsed()
    {
        var complete = Cli.Run("parse-casualties", "--output", "json", "30–60+ killed");
        var partial = Cli.Run("parse-casualties", "-o", "json", "40 killed, heavy losses");

        complete.ExitCode.Should().Be(0);
        complete.Error.Should().BeEmpty();
        var json = JsonNode.Parse(complete.Output)!;
        json["complete"]!.GetValue<bool>().Should().BeTrue();
        var estimate = json["estimates"]!.AsArray().Should().ContainSingle().Subject!;
        estimate["measure"]!.GetValue<string>().Should().Be("killed");
        estimate["start"]!.GetValue<int>().Should().Be(0);
        estimate["length"]!.GetValue<int>().Should().Be(13);
        estimate["quantity"]!["form"]!.GetValue<string>().Should().Be("range");
        estimate["quantity"]!["low"]!.GetValue<long>().Should().Be(30);
        estimate["quantity"]!["high"]!.GetValue<long>().Should().Be(60);
        estimate["quantity"]!["openEnded"]!.GetValue<bool>().Should().BeTrue();
        json["unparsed"]!.AsArray().Should().BeEmpty();

        partial.ExitCode.Should().Be(1);
        var unparsed = JsonNode.Parse(partial.Output)!["unparsed"]!.AsArray().Should().ContainSingle().Subject!;
        unparsed["text"]!.GetValue<string>().Should().Be(", heavy losses");
        unparsed["start"]!.GetValue<int>().Should().Be(9);
    }

    [Fact]
    public void Infobox_Timbuktu_HasTheArticlesCasualtyLines()
    {
        var result = Cli.Run("infobox", Repository.TimbuktuExample);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().StartWith("{{Infobox military conflict\n| conflict    = 2025 Timbuktu attack\n").And.EndWith("}}\n");
        var lines = result.Output.Split('\n');
        lines.Should().Contain(l => l.StartsWith("| casualties1 = 30–60+ killed<br />", System.StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("| casualties2 = 6–14 killed<br />", System.StringComparison.Ordinal));
        lines.Should().Contain("| casualties3 = 1 person lynched");
    }

    [Fact]
    public void Infobox_MeasureOption_GivesExactlyTheArticlesLines()
    {
        var result = Cli.Run("infobox", Repository.TimbuktuExample, "--measure", "killed", "--measure", "lynched");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Split('\n').Where(l => l.StartsWith("| casualties", System.StringComparison.Ordinal)).Should().Equal(
            "| casualties1 = 30–60+ killed",
            "| casualties2 = 6–14 killed",
            "| casualties3 = 1 person lynched");
    }

    [Fact]
    public void Infobox_EngagementOption_RendersThatOne()
    {
        var result = Cli.Run("infobox", Repository.TimbuktuExample, "--engagement", "dioura-2025-05");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("| conflict    = Dioura attack\n");
    }

    [Fact]
    public void Infobox_UnknownEngagementOrUnreadableFile_OneLine_ExitTwo()
    {
        var bad = _files.Write("bad.json", Documents.WithUnknownEnum);

        var unknown = Cli.Run("infobox", Repository.TimbuktuExample, "--engagement", "nope");
        var missing = Cli.Run("infobox", Path.Combine(_files.Path, "missing.json"));
        var unparsable = Cli.Run("infobox", bad);

        unknown.ExitCode.Should().Be(2);
        unknown.Output.Should().BeEmpty();
        unknown.Error.Should().Be($"{Repository.TimbuktuExample}: no engagement has the id 'nope'; the document's engagements are: timbuktu-2025-06-02, dioura-2025-05, boulikessi-2025-06-01, burkina-faso-bases-2025-05.\n");
        missing.ExitCode.Should().Be(2);
        missing.Error.Should().Contain("missing.json: error io.unreadable: Cannot read the file: ");
        unparsable.ExitCode.Should().Be(2);
        unparsable.Error.Should().StartWith($"{bad}:{Documents.LineOf(Documents.WithUnknownEnum, "newsWire")}:25: error json.invalid-document: ");
        unparsable.Error.Trim().Split('\n').Should().ContainSingle();
    }
}
