using System.IO;
using ConflictModel.Schema;

namespace ConflictModel.Cli.Tests;

/// <summary>The tool run as a separate process (<c>dotnet ConflictModel.Cli.dll ...</c>), as a user runs it: real standard streams and exit codes.</summary>
public sealed class ProcessTests : System.IDisposable
{
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Validate_GoodAndBadFiles_ExitCodesAndOutput()
    {
        var invalid = _files.Write("invalid.json", Documents.WithBadLatitude);
        var unparsable = _files.Write("unparsable.json", Documents.WithUnknownEnum);

        var good = Cli.RunProcess("validate", "docs/examples/timbuktu-2025.json");
        var bad = Cli.RunProcess("validate", invalid);
        var worse = Cli.RunProcess("validate", invalid, unparsable);

        good.ExitCode.Should().Be(0, good.Error);
        good.Output.Should().BeEmpty();
        good.Error.Should().Be("1 file, 1 document: 0 unreadable, 0 errors, 0 warnings, 0 notes\n", "stderr is redirected, so no progress is shown");
        bad.ExitCode.Should().Be(1);
        bad.Output.Should().StartWith($"{invalid}:{Documents.LineOf(Documents.WithBadLatitude, "116.7666")} engagements[0].sites[0].coordinates.latitude CM3001 error ");
        worse.ExitCode.Should().Be(2);
        worse.Output.Should().Contain($"{unparsable}:{Documents.LineOf(Documents.WithUnknownEnum, "newsWire")} sources[1].kind json.invalid-document error ");
    }

    [Fact]
    public void WrongArgument_OneLineAndUsage_NoStackTrace()
    {
        var result = Cli.RunProcess("validate", "--bogus");

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().StartWith("conflictmodel: Unrecognized option '--bogus'.").And.Contain("\nUsage: conflictmodel validate <FILE>... [options]\n");
        result.Error.Should().NotContain("Exception").And.NotContain(" at ");
    }

    [Fact]
    public void SchemaAndVersion_Work()
    {
        var schema = Cli.RunProcess("schema");
        var version = Cli.RunProcess("--version");

        schema.ExitCode.Should().Be(0, schema.Error);
        schema.Output.Should().Be(File.ReadAllText(Repository.PathOf("docs", "schema", DatasetSchema.FileName)), "the tool finds ConflictModel.xml next to itself");
        version.ExitCode.Should().Be(0);
        version.Output.Should().StartWith("0.1.0");
    }

    [Fact]
    public void Summary_PrintsTheDocument()
    {
        var result = Cli.RunProcess("summary", "docs/examples/timbuktu-2025.json");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().StartWith("2025 Timbuktu attack\n").And.Contain("Timbuktu");
    }

    [Fact]
    public void Convert_GedToJson_SummaryOnStandardError_DataOnStandardOutput()
    {
        var slice = Path.Combine("tests", "ConflictModel.Cli.Tests", "TestData", "ged-slice.csv");

        var result = Cli.RunProcess("convert", "--from", "ged", "--to", "json", slice, "-");
        var wrong = Cli.RunProcess("convert", "--from", "xls", "--to", "json", slice, "-");

        result.ExitCode.Should().Be(0, result.Error);
        ConflictModel.Json.DatasetJson.Read(result.Output).Engagements.Should().HaveCount(25);
        result.Error.Should().StartWith($"{slice}: 25 rows read: 25 imported, 0 rejected, ").And.EndWith("(standard output): 25 engagements written in 1 document\n").And.NotContain("\r", "stderr is redirected, so no progress is shown");
        wrong.ExitCode.Should().Be(2);
        wrong.Output.Should().BeEmpty();
        wrong.Error.Should().StartWith("conflictmodel: Argument 'xls' not recognized. Must be one of: 'auto' 'json' 'jsonl' 'ged' 'acled' 'ucdp-api' 'acled-api'\nUsage: conflictmodel convert ");
    }

    [Fact]
    public void ParseCasualtiesAndInfobox_Work()
    {
        var parsed = Cli.RunProcess("parse-casualties", "30–60+ killed");
        var unparsed = Cli.RunProcess("parse-casualties", "30 killed; the rest is disputed");
        var infobox = Cli.RunProcess("infobox", "docs/examples/timbuktu-2025.json", "--measure", "killed", "--measure", "lynched");

        parsed.ExitCode.Should().Be(0, parsed.Error);
        parsed.Output.Should().Be("estimate [0, 13) \"30–60+ killed\": measure killed, quantity 30–60+\n", "the output is UTF-8 whatever the console");
        unparsed.ExitCode.Should().Be(1);
        infobox.ExitCode.Should().Be(0, infobox.Error);
        infobox.Output.Should().Contain("| casualties1 = 30–60+ killed\n| casualties2 = 6–14 killed\n| casualties3 = 1 person lynched\n");
    }
}
