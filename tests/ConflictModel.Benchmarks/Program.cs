using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.Running;
using ConflictModel.Benchmarks.Interop;
using ConflictModel.Interop.Csv;

namespace ConflictModel.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project tests/ConflictModel.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>
    /// Runs the benchmarks chosen on the command line (BenchmarkDotNet's switcher), or with
    /// <c>ged-peak-memory ROWS [THREADS]</c> imports a generated GED file of ROWS rows once and prints the process's peak
    /// working set, to show that memory does not grow with the file; with <c>ged-profile ROWS [REPEATS [ours|floor]]</c> prints
    /// where the GED import's time goes (see <see cref="GedImportProfile"/>); with <c>ged-multiply ROWS PATH</c> writes a GED
    /// file of ROWS rows made of the committed real file's rows (see <see cref="GedFileMultiplier"/>); with
    /// <c>ged-generate ROWS PATH [SEED]</c> writes a generated GED file (see <see cref="GedCsvGenerator"/>); with
    /// <c>export-profile ROWS [REPEATS]</c> prints what the aggregation and the tidy-table export add to the import, stage by
    /// stage (see <see cref="ExportProfile"/>); with <c>match-scaling</c> times the matcher's index against all pairs and from
    /// 10,000 to 100,000 events (see <see cref="MatchingBenchmarks"/>); with <c>casualty-profile [REPEATS]</c> prints the
    /// casualty corpus strings that take the parser longest (see <see cref="CasualtyParserProfile"/>).
    /// </summary>
    /// <param name="args">BenchmarkDotNet arguments, such as <c>--filter *Json*</c>, or <c>ged-peak-memory 1000000</c>.</param>
    public static void Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 1 && args[0] == "match-scaling")
        {
            MatchingWorkload.PrintScaling(Console.Out);
            return;
        }

        if (args.Length is 2 or 3 && args[0] == "ged-peak-memory")
        {
            var rows = int.Parse(args[1], CultureInfo.InvariantCulture);
            var threads = args.Length == 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
            var path = Path.Combine(Path.GetTempPath(), $"conflictmodel-ged-peak-{rows}.csv");
            GedCsvGenerator.Write(path, rows);
            var size = new FileInfo(path).Length;
            var watch = Stopwatch.StartNew();
            var imported = GedImportBenchmarks.ImportOnce(path, new CsvImportOptions { MaxDegreeOfParallelism = threads }).GetAwaiter().GetResult();
            watch.Stop();
            File.Delete(path);
            using var process = Process.GetCurrentProcess();
            Console.WriteLine(FormattableString.Invariant(
                $"rows {imported}, {threads} thread(s), file {size / 1048576.0:F1} MiB, {watch.Elapsed.TotalSeconds:F2} s, peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MiB"));
            return;
        }

        if (args.Length is 3 or 4 && args[0] == "ged-generate")
        {
            GedCsvGenerator.Write(args[2], int.Parse(args[1], CultureInfo.InvariantCulture), args.Length == 4 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 42);
            Console.WriteLine(FormattableString.Invariant($"wrote {args[2]}: {new FileInfo(args[2]).Length / 1048576.0:F1} MiB"));
            return;
        }

        if (args.Length == 3 && args[0] == "ged-multiply")
        {
            GedFileMultiplier.Write(args[2], int.Parse(args[1], CultureInfo.InvariantCulture));
            Console.WriteLine(FormattableString.Invariant($"wrote {args[2]}: {new FileInfo(args[2]).Length / 1048576.0:F1} MiB"));
            return;
        }

        if (args.Length == 2 && args[0] == "ged-check")
        {
            var bench = new GedImportBenchmarks { Rows = int.Parse(args[1], CultureInfo.InvariantCulture) };
            bench.Setup();
            Console.WriteLine(FormattableString.Invariant(
                $"ours {bench.ConflictModelImport().GetAwaiter().GetResult()}, straightforward CsvHelper peer {bench.CsvHelperImport()}, CsvHelper with our mapper {bench.CsvHelperWithOurMapper()}, raw Sep characters {bench.RawSepScan()}"));
            bench.Cleanup();
            return;
        }

        if (args.Length is 2 or 3 or 4 && args[0] == "ged-profile")
        {
            GedImportProfile.Run(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length >= 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5, oursOnly: args.Length == 4 && args[3] == "ours", floorOnly: args.Length == 4 && args[3] == "floor");
            return;
        }

        if (args.Length is 2 or 3 && args[0] == "export-profile")
        {
            ExportProfile.Run(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length == 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3);
            return;
        }

        if (args.Length is 1 or 2 && args[0] == "casualty-profile")
        {
            CasualtyParserProfile.Run(args.Length == 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
