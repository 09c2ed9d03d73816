using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ConflictModel.Interop.Ged;

namespace ConflictModel.Cli.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private static readonly string GedSlice = Repository.PathOf("tests", "ConflictModel.Cli.Tests", "TestData", "ged-slice.csv");
    private static readonly string[] Tables = ["engagements", "sides", "sites", "figures", "estimates", "statements", "reconciled"];
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Export_GedToParquet_SevenFiles_SummaryWithCounts()
    {
        var output = Path.Combine(_files.Path, "tables");
        var document = (await GedImporter.ImportFileAsync(GedSlice)).Document;
        var figures = document.Engagements.Sum(e => e.Figures.Count);

        var result = Cli.Run("export", GedSlice, "--to", "parquet", output);

        result.ExitCode.Should().Be(0, result.Error);
        Directory.GetFiles(output).Select(Path.GetFileName).Should().BeEquivalentTo(Tables.Select(t => t + ".parquet"));
        foreach (var file in Directory.GetFiles(output))
        {
            var bytes = File.ReadAllBytes(file);
            (System.Text.Encoding.ASCII.GetString(bytes, 0, 4), System.Text.Encoding.ASCII.GetString(bytes, bytes.Length - 4, 4)).Should().Be(("PAR1", "PAR1"), file);
        }

        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines[0].Should().Be($"{GedSlice}: 25 rows read: 25 imported, 0 rejected, 0 warnings");
        lines[1].Should().Be(
            $"{output}: 25 engagements read; rows written: engagements 25, sides {document.Engagements.Sum(e => e.Sides.Count)}, sites {document.Engagements.Sum(e => e.Sites.Count)}, " +
            $"figures {figures}, estimates {document.Engagements.Sum(e => e.Figures.Sum(f => f.Estimates.Count))}, statements {document.Engagements.Sum(e => e.Statements.Count)}, reconciled {figures * 3} (7 files)");
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public void Export_TablesCsv_OneRowPerEngagement_Header()
    {
        var output = Path.Combine(_files.Path, "csv");

        var result = Cli.Run("export", GedSlice, "--to", "tables-csv", output);

        result.ExitCode.Should().Be(0, result.Error);
        var engagements = File.ReadAllLines(Path.Combine(output, "engagements.csv"));
        engagements[0].Should().StartWith("engagement_id,name,type,conflict_name,tactics,time_start,time_end,start_date,");
        engagements.Should().HaveCount(26);
        Directory.GetFiles(output).Select(Path.GetFileName).Should().BeEquivalentTo(Tables.Select(t => t + ".csv"));
    }

    [Fact]
    public void Export_ReasoningColumn_EmptyUnlessAsked()
    {
        var plain = Path.Combine(_files.Path, "plain");
        var reasoned = Path.Combine(_files.Path, "reasoned");

        var withoutIt = Cli.Run("export", Repository.TimbuktuExample, "--to", "tables-csv", plain);
        var withIt = Cli.Run("export", Repository.TimbuktuExample, "--to", "tables-csv", "--reasoning", reasoned);

        withoutIt.ExitCode.Should().Be(0, withoutIt.Error);
        withIt.ExitCode.Should().Be(0, withIt.Error);
        var header = File.ReadLines(Path.Combine(plain, "reconciled.csv")).First();
        header.Should().EndWith(",range_text,reasoning");
        var rows = File.ReadAllLines(Path.Combine(plain, "reconciled.csv")).Skip(1).ToList();
        rows.Should().NotBeEmpty().And.OnlyContain(r => r.EndsWith(',')); // the last column, reasoning, is empty
        File.ReadAllLines(Path.Combine(reasoned, "reconciled.csv")).Skip(1).Should().Contain(r => r.Contains("set aside", System.StringComparison.Ordinal) || r.Contains("high ", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_PartitionByYear_HiveFolders()
    {
        var output = Path.Combine(_files.Path, "hive");
        var years = (await GedImporter.ImportFileAsync(GedSlice)).Document.Engagements.Select(e => e.Time.Start.Year).Distinct().ToList();

        var result = Cli.Run("export", GedSlice, "--to", "parquet", "--partition-by", "year", output);

        result.ExitCode.Should().Be(0, result.Error);
        Directory.GetDirectories(Path.Combine(output, "engagements")).Select(Path.GetFileName).Should().BeEquivalentTo(years.Select(y => "year=" + y));
        File.Exists(Path.Combine(output, "engagements", "year=" + years[0], "part-0.parquet")).Should().BeTrue();
    }

    [Fact]
    public void Export_GeoJson_FeaturePerSite()
    {
        var output = Path.Combine(_files.Path, "sites.geojson");

        var result = Cli.Run("export", GedSlice, "--to", "geojson", output);

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        json.RootElement.GetProperty("features").GetArrayLength().Should().Be(25);
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Should().Be($"{output}: 25 engagements read; 25 features written; 0 sites without coordinates");
    }

    [Fact]
    public void Export_Timbuktu_FromStandardInput()
    {
        var output = Path.Combine(_files.Path, "t");
        var result = Cli.RunProcessWithInput(File.ReadAllText(Repository.TimbuktuExample), "export", "-", "--to", "tables-csv", output);

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().StartWith("(standard input): 1 document read: 1 exported, 0 rejected\n");
        File.ReadAllLines(Path.Combine(output, "engagements.csv")).Should().HaveCount(5, "the Timbuktu document has 4 engagements");
    }

    [Fact]
    public void Export_UnknownTo_ExitTwo_ListsTheValidValues()
    {
        var result = Cli.Run("export", GedSlice, "--to", "xlsx", Path.Combine(_files.Path, "x"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("xlsx").And.Contain("parquet").And.Contain("tables-csv").And.Contain("geojson");
        Directory.GetFileSystemEntries(_files.Path).Should().BeEmpty();
    }

    [Fact]
    public void Export_PartitionedGeoJson_ExitTwo()
    {
        var result = Cli.Run("export", GedSlice, "--to", "geojson", "--partition-by", "year", Path.Combine(_files.Path, "x.geojson"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("conflictmodel: --partition-by is for the tables (--to parquet or tables-csv), not geojson.\n");
    }

    [Fact]
    public void Export_BadRow_StopByDefault_ExitTwo_SkipExitOne()
    {
        var lines = File.ReadAllLines(GedSlice);
        var header = lines[0].Split(',');
        var at = 3;
        var bad = RawFields(lines[at]);
        bad[Array.IndexOf(header, "best")] = "many";
        lines[at] = string.Join(',', bad);
        var input = _files.Write("bad.csv", string.Join('\n', lines) + "\n");
        var output = Path.Combine(_files.Path, "out");

        var stop = Cli.Run("export", input, "--to", "parquet", output);

        stop.ExitCode.Should().Be(2);
        stop.Error.Split('\n')[0].Should().StartWith($"{input}:{at + 1}: error ").And.Contain("column 'best', value 'many'");

        var skip = Cli.Run("export", input, "--to", "parquet", "--bad-rows", "skip", output);

        skip.ExitCode.Should().Be(1);
        var errors = skip.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        errors[0].Should().StartWith($"{input}:{at + 1}: error ").And.Contain("column 'best', value 'many'");
        errors[1].Should().Be($"{input}: 25 rows read: 24 imported, 1 rejected, 0 warnings");
        errors[2].Should().StartWith($"{output}: 24 engagements read; rows written: engagements 24, ");
    }

    [Fact]
    public void Export_MissingInput_ExitTwo_Located()
    {
        var missing = Path.Combine(_files.Path, "none.csv");

        var result = Cli.Run("export", missing, "--to", "parquet", Path.Combine(_files.Path, "out"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith(missing + ": error io.unreadable: Cannot read the file: ");
    }

    /// <summary>The fields of a CSV line as written (quotes kept), split at the commas outside quotes.</summary>
    private static string[] RawFields(string line)
    {
        var fields = new System.Collections.Generic.List<string>();
        var (start, quoted) = (0, false);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == ',' && !quoted)
            {
                fields.Add(line[start..i]);
                start = i + 1;
            }
        }

        fields.Add(line[start..]);
        return [.. fields];
    }
}
