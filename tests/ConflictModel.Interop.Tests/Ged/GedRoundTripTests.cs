using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Ged;

namespace ConflictModel.Interop.Tests.Ged;

public class GedRoundTripTests
{
    private static async Task<(string Csv, ImportResult Import, ExportSummary Export)> RoundTrip(bool spreadsheetSafe)
    {
        var import = await GedImporter.ImportFileAsync(TestFiles.Ged);
        var writer = new StringWriter();
        var export = await GedExporter.ExportAsync(import.Document, writer, new CsvExportOptions { SpreadsheetSafe = spreadsheetSafe });
        return (writer.ToString(), import, export);
    }

    [Fact]
    public async Task ImportFile_RealFile_ImportsEveryRow()
    {
        var result = await GedImporter.ImportFileAsync(TestFiles.Ged);

        result.Summary.RowsRead.Should().Be(1675);
        result.Summary.RowsImported.Should().Be(1675);
        result.Summary.RowsRejected.Should().Be(0);
        result.Summary.MissingColumns.Should().BeEmpty();
        result.Summary.UnknownColumns.Should().BeEmpty();
        result.Document.Engagements.Should().HaveCount(1675);
        result.Document.Actors.Select(a => a.Id).Should().OnlyHaveUniqueItems();
        result.Document.Actors.Select(a => a.ExternalIds.Single(x => x.Scheme == ConflictModel.Actors.ExternalIdScheme.UcdpActor).Value).Distinct()
            .Should().HaveCount(175, "the file names 175 distinct UCDP actors");
        result.Document.Actors.Where(a => a.Id.Value.EndsWith("-side-b", System.StringComparison.Ordinal))
            .Should().HaveCount(result.Document.Actors.Count - 175, "the only extra actors are the second side of placeholders used on both sides");
    }

    [Fact]
    public async Task Export_RealFile_ReproducesEveryColumnValueOfEveryRow()
    {
        var (csv, _, export) = await RoundTrip(spreadsheetSafe: false);
        var original = CsvTable.Parse(TestFiles.Read("GEDEvent_v26_0_4.csv"));
        var written = CsvTable.Parse(csv);

        written.Header.Should().Equal(original.Header);
        written.Rows.Should().HaveCount(original.Rows.Count);
        export.RowsWritten.Should().Be(1675);
        var differences = new List<string>();
        for (var r = 0; r < original.Rows.Count; r++)
        {
            for (var c = 0; c < original.Header.Length; c++)
            {
                if (!CsvTable.SameValue(original.Rows[r][c], written.Rows[r][c]))
                {
                    differences.Add($"row {r + 1} {original.Header[c]}: '{original.Rows[r][c]}' became '{written.Rows[r][c]}'");
                }
            }
        }

        differences.Should().BeEmpty();
    }

    [Fact]
    public async Task Export_RealFile_WithDefaultOptions_ChangesNoValue_AndCountsTheFormulaLikeOnes()
    {
        var import = await GedImporter.ImportFileAsync(TestFiles.Ged);
        var writer = new StringWriter();

        var export = await GedExporter.ExportAsync(import.Document, writer);

        var original = CsvTable.Parse(TestFiles.Read("GEDEvent_v26_0_4.csv"));
        CsvTable.Differences(original.Header, original.Rows, CsvTable.Parse(writer.ToString())).Should().BeEmpty("values are written as they are by default");
        export.ValuesNeutralised.Should().Be(0);
        export.FormulaLikeValues.Should().Be(117, "115 source_office and 2 source_original lists start with '-'");
    }

    [Fact]
    public async Task Export_RealFile_ToGed_DropsNoFact()
    {
        var import = await GedImporter.ImportFileAsync(TestFiles.Ged);

        var export = await GedExporter.ExportAsync(import.Document, new StringWriter());

        export.NoteCounts.Should().BeEmpty("a document read from GED holds nothing GED cannot write back");
        export.FactsDropped.Should().Be(0);
        export.EngagementsRefused.Should().Be(0);
    }

    [Fact]
    public async Task Export_SpreadsheetSafe_OnlyPrefixesFormulaLikeText_AndReadsBackEqual()
    {
        var (csv, import, export) = await RoundTrip(spreadsheetSafe: true);
        var original = CsvTable.Parse(TestFiles.Read("GEDEvent_v26_0_4.csv"));
        var written = CsvTable.Parse(csv);

        var changed = new List<(string Original, string Written)>();
        for (var r = 0; r < original.Rows.Count; r++)
        {
            for (var c = 0; c < original.Header.Length; c++)
            {
                if (!CsvTable.SameValue(original.Rows[r][c], written.Rows[r][c]))
                {
                    changed.Add((original.Rows[r][c], written.Rows[r][c]));
                }
            }
        }

        changed.Should().NotBeEmpty("the real file has text starting with '-' or '='");
        changed.Should().OnlyContain(x => x.Written == "'" + x.Original && "=+-@\t\r".Contains(x.Original[0]));
        export.ValuesNeutralised.Should().Be(changed.Count);

        var again = await GedImporter.ImportAsync(new StringReader(csv));
        again.Document.Should().Be(import.Document);
    }

    [Fact]
    public async Task Import_RealFile_ModelledColumnsNeedNoVerbatimCopy()
    {
        var result = await GedImporter.ImportFileAsync(TestFiles.Ged);
        string[] modelled =
        [
            "id", "year", "conflict_new_id", "conflict_name", "dyad_new_id", "side_a_new_id", "side_a", "side_b_new_id", "side_b",
            "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude", "priogrid_gid",
            "country", "country_id", "region", "date_start", "date_end",
            "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
        ];

        var copied = result.Document.Engagements.SelectMany(e => e.DatasetFields).Select(f => f.Name).Where(modelled.Contains).Distinct();

        copied.Should().BeEmpty("these columns are reproduced from model members alone");
    }

    [Fact]
    public async Task Export_WithoutDatasetFields_StillWritesTheModelledColumns()
    {
        var result = await GedImporter.ImportFileAsync(TestFiles.Ged);
        var stripped = result.Document with { Engagements = result.Document.Engagements.Select(e => e with { DatasetFields = [] }).ToArray() };
        var writer = new StringWriter();
        await GedExporter.ExportAsync(stripped, writer, new CsvExportOptions { SpreadsheetSafe = false });
        var original = CsvTable.Parse(TestFiles.Read("GEDEvent_v26_0_4.csv"));
        var written = CsvTable.Parse(writer.ToString());

        foreach (var column in new[] { "id", "side_a", "side_b", "latitude", "longitude", "best", "low", "high", "deaths_civilians", "date_start", "date_end", "adm_1", "priogrid_gid", "gwnoa" })
        {
            for (var r = 0; r < original.Rows.Count; r++)
            {
                CsvTable.SameValue(original.Get(r, column), written.Get(r, column)).Should().BeTrue($"row {r + 1} column {column}: '{original.Get(r, column)}' vs '{written.Get(r, column)}'");
            }
        }

        written.Get(0, "code_status").Should().BeEmpty("code_status has no model member and was stripped");
    }
}
