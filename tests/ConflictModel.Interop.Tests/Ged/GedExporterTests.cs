using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Ged;
using ConflictModel.Places;
using ConflictModel.Testing;
using CsCheck;

namespace ConflictModel.Interop.Tests.Ged;

public class GedExporterTests
{
    private static async Task<(CsvTable Table, ExportSummary Summary)> Export(DatasetDocument document, CsvExportOptions? options = null)
    {
        var writer = new StringWriter();
        var summary = await GedExporter.ExportAsync(document, writer, options);
        return (CsvTable.Parse(writer.ToString()), summary);
    }

    [Fact]
    public async Task Export_EngagementWithTwoSites_IsSplitIntoTwoRows_FiguresOnTheFirst()
    {
        var imported = (await GedImporter.ImportAsync(new StringReader(CsvTable.Ged(1).ToCsv()))).Document;
        var e = imported.Engagements[0];
        var second = e.Sites[0] with { Id = new SiteId("second"), Name = "Second place", Coordinates = new Coordinates(1.5, 2.25), Description = null };
        var document = imported with { Engagements = [e with { Sites = [e.Sites[0], second] }] };

        var (table, summary) = await Export(document);

        summary.RowsWritten.Should().Be(2);
        summary.EngagementsWritten.Should().Be(1);
        summary.Notes.Select(n => n.ToString()).Should().Equal("info export.sites-split: value 'ged-625373', at engagements[id=ged-625373].sites: 2 sites, split into 2 rows (figures on the first).");
        summary.NoteCount.Should().Be(1);
        table.Get(0, "relid").Should().Be("IRN-2026-1-18868-62");
        table.Get(1, "relid").Should().Be("IRN-2026-1-18868-62.1");
        table.Get(0, "best").Should().Be("13");
        table.Get(1, "best").Should().Be("0");
        table.Get(1, "deaths_civilians").Should().Be("0");
        table.Get(1, "where_coordinates").Should().Be("Second place");
        table.Get(1, "geom_wkt").Should().Be("POINT (2.25 1.5)");
        table.Get(1, "code_status").Should().Be("Clear");
        table.Get(1, "id").Should().Be("625373");
    }

    [Fact]
    public async Task Export_FormulaLikeText_ByDefault_IsWrittenAsItIs_AndCounted()
    {
        var imported = (await GedImporter.ImportAsync(new StringReader(CsvTable.Ged(1).With(0, "where_description", "=HYPERLINK(\"http://x\")").ToCsv()))).Document;

        var (table, summary) = await Export(imported);

        table.Get(0, "where_description").Should().Be("=HYPERLINK(\"http://x\")");
        summary.FormulaLikeValues.Should().Be(1);
        summary.ValuesNeutralised.Should().Be(0);
    }

    [Fact]
    public async Task Export_FormulaLikeText_SpreadsheetSafe_IsNeutralised_AndImportRestoresIt()
    {
        var imported = (await GedImporter.ImportAsync(new StringReader(CsvTable.Ged(1).With(0, "where_description", "=HYPERLINK(\"http://x\")").ToCsv()))).Document;

        var (table, summary) = await Export(imported, new CsvExportOptions { SpreadsheetSafe = true });
        var again = await GedImporter.ImportAsync(new StringReader(table.ToCsv()));

        table.Get(0, "where_description").Should().Be("'=HYPERLINK(\"http://x\")");
        table.Get(0, "longitude").Should().Be("51.010278", "numbers starting with '-' or '+' are not formulas");
        summary.ValuesNeutralised.Should().Be(1);
        summary.FormulaLikeValues.Should().Be(1);
        again.Document.Engagements[0].Sites[0].Description.Should().Be("=HYPERLINK(\"http://x\")");
    }

    [Fact]
    public async Task Export_AdditionalColumns_WritesUnknownColumnsBack()
    {
        var table = CsvTable.Ged(1);
        var withExtra = new CsvTable { Header = [.. table.Header, "my_note"], Rows = [[.. table.Rows[0], "kept, with comma"]] };
        var imported = (await GedImporter.ImportAsync(new StringReader(withExtra.ToCsv()))).Document;

        var (written, _) = await Export(imported, new CsvExportOptions { AdditionalColumns = ["my_note"] });

        written.Header.Should().Equal(withExtra.Header);
        written.Get(0, "my_note").Should().Be("kept, with comma");
    }

    [Fact]
    public void Export_GeneratedDocuments_WritesOneRowPerSite_AndReadsBack()
    {
        Gen.Int[0, 100_000].Sample(
            seed =>
            {
                var document = DocumentGenerator.Generate(seed, 6);
                var writer = new StringWriter();
                var summary = GedExporter.ExportAsync(document, writer).GetAwaiter().GetResult();
                var expectedRows = document.Engagements.Sum(e => Math.Max(1, e.Sites.Count));
                summary.RowsWritten.Should().Be(expectedRows);

                var back = GedImporter.ImportAsync(new StringReader(writer.ToString())).GetAwaiter().GetResult();
                back.Summary.RowsImported.Should().Be(expectedRows);
                back.Document.Engagements.Select(e => e.Time.Start.Date).Should().Equal(
                    document.Engagements.SelectMany(e => Enumerable.Repeat(e.Time.Start.Date, Math.Max(1, e.Sites.Count))));
            },
            iter: 25);
    }

    [Fact]
    public async Task Export_DocumentWithoutGedFields_DerivesTypeOfViolenceAndDatePrecision()
    {
        var document = DocumentGenerator.Generate(7, 10);

        var (table, _) = await Export(document);

        var rows = document.Engagements.SelectMany(e => Enumerable.Repeat(e, Math.Max(1, e.Sites.Count))).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var state = rows[r].Sides.SelectMany(s => s.ActorIds).Any(a => document.Actors.Single(x => x.Id == a).Kind is ActorKind.Government or ActorKind.StateForces);
            table.Get(r, "type_of_violence").Should().Be(rows[r].Type == EngagementType.ViolenceAgainstCivilians ? "3" : state ? "1" : "2");
            table.Get(r, "date_start").Should().Be(rows[r].Time.Start.Date.ToString("uuuu'-'MM'-'dd", null) + " 00:00:00.000");
            table.Get(r, "relid").Should().StartWith(rows[r].Id.Value);
        }
    }

    [Fact]
    public async Task Export_StreamOfBatches_WritesTheSameTableAsOneDocument()
    {
        var whole = (await GedImporter.ImportFileAsync(TestFiles.Ged)).Document;
        var batches = new List<DatasetDocument>();
        await GedImporter.ImportAsync(new StringReader(TestFiles.Read("GEDEvent_v26_0_4.csv")), (d, _) => { batches.Add(d); return ValueTask.CompletedTask; }, new CsvImportOptions { BatchSize = 300 });
        var one = new StringWriter();
        var many = new StringWriter();

        await GedExporter.ExportAsync(whole, one);
        var summary = await GedExporter.ExportAsync(Async(batches), many);

        batches.Should().HaveCount(6);
        summary.RowsWritten.Should().Be(1675);
        many.ToString().Should().Be(one.ToString());
    }

    // System.Linq's ToAsyncEnumerable is .NET 10 only; these tests also run on .NET 8.
    private static async IAsyncEnumerable<T> Async<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }
}
