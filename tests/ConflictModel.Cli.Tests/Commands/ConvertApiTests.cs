using System.IO;
using System.Linq;

namespace ConflictModel.Cli.Tests.Commands;

/// <summary><c>conflictmodel convert</c> with a folder of UCDP API pages as its input.</summary>
public sealed class ConvertApiTests : System.IDisposable
{
    private static readonly string Pages = Repository.PathOf("tests", "ConflictModel.Cli.Tests", "TestData", "ged-api-pages");
    private static readonly string GedSlice = Repository.PathOf("tests", "ConflictModel.Cli.Tests", "TestData", "ged-slice.csv");

    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Convert_FolderOfApiPages_SameLinesAsTheCsvRows()
    {
        var fromPages = Path.Combine(_files.Path, "pages.jsonl");
        var fromCsv = Path.Combine(_files.Path, "csv.jsonl");

        var pages = Cli.Run("convert", "--to", "jsonl", Pages, fromPages);
        var csv = Cli.Run("convert", "--to", "jsonl", GedSlice, fromCsv);

        pages.ExitCode.Should().Be(0, pages.Error);
        csv.ExitCode.Should().Be(0, csv.Error);
        pages.Error.Should().Be($"{Pages}: 12 records read: 12 imported, 0 rejected, 0 warnings\n{fromPages}: 12 engagements written in 12 lines\n");
        File.ReadAllLines(fromPages).Should().Equal(File.ReadAllLines(fromCsv).Take(12), "the pages hold the slice's first 12 events, in page order");
    }

    [Fact]
    public void Convert_FolderWithAFormatThatReadsFiles_IsRefused()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_files.Path, "lines")).FullName;
        File.WriteAllText(Path.Combine(folder, "part-1.json"), "{\"a\": 1}\n{\"a\": 2}\n");

        var result = Cli.Run("convert", "--from", "jsonl", "--to", "json", folder, Path.Combine(_files.Path, "out.json"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("error io.unreadable: ").And.Contain("is a folder, and the jsonl format reads one file; folders of pages are read by ucdp-api, acled-api.");
    }

    [Fact]
    public void Convert_BadRecordInAPage_IsLocatedByPageFileLineAndPath()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_files.Path, "pages")).FullName;
        foreach (var page in Directory.GetFiles(Pages))
        {
            var text = File.ReadAllText(page);
            File.WriteAllText(Path.Combine(folder, Path.GetFileName(page)), Path.GetFileName(page) == "gedevents_p11.json" ? text.Replace("\"date_start\": \"", "\"date_start\": \"x", System.StringComparison.Ordinal) : text);
        }

        var result = Cli.Run("convert", "--bad-rows", "skip", "--to", "jsonl", folder, Path.Combine(_files.Path, "out.jsonl"));

        result.ExitCode.Should().Be(1, result.Error);
        result.Error.Should().StartWith(Path.Combine(folder, "gedevents_p11.json") + ":7: error ").And.Contain("at Result[0].date_start: ")
            .And.Contain($"{folder}: 12 records read: 8 imported, 4 rejected");
    }
}
