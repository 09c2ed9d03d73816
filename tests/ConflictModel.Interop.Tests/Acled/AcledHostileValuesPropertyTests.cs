using ConflictModel.Interop.Acled;

namespace ConflictModel.Interop.Tests.Acled;

/// <summary>
/// Rows of the synthetic ACLED file with some values replaced by hostile text (see
/// <see cref="HostileValuesProperty"/>): the import never throws, rejects a row only with a located error, and
/// what it accepts validates, survives JSON and exports every value back.
/// </summary>
public class AcledHostileValuesPropertyTests
{
    private static readonly CsvTable Real = CsvTable.Parse(TestFiles.Read("acled-synthetic.csv"));

    [Fact]
    public void Import_HostileValues_RejectedWithLocatedErrorsOrKeptWhole() =>
        HostileValuesProperty.Check(
            Real,
            (reader, options) => AcledImporter.ImportAsync(reader, options),
            (document, writer, options) => AcledExporter.ExportAsync(document, writer, options),
            iterations: 1000);
}
