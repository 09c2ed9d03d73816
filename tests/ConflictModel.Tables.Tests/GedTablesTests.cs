using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Analysis;
using ConflictModel.Figures;
using ConflictModel.Interop.Ged;
using ConflictModel.Interop.Tests;

namespace ConflictModel.Tables.Tests;

/// <summary>
/// The tables written from the committed real GED file (1,675 rows), read back by DuckDB: its row counts equal the
/// model's, its SQL sums per month and country equal the aggregator's and the file's own columns, the CSV tables equal
/// the Parquet ones, and the partitioned tables read back with hive partitioning.
/// </summary>
public sealed class GedTablesTests : IClassFixture<GedTablesTests.Export>
{
    private readonly Export _export;

    public GedTablesTests(Export export) => _export = export;

    /// <summary>The GED file imported once and exported in the three shapes the tests read.</summary>
    public sealed class Export : IAsyncLifetime, IDisposable
    {
        internal TempFolder Folder { get; } = new();

        public DatasetDocument Document { get; private set; } = new();

        internal CsvTable Csv { get; } = CsvTable.Ged();

        public TableExportSummary Parquet { get; private set; } = null!;

        public TableExportSummary TablesCsv { get; private set; } = null!;

        public TableExportSummary Partitioned { get; private set; } = null!;

        public int ConsistentEngagements { get; private set; }

        public string ParquetDir => System.IO.Path.Combine(Folder.Path, "parquet");

        public async Task InitializeAsync()
        {
            Document = (await GedImporter.ImportFileAsync(TestFiles.Ged)).Document;

            // Batches of 100 engagements and row groups of 1,000 rows: the streaming path, several row groups per file.
            var batches = Document.Engagements.Chunk(100).Select(c => Document with { Engagements = [.. c] }).ToArray();
            Parquet = await TidyTableExporter.ExportAsync(Async.From(batches), ParquetDir, new TableExportOptions { RowGroupSize = 1000 });
            TablesCsv = await TidyTableExporter.ExportAsync(Async.From(batches), System.IO.Path.Combine(Folder.Path, "csv"), new TableExportOptions { Format = TableFileFormat.Csv, RowGroupSize = 1000 });
            Partitioned = await TidyTableExporter.ExportAsync(Async.From(batches), System.IO.Path.Combine(Folder.Path, "hive"), new TableExportOptions { PartitionByYear = true, RowGroupSize = 1000 });

            // The rows whose own low, best and high agree (all but 8), as GedAggregationTests compares them with the file's columns.
            var consistent = Enumerable.Range(0, Csv.Rows.Count).Where(Consistent).Select(i => Document.Engagements[i]).ToArray();
            ConsistentEngagements = consistent.Length;
            await TidyTableExporter.ExportAsync(Async.From([Document with { Engagements = [.. consistent] }]), System.IO.Path.Combine(Folder.Path, "consistent"));
        }

        public bool Consistent(int row) =>
            Count(Csv.Get(row, "low")) <= Count(Csv.Get(row, "best")) && Count(Csv.Get(row, "best")) <= Count(Csv.Get(row, "high"));

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => Folder.Dispose();
    }

    [Fact]
    public void RowCounts_EqualTheModelsCounts()
    {
        var d = _export.Document;
        var expected = new Dictionary<string, long>
        {
            ["engagements"] = d.Engagements.Count,
            ["sides"] = d.Engagements.Sum(e => e.Sides.Count),
            ["sites"] = d.Engagements.Sum(e => e.Sites.Count),
            ["figures"] = d.Engagements.Sum(e => e.Figures.Count),
            ["estimates"] = d.Engagements.Sum(e => e.Figures.Sum(f => f.Estimates.Count)),
            ["statements"] = d.Engagements.Sum(e => e.Statements.Count),
            ["reconciled"] = d.Engagements.Sum(e => e.Figures.Count) * ReconciliationPolicy.BuiltIn.Length,
        };
        expected["engagements"].Should().Be(_export.Csv.Rows.Count);

        using var db = new DuckDb();
        foreach (var (table, count) in expected)
        {
            db.Scalar($"SELECT count(*) FROM {_export.Folder.Sql("parquet/" + table + ".parquet")}").Should().Be(count, table);
            db.Scalar($"SELECT count(*) FROM {_export.Folder.Sql("csv/" + table + ".csv")}").Should().Be(count, table);
        }

        _export.Parquet.RowsPerTable.Should().Equal(expected.Select(p => new KeyValuePair<string, long>(p.Key, p.Value)));
        _export.Parquet.Engagements.Should().Be(d.Engagements.Count);
        _export.Parquet.Documents.Should().Be(17, "1,675 engagements in batches of 100");
        _export.Parquet.Files.Should().Equal(TidyTableExporter.TableNames.Select(t => t + ".parquet"));
    }

    [Fact]
    public void DuckDbSumsByMonthAndCountry_EqualTheAggregator()
    {
        var result = EngagementAggregator.Aggregate(_export.Document, new AggregationOptions
        {
            Measure = Measure.Killed,
            Policy = ReconciliationPolicy.BestEstimate,
            Keys = [GroupKey.Month, GroupKey.Country],
        });
        var expected = result.Rows.ToDictionary(r => string.Join(",", r.Keys.Select(k => k ?? "?")), r => ((long)r.Engagements, r.Low, r.Best, r.High));

        SqlSums(_export.Folder.Sql("parquet")).Should().BeEquivalentTo(expected);
        expected.Should().HaveCountGreaterThan(10);
    }

    [Fact]
    public void DuckDbSumsByMonthAndCountry_EqualTheGedFilesOwnColumns()
    {
        var table = _export.Csv;
        var document = _export.Document;
        var consistent = Enumerable.Range(0, table.Rows.Count).Where(_export.Consistent).ToList();
        var codeOf = Enumerable.Range(0, table.Rows.Count).Select(i => (Gw: table.Get(i, "country_id"), Code: document.Engagements[i].Sites.Single().Administrative?.CountryCode))
            .Distinct().ToDictionary(p => p.Gw, p => p.Code);
        var expected = new Dictionary<string, (long Events, long Low, long Best, long High)>(StringComparer.Ordinal);
        foreach (var i in consistent)
        {
            var (start, end) = (table.Get(i, "date_start")[..7], table.Get(i, "date_end")[..7]);
            var key = (start == end ? start : "?") + "," + (codeOf[table.Get(i, "country_id")] ?? "?");
            var sums = expected.GetValueOrDefault(key);
            expected[key] = (sums.Events + 1, sums.Low + Count(table.Get(i, "low")), sums.Best + Count(table.Get(i, "best")), sums.High + Count(table.Get(i, "high")));
        }

        _export.ConsistentEngagements.Should().Be(table.Rows.Count - 8, "8 rows of the file contradict themselves; GedAggregationTests covers them");
        SqlSums(_export.Folder.Sql("consistent")).Should().BeEquivalentTo(expected);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void CsvTables_ReadByDuckDb_EqualTheParquetTables(string name)
    {
        var schema = TidySchemas.All.Single(t => t.Name == name);
        var types = string.Join(", ", schema.Columns.Select(c => $"'{c.Name}': '{DuckType(c.Type)}'"));
        var parquet = $"SELECT * FROM {_export.Folder.Sql("parquet/" + name + ".parquet")}";
        var csv = $"SELECT * FROM read_csv({_export.Folder.Sql("csv/" + name + ".csv")}, header = true, columns = {{{types}}})";

        using var db = new DuckDb();
        db.Scalar($"SELECT count(*) FROM ({parquet} EXCEPT ALL {csv})").Should().Be(0);
        db.Scalar($"SELECT count(*) FROM ({csv} EXCEPT ALL {parquet})").Should().Be(0);
        db.Query($"DESCRIBE {parquet}").Select(r => ((string)r[0]!, (string)r[1]!)).Should().Equal(schema.Columns.Select(c => (c.Name, DuckType(c.Type))));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void PartitionedTables_ReadBackWithHivePartitioning(string name)
    {
        using var db = new DuckDb();
        var hive = $"read_parquet({_export.Folder.Sql("hive/" + name + "/*/*.parquet")}, hive_partitioning = true)";
        var flat = $"SELECT * FROM {_export.Folder.Sql("parquet/" + name + ".parquet")}";

        db.Scalar($"SELECT count(*) FROM ({flat} EXCEPT ALL SELECT * EXCLUDE (year) FROM {hive})").Should().Be(0);
        db.Scalar($"SELECT count(*) FROM {hive}").Should().Be(_export.Parquet.RowsPerTable.Single(p => p.Key == name).Value);

        // Each row is in the folder of its engagement's start year.
        var engagements = $"read_parquet({_export.Folder.Sql("parquet/engagements.parquet")})";
        db.Scalar($"SELECT count(*) FROM {hive} h JOIN {engagements} e USING (engagement_id) WHERE h.year <> year(e.start_date)").Should().Be(0);
        var years = _export.Document.Engagements.Select(e => e.Time.Start.Year).Distinct().Order().ToList();
        db.Query($"SELECT DISTINCT year FROM {hive} ORDER BY year").Select(r => Convert.ToInt32(r[0], CultureInfo.InvariantCulture)).Should().BeSubsetOf(years);
        if (name == "engagements")
        {
            _export.Partitioned.Files.Where(f => f.StartsWith("engagements/", StringComparison.Ordinal))
                .Should().Equal(years.Select(y => $"engagements/year={y}/part-0.parquet"));
        }
    }

    public static TheoryData<string> Tables() => [.. TidyTableExporter.TableNames];

    /// <summary>The month-by-country sums of reconciled killed figures under the best-estimate policy, in SQL over the tables in <paramref name="folder"/>.</summary>
    private static Dictionary<string, (long Events, long Low, long Best, long High)> SqlSums(string folder)
    {
        using var db = new DuckDb();
        db.Execute($"SET file_search_path = {folder}");
        return db.Query(MonthByCountrySql).ToDictionary(
            r => (r[0] as string ?? "?") + "," + (r[1] as string ?? "?"),
            r => ((long)r[2]!, (long)r[3]!, (long)r[4]!, (long)r[5]!));
    }

    /// <summary>The DuckDB example of docs/analysis.md, word for word (DocsTests checks that the page shows this query).</summary>
    internal static string MonthByCountrySql => DocsTests.DuckDbExample();

    private static string DuckType(ColumnType type) => type switch
    {
        ColumnType.Text => "VARCHAR",
        ColumnType.Int32 => "INTEGER",
        ColumnType.Int64 => "BIGINT",
        ColumnType.Double => "DOUBLE",
        ColumnType.Boolean => "BOOLEAN",
        ColumnType.Date => "DATE",
        ColumnType.Timestamp => "TIMESTAMP",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    internal static long Count(string value) => long.Parse(value, CultureInfo.InvariantCulture);
}
