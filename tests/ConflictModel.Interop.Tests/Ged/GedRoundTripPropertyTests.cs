using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Ged;
using CsCheck;

namespace ConflictModel.Interop.Tests.Ged;

/// <summary>
/// The GED round trip beyond the real file: rows of the real file with some of their values replaced by values
/// of the same column from other rows (so that columns no longer agree with each other: a year that is not the
/// start date's, a country code of another country, an actor id with another actor's name) or by unusual but
/// readable values (empty, -1 sentinels, leading zeros, trailing zeros, text with commas, quotes, line breaks
/// and formula characters), must import without a bad row and export every value back.
/// </summary>
public class GedRoundTripPropertyTests
{
    private static readonly CsvTable Real = CsvTable.Ged();

    private static readonly string[] Counts = ["deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low"];

    private static readonly string[] OnlyFromOtherRows = ["date_start", "date_end", "date_prec", "where_prec", "type_of_violence"];

    private static readonly string[] Text = ["", "a, \"b\"\nc", "=1+1", "  padded  "];

    /// <summary>Unusual values a column can take and still be read (besides the values of other rows).</summary>
    private static string[] UnusualValues(string column) =>
        Counts.Contains(column) ? ["", "-1", "0", "05", "12.0", "1000000"]
        : column is "latitude" or "longitude" ? ["", "0", "-3.000100", "16.77"]
        : column == "country_id" ? ["", "999"]
        : OnlyFromOtherRows.Contains(column) ? []
        : Text;

    private static readonly Gen<string[]> Rows =
        Gen.Select(
            Gen.Int[0, Real.Rows.Count - 1],
            Gen.Select(Gen.Int[0, Real.Header.Length - 1], Gen.Int[0, Real.Rows.Count - 1], Gen.Int[0, 9]).Array[1, 8],
            (row, changes) =>
            {
                var values = (string[])Real.Rows[row].Clone();
                foreach (var (column, otherRow, pick) in changes)
                {
                    var unusual = UnusualValues(Real.Header[column]);
                    values[column] = unusual.Length > 0 && pick < 4 ? unusual[pick % unusual.Length] : Real.Rows[otherRow][column];
                }

                return values;
            });

    [Fact]
    public void ImportThenExport_RowsWithValuesFromOtherRowsOrUnusualValues_GiveEveryValueBack()
    {
        Rows.Array[1, 4].Sample(rows =>
        {
            var input = new CsvTable { Header = Real.Header, Rows = rows.ToList() }.ToCsv();

            var import = GedImporter.ImportAsync(new StringReader(input), new CsvImportOptions { BadRows = BadRowHandling.StopAtFirst }).GetAwaiter().GetResult();
            var output = new StringWriter();
            GedExporter.ExportAsync(import.Document, output, new CsvExportOptions { SpreadsheetSafe = false }).GetAwaiter().GetResult();

            var written = CsvTable.Parse(output.ToString());
            written.Rows.Should().HaveCount(rows.Length);
            var differences = new List<string>();
            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < Real.Header.Length; c++)
                {
                    if (!CsvTable.SameValue(rows[r][c], written.Rows[r][c]))
                    {
                        differences.Add($"row {r + 1} {Real.Header[c]}: '{rows[r][c]}' became '{written.Rows[r][c]}'");
                    }
                }
            }

            differences.Should().BeEmpty();
        }, iter: 1000);
    }
}
