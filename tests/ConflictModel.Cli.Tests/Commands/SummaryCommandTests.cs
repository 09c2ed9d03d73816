using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConflictModel.Reporting;

namespace ConflictModel.Cli.Tests.Commands;

/// <summary><c>summary</c> and <c>infobox</c> read what <c>convert</c> writes: every registry format and standard input.</summary>
public sealed class SummaryCommandTests : System.IDisposable
{
    private static readonly string GedSlice = Repository.PathOf("tests", "ConflictModel.Cli.Tests", "TestData", "ged-slice.csv");

    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Summary_JsonLinesAndGed_GiveTheSameEngagements_AsTheJsonDocument()
    {
        var jsonl = Path.Combine(_files.Path, "ged.jsonl");
        Cli.Run("convert", "--to", "jsonl", GedSlice, jsonl).ExitCode.Should().Be(0);

        var fromJsonl = Cli.Run("summary", jsonl);
        var fromGed = Cli.Run("summary", GedSlice);

        fromJsonl.ExitCode.Should().Be(0, fromJsonl.Error);
        fromGed.ExitCode.Should().Be(0, fromGed.Error);
        fromJsonl.Output.Should().Be(fromGed.Output);
        fromGed.Output.Split('\n').Count(l => l.StartsWith("When:", System.StringComparison.Ordinal)).Should().Be(25);
        fromGed.Output.Should().StartWith("Government of Iran vs Government of Israel");
    }

    [Fact]
    public void Summary_Engagement_Policy_Limit()
    {
        var one = Cli.Run("summary", "--engagement", "dioura-2025-05", "--policy", "conservative", Repository.TimbuktuExample);
        var two = Cli.Run("summary", "--limit", "2", GedSlice);
        var none = Cli.Run("summary", "--engagement", "nope", Repository.TimbuktuExample);

        one.ExitCode.Should().Be(0, one.Error);
        one.Output.Should().StartWith("Dioura attack [dioura-2025-05]\n");
        one.Output.Should().Contain("Reasoning (conservative)").And.NotContain("full range");
        two.Output.Split('\n').Count(l => l.StartsWith("When:", System.StringComparison.Ordinal)).Should().Be(2);
        two.Error.Should().Be($"{GedSlice}: the first 2 engagement(s) shown (--limit)\n");
        none.ExitCode.Should().Be(2);
        none.Error.Should().Be($"{Repository.TimbuktuExample}: no engagement has the id 'nope'; the input's engagements are: timbuktu-2025-06-02, dioura-2025-05, boulikessi-2025-06-01, burkina-faso-bases-2025-05.\n");
    }

    [Fact]
    public void Summary_OutputJson_HasEachFiguresEstimates_AndItsRangeUnderEachPolicy()
    {
        var result = Cli.Run("summary", "--output", "json", "--engagement", "timbuktu-2025-06-02", Repository.TimbuktuExample);

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        root.GetProperty("policies").EnumerateArray().Select(p => p.GetString()).Should().Equal("full range", "conservative", "best estimate");
        var engagement = root.GetProperty("engagements").EnumerateArray().Single();
        engagement.GetProperty("id").GetString().Should().Be("timbuktu-2025-06-02");
        var jnim = engagement.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "timbuktu-mali-killed");
        jnim.GetProperty("measure").GetString().Should().Be("killed");
        jnim.GetProperty("subject").GetProperty("sideId").GetString().Should().Be("timbuktu-mali");
        jnim.GetProperty("estimates").GetArrayLength().Should().BeGreaterThan(1);
        var reconciled = jnim.GetProperty("reconciled").EnumerateArray().ToList();
        reconciled.Select(r => r.GetProperty("policy").GetString()).Should().Equal("full range", "conservative", "best estimate");
        var text = DocumentSummaryWriter.ToText(ConflictModel.Json.DatasetJson.Read(File.ReadAllText(Repository.TimbuktuExample)));
        text.Should().Contain(reconciled[0].GetProperty("range").GetString(), "the JSON gives the ranges the text shows");
    }

    [Fact]
    public void Infobox_ReadsJsonLines_AndAGedFile()
    {
        var jsonl = Path.Combine(_files.Path, "ged.jsonl");
        Cli.Run("convert", "--to", "jsonl", GedSlice, jsonl).ExitCode.Should().Be(0);

        var fromJsonl = Cli.Run("infobox", "--engagement", "ged-625373", jsonl);
        var fromGed = Cli.Run("infobox", "--engagement", "ged-625373", GedSlice);

        fromJsonl.ExitCode.Should().Be(0, fromJsonl.Error);
        fromJsonl.Output.Should().StartWith("{{Infobox military conflict").And.Be(fromGed.Output);
    }

    [Fact]
    public void SummaryAndInfobox_ReadStandardInput()
    {
        var summary = RunWithInput(File.ReadAllText(Repository.TimbuktuExample), "summary", "-");
        var infobox = RunWithInput(File.ReadAllText(GedSlice), "infobox", "-");

        summary.ExitCode.Should().Be(0, summary.Error);
        summary.Output.Should().Be(Cli.Run("summary", Repository.TimbuktuExample).Output.ReplaceLineEndings("\n").Replace("\n", System.Environment.NewLine, System.StringComparison.Ordinal));
        infobox.ExitCode.Should().Be(0, infobox.Error);
        infobox.Output.Should().StartWith("{{Infobox military conflict");
    }

    private static CliResult RunWithInput(string input, params string[] args)
    {
        var dll = Path.Combine(System.AppContext.BaseDirectory, "ConflictModel.Cli.dll");
        var start = new ProcessStartInfo("dotnet", [dll, .. args])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repository.Root,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new System.TimeoutException("conflictmodel did not finish within 60 s.");
        }

        return new CliResult(process.ExitCode, output.Result, error.Result);
    }
}
