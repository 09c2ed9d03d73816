using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConflictModel.Json;

namespace ConflictModel.Schema;

/// <summary>
/// The JSON Schema (draft 2020-12) of a dataset document, generated from the model types and the very
/// serializer options that <see cref="DatasetJson"/> reads and writes with, so the two cannot drift.
/// </summary>
/// <remarks>
/// <para>
/// The schema describes what <see cref="DatasetJson.Read(string)"/> accepts: members and their JSON types,
/// which are required, which may be null, enum values with their meanings, the forms of partial dates,
/// string lengths and number ranges; no other member is allowed anywhere. Every model type is one entry
/// of <c>$defs</c>, referenced with <c>$ref</c>; every description comes from the library's XML
/// documentation. Enums are written as <c>oneOf</c> a list of <c>const</c> values, each with its
/// <c>description</c>.
/// </para>
/// <para>
/// The rules of <see cref="Validation.DatasetValidator"/> (ids that resolve, low &lt;= high, coordinates
/// in range, precision coherent with the value...) are not part of the schema: a document can match
/// the schema and still have validation errors, and both checks are needed to accept untrusted data.
/// </para>
/// </remarks>
/// <threadsafety>Stateless; safe to call from any thread.</threadsafety>
public static class DatasetSchema
{
    /// <summary>
    /// The <c>$id</c> of the schema of format version <see cref="DatasetDocument.CurrentFormatVersion"/>:
    /// <c>https://conflictmodel.org/schema/1.0/dataset-document.json</c>. The version in the path changes
    /// with the format's version.
    /// </summary>
    public const string Id = "https://conflictmodel.org/schema/" + DatasetDocument.CurrentFormatVersion + "/dataset-document.json";

    /// <summary>The file name the schema is published under: <c>dataset-document.schema.json</c>.</summary>
    public const string FileName = "dataset-document.schema.json";

    /// <summary>
    /// Generates the schema, with descriptions from the XML documentation file next to the ConflictModel
    /// assembly (<c>ConflictModel.xml</c>).
    /// </summary>
    /// <returns>A new schema object; the caller may change it.</returns>
    /// <exception cref="FileNotFoundException">The XML documentation file is not next to the assembly.</exception>
    [RequiresUnreferencedCode(TrimmingMessages.Reflection)]
    [RequiresAssemblyFiles(TrimmingMessages.DocumentationNextToAssembly)]
    public static JsonObject Generate() => Generate(XmlDocumentation.DefaultPath);

    /// <summary>Generates the schema, with descriptions from the given XML documentation file.</summary>
    /// <param name="documentationPath">The path of <c>ConflictModel.xml</c>, the XML documentation of this library.</param>
    /// <returns>A new schema object; the caller may change it.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    [RequiresUnreferencedCode(TrimmingMessages.Reflection)]
    public static JsonObject Generate(string documentationPath)
    {
        ArgumentNullException.ThrowIfNull(documentationPath);
        return new SchemaBuilder(XmlDocumentation.Load(documentationPath), JsonFormat.Options).Build(typeof(DatasetDocument), Id);
    }

    /// <summary>
    /// Generates the schema as the text of <c>docs/schema/dataset-document.schema.json</c>: indented by two
    /// spaces, <c>'\n'</c> line ends, non-ASCII text unescaped, a final line end. The same code always
    /// gives the same bytes.
    /// </summary>
    /// <returns>The schema as JSON text.</returns>
    /// <exception cref="FileNotFoundException">The XML documentation file is not next to the assembly.</exception>
    [RequiresUnreferencedCode(TrimmingMessages.Reflection)]
    [RequiresAssemblyFiles(TrimmingMessages.DocumentationNextToAssembly)]
    public static string GenerateText() => ToText(Generate());

    /// <summary>Writes a schema (or any JSON node) in the published form: indented by two spaces, <c>'\n'</c> line ends, a final line end.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The JSON text.</returns>
    public static string ToText(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonFormat.IndentedWriter))
        {
            node.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
