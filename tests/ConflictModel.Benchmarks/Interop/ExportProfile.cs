using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Analysis;
using ConflictModel.Figures;
using ConflictModel.Interop.Formats;
using ConflictModel.Interop.Ged;
using ConflictModel.Tables;

namespace ConflictModel.Benchmarks.Interop;

/// <summary>
/// A Stopwatch profile of what the aggregation and the tidy-table export add to the GED import (<c>export-profile ROWS
/// [REPEATS]</c>): the documents of a GED file of ROWS rows are read once into memory, then each stage runs over them
/// alone (best of REPEATS, wall-clock and process CPU time), beside the import itself, so the parts can be told apart.
/// </summary>
public static class ExportProfile
{
    /// <summary>Runs the profile and prints one line per stage.</summary>
    /// <param name="rows">The number of rows of the generated file.</param>
    /// <param name="repeats">How many measured runs per stage, after one warm-up run.</param>
    public static void Run(int rows, int repeats)
    {
        var path = Path.Combine(Path.GetTempPath(), $"conflictmodel-export-profile-{rows}.csv");
        var output = Path.Combine(Path.GetTempPath(), $"conflictmodel-export-profile-{rows}-tables");
        GedFileMultiplier.Write(path, rows);
        try
        {
            var documents = Import(path).GetAwaiter().GetResult();
            var options = new AggregationOptions { Measure = ConflictModel.Figures.Measure.Killed, Keys = [GroupKey.Month, GroupKey.Country] };
            Measure("import (every core)", rows, repeats, () => Import(path).GetAwaiter().GetResult().Sum(d => d.Engagements.Count));
            Measure("aggregate (killed by month and country)", rows, repeats, () =>
            {
                var aggregator = new EngagementAggregator(options);
                documents.ForEach(aggregator.Add);
                return aggregator.ToResult().Total.Engagements;
            });
            Measure("reconcile every figure, 3 policies, with reasoning", rows, repeats, () => ReconcileAll(documents, reasoning: true));
            Measure("reconcile every figure, 3 policies, range only", rows, repeats, () => ReconcileAll(documents, reasoning: false));
            Measure("tidy rows into buffers, not written", rows, repeats, () =>
            {
                var buffers = TidySchemas.All.ToDictionary(t => t, t => new TableBuffer(t));
                long count = 0;
                foreach (var document in documents)
                {
                    TidyRows.Add(document, (_, t) => buffers[t]);
                    foreach (var buffer in buffers.Values)
                    {
                        count += buffer.Rows;
                        buffer.Clear();
                    }
                }

                return count;
            });
            Measure("export to Parquet", rows, repeats, () => TidyTableExporter.ExportAsync(documents.ToAsyncEnumerable(), output).GetAwaiter().GetResult().Engagements);
            Measure("export to Parquet, with reasoning", rows, repeats, () => TidyTableExporter.ExportAsync(documents.ToAsyncEnumerable(), output, new TableExportOptions { IncludeReasoning = true }).GetAwaiter().GetResult().Engagements);
        }
        finally
        {
            File.Delete(path);
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static long ReconcileAll(List<DatasetDocument> documents, bool reasoning)
    {
        long count = 0;
        foreach (var document in documents)
        {
            var index = new DocumentIndex(document);
            foreach (var engagement in document.Engagements)
            {
                var context = new ReconciliationContext(index, engagement);
                foreach (var figure in engagement.Figures)
                {
                    foreach (var policy in ReconciliationPolicy.BuiltIn)
                    {
                        var r = reasoning ? FigureReconciler.Reconcile(figure, context, policy) : FigureReconciler.ReconcileRange(figure, context, policy);
                        count += r.Low ?? 0;
                    }
                }
            }
        }

        return count;
    }

    private static async Task<List<DatasetDocument>> Import(string path)
    {
        await using var input = File.OpenRead(path);
        var documents = new List<DatasetDocument>();
        await foreach (var document in GedFormat.Instance.Read(input, new DatasetReadOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }).ConfigureAwait(false))
        {
            documents.Add(document);
        }

        return documents;
    }

    private static void Measure(string label, int rows, int repeats, Func<long> run)
    {
        run();
        var wall = new List<double>();
        var cpu = new List<double>();
        var allocated = new List<long>();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < repeats; i++)
        {
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            run();
            watch.Stop();
            process.Refresh();
            wall.Add(watch.Elapsed.TotalMilliseconds);
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            allocated.Add(GC.GetTotalAllocatedBytes(precise: true) - before);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-55} best {wall.Min(),8:F0} ms ({wall.Min() * 1000 / rows,6:F2} µs/row), cpu best {cpu.Min(),8:F0} ms, allocated {allocated.Min() / (double)rows / 1024,7:F2} KB/row"));
    }
}
