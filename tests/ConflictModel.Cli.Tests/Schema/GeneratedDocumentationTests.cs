using System.IO;
using ConflictModel.Schema;

namespace ConflictModel.Cli.Tests.Schema;

/// <summary>
/// docs/schema/dataset-document.schema.json and docs/codebook.md are exactly what the tool generates from
/// the code. When a model type, a doc comment or the JSON format changes, refresh them:
/// <c>dotnet run --project src/ConflictModel.Cli -- schema --out docs/schema</c> and
/// <c>dotnet run --project src/ConflictModel.Cli -- docs --out docs</c>.
/// </summary>
public class GeneratedDocumentationTests
{
    private const string RefreshSchema = "dotnet run --project src/ConflictModel.Cli -- schema --out docs/schema";
    private const string RefreshCodebook = "dotnet run --project src/ConflictModel.Cli -- docs --out docs";

    [Fact]
    public void Schema_CommittedFileIsWhatTheSchemaCommandWrites()
    {
        using var directory = new TempDirectory();

        var result = Cli.Run("schema", "--out", directory.Path);

        result.ExitCode.Should().Be(0, result.Error);
        var generated = File.ReadAllBytes(Path.Combine(directory.Path, DatasetSchema.FileName));
        var committed = File.ReadAllBytes(Repository.PathOf("docs", "schema", DatasetSchema.FileName));
        generated.Should().Equal(committed, $"docs/schema/{DatasetSchema.FileName} is out of date; refresh it with `{RefreshSchema}` and commit it");
    }

    [Fact]
    public void Codebook_CommittedFileIsWhatTheDocsCommandWrites()
    {
        using var directory = new TempDirectory();

        var result = Cli.Run("docs", "--out", directory.Path);

        result.ExitCode.Should().Be(0, result.Error);
        var generated = File.ReadAllBytes(Path.Combine(directory.Path, "codebook.md"));
        var committed = File.ReadAllBytes(Repository.PathOf("docs", "codebook.md"));
        generated.Should().Equal(committed, $"docs/codebook.md is out of date; refresh it with `{RefreshCodebook}` and commit it");
    }

    [Fact]
    public void Codebook_ExamplesComeFromTheCommittedTimbuktuDocument()
    {
        // The tool embeds docs/examples/timbuktu-2025.json; this keeps the embedded copy honest.
        var embedded = DocumentationFiles.Example().ToJsonString();

        embedded.Should().Be(System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Repository.TimbuktuExample))!.ToJsonString());
    }

    [Fact]
    public void Schema_GeneratingTwiceGivesTheSameText()
    {
        DatasetSchema.GenerateText().Should().Be(DatasetSchema.GenerateText());
    }

    [Fact]
    public void Schema_WithoutTheDocumentationFile_SaysWhichFileIsMissing()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-dir", "ConflictModel.xml");

        var generate = () => DatasetSchema.Generate(missing);

        generate.Should().Throw<FileNotFoundException>().WithMessage($"The XML documentation file '{missing}' was not found.*");
    }
}
