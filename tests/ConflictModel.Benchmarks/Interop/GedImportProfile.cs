using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Ged;
using CsvHelper;
using nietras.SeparatedValues;

namespace ConflictModel.Benchmarks.Interop;

/// <summary>
/// A Stopwatch profile of the GED import (<c>ged-profile ROWS</c>): time, allocation and garbage collections per
/// row (median and best wall-clock time, and the best process CPU time, which includes the GC threads and is
/// steadier on a shared machine) for our importer, the straightforward CsvHelper peer
/// (<see cref="StraightforwardGedImporter"/>) and CsvHelper feeding our mapper, each split into its CSV part
/// (reading every value: ours copies them into one buffer, the peer gets a record of strings, CsvHelper with our
/// mapper gets strings) and the rest (mapping), plus the memory one delivered batch keeps alive.
/// </summary>
public static class GedImportProfile
{
    /// <summary>Generates a file of <paramref name="rows"/> rows, measures each part <paramref name="repeats"/> times and prints the medians.</summary>
    /// <param name="rows">The number of rows of the generated file.</param>
    /// <param name="repeats">How many measured runs per part, after one warm-up run.</param>
    /// <param name="oursOnly">Whether to measure only our importer's settings (threads and batch sizes) and what this machine gives independent threads.</param>
    /// <param name="floorOnly">Whether to measure only ours with the defaults against the model floor, interleaved run by run (for A/B comparisons of the mapping; overrides <paramref name="oursOnly"/>).</param>
    public static void Run(int rows, int repeats, bool oursOnly = false, bool floorOnly = false)
    {
        var path = Path.Combine(Path.GetTempPath(), $"conflictmodel-ged-profile-{rows}.csv");
        GedCsvGenerator.Write(path, rows);
        try
        {
            if (floorOnly)
            {
                var floor = GedModelFloor.Load(path, Math.Min(rows, 10_000));
                for (var i = 0; i < repeats; i++)
                {
                    // Interleaved, so that the machine's load falls on both alike.
                    Measure("ours: import (defaults: 1 thread, batches of 1,000)", rows, 1, () => GedImportBenchmarks.ImportOnce(path).GetAwaiter().GetResult());
                    Measure("model floor: the engagements built again", rows, 1, () => GedModelFloor.CopyAll(floor, rows / floor.Count, CsvImportOptions.Default.BatchSize));
                }

                return;
            }

            Measure("ours: import (defaults: 1 thread, batches of 1,000)", rows, repeats, () => GedImportBenchmarks.ImportOnce(path).GetAwaiter().GetResult());
            var threads = Environment.ProcessorCount;
            foreach (var (mappers, batch) in new[] { (1, 100), (threads, 1_000), (threads, 250), (threads, 100) })
            {
                var options = new CsvImportOptions { MaxDegreeOfParallelism = mappers, BatchSize = batch };
                Measure(FormattableString.Invariant($"ours: import, {mappers} thread(s), batches of {batch:N0}"), rows, repeats, () => GedImportBenchmarks.ImportOnce(path, options).GetAwaiter().GetResult());
            }

            // What this machine gives threads that share nothing: the ceiling for the parallel import.
            var one = new CsvImportOptions { BatchSize = 100 };
            Measure(FormattableString.Invariant($"{threads} one-thread imports side by side (batches of 100; per row of all)"), rows * threads, repeats, () => System.Threading.Tasks.Task.WhenAll(
                Enumerable.Range(0, threads).Select(_ => System.Threading.Tasks.Task.Run(() => GedImportBenchmarks.ImportOnce(path, one)))).GetAwaiter().GetResult().Sum());
            if (oursOnly)
            {
                return;
            }

            Measure("ours: CSV part (Sep, 49 values copied)", rows, repeats, () => SepValues(path));
            Measure("peer: import (straightforward CsvHelper)", rows, repeats, () => { long n = 0; StraightforwardGedImporter.Import(path, d => n += d.Engagements.Count); return n; });
            Measure("peer: CSV part (CsvHelper GetRecords)", rows, repeats, () => StraightforwardGedImporter.ReadRecords(path));
            Measure("CsvHelper + our mapper: import", rows, repeats, () => { long n = 0; GedImportBenchmarks.CsvHelperWithOurMapperImport(path, d => n += d.Engagements.Count); return n; });
            Measure("CsvHelper + our mapper: CSV (49 values by name)", rows, repeats, () => CsvHelperValues(path));
            Measure("raw Sep scan", rows, repeats, () => RawScan(path));

            // Last, because it keeps up to 10,000 engagements alive for the rest of the process.
            var sample = GedModelFloor.Load(path, Math.Min(rows, 10_000));
            Measure("model floor: the engagements built again", rows, repeats, () => GedModelFloor.CopyAll(sample, rows / sample.Count, CsvImportOptions.Default.BatchSize));
            Console.WriteLine(FormattableString.Invariant($"one delivered batch of 1,000 engagements keeps {RetainedPerBatch(path) / 1024.0:F0} KiB alive"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void Measure(string name, int rows, int repeats, Func<long> run)
    {
        run();
        var times = new List<double>();
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var pause = GC.GetTotalPauseDuration();
        var cpu = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < repeats; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            run();
            times.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var paused = (GC.GetTotalPauseDuration() - pause).TotalMilliseconds / repeats;
        times.Sort();
        var median = times[times.Count / 2];
        var cpuMin = cpu.Min();
        var line = FormattableString.Invariant($"{name,-48} median {median,8:F0} ms  {median * 1000 / rows,6:F2} µs/row (min {times[0] * 1000 / rows,5:F2}, CPU min {cpuMin * 1000 / rows,5:F2})  {allocated / (double)repeats / rows,7:F0} B/row");
        var gcs = FormattableString.Invariant($"GCs/run {(GC.CollectionCount(0) - gen0) / (double)repeats:F0}/{(GC.CollectionCount(1) - gen1) / (double)repeats:F0}/{(GC.CollectionCount(2) - gen2) / (double)repeats:F0}");
        Console.WriteLine(line + "  " + gcs + FormattableString.Invariant($"  GC pause {paused:F0} ms/run ({paused / times.Average():P0})"));
    }

    private static long SepValues(string path)
    {
        // What our importer does with each row before mapping it: copy every value into a block of 64 rows.
        long total = 0;
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
        var block = new RowBlock();
        foreach (var row in reader)
        {
            if (block.Count == 64)
            {
                block.Reset();
            }

            block.Add(row);
            total += SpreadsheetSafety.Restored(block[block.Count - 1][0]).Length;
        }

        return total;
    }

    private static long CsvHelperValues(string path)
    {
        long total = 0;
        using var csv = CsvReader.Create(new StreamReader(path), CsvReaderOptions.Default with { Separator = ',', TrackLineNumbers = true }, leaveOpen: false);
        var values = new string[GedColumns.Names.Count];
        while (csv.Read())
        {
            for (var c = 0; c < values.Length; c++)
            {
                values[c] = SpreadsheetSafety.Restore(csv.GetString(GedColumns.Names[c]));
            }

            total += values[0].Length;
        }

        return total;
    }

    private static long RawScan(string path)
    {
        long total = 0;
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(path);
        foreach (var row in reader)
        {
            for (var c = 0; c < row.ColCount; c++)
            {
                total += row[c].Span.Length;
            }
        }

        return total;
    }

    private static long RetainedPerBatch(string path)
    {
        DatasetDocument? first = null;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        GedImportBenchmarks.CsvHelperWithOurMapperImport(path, d => first ??= d);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(first);
        return after - before;
    }
}
