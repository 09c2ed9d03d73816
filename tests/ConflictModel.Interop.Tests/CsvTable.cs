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

    public string Get(int row, string column) => Rows[row][System.Array.IndexOf(Header, column)];

    /// <summary>Values compared as values: numerically when both are numbers, otherwise ordinally.</summary>
    public static bool SameValue(string a, string b) =>
        a == b ||
        (decimal.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) &&
         decimal.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y) && x == y);
}
