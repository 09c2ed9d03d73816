using System.IO;
using ConflictModel.Json;
using ConflictModel.Reporting;
using ConflictModel.Schema;

namespace ConflictModel.Cli.Tests.Commands;

/// <summary><c>schema</c>, <c>docs</c> and <c>summary</c>, in-process.</summary>
public class GeneratingCommandTests
{
    [Fact]
    public void Schema_WithoutOut_WritesTheSchemaToStandardOutput()
    {
        var result = Cli.Run("schema");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Be(File.ReadAllText(Repository.PathOf("docs", "schema", DatasetSchema.FileName)));
    }

    [Fact]
    public void Docs_WithoutOut_WritesThePagesToStandardOutput()
    {
        var codebook = Cli.Run("docs", "--page", "codebook");
        var codes = Cli.Run("docs", "--page", "problem-codes");
        var all = Cli.Run("docs");

        codebook.ExitCode.Should().Be(0, codebook.Error);
        codebook.Output.Should().Be(File.ReadAllText(Repository.PathOf("docs", "codebook.md")));
        codes.Output.Should().Be(File.ReadAllText(Repository.PathOf("docs", "problem-codes.md")));
        all.Output.Should().Be(codebook.Output + codes.Output);
    }

    [Fact]
    public void Schema_WithOut_CreatesTheDirectoryAndSaysWhatItWrote()
    {
        using var directory = new TempDirectory();
        var target = Path.Combine(directory.Path, "nested", "schema");

        var result = Cli.Run("schema", "--out", target);

        result.ExitCode.Should().Be(0);
        result.Output.Should().Be($"Wrote {Path.Combine(target, DatasetSchema.FileName)}\n");
        File.Exists(Path.Combine(target, DatasetSchema.FileName)).Should().BeTrue();
    }

    [Fact]
    public void Schema_OutDirectoryThatCannotBeCreated_OneLineAndExitTwo()
    {
        using var directory = new TempDirectory();
        var file = directory.Write("not-a-directory", "x");

        var result = Cli.Run("schema", "--out", Path.Combine(file, "schema"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("conflictmodel: ").And.NotContain(" at ");
        result.Error.Trim().Split('\n').Should().HaveCount(1);
    }

    [Fact]
    public void Summary_PrintsTheSummaryWriterText()
    {
        var expected = DocumentSummaryWriter.ToText(DatasetJson.Read(Documents.Timbuktu));

        var result = Cli.Run("summary", Repository.TimbuktuExample);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Be(expected);
        result.Output.Should().StartWith("2025 Timbuktu attack\n");
    }

    [Fact]
    public void Summary_UnreadableDocument_SaysWhereInOneLine_AndExitsTwo()
    {
        using var directory = new TempDirectory();
        var file = directory.Write("bad.json", Documents.WithUnknownEnum);

        var result = Cli.Run("summary", file);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().StartWith($"{file}:{Documents.LineOf(Documents.WithUnknownEnum, "newsWire")}:25: error json.invalid-document: at sources[1].kind: Expected one of the SourceKind names");
        result.Error.Trim().Split('\n').Should().HaveCount(1);
    }

    [Fact]
    public void Summary_MissingFile_ExitsTwo()
    {
        var result = Cli.Run("summary", Path.Combine(Path.GetTempPath(), "no-such-file.json"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("no-such-file.json: error io.unreadable: Cannot read the file: ");
    }
}
