using System;
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
        Compare(generated, committed, $"docs/schema/{DatasetSchema.FileName}", RefreshSchema);
    }

    [Fact]
    public void Codebook_CommittedFileIsWhatTheDocsCommandWrites()
    {
        using var directory = new TempDirectory();

        var result = Cli.Run("docs", "--out", directory.Path);

        result.ExitCode.Should().Be(0, result.Error);
        var generated = File.ReadAllBytes(Path.Combine(directory.Path, "codebook.md"));
        var committed = File.ReadAllBytes(Repository.PathOf("docs", "codebook.md"));
        Compare(generated, committed, "docs/codebook.md", RefreshCodebook);
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

    /// <summary>Fails on any byte difference, naming the file, the command that refreshes it, and where they first differ.</summary>
    private static void Compare(byte[] generated, byte[] committed, string file, string command)
    {
        var length = System.Math.Min(generated.Length, committed.Length);
        var at = 0;
        while (at < length && generated[at] == committed[at])
        {
            at++;
        }

        if (at == length && generated.Length == committed.Length)
        {
            return;
        }

        var line = 1 + committed.AsSpan(0, System.Math.Min(at, committed.Length)).Count((byte)'\n');
        Assert.Fail($"{file} is out of date: it differs from what the code generates from byte {at} (line {line}; {committed.Length} bytes committed, {generated.Length} generated). Refresh it with `{command}` and commit it.");
    }
}
