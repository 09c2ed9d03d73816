using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using nietras.SeparatedValues;

namespace ConflictModel.Interop.Tests;

/// <summary>A CSV file read whole with Sep, for comparing files value by value in tests.</summary>
internal sealed class CsvTable
{
    public required string[] Header { get; init; }

    public required List<string[]> Rows { get; init; }

    public static CsvTable Parse(string text)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).From(new StringReader(text));
        var header = reader.Header.ColNames.ToArray();
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            var values = new string[row.ColCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = row[i].ToString();
            }

            rows.Add(values);
        }

        return new CsvTable { Header = header, Rows = rows };
    }

    public string ToCsv(int rows = int.MaxValue)
    {
        var text = new StringWriter();
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text, leaveOpen: true))
        {
            writer.Header.Add(Header);
            foreach (var values in Rows.Take(rows))
            {
                using var row = writer.NewRow();
                for (var i = 0; i < Header.Length; i++)
                {
                    row[i].Set(values[i]);
                }
            }
        }

        return text.ToString();
    }

    public CsvTable With(int row, string column, string value)
    {
        var rows = Rows.Select(r => (string[])r.Clone()).ToList();
        rows[row][System.Array.IndexOf(Header, column)] = value;
        return new CsvTable { Header = Header, Rows = rows };
    }

    public static CsvTable Ged(int rows = int.MaxValue)
    {
        var table = Parse(TestFiles.Read("GEDEvent_v26_0_4.csv"));
        return new CsvTable { Header = table.Header, Rows = table.Rows.Take(rows).ToList() };
    }

    public string Get(int row, string column) => Rows[row][System.Array.IndexOf(Header, column)];

    /// <summary>
    /// Each value of <paramref name="expected"/> (rows in the columns of <paramref name="header"/>) that
    /// <paramref name="written"/> does not give back: row i against row i, columns matched by name, values
    /// compared as values (<see cref="SameValue"/>). Rows are named by <paramref name="rowNumbers"/> (default
    /// 1, 2, ...).
    /// </summary>
    public static List<string> Differences(string[] header, IReadOnlyList<string[]> expected, CsvTable written, IReadOnlyList<int>? rowNumbers = null)
    {
        var differences = new List<string>();
        for (var r = 0; r < expected.Count; r++)
        {
            for (var c = 0; c < header.Length; c++)
            {
                var value = written.Get(r, header[c]);
                if (!SameValue(expected[r][c], value))
                {
                    differences.Add($"row {(rowNumbers is null ? r + 1 : rowNumbers[r])} {header[c]}: '{expected[r][c]}' became '{value}'");
                }
            }
        }

        return differences;
    }

    /// <summary>Values compared as values: numerically when both are numbers, otherwise ordinally.</summary>
    public static bool SameValue(string a, string b) =>
        a == b ||
        (decimal.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) &&
         decimal.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y) && x == y);
}
