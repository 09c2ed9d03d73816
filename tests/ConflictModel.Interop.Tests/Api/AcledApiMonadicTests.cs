using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ConflictModel.Engagements;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Api;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Formats;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Tests.Api;

/// <summary>
/// The ACLED API's monadic answers (one record per actor): joined per event as the monadic CSV files are, with the same
/// engagements and fatality total as the CSV of the same rows, the records accounted for, late records refused at their path.
/// </summary>
public sealed class AcledApiMonadicTests
{
    private static string ApiFile(string name) => TestFiles.Path(Path.Combine("Api", name));

    private static async Task<(DatasetDocument Document, ReadSummary Summary)> ReadAll(DatasetReading reading)
    {
        var documents = new List<DatasetDocument>();
        await foreach (var document in reading)
        {
            documents.Add(document);
        }

        var merged = new DatasetDocument
        {
            Sources = documents.SelectMany(d => d.Sources).DistinctBy(s => s.Id).ToArray(),
            Actors = documents.SelectMany(d => d.Actors).DistinctBy(a => a.Id).ToArray(),
            Engagements = documents.SelectMany(d => d.Engagements).ToArray(),
        };
        return (merged, reading.Summary);
    }

    private static DatasetReadOptions Options(string name, BadRowHandling bad = BadRowHandling.StopAtFirst, int batch = 1_000) =>
        new() { Name = name, BadRecords = bad, BatchSize = batch, UniqueIdsAcrossBatches = true };

    private static Task<(DatasetDocument Document, ReadSummary Summary)> MonadicCsv() =>
        ReadAll(AcledFormat.Instance.Read(File.OpenRead(TestFiles.Path("acled-monadic-constructed.csv")), Options("acled-monadic-constructed.csv")));

    private static long Fatalities(DatasetDocument doc) => doc.Engagements.Sum(e => e.Figures.Where(f => f.Measure == Figures.Measure.Killed).Sum(f => f.Estimates.Sum(x => x.Quantity.Value ?? 0)));

    private static long RowFatalities(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!.AsArray().Sum(r => long.Parse(r!["fatalities"]!.ToString(), CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("acled-api-monadic-strings.json", "an envelope, values as strings, a record per line")]
    [InlineData("acled-api-monadic-numbers.json", "the bare data array, numbers and null, every record on one line")]
    public async Task Read_MonadicRecords_SameEngagementsAndFatalitiesAsTheMonadicCsv(string file, string shape)
    {
        var csv = await MonadicCsv();
        await using var input = File.OpenRead(ApiFile(file));

        var (document, summary) = await ReadAll(AcledApiFormat.Instance.Read(input, Options(file)));

        document.Should().Be(csv.Document, shape);
        Fatalities(document).Should().Be(19, "12 + 7 + 0 + 0: each event's fatalities once, as the CSV import gives them");
        Fatalities(document).Should().Be(Fatalities(csv.Document));
        (summary.RecordsRead, summary.RecordsImported, summary.RecordsRejected, summary.Engagements).Should().Be((6, 6, 0, 4), "records read = imported + rejected; events read = engagements");
        summary.Csv!.RowsMerged.Should().Be(2, "imported = engagements + merged");
        summary.Layout.Should().Be("monadic");
        document.Engagements.Select(e => e.Id.Value).Should().Equal("acled-DRC91001", "acled-DRC91003", "acled-DRC91002", "acled-DRC91004");
        document.Engagements[0].Sides.Select(s => s.ActorIds.Count).Should().Equal(1, 1);
    }

    [Fact]
    public void Data_TheNumbersFileHasNumbersAndNullsOnOneLine_AndItsRowsCountEventsTwice()
    {
        var numbers = File.ReadAllText(ApiFile("acled-api-monadic-numbers.json"));

        numbers.TrimEnd('\n').Should().NotContain("\n", "all records on one line: their line cannot tell them apart");
        numbers.Should().Contain("\"fatalities\": 12,").And.Contain("\"latitude\": -1.1900,").And.Contain("\"admin3\": null");
        RowFatalities(numbers).Should().Be(38, "summing the records' fatalities counts the two-actor events twice, which the join prevents");
        File.ReadAllText(ApiFile("acled-api-monadic-strings.json")).Should().Contain("\"fatalities\": \"12\"");
    }

    [Theory]
    [InlineData("acled-api-monadic-strings.json", "a ACLED API page (members status, success, count, data, messages, last_update); the monadic layout")]
    [InlineData("acled-api-monadic-numbers.json", "a JSON array of ACLED records (fields event_id_cnty, event_type, sub_event_type, actor1, fatalities, interaction, inter1); the monadic layout")]
    public void Sniff_MonadicRecords_AreAcledApiInTheMonadicLayout(string file, string evidence)
    {
        var (found, verdicts) = FormatRegistry.Default.Sniff(File.ReadAllBytes(ApiFile(file)), complete: true);

        found!.Name.Should().Be("acled-api");
        verdicts.Single(v => v.Format == "acled-api").Evidence.Should().Be(evidence);
    }

    [Fact]
    public void Sniff_DyadicRecords_NameNoLayout() =>
        AcledApiFormat.Instance.Recognise(File.ReadAllBytes(ApiFile("acled-api-numbers.json"))).Evidence.Should().NotContain("layout");

    /// <summary>The first record of event DRC91001, fillers of single-actor events, then its second record: a whole window later.</summary>
    private static string LateRecordArray(out int records)
    {
        var all = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(ApiFile("acled-api-monadic-numbers.json")))!.AsArray();
        var list = new List<string> { all[0]!.ToJsonString() };
        for (var i = 0; i < AcledMonadicStage.Window; i++)
        {
            var filler = all[3]!.DeepClone();
            filler["event_id_cnty"] = "DRC7" + i.ToString("00000", CultureInfo.InvariantCulture);
            list.Add(filler.ToJsonString());
        }

        list.Add(all[1]!.ToJsonString());
        records = list.Count;
        return "[\n" + string.Join(",\n", list) + "\n]\n";
    }

    [Fact]
    public async Task Read_MonadicRecordAfterItsEventWasHandedOn_IsRejectedAtItsPath_AndTheReadGoesOn()
    {
        var json = LateRecordArray(out var records);

        var (document, summary) = await ReadAll(AcledApiFormat.Instance.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), Options("late.json", BadRowHandling.SkipAndReport, batch: 256)));

        (summary.RecordsRead, summary.RecordsImported, summary.RecordsRejected).Should().Be((records, records - 1, 1));
        document.Engagements.Should().HaveCount(1 + AcledMonadicStage.Window);
        document.Engagements.Single(e => e.Id.Value == "acled-DRC91001").Sides.Should().ContainSingle("its second record came too late to join it");
        var error = summary.Problems.Single(p => p.Code == "acled.monadic-late-row");
        error.Severity.Should().Be(ValidationSeverity.Error);
        (error.File, error.Line, error.Path, error.ColumnName, error.Value).Should().Be(("late.json", records + 1, "[" + (records - 1).ToString(CultureInfo.InvariantCulture) + "].event_id_cnty", "event_id_cnty", "DRC91001"));
        Fatalities(document).Should().Be(12, "the battle once; the late record is not a second battle");
    }

    [Fact]
    public async Task Read_MonadicRecordAfterItsEventWasHandedOn_StopsTheReadUnderStopAtFirst()
    {
        var json = LateRecordArray(out var records);
        var reading = AcledApiFormat.Instance.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), Options("late.json", batch: 256));
        var engagements = 0;

        var act = async () =>
        {
            await foreach (var document in reading)
            {
                engagements += document.Engagements.Count;
            }
        };

        var problem = (await act.Should().ThrowAsync<DatasetReadException>()).Which.Problem;
        problem.Code.Should().Be("acled.monadic-late-row");
        problem.Path.Should().Be("[" + (records - 1).ToString(CultureInfo.InvariantCulture) + "].event_id_cnty");
        engagements.Should().Be(1 + AcledMonadicStage.Window, "what was read before the late record is handed on");
        reading.Summary.RecordsRejected.Should().Be(1);
    }

    [Fact]
    public async Task Read_MonadicRecordsThatDisagree_WarnAtTheRecordsPath()
    {
        var json = File.ReadAllText(ApiFile("acled-api-monadic-strings.json"));
        var at = json.IndexOf("\"fatalities\": \"12\"", json.IndexOf("M23", System.StringComparison.Ordinal), System.StringComparison.Ordinal);
        json = json[..at] + "\"fatalities\": \"13\"" + json[(at + "\"fatalities\": \"12\"".Length)..];

        var (document, summary) = await ReadAll(AcledApiFormat.Instance.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), Options("differ.json")));

        Fatalities(document).Should().Be(19, "the first record's 12 is kept");
        var warning = summary.Problems.Single(p => p.Code == "acled.monadic-rows-differ");
        (warning.Line, warning.Path).Should().Be((9, "data[1].event_id_cnty"));
        warning.Message.Should().Contain("its first row (the record data[0] on line 8)");
    }
}
