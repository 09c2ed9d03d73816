using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using ConflictModel.Interop.Wikipedia;

namespace ConflictModel.Benchmarks.Interop;

/// <summary>
/// Casualty parser throughput (issue 20; target: at least 50,000 strings a second on one thread): every string of the
/// committed test corpus (<c>casualty-corpus.json</c>, 1,029 casualty and strength fields) parsed once per operation on
/// one thread, against two baselines over the same strings in the same run: the parser's own first two steps alone
/// (cleaning the wikitext and cutting it into tokens, which every reading must do), and a plain compiled regular
/// expression that finds the numbers and reads nothing (what a quick script would do).
/// Strings per second = corpus size / mean.
/// </summary>
/// <remarks>Run with <c>dotnet run -c Release --project tests/ConflictModel.Benchmarks -- --filter *Casualty* --job short</c>.</remarks>
[MemoryDiagnoser]
public partial class CasualtyParserBenchmarks
{
    private string[] _strings = [];

    /// <summary>Gets the number of strings parsed per operation (the corpus's entries), set by <see cref="Setup"/>.</summary>
    public int Count => _strings.Length;

    /// <summary>
    /// Loads the corpus, and checks that the parser reads it (at least one estimate over all strings, spans covering
    /// every input) so that the benchmark measures real work.
    /// </summary>
    /// <exception cref="InvalidOperationException">The corpus is too small or the parser reads nothing from it.</exception>
    [GlobalSetup]
    public void Setup()
    {
        _strings = LoadCorpus();
        if (_strings.Length < 1000)
        {
            throw new InvalidOperationException($"The casualty corpus holds {_strings.Length} strings; the benchmark expects the committed 1,000 or more.");
        }

        if (Parse() == 0)
        {
            throw new InvalidOperationException("The parser read no estimate from the corpus; the benchmark would measure nothing.");
        }
    }

    /// <summary>Finds and reads the committed corpus, walking up from the benchmark's directory to the repository.</summary>
    /// <returns>The corpus's strings, in file order.</returns>
    /// <exception cref="FileNotFoundException">The benchmark does not run from inside the repository.</exception>
    public static string[] LoadCorpus()
    {
        const string relative = "tests/ConflictModel.Interop.Tests/Wikipedia/TestData/casualty-corpus.json";
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (File.Exists(candidate))
            {
                using var json = JsonDocument.Parse(File.ReadAllText(candidate));
                return json.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("text").GetString() ?? string.Empty).ToArray();
            }
        }

        throw new FileNotFoundException($"The benchmark parses the committed casualty corpus ({relative}) and did not find it above {AppContext.BaseDirectory}; run it from the repository.", relative);
    }

    /// <summary>The parser: <see cref="CasualtyParser.Parse"/> on every corpus string, on one thread.</summary>
    /// <returns>The number of estimates read.</returns>
    [Benchmark(Baseline = true)]
    public int Parse()
    {
        var estimates = 0;
        foreach (var s in _strings)
        {
            estimates += CasualtyParser.Parse(s).Estimates.Count;
        }

        return estimates;
    }

    /// <summary>The parser's first two steps alone: wikitext cleaned to readable text with its position map, then cut into tokens.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark]
    public int CleanAndTokenize()
    {
        var tokens = 0;
        foreach (var s in _strings)
        {
            tokens += CasualtyTokenizer.Tokenize(WikitextCleaner.Clean(s)).Count;
        }

        return tokens;
    }

    /// <summary>A plain scan: a compiled regular expression finds every number (digits with thousands separators and decimals) in the raw strings.</summary>
    /// <returns>The number of numbers found.</returns>
    [Benchmark]
    public int RegexNumberScan()
    {
        var numbers = 0;
        foreach (var s in _strings)
        {
            numbers += NumberPattern().Count(s);
        }

        return numbers;
    }

    [GeneratedRegex(@"\d+(?:,\d{3})*(?:\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
