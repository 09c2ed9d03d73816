using ConflictModel.Interop.Ged;

namespace ConflictModel.Interop.Tests.Ged;

/// <summary>
/// Rows of the real GED file with some values replaced by hostile text (see <see cref="HostileValuesProperty"/>):
/// the import never throws, rejects a row only with a located error, and what it accepts validates, survives
/// JSON and exports every value back.
/// </summary>
public class GedHostileValuesPropertyTests
{
    private static readonly CsvTable Real = CsvTable.Ged();

    [Fact]
    public void Import_HostileValues_RejectedWithLocatedErrorsOrKeptWhole() =>
        HostileValuesProperty.Check(
            Real,
            (reader, options) => GedImporter.ImportAsync(reader, options),
            (document, writer, options) => GedExporter.ExportAsync(document, writer, options),
            iterations: 1000);
}
