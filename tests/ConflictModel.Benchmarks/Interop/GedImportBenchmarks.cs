using System.IO;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Ged;
using CsvHelper;
using nietras.SeparatedValues;

namespace ConflictModel.Benchmarks.Interop;

/// <summary>
/// GED import throughput on a generated GED-shaped file: our importer (Sep, streaming in batches of 1,000), a straightforward
/// CsvHelper-based importer building the same documents (the peer), and a raw Sep pass that touches every
/// field (the floor). Run: <c>dotnet run -c Release --project tests/ConflictModel.Benchmarks -- --filter *GedImport* --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class GedImportBenchmarks
{
    private string _path = string.Empty;

    /// <summary>Gets or sets the number of rows of the generated file.</summary>
    [Params(100_000)]
    public int Rows { get; set; }

    /// <summary>Generates the file once per parameter value.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"conflictmodel-ged-{Rows}.csv");
        GedCsvGenerator.Write(_path, Rows);
    }

    /// <summary>Deletes the generated file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    /// <summary>Our importer: Sep, streamed in the default batches of 1,000, every row mapped to an engagement.</summary>
    /// <returns>The number of engagements.</returns>
    [Benchmark(Baseline = true)]
    public async Task<long> ConflictModelImport()
    {
        long engagements = 0;
        using var reader = new StreamReader(_path);
        await GedImporter.ImportAsync(reader, (d, _) => { engagements += d.Engagements.Count; return ValueTask.CompletedTask; });
        return engagements;
    }

    /// <summary>The peer: CsvHelper reads each row into a record by header name; the same mapping builds the same documents.</summary>
    /// <returns>The number of engagements.</returns>
    [Benchmark]
    public long CsvHelperImport()
    {
        using var csv = CsvReader.Create(new StreamReader(_path), options: null, leaveOpen: false);
        var mapper = new GedRowMapper(restoreNeutralisedFormulas: true);
        mapper.Bind(GedColumns.Names, new HeaderReport());
        var batch = new BatchBuilder();
        var context = new RowContext("peer", batch);
        var values = new string[GedColumns.Names.Count];
        long engagements = 0;
        while (csv.Read())
        {
            for (var c = 0; c < values.Length; c++)
            {
                values[c] = SpreadsheetSafety.Restore(csv.GetString(GedColumns.Names[c]));
            }

            mapper.MapValues(values, context);
            if (batch.Count == CsvImportOptions.Default.BatchSize)
            {
                engagements += batch.Build().Engagements.Count;
                batch.Clear();
            }
        }

        return engagements + batch.Build().Engagements.Count;
    }

    /// <summary>The floor: Sep reads and unescapes every field and touches each character count, building nothing.</summary>
    /// <returns>The total length of all fields.</returns>
    [Benchmark]
    public long RawSepScan()
    {
        long total = 0;
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(_path);
        foreach (var row in reader)
        {
            for (var c = 0; c < row.ColCount; c++)
            {
                total += row[c].Span.Length;
            }
        }

        return total;
    }

    /// <summary>Imports the file at <paramref name="path"/> and returns the number of engagements; for the peak-memory check.</summary>
    /// <param name="path">A GED file.</param>
    /// <returns>The number of engagements imported.</returns>
    public static async Task<long> ImportOnce(string path)
    {
        long engagements = 0;
        using var reader = new StreamReader(path);
        await GedImporter.ImportAsync(reader, (d, _) => { engagements += d.Engagements.Count; return ValueTask.CompletedTask; });
        return engagements;
    }
}
