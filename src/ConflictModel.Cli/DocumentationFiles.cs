using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using ConflictModel.Schema;

namespace ConflictModel.Cli;

/// <summary>
/// The generated documentation files of the format, made here and nowhere else: the <c>schema</c> and
/// <c>docs</c> commands write them and the drift test compares them with the committed copies.
/// </summary>
internal static class DocumentationFiles
{
    /// <summary>The name of the codebook file: <c>codebook.md</c>.</summary>
    internal const string CodebookFileName = "codebook.md";

    /// <summary>Generates the text of <c>docs/schema/dataset-document.schema.json</c>.</summary>
    /// <returns>The schema as JSON text.</returns>
    internal static string Schema() => DatasetSchema.GenerateText();

    /// <summary>Generates the text of <c>docs/codebook.md</c>, with example values from the Timbuktu document.</summary>
    /// <returns>The codebook as Markdown.</returns>
    internal static string Codebook() => ConflictModel.Schema.Codebook.Generate(DatasetSchema.Generate(), Example());

    /// <summary>Gets the canonical example document, <c>docs/examples/timbuktu-2025.json</c>, embedded in the tool.</summary>
    /// <returns>The parsed JSON.</returns>
    internal static JsonNode Example()
    {
        using var stream = typeof(DocumentationFiles).Assembly.GetManifestResourceStream("ConflictModel.Cli.timbuktu-2025.json")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return JsonNode.Parse(reader.ReadToEnd())!;
    }
}
