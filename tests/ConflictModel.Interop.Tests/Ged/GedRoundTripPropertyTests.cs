using System.Linq;
using ConflictModel.Interop.Ged;

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

    /// <summary>Unusual values a column can take and still be read (besides the values of other rows).</summary>
    private static string[] UnusualValues(string column) =>
        Counts.Contains(column) ? ["", "-1", "0", "05", "12.0", "1000000"]
        : column is "latitude" or "longitude" ? ["", "0", "-3.000100", "16.77"]
        : column == "country_id" ? ["", "999"]
        : OnlyFromOtherRows.Contains(column) ? []
        : RoundTripProperty.Text;

    [Fact]
    public void ImportThenExport_RowsWithValuesFromOtherRowsOrUnusualValues_GiveEveryValueBack() =>
        RoundTripProperty.Check(
            Real,
            UnusualValues,
            (reader, options) => GedImporter.ImportAsync(reader, options),
            (document, writer, options) => GedExporter.ExportAsync(document, writer, options),
            iterations: 1000);
}
