using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConflictModel.Schema;

namespace ConflictModel.Cli.Tests.Schema;

/// <summary>What the generated schema says about the types: ids, descriptions, enum values.</summary>
public class SchemaContentTests
{
    private static readonly JsonObject Schema = DatasetSchema.Generate();

    private static JsonObject Definitions => Schema["$defs"]!.AsObject();

    [Fact]
    public void Schema_IsDraft2020_12_WithAnIdThatCarriesTheFormatVersion()
    {
        Schema["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
        Schema["$id"]!.GetValue<string>().Should().Be("https://conflictmodel.org/schema/1.0/dataset-document.json")
            .And.Be(DatasetSchema.Id).And.Contain("/" + DatasetDocument.CurrentFormatVersion + "/");
        Schema["$ref"]!.GetValue<string>().Should().Be("#/$defs/DatasetDocument");
    }

    [Fact]
    public void EveryTypeAndEveryMember_HasADescription()
    {
        foreach (var (name, definition) in Definitions)
        {
            Text(definition!["description"]).Should().NotBeNullOrWhiteSpace(name);
            foreach (var (member, property) in definition["properties"]?.AsObject() ?? [])
            {
                Text(property!["description"]).Should().NotBeNullOrWhiteSpace($"{name}.{member}");
            }
        }
    }

    [Fact]
    public void EveryEnumOfTheModel_ListsEveryValueWithItsMeaning()
    {
        var enums = typeof(DatasetDocument).Assembly.GetExportedTypes()
            .Where(t => t.IsEnum && Definitions.ContainsKey(t.Name))
            .ToList();

        enums.Select(e => e.Name).Should().Contain(["ActorKind", "Measure", "QuantityForm", "TemporalPrecision", "SpatialPrecision", "StatementStance"]);
        foreach (var type in enums)
        {
            var values = Definitions[type.Name]!["oneOf"]!.AsArray();
            values.Select(v => Text(v!["const"])).Should().Equal(Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName), type.Name);
            values.Should().OnlyContain(v => !string.IsNullOrWhiteSpace(Text(v!["description"])), type.Name);
        }
    }

    [Fact]
    public void Descriptions_UseTheFormatsOwnNames()
    {
        // "Gets the ..." becomes "The ...", and a cref to a member becomes its JSON name.
        Text(Definitions["TemporalExtent"]!["properties"]!["start"]!["description"]).Should().Be("The first moment of the extent, truncated to precision.");
        Text(Definitions["DatasetDocument"]!["properties"]!["formatVersion"]!["description"]).Should().Be("The format version the document follows, \"major.minor\". The default is \"1.0\".");
    }

    [Fact]
    public void NullableMembers_AcceptNull_AndOthersDoNot()
    {
        var site = Definitions["Site"]!["properties"]!;
        site["coordinates"]!["anyOf"]!.AsArray().Select(a => a!.ToJsonString()).Should().Equal("{\"$ref\":\"#/$defs/Coordinates\"}", "{\"type\":\"null\"}");
        site["description"]!["type"]!.AsArray().Select(Text).Should().Equal("string", "null");
        site["name"]!["type"]!.GetValue<string>().Should().Be("string");
        site["id"]!["$ref"]!.GetValue<string>().Should().Be("#/$defs/SiteId");
    }

    private static string Text(JsonNode? node) => node?.GetValue<string>() ?? string.Empty;
}
