using System.Linq;
using ConflictModel.Interop.Acled;

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

    /// <summary>Unusual values a column can take and still be read (besides the values of other rows).</summary>
    private static string[] UnusualValues(string column) =>
        column == "fatalities" ? ["", "-1", "0", "05", "12.0", "1000000"]
        : column is "latitude" or "longitude" ? ["", "0", "-3.000100", "16.77"]
        : column is "iso" ? ["", "999", "004"]
        : column is "year" or "timestamp" ? ["", "0", "1999"]
        : column is "event_type" or "sub_event_type" or "disorder_type" ? ["", "Something else", "=1+1", "battles"]
        : OnlyFromOtherRows.Contains(column) ? []
        : RoundTripProperty.Text;

    [Fact]
    public void ImportThenExport_RowsWithValuesFromOtherRowsOrUnusualValues_GiveEveryValueBack() =>
        RoundTripProperty.Check(
            Real,
            UnusualValues,
            (reader, options) => AcledImporter.ImportAsync(reader, options),
            (document, writer, options) => AcledExporter.ExportAsync(document, writer, options),
            iterations: 1000);
}
