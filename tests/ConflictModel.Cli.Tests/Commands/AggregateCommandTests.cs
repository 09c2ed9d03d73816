using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ConflictModel.Analysis;
using ConflictModel.Figures;
using ConflictModel.Interop.Ged;

namespace ConflictModel.Cli.Tests.Commands;

/// <summary><c>conflictmodel aggregate</c>: the three outputs, the filters with their borderline cases, standard input, and refused command lines.</summary>
public sealed class AggregateCommandTests : IDisposable
{
    private static readonly string Ged = Repository.PathOf("tests", "ConflictModel.Interop.Tests", "TestData", "GEDEvent_v26_0_4.csv");

    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Table_OfTheTimbuktuDocument_ByMonthAndCountry_ShowsTheOpenHigh()
    {
        var run = Cli.Run("aggregate", Repository.TimbuktuExample, "--by", "month,country", "--policy", "full-range");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be(
            "month    country  engagements  disputed  low  best  high\n" +
            "2025-05  BF                 1         0    0     0     0\n" +
            "2025-05  ML                 1         0   40    40    40\n" +
            "2025-06  ML                 2         1   36    36   74+\n" +
            "total                       4         1   76    76  114+\n");
        run.Error.Should().Be($"{Repository.TimbuktuExample}: 4 engagements read, 4 counted in 3 rows, 0 not assignable; 0 documents rejected\n");
    }

    [Fact]
    public void Csv_HasTheDocumentedColumns_AndAFilteredSummary()
    {
        var run = Cli.Run("aggregate", Repository.TimbuktuExample, "--by", "month", "--by", "country", "--output", "csv", "--country", "ML", "--policy", "bestEstimate");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be(
            "month,country,measure,engagements,low,best,high,high_open,not_assignable,disputed,qualitative_only,without_figure\n" +
            "2025-05,ML,killed,1,40,40,40,false,false,0,0,0\n" +
            "2025-06,ML,killed,2,36,66,74,true,false,1,0,1\n");
        run.Error.Should().Be($"{Repository.TimbuktuExample}: 4 engagements read, 3 kept by the filter (0 borderline, excluded), 3 counted in 2 rows, 0 not assignable; 0 documents rejected\n");
    }

    [Fact]
    public async Task Csv_OfTheRealGedFile_EqualsTheLibrarysAggregation_AndTheNotAssignableRowsHaveAnEmptyKey()
    {
        var run = Cli.Run("aggregate", Ged, "--by", "month,country", "-o", "csv");
        var expected = EngagementAggregator.Aggregate((await GedImporter.ImportFileAsync(Ged)).Document, new AggregationOptions { Measure = Measure.Killed, Keys = [GroupKey.Month, GroupKey.Country] });

        run.ExitCode.Should().Be(0, run.Error);
        var lines = run.Output.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(expected.Rows.Count + 1);
        lines.Skip(1).Should().Equal(expected.Rows.Select(r => string.Join(",",
            r.Keys[0] ?? string.Empty, r.Keys[1] ?? string.Empty, "killed", N(r.Engagements), N(r.Low), N(r.Best), N(r.High),
            r.HighOpen ? "true" : "false", r.NotAssignable ? "true" : "false", N(r.Disputed), N(r.QualitativeOnly), N(r.WithoutFigure))));
        expected.NotAssignable.Should().BeGreaterThan(0, "some GED events span two months");
        lines.Should().Contain(l => l.StartsWith(',') && l.Contains(",true,", StringComparison.Ordinal));
        run.Error.Should().EndWith($"1675 engagements read, 1675 counted in {expected.Rows.Count} rows, {expected.NotAssignable} not assignable; 0 rows rejected\n");
    }

    [Fact]
    public async Task CoarseTimeSpread_OfTheRealGedFile_LeavesNoMonthUnassigned_AndKeepsTheTotal()
    {
        var run = Cli.Run("aggregate", Ged, "--by", "month", "--coarse-time", "spread", "-o", "csv");
        var document = (await GedImporter.ImportFileAsync(Ged)).Document;
        var options = new AggregationOptions { Measure = Measure.Killed, Keys = [GroupKey.Month], CoarseTime = CoarseTimeHandling.Spread };
        var expected = EngagementAggregator.Aggregate(document, options);
        var plain = EngagementAggregator.Aggregate(document, options with { CoarseTime = CoarseTimeHandling.NotAssignable });

        run.ExitCode.Should().Be(0, run.Error);
        var lines = run.Output.TrimEnd('\n').Split('\n');
        lines[0].Should().Be("month,measure,engagements,low,best,high,high_open,not_assignable,disputed,qualitative_only,without_figure,spread");
        lines.Skip(1).Should().Equal(expected.Rows.Select(r => string.Join(",",
            r.Keys[0], "killed", N(r.Engagements), N(r.Low), N(r.Best), N(r.High), r.HighOpen ? "true" : "false", "false", N(r.Disputed), N(r.QualitativeOnly), N(r.WithoutFigure), N(r.Spread))));
        plain.NotAssignable.Should().BeGreaterThan(0);
        expected.Total.Spread.Should().Be(plain.NotAssignable, "the events spanning two months are the ones spread");
        lines.Skip(1).Sum(l => long.Parse(l.Split(',')[4], CultureInfo.InvariantCulture)).Should().Be(plain.Total.Best);
        run.Error.Should().EndWith($"1675 engagements read, 1675 counted in {expected.Rows.Count} rows, 0 not assignable, {plain.NotAssignable} spread over periods; 0 rows rejected\n");
    }

    [Fact]
    public void BySideRole_OfTheTimbuktuDocument_SplitsTheAttacksToll()
    {
        var run = Cli.Run("aggregate", Repository.TimbuktuExample, "--by", "sideRole", "--policy", "full-range", "-o", "csv");
        var expected = EngagementAggregator.Aggregate(
            ConflictModel.Json.DatasetJson.Read(File.ReadAllText(Repository.TimbuktuExample)),
            new AggregationOptions { Measure = Measure.Killed, Policy = ReconciliationPolicy.FullRange, Keys = [GroupKey.SideRole] });

        run.ExitCode.Should().Be(0, run.Error);
        expected.Rows.Select(r => r.Keys[0]).Should().Contain(["attacker", "defender"]);
        run.Output.TrimEnd('\n').Split('\n').Skip(1).Should().Equal(expected.Rows.Select(r => string.Join(",",
            r.Keys[0] ?? string.Empty, "killed", N(r.Engagements), N(r.Low), N(r.Best), N(r.High), r.HighOpen ? "true" : "false", r.NotAssignable ? "true" : "false", N(r.Disputed), N(r.QualitativeOnly), N(r.WithoutFigure))));
    }

    [Fact]
    public void Json_IsAnObjectWithRowsAndTotal()
    {
        var run = Cli.Run("aggregate", Repository.TimbuktuExample, "--by", "type", "-o", "json", "--actor", "Malian Army", "--since", "2025-06-01");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        root.GetProperty("measure").GetString().Should().Be("killed");
        root.GetProperty("policy").GetString().Should().Be("bestEstimate");
        root.GetProperty("filter").GetString().Should().Be("(from 2025-06-01) and (involving Malian Army)");
        (root.GetProperty("read").GetInt64(), root.GetProperty("kept").GetInt64()).Should().Be((4, 2));
        var row = root.GetProperty("rows").EnumerateArray().Single();
        row.GetProperty("keys").GetProperty("type").GetString().Should().Be("attack");
        (row.GetProperty("engagements").GetInt32(), row.GetProperty("low").GetInt64(), row.GetProperty("high").GetInt64(), row.GetProperty("highOpen").GetBoolean()).Should().Be((2, 36, 74, true));
        root.GetProperty("total").GetProperty("engagements").GetInt32().Should().Be(2);
    }

    [Fact]
    public void ByInitiatorKind_OfTheTimbuktuDocument()
    {
        var run = Cli.Run("aggregate", Repository.TimbuktuExample, "--by", "initiatorKind,initiator", "-o", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be(
            "initiatorKind,initiator,measure,engagements,low,best,high,high_open,not_assignable,disputed,qualitative_only,without_figure\n" +
            "nonStateArmedGroup,jnim,killed,4,76,106,114,true,false,1,0,2\n");
    }

    [Fact]
    public void Borderline_IsExcludedIncludedOrFlagged_AndCountedEveryWay()
    {
        // Timbuktu's sites: the city has coordinates, the others none, so a box elsewhere cannot rule the attack out.
        var excluded = Cli.Run("aggregate", Repository.TimbuktuExample, "--bbox", "40,10,50,20");
        var flagged = Cli.Run("aggregate", Repository.TimbuktuExample, "--bbox", "40,10,50,20", "--borderline", "flag");

        excluded.ExitCode.Should().Be(0, excluded.Error);
        excluded.Error.Should().Contain("0 kept by the filter (4 borderline, excluded), 0 counted");
        flagged.ExitCode.Should().Be(0, flagged.Error);
        flagged.Error.Should().StartWith($"{Repository.TimbuktuExample}: borderline, included: timbuktu-2025-06-02\n")
            .And.Contain("4 kept by the filter (4 borderline, included), 4 counted");
        var near = Cli.Run("aggregate", Repository.TimbuktuExample, "--near", "16.77,-3.0,5", "--division", "ML/Tombouctou");
        near.Error.Should().Contain("1 kept by the filter (2 borderline, excluded)", "Dioura and Boulikessi have no coordinates and no division");
    }

    [Fact]
    public void StandardInput_IsRead_WhateverItsFormat()
    {
        var jsonl = Cli.RunProcessWithInput(Documents.TimbuktuLine + "\n" + Documents.TimbuktuLine + "\n", "aggregate", "-", "--by", "country");
        var csv = Cli.RunProcessWithInput(File.ReadAllText(Ged), "aggregate", "-", "--by", "year", "-o", "csv");

        jsonl.ExitCode.Should().Be(0, jsonl.Error);
        jsonl.Output.Should().StartWith("country  engagements").And.Contain("\nBF ").And.Contain("\nML ");
        jsonl.Error.Should().Be("(standard input): 8 engagements read, 8 counted in 2 rows, 0 not assignable; 0 lines rejected\n");
        csv.ExitCode.Should().Be(0, csv.Error);
        csv.Output.Split('\n')[1].Should().StartWith("2026,killed,1675,");
    }

    [Theory]
    [InlineData("--by|foo", "'foo' is not a --by key; the keys are day, week, month, year, country, division, type, initiator, initiatorKind, sideRole.")]
    [InlineData("--by|month|--by|year", "conflictmodel aggregate: The keys name 2 periods (Month, Year); group by one period at a time.")]
    [InlineData("--policy|wishful", "'wishful' is not a policy; the policies are bestEstimate, fullRange, conservative.")]
    [InlineData("--measure|dead", "Argument 'dead' not recognized. Must be one of:")]
    [InlineData("--type|skirmish", "'skirmish' is not an engagement type; the types are attack, battle, ambush, raid, bombing, siege, violenceAgainstCivilians, other.")]
    [InlineData("--since|2025-13-01", "conflictmodel aggregate: --since is a day as YYYY-MM-DD; got '2025-13-01'.")]
    [InlineData("--bbox|1,2,3", "conflictmodel aggregate: --bbox is SOUTH,WEST,NORTH,EAST: 4 numbers; got 3.")]
    [InlineData("--near|16,-3,zero", "conflictmodel aggregate: --near is LAT,LON,KM, numbers with a decimal point; 'zero' is not a number.")]
    [InlineData("--country|Mali", "conflictmodel aggregate: Give one or more ISO 3166-1 alpha-2 country codes, such as ML; got 'MALI'.")]
    [InlineData("--division|ML", "conflictmodel aggregate: --division is COUNTRY/NAME[/NAME...], such as ML/Tombouctou; got 'ML'.")]
    public void WrongCommandLines_AreExitCode2_WithTheValidValues(string arguments, string message)
    {
        var run = Cli.Run(["aggregate", Repository.TimbuktuExample, .. arguments.Split('|')]);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain(message);
    }

    [Fact]
    public void BadInput_IsLocated_AndSkippedRowsAreExitCode1()
    {
        var bad = _files.Write("bad.jsonl", Documents.TimbuktuLine + "\n{\"not\": \"a document\"}\n");

        var stop = Cli.Run("aggregate", bad);
        var skip = Cli.Run("aggregate", bad, "--bad-rows", "skip");
        var missing = Cli.Run("aggregate", Path.Combine(_files.Path, "missing.json"));

        stop.ExitCode.Should().Be(2);
        stop.Output.Should().BeEmpty("nothing is counted from a file that stopped");
        stop.Error.Should().StartWith($"{bad}:2:");
        skip.ExitCode.Should().Be(1, skip.Error);
        skip.Error.Should().Contain($"{bad}:2:").And.EndWith("4 engagements read, 4 counted in 1 rows, 0 not assignable; 1 lines rejected\n");
        missing.ExitCode.Should().Be(2);
        missing.Error.Should().Contain("io.unreadable");
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}
