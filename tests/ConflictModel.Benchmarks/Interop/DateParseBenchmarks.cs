using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using ConflictModel.Interop.Csv;

namespace ConflictModel.Benchmarks.Interop;

/// <summary>
/// The cost of reading a spreadsheet's date (<c>dd/MM/yyyy 00:00</c>, as the <c>spreadsheet</c> layout of
/// <see cref="GedLayoutImportBenchmarks"/> has two a row, each read twice: by the pre-scan and by the mapper) through the
/// general tokenising reader (the baseline) and through <c>DateText.Parse</c>, which takes the numeric fast path.
/// Run: <c>dotnet run -c Release --project tests/ConflictModel.Benchmarks -- --filter *DateParse* --job short --inProcess</c>.
/// </summary>
[MemoryDiagnoser]
public class DateParseBenchmarks
{
    private readonly string[] _values = new string[1_000];

    /// <summary>Spreadsheet spellings of 1,000 days from 1989 on.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var day = new DateTime(1989, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        for (var i = 0; i < _values.Length; i++)
        {
            _values[i] = day.AddDays(i * 13).ToString("dd/MM/yyyy 00:00", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The general reader: trim, cut the time, tokenise, read the numbers.</summary>
    /// <returns>A checksum of the parts.</returns>
    [Benchmark(Baseline = true)]
    public long General()
    {
        long sum = 0;
        foreach (var value in _values)
        {
            var parts = DateText.ParseGeneral(value.AsSpan().Trim());
            sum += parts.Year + parts.First + parts.Second;
        }

        return sum;
    }

    /// <summary>What the import calls: the numeric fast path, the general reader for any other spelling.</summary>
    /// <returns>A checksum of the parts.</returns>
    [Benchmark]
    public long Parse()
    {
        long sum = 0;
        foreach (var value in _values)
        {
            var parts = DateText.Parse(value);
            sum += parts.Year + parts.First + parts.Second;
        }

        return sum;
    }
}
