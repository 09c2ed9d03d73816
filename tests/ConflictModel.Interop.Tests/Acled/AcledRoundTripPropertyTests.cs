using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Acled;
using CsCheck;

namespace ConflictModel.Interop.Tests.Acled;

/// <summary>
/// The ACLED round trip beyond the synthetic file: its rows with some of their values replaced by values of the
/// same column from other rows (so that columns no longer agree with each other: a sub-event type of another
/// event type, an interaction code that does not match the actors, a year that is not the date's) or by unusual
/// but readable values (empty, -1, leading and trailing zeros, text with commas, quotes, line breaks and
/// formula characters, an event type outside the taxonomy), must import without a bad row and export every
/// value back.
/// </summary>
public class AcledRoundTripPropertyTests
{
    private static readonly CsvTable Real = CsvTable.Parse(TestFiles.Read("acled-synthetic.csv"));

    private static readonly string[] OnlyFromOtherRows = ["event_date", "time_precision", "geo_precision"];

    private static readonly string[] Text = ["", "a, \"b\"\nc", "=1+1", "  padded  "];

    /// <summary>Unusual values a column can take and still be read (besides the values of other rows).</summary>
    private static string[] UnusualValues(string column) =>
        column == "fatalities" ? ["", "-1", "0", "05", "12.0", "1000000"]
        : column is "latitude" or "longitude" ? ["", "0", "-3.000100", "16.77"]
        : column is "iso" ? ["", "999", "004"]
        : column is "year" or "timestamp" ? ["", "0", "1999"]
        : column is "event_type" or "sub_event_type" or "disorder_type" ? ["", "Something else", "=1+1", "battles"]
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

            var import = AcledImporter.ImportAsync(new StringReader(input), new CsvImportOptions { BadRows = BadRowHandling.StopAtFirst }).GetAwaiter().GetResult();
            var output = new StringWriter();
            AcledExporter.ExportAsync(import.Document, output, new CsvExportOptions { SpreadsheetSafe = false }).GetAwaiter().GetResult();

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
