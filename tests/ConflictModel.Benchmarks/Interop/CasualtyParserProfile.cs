using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using ConflictModel.Interop.Wikipedia;

namespace ConflictModel.Benchmarks.Interop;

/// <summary>
/// Where the casualty parser's time goes on the corpus: each string parsed <c>repeats</c> times with a Stopwatch, the
/// sum of the best times, the ten slowest strings, the time of cleaning and tokenizing alone, and whole passes over the corpus
/// (wall-clock and process CPU time, garbage collections). A diagnostic for
/// <see cref="CasualtyParserBenchmarks"/>, whose figures are the ones to report.
/// </summary>
public static class CasualtyParserProfile
{
    /// <summary>Parses the corpus and prints the slowest strings.</summary>
    /// <param name="repeats">How many times each string is parsed (the best time is kept).</param>
    public static void Run(int repeats)
    {
        var strings = CasualtyParserBenchmarks.LoadCorpus();
        foreach (var s in strings)
        {
            CasualtyParser.Parse(s);
        }

        var times = new double[strings.Length];
        var cleaning = 0.0;
        for (var i = 0; i < strings.Length; i++)
        {
            var best = double.MaxValue;
            var bestClean = double.MaxValue;
            for (var r = 0; r < repeats; r++)
            {
                var watch = Stopwatch.StartNew();
                CasualtyParser.Parse(strings[i]);
                best = Math.Min(best, watch.Elapsed.TotalMicroseconds);
                watch.Restart();
                CasualtyTokenizer.Tokenize(WikitextCleaner.Clean(strings[i]));
                bestClean = Math.Min(bestClean, watch.Elapsed.TotalMicroseconds);
            }

            times[i] = best;
            cleaning += bestClean;
        }

        // Whole passes, as the benchmark runs them: wall-clock and process CPU time, and garbage collections.
        var bestPass = double.MaxValue;
        var bestCpu = double.MaxValue;
        var collections = GC.CollectionCount(0);
        using var process = Process.GetCurrentProcess();
        for (var r = 0; r < repeats; r++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            foreach (var s in strings)
            {
                CasualtyParser.Parse(s);
            }

            bestPass = Math.Min(bestPass, watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu).TotalMilliseconds);
        }

        Console.WriteLine(FormattableString.Invariant(
            $"whole passes: best {bestPass:F1} ms wall ({strings.Length / (bestPass / 1000):F0} strings a second), best {bestCpu:F1} ms process CPU, {(GC.CollectionCount(0) - collections) / (double)repeats:F1} gen-0 collections a pass"));

        var total = times.Sum();
        Console.WriteLine(FormattableString.Invariant(
            $"{strings.Length} strings: {total / 1000:F1} ms a pass (best of {repeats} per string), {strings.Length / (total / 1e6):F0} strings a second; cleaning and tokens {cleaning / 1000:F1} ms"));
        foreach (var i in Enumerable.Range(0, strings.Length).OrderByDescending(i => times[i]).Take(10))
        {
            var text = strings[i].Length <= 80 ? strings[i] : strings[i][..77] + "...";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{times[i],10:F1} µs  {strings[i].Length,6} chars  {text.Replace("\n", "\\n", StringComparison.Ordinal)}"));
        }
    }
}
