using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Json;

namespace ConflictModel.Tables.Tests;

/// <summary>The tables of the canonical Timbuktu document, value by value where the model's reasoning is known (docs/analysis.md, worked example).</summary>
public sealed class TimbuktuTablesTests
{
    private static DatasetDocument Timbuktu() => DatasetJson.Read(File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "TestData", "timbuktu-2025.json")));

    [Fact]
    public async Task Reconciled_MalianSideFullRange_IsThirtyToSixtyOpen()
    {
        using var folder = new TempFolder();
        var document = Timbuktu();
        await TidyTableExporter.ExportAsync(Async.From([document]), folder.Path);

        using var db = new DuckDb();
        var rows = db.Query($"""
            SELECT r.low, r.high, r.high_open, r.range_text, f.subject_kind
            FROM {folder.Sql("reconciled.parquet")} r JOIN {folder.Sql("figures.parquet")} f USING (engagement_id, figure_id)
            WHERE r.engagement_id = 'timbuktu-2025-06-02' AND r.measure = 'killed' AND r.policy = 'full range' AND f.subject_kind = 'side' AND f.part_of IS NULL
            ORDER BY r.low
            """);

        // The Malian side's "30–60+" and JNIM's "6–14": 36 to the low and 74+ to the high of the month's row.
        rows.Select(r => ((long)r[0]!, (long)r[1]!, (bool)r[2]!)).Should().Equal((6L, 14L, false), (30L, 60L, true));
        rows.Select(r => (string)r[3]!).Should().Equal("6–14", "30–60+");
    }

    [Fact]
    public async Task EmptyInput_EveryTableWritten_WithItsColumns()
    {
        using var folder = new TempFolder();
        var summary = await TidyTableExporter.ExportAsync(Async.From<DatasetDocument>([]), folder.Path, new TableExportOptions { Format = TableFileFormat.Csv });

        summary.RowsPerTable.Should().OnlyContain(p => p.Value == 0);
        foreach (var table in TidySchemas.All)
        {
            File.ReadAllText(Path.Combine(folder.Path, table.Name + ".csv")).Should().Be(string.Join(",", table.Columns.Select(c => c.Name)) + "\n");
        }
    }

    [Fact]
    public async Task RowGroupSizeBelowOne_IsRefused()
    {
        using var folder = new TempFolder();
        var act = () => TidyTableExporter.ExportAsync(Async.From([Timbuktu()]), folder.Path, new TableExportOptions { RowGroupSize = 0 });

        (await act.Should().ThrowAsync<System.ArgumentException>()).WithMessage("RowGroupSize must be 1 or more; it is 0. (Parameter 'options')");
    }
}
