using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using ConflictModel.Interop.Formats;
using ConflictModel.Interop.Ged;
using nietras.SeparatedValues;

namespace ConflictModel.Benchmarks.Interop;

/// <summary>
/// The GED import of one generated file in each layout it comes in, through the format (<see cref="GedFormat.Read"/>
/// from a file stream: encoding detection and the date columns' pre-scan included), against the current layout
/// (<c>release</c>, the baseline). The target: every layout within 10% of the baseline.
/// Run: <c>dotnet run -c Release --project tests/ConflictModel.Benchmarks -- --filter *GedLayoutImport* --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class GedLayoutImportBenchmarks
{
    private string _path = string.Empty;

    /// <summary>Gets or sets the number of rows of the generated file.</summary>
    [Params(50_000)]
    public int Rows { get; set; }

    /// <summary>
    /// Gets or sets the layout: one of <see cref="GedFormat.Layouts"/>, or <c>spreadsheet</c> (the current columns
    /// re-saved by a spreadsheet: Windows-1252, dd/MM/yyyy HH:mm dates, TRUE/FALSE).
    /// </summary>
    [Params("release", "release-17", "release-5", "api-csv", "spreadsheet")]
    public string Layout { get; set; } = "release";

    /// <summary>Writes the generated file in the layout (through the GED writer, or re-saved as a spreadsheet would) and checks it imports whole.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var canonical = Path.Combine(Path.GetTempPath(), $"conflictmodel-ged-layout-{Rows}.csv");
        GedCsvGenerator.Write(canonical, Rows);
        _path = Path.Combine(Path.GetTempPath(), $"conflictmodel-ged-layout-{Rows}-{Layout}.csv");
        if (Layout == "spreadsheet")
        {
            Resave(canonical, _path);
        }
        else
        {
            using var input = File.OpenRead(canonical);
            using var output = File.Create(_path);
            GedFormat.Instance.WriteAsync(GedFormat.Instance.Read(input), output, new DatasetWriteOptions { Layout = Layout }).GetAwaiter().GetResult();
        }

        File.Delete(canonical);
        var imported = Import().GetAwaiter().GetResult();
        if (imported != Rows)
        {
            throw new InvalidOperationException($"The {Layout} file imported {imported} engagements of {Rows}.");
        }
    }

    /// <summary>Deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    /// <summary>Imports the file through the format.</summary>
    /// <returns>The number of engagements.</returns>
    [Benchmark]
    public async Task<long> Import()
    {
        using var input = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        long engagements = 0;
        await foreach (var document in GedFormat.Instance.Read(input))
        {
            engagements += document.Engagements.Count;
        }

        return engagements;
    }

    private static void Resave(string from, string to)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(from);
        using var text = new StreamWriter(to, false, CodePagesEncodingProvider.Instance.GetEncoding(1252)!);
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text);
        var header = reader.Header.ColNames.ToArray();
        writer.Header.Add(header);
        var (start, end, active) = (Array.IndexOf(header, "date_start"), Array.IndexOf(header, "date_end"), Array.IndexOf(header, "active_year"));
        foreach (var row in reader)
        {
            using var output = writer.NewRow();
            for (var i = 0; i < header.Length; i++)
            {
                var value = row[i].ToString();
                output[i].Set(i == start || i == end ? $"{value[8..10]}/{value[5..7]}/{value[..4]} 00:00" : i == active ? value.ToUpperInvariant() : value);
            }
        }
    }
}
