using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using nietras.SeparatedValues;

namespace ConflictModel.Benchmarks.Interop;

/// <summary>
/// Writes a GED CSV of any size made of the committed real GED file's rows
/// (tests/ConflictModel.Interop.Tests/TestData/GEDEvent_v26_0_4.csv, UCDP, CC BY 4.0), repeated in order; each copy's
/// event ids are offset by 100,000,000 × the copy's number so that ids stay unique. 300,000 rows are about 230 MB.
/// </summary>
public static class GedFileMultiplier
{
    /// <summary>Gets the committed real GED file, found above the running assembly.</summary>
    public static string RealFile { get; } = Find(Path.Combine("tests", "ConflictModel.Interop.Tests", "TestData", "GEDEvent_v26_0_4.csv"));

    /// <summary>Writes <paramref name="rows"/> rows to <paramref name="path"/>.</summary>
    /// <param name="path">The file to create or overwrite.</param>
    /// <param name="rows">How many data rows.</param>
    public static void Write(string path, int rows)
    {
        var (header, records) = Read(RealFile);
        var id = Array.IndexOf(header, "id");
        using var text = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text);
        writer.Header.Add(header);
        for (var i = 0; i < rows; i++)
        {
            var record = records[i % records.Count];
            var copy = i / records.Count;
            using var row = writer.NewRow();
            for (var c = 0; c < record.Length; c++)
            {
                row[c].Set(c == id && copy > 0 ? (long.Parse(record[c], CultureInfo.InvariantCulture) + (100_000_000L * copy)).ToString(CultureInfo.InvariantCulture) : record[c]);
            }
        }
    }

    private static (string[] Header, List<string[]> Records) Read(string path)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        var header = new string[reader.Header.ColNames.Count];
        for (var c = 0; c < header.Length; c++)
        {
            header[c] = reader.Header.ColNames[c];
        }

        var records = new List<string[]>();
        foreach (var row in reader)
        {
            var values = new string[header.Length];
            for (var c = 0; c < values.Length; c++)
            {
                values[c] = row[c].ToString();
            }

            records.Add(values);
        }

        return (header, records);
    }

    private static string Find(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("The committed GED file was not found above " + AppContext.BaseDirectory, relative);
    }
}
