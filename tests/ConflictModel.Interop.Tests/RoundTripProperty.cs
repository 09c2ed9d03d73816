using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Interop.Csv;
using ConflictModel.Validation;
using CsCheck;

namespace ConflictModel.Interop.Tests;

/// <summary>
/// The round-trip property shared by the GED and ACLED tests: files of 1 to 4 rows, each a row of
/// <c>real</c> with 1 to 8 values replaced by the same column's value in another row or by one of the
/// column's unusual values, must import without a bad row into a document that validates without errors, and
/// export every value back (values compared as values).
/// </summary>
internal static class RoundTripProperty
{
    /// <summary>Text values any free-text column can take.</summary>
    public static readonly string[] Text = ["", "a, \"b\"\nc", "=1+1", "  padded  "];

    public static void Check(
        CsvTable real,
        Func<string, string[]> unusualValues,
        Func<TextReader, CsvImportOptions, Task<ImportResult>> import,
        Func<DatasetDocument, TextWriter, CsvExportOptions, Task<ExportSummary>> export,
        int iterations)
    {
        var rows = Gen.Select(
            Gen.Int[0, real.Rows.Count - 1],
            Gen.Select(Gen.Int[0, real.Header.Length - 1], Gen.Int[0, real.Rows.Count - 1], Gen.Int[0, 9]).Array[1, 8],
            (row, changes) =>
            {
                var values = (string[])real.Rows[row].Clone();
                foreach (var (column, otherRow, pick) in changes)
                {
                    var unusual = unusualValues(real.Header[column]);
                    values[column] = unusual.Length > 0 && pick < 4 ? unusual[pick % unusual.Length] : real.Rows[otherRow][column];
                }

                return values;
            });

        rows.Array[1, 4].Sample(sample =>
        {
            var input = new CsvTable { Header = real.Header, Rows = sample.ToList() }.ToCsv();

            var imported = import(new StringReader(input), new CsvImportOptions { BadRows = BadRowHandling.StopAtFirst }).GetAwaiter().GetResult();
            DatasetValidator.Default.Validate(imported.Document).AtLeast(ValidationSeverity.Error).Should().BeEmpty("an imported document has warnings at most");
            var output = new StringWriter();
            var summary = export(imported.Document, output, new CsvExportOptions { SpreadsheetSafe = false }).GetAwaiter().GetResult();

            summary.FactsDropped.Should().Be(0, "what an import built from the rows is what they hold: {0}", string.Join("; ", summary.Notes));
            var written = CsvTable.Parse(output.ToString());
            written.Rows.Should().HaveCount(sample.Length);
            CsvTable.Differences(real.Header, sample, written).Should().BeEmpty();
        }, iter: iterations);
    }
}
