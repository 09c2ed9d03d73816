using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Ged;
using CsvHelper;
using nietras.SeparatedValues;

namespace ConflictModel.Benchmarks.Interop;

/// <summary>
/// GED import throughput on a generated GED-shaped file: our importer (Sep, streaming in batches of 1,000), on one
/// thread and on every core; the
/// peer, a straightforward CsvHelper-based importer building the same documents
/// (<see cref="StraightforwardGedImporter"/>); CsvHelper's CSV layer feeding our own mapper, which isolates the
/// CSV layer; a raw Sep pass that touches every field (the floor of reading); and the model's floor, the same
/// number of engagements built again from already imported ones with nothing parsed (<see cref="GedModelFloor"/>).
/// Run: <c>dotnet run -c Release --project tests/ConflictModel.Benchmarks -- --filter *GedImport* --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class GedImportBenchmarks
{
    /// <summary>The batch size of <see cref="ConflictModelImportParallel"/>.</summary>
    public const int ParallelBatchSize = 250;

    private static readonly CsvImportOptions ParallelOptions = new() { MaxDegreeOfParallelism = Environment.ProcessorCount, BatchSize = ParallelBatchSize };

    private string _path = string.Empty;
    private IReadOnlyList<ConflictModel.Engagements.Engagement> _sample = [];

    /// <summary>Gets or sets the number of rows of the generated file.</summary>
    [Params(100_000)]
    public int Rows { get; set; }

    /// <summary>
    /// Generates the file once per parameter value, and checks that ours (on one thread and on every core) and both
    /// CsvHelper importers build equal documents from a generated file and from the real GED file the tests use.
    /// </summary>
    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"conflictmodel-ged-{Rows}.csv");
        GedCsvGenerator.Write(_path, Rows);
        CheckSameDocuments(5_000);
        CheckSameDocuments(RealGedFile(), expectedRows: null);
    }

    /// <summary>
    /// Imports a generated file of <paramref name="rows"/> rows with ours, with the straightforward peer and with
    /// CsvHelper feeding our mapper, and throws unless all three deliver equal documents (records compared by
    /// value, batch by batch), so that the benchmark compares equal work.
    /// </summary>
    /// <param name="rows">The number of rows of the file.</param>
    /// <exception cref="InvalidOperationException">The documents differ.</exception>
    public static void CheckSameDocuments(int rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"conflictmodel-ged-check-{rows}.csv");
        GedCsvGenerator.Write(path, rows);
        try
        {
            CheckSameDocuments(path, rows);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Imports the GED file at <paramref name="path"/> with all three importers, ours also on every core, and throws unless they deliver equal documents.</summary>
    /// <param name="path">A GED file with the current column names.</param>
    /// <param name="expectedRows">The number of engagements ours must import, or <see langword="null"/> not to check it.</param>
    /// <exception cref="InvalidOperationException">The documents differ.</exception>
    public static void CheckSameDocuments(string path, long? expectedRows)
    {
        var ours = new List<DatasetDocument>();
        var peer = new List<DatasetDocument>();
        var withOurMapper = new List<DatasetDocument>();
        using (var reader = new StreamReader(path))
        {
            GedImporter.ImportAsync(reader, (d, _) => { ours.Add(d); return ValueTask.CompletedTask; }).GetAwaiter().GetResult();
        }

        var imported = ours.Sum(d => (long)d.Engagements.Count);
        if (expectedRows is { } expected && imported != expected)
        {
            throw new InvalidOperationException($"Our importer imported {imported} engagements from a file of {expected} rows.");
        }

        var parallel = new List<DatasetDocument>();
        using (var reader = new StreamReader(path))
        {
            GedImporter.ImportAsync(reader, (d, _) => { parallel.Add(d); return ValueTask.CompletedTask; }, ParallelOptions with { BatchSize = CsvImportOptions.Default.BatchSize }).GetAwaiter().GetResult();
        }

        if (ours.Count != parallel.Count || ours.Zip(parallel).Any(p => p.First != p.Second))
        {
            throw new InvalidOperationException($"Our importer built different documents from {path} on {ParallelOptions.MaxDegreeOfParallelism} threads than on one.");
        }

        StraightforwardGedImporter.Import(path, peer.Add);
        if (ours.Count != peer.Count || ours.Zip(peer).Any(p => p.First != p.Second))
        {
            throw new InvalidOperationException($"Our importer and the straightforward CsvHelper peer built different documents from {path}; the benchmark would not compare equal work.");
        }

        CsvHelperWithOurMapperImport(path, withOurMapper.Add);
        if (ours.Count != withOurMapper.Count || ours.Zip(withOurMapper).Any(p => p.First != p.Second))
        {
            throw new InvalidOperationException($"Our importer and CsvHelper feeding our mapper built different documents from {path}; the benchmark would not compare equal work.");
        }
    }

    /// <summary>Finds the real GED file committed for the tests, walking up from the benchmark's directory to the repository.</summary>
    /// <returns>The file's full path.</returns>
    /// <exception cref="FileNotFoundException">The benchmark does not run from inside the repository.</exception>
    public static string RealGedFile()
    {
        const string relative = "tests/ConflictModel.Interop.Tests/TestData/GEDEvent_v26_0_4.csv";
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"The benchmark checks its importers on the real GED file ({relative}) and did not find it above {AppContext.BaseDirectory}; run it from the repository.", relative);
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

    /// <summary>
    /// Our importer on every core: <see cref="CsvImportOptions.MaxDegreeOfParallelism"/> set to
    /// <see cref="Environment.ProcessorCount"/> and batches of <see cref="ParallelBatchSize"/> (smaller batches
    /// survive fewer garbage collections, which stop every thread). Same documents as <see cref="ConflictModelImport"/>.
    /// </summary>
    /// <returns>The number of engagements.</returns>
    [Benchmark]
    public async Task<long> ConflictModelImportParallel() => await ImportOnce(_path, ParallelOptions).ConfigureAwait(false);

    /// <summary>
    /// The peer: a straightforward CsvHelper-based importer (<see cref="StraightforwardGedImporter"/>). CsvHelper
    /// reads each row into a record by header name; plain mapping code builds the same documents.
    /// </summary>
    /// <returns>The number of engagements.</returns>
    [Benchmark]
    public long CsvHelperImport()
    {
        long engagements = 0;
        StraightforwardGedImporter.Import(_path, d => engagements += d.Engagements.Count);
        return engagements;
    }

    /// <summary>
    /// CsvHelper's CSV layer feeding our own mapper: isolates the CSV layer. CsvHelper reads the 49 strings of
    /// each row by header name and our internal GED row mapper maps them (see <see cref="CsvHelperWithOurMapperImport"/>).
    /// </summary>
    /// <returns>The number of engagements.</returns>
    [Benchmark]
    public long CsvHelperWithOurMapper()
    {
        long engagements = 0;
        CsvHelperWithOurMapperImport(_path, d => engagements += d.Engagements.Count);
        return engagements;
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

    /// <summary>Loads the engagements that <see cref="ModelFloor"/> builds again (only in that benchmark's process).</summary>
    [GlobalSetup(Target = nameof(ModelFloor))]
    public void SetupModelFloor()
    {
        Setup();
        _sample = GedModelFloor.Load(_path, Math.Min(Rows, 10_000));
    }

    /// <summary>
    /// The model's floor: as many engagements as the file has rows, built again from 10,000 imported ones (every
    /// record, array and string allocated anew, nothing parsed or checked), kept alive in batches of 1,000 as an
    /// import keeps them. No importer that delivers these documents can be faster.
    /// </summary>
    /// <returns>The number of engagements built.</returns>
    [Benchmark]
    public long ModelFloor() => GedModelFloor.CopyAll(_sample, Rows / _sample.Count, CsvImportOptions.Default.BatchSize);

    /// <summary>
    /// CsvHelper's CSV layer feeding our own mapper (not the peer, which is <see cref="StraightforwardGedImporter"/>):
    /// CsvHelper reads each of the 49 fields by header name (restoring neutralised formulas, as our importer does
    /// by default) and our internal <c>GedRowMapper.MapValues</c> maps them; documents of 1,000 engagements go
    /// to <paramref name="onBatch"/>.
    /// </summary>
    /// <param name="path">A GED file with the current column names.</param>
    /// <param name="onBatch">Receives each document.</param>
    public static void CsvHelperWithOurMapperImport(string path, Action<DatasetDocument> onBatch)
    {
        ArgumentNullException.ThrowIfNull(onBatch);
        using var csv = CsvReader.Create(new StreamReader(path), CsvReaderOptions.Default with { Separator = ',', TrackLineNumbers = true }, leaveOpen: false);
        var mapper = new GedRowMapper(restoreNeutralisedFormulas: true);
        mapper.Bind(GedColumns.Names, new HeaderReport());
        var batch = new BatchBuilder();
        var uses = new RowBlock();
        var context = new RowContext("peer", uses);
        var values = new string[GedColumns.Names.Count];
        while (csv.Read())
        {
            for (var c = 0; c < values.Length; c++)
            {
                values[c] = SpreadsheetSafety.Restore(csv.GetString(GedColumns.Names[c]));
            }

            // The line names a row without an id ("line-N"), as in our importer; warnings are not collected.
            context.Line = csv.LineNumber;
            uses.Reset();
            var engagement = mapper.MapValues(values, context);
            foreach (var actor in uses.Actors)
            {
                batch.Add(actor);
            }

            foreach (var source in uses.Sources)
            {
                batch.Add(source);
            }

            batch.Add(engagement);
            if (batch.Count == CsvImportOptions.Default.BatchSize)
            {
                Deliver(batch, onBatch);
            }
        }

        if (batch.Count > 0)
        {
            Deliver(batch, onBatch);
        }
    }

    /// <summary>Imports the file at <paramref name="path"/> and returns the number of engagements; for the profile and the peak-memory check.</summary>
    /// <param name="path">A GED file.</param>
    /// <param name="options">The import's options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The number of engagements imported.</returns>
    public static async Task<long> ImportOnce(string path, CsvImportOptions? options = null)
    {
        long engagements = 0;
        using var reader = new StreamReader(path);
        await GedImporter.ImportAsync(reader, (d, _) => { engagements += d.Engagements.Count; return ValueTask.CompletedTask; }, options);
        return engagements;
    }

    private static void Deliver(BatchBuilder batch, Action<DatasetDocument> onBatch)
    {
        var document = batch.Build();
        batch.Clear();
        onBatch(document);
    }
}
