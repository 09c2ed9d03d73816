using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Figures;
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
    public async Task Reasoning_EmptyByDefault_TheReconcilersStepsWhenAsked_WithTheSameRanges()
    {
        using var plain = new TempFolder();
        using var reasoned = new TempFolder();
        var document = Timbuktu();
        await TidyTableExporter.ExportAsync(Async.From([document]), plain.Path);
        await TidyTableExporter.ExportAsync(Async.From([document]), reasoned.Path, new TableExportOptions { IncludeReasoning = true });

        using var db = new DuckDb();
        const string Columns = "engagement_id, figure_id, policy, low, best, high, high_open, range_text";
        var withoutReasoning = db.Query($"SELECT {Columns}, reasoning FROM {plain.Sql("reconciled.parquet")} ORDER BY engagement_id, figure_id, policy");
        var withReasoning = db.Query($"SELECT {Columns}, reasoning FROM {reasoned.Sql("reconciled.parquet")} ORDER BY engagement_id, figure_id, policy");

        withoutReasoning.Should().NotBeEmpty();
        withoutReasoning.Should().OnlyContain(r => r[8] == null);
        withoutReasoning.Select(r => string.Join("|", r.Take(8))).Should().Equal(withReasoning.Select(r => string.Join("|", r.Take(8))));
        var attack = document.Engagements.Single(e => e.Id.Value == "timbuktu-2025-06-02");
        var figure = attack.Figures.First(f => f.Estimates.Count > 1);
        var expected = FigureReconciler.Reconcile(figure, ReconciliationContext.For(document, attack), ReconciliationPolicy.FullRange);
        withReasoning.Single(r => (string)r[0]! == attack.Id.Value && (string)r[1]! == figure.Id.Value && (string)r[2]! == "full range")[8]
            .Should().Be(string.Join("; ", expected.Contributions.Select(c => c.Reason)));
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
