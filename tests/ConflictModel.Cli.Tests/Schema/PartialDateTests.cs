using System.IO;
using System.Text.Json.Nodes;
using ConflictModel.Json;
using ConflictModel.Schema;
using Json.Schema;

namespace ConflictModel.Cli.Tests.Schema;

/// <summary>
/// The schema's partial-date forms agree with the reader, string by string: what one accepts the other
/// accepts. The one documented difference: the schema cannot know calendars, so a day that does not
/// exist (30 February) matches the pattern and only the reader refuses it.
/// </summary>
public class PartialDateTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Repository.PathOf("docs", "schema", DatasetSchema.FileName)));

    [Theory]
    [InlineData("year", "2025", true)]
    [InlineData("year", "0001", true)]
    [InlineData("year", "-0001", false)]
    [InlineData("year", "0000", true)]
    [InlineData("year", "25", false)]
    [InlineData("year", "+2025", false)]
    [InlineData("year", " 2025", false)]
    [InlineData("year", "2025-06", false)]
    [InlineData("month", "2025-06", true)]
    [InlineData("month", "2025-6", false)]
    [InlineData("month", "2025-00", false)]
    [InlineData("month", "2025-13", false)]
    [InlineData("day", "2025-06-02", true)]
    [InlineData("day", "2024-02-29", true)]
    [InlineData("day", "2025-06-2", false)]
    [InlineData("day", "2025-06-32", false)]
    [InlineData("day", "2025-06-02T10", false)]
    [InlineData("day", "2025-06-02Z", false)]
    [InlineData("partOfDay", "2025-06-02T06", true)]
    [InlineData("hour", "2025-06-02T00", true)]
    [InlineData("hour", "2025-06-02T23", true)]
    [InlineData("hour", "2025-06-02T24", false)]
    [InlineData("hour", "2025-06-02 10", false)]
    [InlineData("minute", "2025-06-02T10:59", true)]
    [InlineData("minute", "2025-06-02T10:60", false)]
    [InlineData("minute", "2025-06-02T10:17:00", false)]
    [InlineData("minute", "2025-06-02T00:00:00Z", false)]
    public void PartialDate_SchemaAndReaderAgree(string precision, string start, bool accepted)
    {
        var document = Document(precision, start);

        var schemaAccepts = Schema.Evaluate(document).IsValid;
        var readerAccepts = Reads(document.ToJsonString());

        schemaAccepts.Should().Be(accepted, $"the schema on {start} at {precision} precision");
        readerAccepts.Should().Be(accepted, $"the reader on {start} at {precision} precision");
    }

    [Fact]
    public void PartialDate_ThatDoesNotExist_MatchesTheSchemaButTheReaderRefusesIt()
    {
        var document = Document("day", "2025-02-30");

        Schema.Evaluate(document).IsValid.Should().BeTrue();
        Reads(document.ToJsonString()).Should().BeFalse();
    }

    private static JsonNode Document(string precision, string start)
    {
        var document = JsonNode.Parse(File.ReadAllText(Repository.TimbuktuExample))!;
        document["engagements"]![0]!["time"] = new JsonObject { ["start"] = start, ["precision"] = precision };
        return document;
    }

    private static bool Reads(string json)
    {
        try
        {
            DatasetJson.Read(json);
            return true;
        }
        catch (DatasetJsonException)
        {
            return false;
        }
    }
}
