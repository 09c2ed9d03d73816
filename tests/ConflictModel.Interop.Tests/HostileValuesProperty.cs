using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Interop.Csv;
using ConflictModel.Json;
using ConflictModel.Validation;
using CsCheck;

namespace ConflictModel.Interop.Tests;

/// <summary>
/// The bad-input property shared by the GED and ACLED tests: files of 1 to 4 rows, each a row of <c>real</c>
/// with 1 to 6 values replaced by hostile text (numbers out of range or in other notations, impossible dates,
/// separators, quotes, line breaks, control and invisible characters, very long text, random text), imported
/// with <see cref="BadRowHandling.SkipAndReport"/>. Whatever the values, the import must not throw; every row
/// must be counted as imported or rejected; every rejection must name the line the row starts on, and the
/// column and value where it blames one; and the rows it accepts must give a document that validates without
/// errors, survives JSON unchanged, and exports every value back (values compared as values).
/// </summary>
internal static class HostileValuesProperty
{
    /// <summary>Values that break numbers, dates, codes, lists and text in different ways.</summary>
    private static readonly string[] Hostile =
    [
        "NaN", "Infinity", "-Infinity", "1e308", "1e309", "-0", "0x10", "+5", "--1", ".", "-", " 12", "12 ", "1,5",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "99999999999999999999999",
        "\u0661\u0662", "\uFF12", "-91", "181", "90.0000001", "-180.0000001", "8", "0", "-1", "4294967296",
        "2026-02-30", "2026-13-01", "0000-00-00", "0001-01-01", "9999-12-31", "-0001-01-01", "2026-1-1",
        "2026/01/01", "20260101", "2026-01-01T10:00", "2025-06-02 00:00:00.000", "true", "null",
        "\0", "\t", "\r", "\n", "\r\n", "\u00A0", "\u200B", "\uFEFF", "\u202E", "'", "\"", ";", ";;", " ; ",
        "\",\"", "a;b;c", "\"x,2026-01-01,y\"", "=HYPERLINK(\"x\")", "@SUM(1)", "Ω", new string('x', 5_000),
    ];

    /// <summary>Hostile text: one of <see cref="Hostile"/>, or random text of any characters but unpaired surrogates.</summary>
    private static readonly Gen<string> Values = Gen.Frequency(
        (3, Gen.Int[0, Hostile.Length - 1].Select(i => Hostile[i])),
        (1, Gen.Char.Where(c => !char.IsSurrogate(c)).Array[0, 12].Select(chars => new string(chars))));

    public static void Check(
        CsvTable real,
        Func<TextReader, CsvImportOptions, Task<ImportResult>> import,
        Func<DatasetDocument, TextWriter, CsvExportOptions, Task<ExportSummary>> export,
        int iterations)
    {
        var rows = Gen.Select(
            Gen.Int[0, real.Rows.Count - 1],
            Gen.Select(Gen.Int[0, real.Header.Length - 1], Values).Array[1, 6],
            (row, changes) =>
            {
                var values = (string[])real.Rows[row].Clone();
                foreach (var (column, value) in changes)
                {
                    values[column] = value;
                }

                return values;
            });

        rows.Array[1, 4].Sample(sample => Holds(real.Header, sample, import, export), iter: iterations);
    }

    private static void Holds(
        string[] header,
        string[][] sample,
        Func<TextReader, CsvImportOptions, Task<ImportResult>> import,
        Func<DatasetDocument, TextWriter, CsvExportOptions, Task<ExportSummary>> export)
    {
        var table = new CsvTable { Header = header, Rows = sample.ToList() };
        var input = table.ToCsv();
        var starts = RowStarts(table);

        var result = import(new StringReader(input), new CsvImportOptions { BadRows = BadRowHandling.SkipAndReport, RestoreNeutralisedFormulas = false }).GetAwaiter().GetResult();

        var summary = result.Summary;
        summary.RowsRead.Should().Be(sample.Length);
        (summary.RowsImported + summary.RowsRejected).Should().Be(summary.RowsRead);
        summary.Errors.Should().HaveCount((int)summary.RowsRejected);
        result.Document.Engagements.Should().HaveCount((int)summary.RowsImported);

        var rejected = new HashSet<int>();
        foreach (var error in summary.Errors)
        {
            var row = Array.IndexOf(starts, error.Line);
            row.Should().BeGreaterThanOrEqualTo(0, $"the error's line {error.Line} starts a row ({error})");
            rejected.Add(row).Should().BeTrue($"one error per rejected row ({error})");
            error.Message.Should().NotBeNullOrWhiteSpace();
            error.Code.Should().NotBeNullOrWhiteSpace();
            if (error.ColumnName is not null)
            {
                var column = Array.FindIndex(header, h => string.Equals(h, error.ColumnName, StringComparison.OrdinalIgnoreCase));
                column.Should().BeGreaterThanOrEqualTo(0, $"the error names a column of the file ({error})");
                if (error.Value is not null)
                {
                    error.Value.Should().Be(sample[row][column], $"the error quotes the value as read ({error})");
                }
            }
        }

        var report = DatasetValidator.Default.Validate(result.Document);
        report.AtLeast(ValidationSeverity.Error).Should().BeEmpty("an imported document has warnings at most");

        DatasetJson.Read(DatasetJson.Write(result.Document)).Should().Be(result.Document);

        var output = new StringWriter();
        var exported = export(result.Document, output, new CsvExportOptions { SpreadsheetSafe = false }).GetAwaiter().GetResult();
        exported.FactsDropped.Should().Be(0, "what an import built from the rows is what they hold: {0}", string.Join("; ", exported.Notes));
        var written = CsvTable.Parse(output.ToString());
        var accepted = Enumerable.Range(0, sample.Length).Where(r => !rejected.Contains(r)).ToArray();
        written.Rows.Should().HaveCount(accepted.Length);
        CsvTable.Differences(header, accepted.Select(r => sample[r]).ToList(), written, accepted.Select(r => r + 1).ToList()).Should().BeEmpty();
    }

    /// <summary>The line each row starts on: the header is line 1, and the line breaks in a row's values add lines.</summary>
    private static long[] RowStarts(CsvTable table)
    {
        var starts = new long[table.Rows.Count];
        var line = 2L;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            starts[r] = line;
            line += 1 + table.Rows[r].Sum(LineBreaks);
        }

        return starts;
    }

    /// <summary>Line breaks in a value as a CSV reader counts them: "\r\n", "\r" and "\n" are one each.</summary>
    private static int LineBreaks(string value)
    {
        var count = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\n' || (value[i] == '\r' && (i + 1 == value.Length || value[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }
}
