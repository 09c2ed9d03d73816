using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace ConflictModel.Cli.Tests.Commands;

/// <summary><c>conflictmodel validate</c>, in-process: problems with file, line, path, code and severity; exit codes 0, 1, 2.</summary>
public sealed class ValidateCommandTests : System.IDisposable
{
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Validate_ValidDocument_PrintsNothingAndExitsZero()
    {
        var result = Cli.Run("validate", Repository.TimbuktuExample);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be("1 file, 1 document: 0 unreadable, 0 errors, 0 warnings, 0 notes\n");
    }

    [Fact]
    public void Validate_InvalidDocument_PrintsTheProblemAtItsLine_AndExitsOne()
    {
        var text = Documents.WithBadLatitude;
        var file = _files.Write("invalid.json", text);

        var result = Cli.Run("validate", file);

        result.ExitCode.Should().Be(1);
        var line = Documents.LineOf(text, "116.7666");
        result.Output.Split('\n').Should().Contain($"{file}:{line} engagements[0].sites[0].coordinates.latitude CM3001 error 'engagements[0].sites[0].coordinates.latitude' is 116.7666; a latitude is a finite number of degrees in [-90, 90].");
        result.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().OnlyContain(l => l.StartsWith(file + ":"));
    }

    [Fact]
    public void Validate_WarningsOnly_ExitsZero()
    {
        var text = Documents.WithBlankTitle;
        var file = _files.Write("warning.json", text);

        var result = Cli.Run("validate", file);

        result.ExitCode.Should().Be(0);
        result.Output.Should().StartWith($"{file}:{Documents.LineOf(text, "\"title\"")} title CM1003 warning ");
        result.Error.Should().Contain("0 errors, 1 warning");
    }

    [Fact]
    public void Validate_DocumentTheReaderRefuses_SaysWhereAndWhy_AndExitsTwo()
    {
        var text = Documents.WithUnknownEnum;
        var file = _files.Write("unparsable.json", text);

        var result = Cli.Run("validate", file);

        result.ExitCode.Should().Be(2);
        result.Output.Should().Be(
            $"{file}:{Documents.LineOf(text, "newsWire")} sources[1].kind json.invalid-document error Expected one of the SourceKind names (newsAgency, government, armedForces, armedGroup, analyst, localOfficial, stateMedia, socialMedia, organisation, witness, compilation, other; exact case) but found a string (\"newsWire\").\n");
    }

    [Fact]
    public void Validate_MissingFile_ExitsTwo()
    {
        var file = Path.Combine(_files.Path, "missing.json");

        var result = Cli.Run("validate", file);

        result.ExitCode.Should().Be(2);
        result.Output.Should().StartWith($"{file}:1 $ io.unreadable error Cannot read the file: ");
    }

    [Fact]
    public void Validate_SeveralFiles_ExitCodeIsTheWorst()
    {
        var invalid = _files.Write("invalid.json", Documents.WithBadLatitude);
        var unparsable = _files.Write("unparsable.json", Documents.WithUnknownEnum);

        Cli.Run("validate", Repository.TimbuktuExample, invalid).ExitCode.Should().Be(1);
        var both = Cli.Run("validate", invalid, unparsable, Repository.TimbuktuExample);

        both.ExitCode.Should().Be(2);
        both.Output.Should().Contain(invalid + ":").And.Contain(unparsable + ":");
        both.Error.Should().Be("3 files, 2 documents: 1 unreadable, 1 error, 0 warnings, 0 notes\n");
    }

    [Fact]
    public void Validate_JsonLines_ReportsEachDocumentAtItsOwnLine()
    {
        var file = _files.Write("dataset.jsonl", string.Join("\n",
            Documents.TimbuktuLine,
            string.Empty,
            Documents.OneLine(Documents.WithBadLatitude),
            "{\"formatVersion\": \"1.0\", \"engagements\": 3}",
            Documents.TimbuktuLine) + "\n");

        var result = Cli.Run("validate", file);

        result.ExitCode.Should().Be(2);
        result.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            $"{file}:3 engagements[0].sites[0].coordinates.latitude CM3001 error 'engagements[0].sites[0].coordinates.latitude' is 116.7666; a latitude is a finite number of degrees in [-90, 90].",
            $"{file}:4 engagements json.invalid-document error Expected an array but found a number (3).");
        result.Error.Should().Be("1 file, 3 documents: 1 unreadable, 1 error, 0 warnings, 0 notes\n");
    }

    [Fact]
    public void Validate_Auto_RecognisesTheFormatFromTheContent_TheFormatOptionForcesOne()
    {
        var file = _files.Write("dataset.json", Documents.TimbuktuLine + "\n" + Documents.TimbuktuLine + "\n");

        var auto = Cli.Run("validate", file);
        var asLines = Cli.Run("validate", "--format", "jsonl", file);
        var asDocument = Cli.Run("validate", "--format", "json", file);

        auto.ExitCode.Should().Be(0, auto.Output);
        auto.Error.Should().Be("1 file, 2 documents: 0 unreadable, 0 errors, 0 warnings, 0 notes\n", "a JSON object on each line is JSON Lines, whatever the extension");
        asLines.Error.Should().Be(auto.Error);
        asDocument.ExitCode.Should().Be(2, "two documents in a row are not one JSON document");
        asDocument.Output.Should().StartWith($"{file}:2 $ json.syntax error '{{' is invalid after a single JSON value.");
    }

    [Fact]
    public void Validate_GedFile_ReadThroughTheRegistry_EachBatchValidated()
    {
        var ged = Repository.PathOf("tests", "ConflictModel.Cli.Tests", "TestData", "ged-slice.csv");

        var result = Cli.Run("validate", ged);

        result.ExitCode.Should().Be(0, result.Output);
        result.Error.Should().Be("1 file, 1 document: 0 unreadable, 0 errors, 0 warnings, 0 notes\n", "25 rows are one batch");
    }

    [Fact]
    public void Validate_UnrecognisableFile_SaysWhatItSaw_AndExitsTwo()
    {
        var file = _files.Write("list.json", "[1, 2, 3]\n");

        var result = Cli.Run("validate", file);

        result.ExitCode.Should().Be(2);
        result.Output.Should().Be($"{file}:1 $ format.unrecognised error Cannot tell the format: it starts with '[1, 2, 3]⏎' (json: a JSON array, not a dataset document (an object); jsonl: a JSON array, not lines of documents; ged: no header line of comma-separated names; acled: no header line of comma-separated names; ucdp-api: JSON, but no UCDP GED API page or records; acled-api: JSON, but no ACLED API page or records); no format fits. Name it with --format.\n");
    }

    [Fact]
    public void Validate_OutputJson_IsOneDocumentWithEveryProblemAndTheCounts()
    {
        var invalid = _files.Write("invalid.json", Documents.WithBadLatitude);

        var result = Cli.Run("validate", "--output", "json", invalid, Repository.TimbuktuExample);

        result.ExitCode.Should().Be(1);
        var report = JsonNode.Parse(result.Output)!;
        report["exitCode"]!.GetValue<int>().Should().Be(1);
        report["errors"]!.GetValue<long>().Should().Be(1);
        report["documents"]!.GetValue<long>().Should().Be(2);
        var files = report["files"]!.AsArray();
        files.Select(f => f!["file"]!.GetValue<string>()).Should().Equal(invalid, Repository.TimbuktuExample);
        var problem = files[0]!["problems"]![0]!;
        problem["line"]!.GetValue<long>().Should().Be(Documents.LineOf(Documents.WithBadLatitude, "116.7666"));
        problem["path"]!.GetValue<string>().Should().Be("engagements[0].sites[0].coordinates.latitude");
        problem["code"]!.GetValue<string>().Should().Be("CM3001");
        problem["severity"]!.GetValue<string>().Should().Be("error");
        problem["value"]!.GetValue<string>().Should().Be("116.7666");
        files[1]!["problems"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public void Validate_ErrorNotATerminal_ShowsNoProgress()
    {
        var file = _files.Write("large.jsonl", string.Concat(Enumerable.Repeat(Documents.TimbuktuLine + "\n", 60)));

        var result = Cli.Run("validate", file);

        result.ExitCode.Should().Be(0);
        result.Error.Should().Be("1 file, 60 documents: 0 unreadable, 0 errors, 0 warnings, 0 notes\n");
    }

    [Fact]
    public void Validate_ErrorIsATerminal_ShowsProgressForALargeFile_ThenClearsIt()
    {
        var file = _files.Write("large.jsonl", string.Concat(Enumerable.Repeat(Documents.TimbuktuLine + "\n", 60)));
        new FileInfo(file).Length.Should().BeGreaterThan(1024 * 1024, "progress is shown only for files over 1 MiB");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = CommandLine.Invoke(["validate", file], output, error, errorIsTerminal: true);

        exitCode.Should().Be(0);
        error.ToString().Should().StartWith($"\r{file}: 1 documents, ").And.Contain("\r\u001b[K").And.EndWith("60 documents: 0 unreadable, 0 errors, 0 warnings, 0 notes" + System.Environment.NewLine);
        output.ToString().Should().BeEmpty("progress never goes to standard output");
    }
}
