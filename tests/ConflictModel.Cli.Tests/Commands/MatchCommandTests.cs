using System;
using System.IO;
using System.Linq;

namespace ConflictModel.Cli.Tests.Commands;

public sealed class MatchCommandTests : IDisposable
{
    private static readonly string GedSlice = Repository.PathOf("tests", "ConflictModel.Cli.Tests", "TestData", "ged-slice.csv");
    private static readonly string Acled = Repository.PathOf("tests", "ConflictModel.Cli.Tests", "TestData", "acled-synthetic.csv");
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Match_SameGedInCsvAndJsonLines_EveryEventPaired_MergedValidates()
    {
        var jsonl = Path.Combine(_files.Path, "slice.jsonl");
        Cli.Run("convert", "--from", "ged", "--to", "jsonl", GedSlice, jsonl).ExitCode.Should().Be(0);
        var merged = Path.Combine(_files.Path, "merged.jsonl");
        var report = Path.Combine(_files.Path, "pairs.csv");
        var figures = Path.Combine(_files.Path, "figures.csv");

        var result = Cli.Run("match", GedSlice, jsonl, "--out", merged, "--report", report, "--disagreement", figures);

        result.ExitCode.Should().Be(0, result.Error);
        var rows = File.ReadAllLines(report);
        rows[0].Should().Be("left_file,left_id,right_file,right_id,score,reasons");
        rows.Should().HaveCount(26);
        rows.Skip(1).Should().OnlyContain(r => r.StartsWith(GedSlice + ",", StringComparison.Ordinal) && r.Contains("," + jsonl + ",", StringComparison.Ordinal));
        rows.Skip(1).Select(r => r.Split(',')).Should().OnlyContain(f => f[1] == f[3], "each GED event is paired with its own copy");
        result.Error.Should().Contain("50 events in = 25 engagements out + 25 merged into others");
        result.Error.Should().Contain("info match.ids-qualified");
        File.ReadAllLines(figures)[0].Should().Be("engagement_id,figure_id,measure,subject,counts,lowest,highest,ratio,highest_inputs");
        File.ReadAllLines(merged).Should().HaveCount(25);
        Cli.Run("validate", merged).ExitCode.Should().Be(0, "the merged document validates without errors");
    }

    [Fact]
    public void Match_GedAgainstAcled_DifferentFormats_NothingLost()
    {
        var merged = Path.Combine(_files.Path, "merged.json");

        var result = Cli.Run("match", GedSlice, Acled, "--out", merged, "--slack-days", "2");

        result.ExitCode.Should().Be(0, result.Error);
        var line = result.Error.Split('\n').Single(l => l.Contains(" events in = ", StringComparison.Ordinal)).Trim();
        var numbers = line.Split(' ').Where(w => long.TryParse(w, out _)).Select(long.Parse).ToArray();
        numbers[0].Should().Be(numbers[1] + numbers[2]);
        Cli.Run("validate", merged).ExitCode.Should().Be(0);
    }

    [Fact]
    public void Match_UnreadableInput_ExitCode2_Located()
    {
        var missing = Path.Combine(_files.Path, "missing.csv");

        var result = Cli.Run("match", GedSlice, missing, "--out", Path.Combine(_files.Path, "m.jsonl"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith($"{missing}: error io.unreadable: Cannot read the file:");
        File.Exists(Path.Combine(_files.Path, "m.jsonl")).Should().BeFalse();
    }

    [Theory]
    [InlineData("--out", "merged.csv", "the merged document is written as JSON Lines (.jsonl) or JSON (.json).")]
    [InlineData("--min-score", "1.5", "MatchOptions.MinScore is 1.5; expected a score from 0 to 1.")]
    public void Match_BadOptions_UsageError(string option, string value, string message)
    {
        var args = option == "--out"
            ? new[] { "match", GedSlice, GedSlice, "--out", Path.Combine(_files.Path, value) }
            : ["match", GedSlice, GedSlice, "--out", Path.Combine(_files.Path, "m.jsonl"), option, value];

        var result = Cli.Run(args);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(message);
    }
}
