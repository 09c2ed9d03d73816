using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ConflictModel.Engagements;
using ConflictModel.Interop.Formats;
using ConflictModel.Interop.Ged;
using ConflictModel.Interop.Tests.Csv;

namespace ConflictModel.Interop.Tests.Ged;

public class GedLayoutTests
{
    private static readonly Lazy<Task<Engagement[]>> Original = new(async () =>
        (await CsvInputs.ReadAsync(GedFormat.Instance, File.ReadAllBytes(TestFiles.Ged))).Documents.Engagements().ToArray());

    public static TheoryData<string, string, string[]> LayoutFiles => new()
    {
        { "ged-release-17.csv", "release-17", ["code_status"] },
        { "ged-release-5.csv", "release-5", ["relid", "code_status"] },
        { "ged-api-csv.csv", "api-csv", [] },
        { "ged-spreadsheet-windows-1252.csv", "release", [] },
        { "ged-spreadsheet-us.csv", "release", [] },
    };

    private static byte[] Bytes(string file) => File.ReadAllBytes(TestFiles.Path("layouts/" + file));

    [Fact]
    public void Layouts_ListEveryGedLayout_DefaultFirst()
    {
        GedFormat.Instance.Layouts.Select(l => l.Name).Should().Equal("release", "release-17", "release-5", "api-csv");
        GedFormat.Instance.FindLayout("RELEASE-5")!.Description.Should().Contain("best_est");
    }

    [Theory]
    [MemberData(nameof(LayoutFiles))]
    public async Task Read_RealRowsOfEachLayout_ImportEveryRowRecordTheLayoutAndWarnOfWhatIsMissing(string file, string layout, string[] missing)
    {
        var (documents, summary) = await CsvInputs.ReadAsync(GedFormat.Instance, Bytes(file));
        var engagements = documents.Engagements().ToList();

        summary.Layout.Should().Be(layout);
        (summary.RecordsRead, summary.RecordsImported, summary.RecordsRejected, summary.Engagements).Should().Be((300L, 300L, 0L, 300L));
        summary.Csv!.MissingColumns.Should().BeEquivalentTo(missing);
        summary.Csv.UnknownColumns.Should().BeEmpty();
        engagements.Should().OnlyContain(e => e.DatasetFields.Contains(DatasetField.Of("ucdp-ged", DatasetFormat.LayoutFieldName, layout)));

        // The model of each event is the one its canonical row gives: only the dataset fields may differ.
        var original = (await Original.Value).ToDictionary(e => e.Id);
        foreach (var e in engagements)
        {
            var o = original[e.Id];
            (e with { DatasetFields = [] }).Should().Be(o with { DatasetFields = [] });
        }

        FormatRegistry.Default.Sniff(Bytes(file), complete: true).Format.Should().Be(GedFormat.Instance);
    }

    [Theory]
    [InlineData("ged-release-17.csv")]
    [InlineData("ged-release-5.csv")]
    [InlineData("ged-api-csv.csv")]
    public async Task Write_DocumentsReadInALayout_WriteThatLayoutBackValueForValue(string file)
    {
        var bytes = Bytes(file);
        var (documents, _) = await CsvInputs.ReadAsync(GedFormat.Instance, bytes);

        var written = await Write(documents, null);

        var expected = CsvTable.Parse(Encoding.UTF8.GetString(bytes));
        var actual = CsvTable.Parse(written.Text);
        actual.Header.Should().Equal(expected.Header);
        CsvTable.Differences(expected.Header, expected.Rows, actual).Should().BeEmpty();
        written.Summary.NoteCounts.Should().NotContainKey("export.column-dropped");
    }

    [Fact]
    public async Task Write_AskedForAnotherLayout_WritesItsColumnsAndNotesEachValueItCannotHold()
    {
        var (documents, _) = await CsvInputs.ReadAsync(GedFormat.Instance, File.ReadAllBytes(TestFiles.Ged));

        var written = await Write(documents.Take(1).ToList(), "release-5");

        var table = CsvTable.Parse(written.Text);
        table.Header.Should().Contain(["best_est", "high_est", "low_est"]).And.NotContain(["relid", "code_status", "best"]);
        written.Summary.NoteCounts["export.column-dropped"].Should().Be(2 * documents[0].Engagements.Count, "each event has a relid and a code_status");
        var notes = written.Summary.Notes.Where(n => n.Code == "export.column-dropped").ToList();
        notes[0].Message.Should().Be("the release-5 layout has no column relid: its value 'IRN-2026-1-18868-62' is not written.");

        // Read back, the events are the same (what release-5 has no column for is gone, and noted above).
        var (back, summary) = await CsvInputs.ReadAsync(GedFormat.Instance, Encoding.UTF8.GetBytes(written.Text));
        summary.Layout.Should().Be("release-5");
        back.Engagements().Select(e => e with { DatasetFields = [] }).Should().Equal(documents[0].Engagements.Select(e => e with { DatasetFields = [] }));
    }

    [Fact]
    public async Task Write_SpreadsheetResaveConverted_RespellsDatesAndBooleansAsUcdpWritesThem()
    {
        var (documents, _) = await CsvInputs.ReadAsync(GedFormat.Instance, Bytes("ged-spreadsheet-windows-1252.csv"));

        // Written back as read (release) the spreadsheet's spellings stay; converted, the layout's are used.
        CsvTable.Parse((await Write(documents, null)).Text).Get(0, "date_start").Should().MatchRegex(@"^\d\d/\d\d/2026 00:00$");
        var written = CsvTable.Parse((await Write(documents, "release-17")).Text);

        written.Rows.Select(r => written.Get(written.Rows.IndexOf(r), "date_start")).Should().OnlyContain(d => d.Length == 23 && d[4] == '-' && d.EndsWith(" 00:00:00.000", StringComparison.Ordinal));
        written.Rows.Select(r => r[Array.IndexOf(written.Header, "active_year")]).Distinct().Should().BeSubsetOf(["true", "false"]);
        var original = CsvTable.Ged();
        var first = written.Get(0, "id");
        written.Get(0, "date_start").Should().Be(original.Rows.Single(r => r[0] == first)[Array.IndexOf(original.Header, "date_start")]);
    }

    [Fact]
    public async Task Write_UnknownLayout_IsRefusedListingTheLayouts()
    {
        var act = () => Write([], "release-99");

        (await act.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("release, release-17, release-5, api-csv");
    }

    [Fact]
    public async Task Read_IdInScientificNotation_RejectsTheRowWithALocatedError()
    {
        var csv = CsvTable.Ged(2).With(1, "id", "6.25374E+05").ToCsv();

        var reading = GedFormat.Instance.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new DatasetReadOptions { Name = "t.csv", BadRecords = ConflictModel.Interop.Csv.BadRowHandling.SkipAndReport });
        var count = 0;
        await foreach (var document in reading)
        {
            count += document.Engagements.Count;
        }

        count.Should().Be(1);
        var error = reading.Summary.Problems.Single(p => p.Code == "csv.scientific-id");
        (error.Line, error.ColumnName, error.Value).Should().Be((3L, "id", "6.25374E+05"));
    }

    private static async Task<(string Text, DatasetWriteSummary Summary)> Write(IReadOnlyList<DatasetDocument> documents, string? layout)
    {
        using var output = new MemoryStream();
        var summary = await GedFormat.Instance.WriteAsync(Stream(documents), output, new DatasetWriteOptions { Layout = layout });
        return (Encoding.UTF8.GetString(output.ToArray()), summary);
    }

    private static async IAsyncEnumerable<DatasetDocument> Stream(IReadOnlyList<DatasetDocument> documents)
    {
        await Task.Yield();
        foreach (var document in documents)
        {
            yield return document;
        }
    }
}
