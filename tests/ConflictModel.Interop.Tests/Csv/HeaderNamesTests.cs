using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Ged;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Tests.Csv;

/// <summary>
/// Header names the import cannot keep apart or keep at all give a located error at line 1; a column without a
/// name (a trailing separator) is kept under its position.
/// </summary>
public class HeaderNamesTests
{
    [Theory]
    [InlineData("best")]
    [InlineData("BEST ")]
    [InlineData("extra")]
    public async Task Ged_ColumnNamedTwice_IsAHeaderError(string second)
    {
        var table = CsvTable.Ged(2);
        var header = table.Header.Append("extra").Append("placeholder").ToArray();
        var csv = new CsvTable { Header = header, Rows = table.Rows.Select(r => r.Append("x").Append("y").ToArray()).ToList() }.ToCsv();
        csv = csv.Replace(",placeholder", "," + second, System.StringComparison.Ordinal); // the CSV writer refuses a name twice

        var act = () => GedImporter.ImportAsync(new StringReader(csv));

        var error = (await act.Should().ThrowAsync<CsvImportException>()).Which.Error;
        (error.Line, error.Code, error.Value).Should().Be((1, "csv.duplicate-column", second));
        error.Message.Should().Contain($"columns {System.Array.IndexOf(header, second.Trim().ToLowerInvariant()) + 1} and {header.Length}");
    }

    [Fact]
    public async Task Acled_ColumnNameLongerThanAFieldNameCanBe_IsAHeaderError()
    {
        var lines = TestFiles.Read("acled-synthetic.csv").Split('\n');
        var csv = lines[0] + "," + new string('h', ModelText.ShortText + 1) + "\n";

        var act = () => AcledImporter.ImportAsync(new StringReader(csv));

        (await act.Should().ThrowAsync<CsvImportException>()).Which.Error.Code.Should().Be("csv.column-name-too-long");
    }

    [Fact]
    public async Task Ged_ColumnWithoutAName_KeptUnderItsPositionWhereARowHasAValue()
    {
        var table = CsvTable.Ged(3);
        var header = table.Header.Append(string.Empty).ToArray();
        var rows = table.Rows.Select((r, i) => r.Append(i == 1 ? "a note" : string.Empty).ToArray()).ToList();

        var result = await GedImporter.ImportAsync(new StringReader(new CsvTable { Header = header, Rows = rows }.ToCsv()));

        var position = $"column {header.Length}";
        result.Summary.UnknownColumns.Should().Equal($"{position} (no name)");
        result.Document.Engagements.Select(e => e.DatasetFields.SingleOrDefault(f => f.Name == position)?.Value)
            .Should().Equal(null, "a note", null);
        DatasetValidator.Default.Validate(result.Document).AtLeast(ValidationSeverity.Error).Should().BeEmpty();
    }
}
