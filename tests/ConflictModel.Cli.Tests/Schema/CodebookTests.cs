using System;
using System.Linq;
using System.Text.Json.Nodes;
using ConflictModel.Schema;

namespace ConflictModel.Cli.Tests.Schema;

/// <summary>The codebook says what the schema says: a section per type, examples from the Timbuktu document.</summary>
public class CodebookTests
{
    private static readonly JsonObject Schema = DatasetSchema.Generate();

    private static readonly string Text = Codebook.Generate(Schema, DocumentationFiles.Example());

    [Fact]
    public void Codebook_HasASectionForEveryRecordAndEnum_AndARowForEveryId()
    {
        foreach (var (name, definition) in Schema["$defs"]!.AsObject())
        {
            var isId = definition!["type"]?.GetValue<string>() == "string" && definition["oneOf"] is null;
            Text.Should().Contain(isId ? $"| <a id=\"{name.ToLowerInvariant()}\"></a>`{name}` |" : $"\n### {name}\n", name);
        }
    }

    [Fact]
    public void Codebook_HasTheSectionsOnPrecisionAndReconciliation()
    {
        Text.Should().Contain("\n## Precision codes\n").And.Contain("\n## Estimates and reconciliation\n")
            .And.Contain("(modelling-guide.md#reconciliation)")
            .And.Contain("| `month` | The year and month are known (\"in June 2025\"); UCDP date_prec 4. | `\"2025-06\"` |");
    }

    [Fact]
    public void Codebook_RowsGiveTypeRequiredAllowedValuesDescriptionAndExample()
    {
        Text.Should().Contain("| `id` | string ([EngagementId](#engagementid)) | yes | an id | The id of the engagement, unique within the document. | `\"timbuktu-2025-06-02\"` |");
        Text.Should().Contain("| `coordinates` | object ([Coordinates](#coordinates)) or null | no |  | The site's position, or null when no source locates it. | `{\"latitude\":16.7666,\"longitude\":-3.0026}` |");
    }

    [Fact]
    public void Codebook_WithoutAnExample_HasNoExampleColumn()
    {
        var text = Codebook.Generate(Schema, example: null);

        text.Should().Contain("| Field | JSON type | Required | Allowed values | Description |\n").And.NotContain("| Example |");
    }

    [Fact]
    public void Codebook_OfSomethingElseThanTheGeneratedSchema_IsRefused()
    {
        var generate = () => Codebook.Generate(new JsonObject { ["type"] = "object" }, null);

        generate.Should().Throw<ArgumentException>().WithParameterName("schema");
    }

    [Fact]
    public void Codebook_TableCellsEscapePipes()
    {
        // Every row of a table has as many cells as its header: a pipe inside a value is escaped.
        int? columns = null;
        foreach (var line in Text.Split('\n'))
        {
            if (!line.StartsWith('|'))
            {
                columns = null;
                continue;
            }

            var pipes = line.Replace("\\|", string.Empty, StringComparison.Ordinal).Count(c => c == '|');
            columns ??= pipes;
            pipes.Should().Be(columns, line);
        }

        Text.Should().Contain("(0[1-9]\\|1[0-2])");
    }
}
