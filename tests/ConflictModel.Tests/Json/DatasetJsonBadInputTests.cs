using System;
using System.IO;
using System.Linq;
using System.Text;
using ConflictModel.Json;

namespace ConflictModel.Tests.Json;

/// <summary>
/// Every way of being wrong that the reader must refuse, each with the exact exception type, path and
/// (zero-based) line it must report.
/// </summary>
public class DatasetJsonBadInputTests
{
    // A valid document over several lines; each case breaks one thing in it.
    private const string Valid = """
        {
          "formatVersion": "1.0",
          "title": "t",
          "actors": [
            { "id": "x", "name": "X", "kind": "militia", "parentRelation": "partOf" },
            { "id": "y", "name": "Y", "kind": "stateForces", "parentRelation": "backedBy", "aliases": ["Why"] }
          ],
          "engagements": [
            {
              "id": "e",
              "name": "n",
              "type": "attack",
              "time": { "start": "2025-06-02", "precision": "day" },
              "sites": [
                { "id": "s", "name": "S", "role": "target", "kind": "airport", "precision": "exactLocation",
                  "coordinates": { "latitude": 16.7, "longitude": -3.0 } }
              ],
              "sides": [ { "id": "a", "role": "attacker", "actorIds": ["x"] } ],
              "figures": [
                { "id": "f", "measure": "killed", "subject": { "kind": "all" },
                  "estimates": [ { "statementId": "st", "quantity": { "form": "atLeast", "value": 30 } } ] }
              ],
              "outcomes": [ { "objective": "o", "result": "repelled", "heldLongTerm": false } ]
            }
          ]
        }
        """;

    public static TheoryData<string, string, string, long> Cases() => new()
    {
        // name, input, path, line
        { "empty input", "", "$", 0 },
        { "only white space", "  \n  ", "$", 1 },
        { "truncated document", Valid[..Valid.IndexOf("\"sides\"", StringComparison.Ordinal)], "$.engagements[0].sites", 17 },
        { "truncated inside a string", Valid[..(Valid.IndexOf("\"attack\"", StringComparison.Ordinal) + 4)], "$.engagements[0].type", 11 },
        { "literal null", "null", "$", 0 },
        { "an array instead of an object", "[]", "$", 0 },
        { "a number instead of an object", "42", "$", 0 },
        { "a second document after the first", Valid + "{}", "$", 25 },
        { "trailing comma", Valid.Replace("\"parentRelation\": \"partOf\" }", "\"parentRelation\": \"partOf\", }", StringComparison.Ordinal), "$.actors[0].parentRelation", 4 },
        { "comment", Valid.Replace("\"title\": \"t\",", "\"title\": \"t\", // note", StringComparison.Ordinal), "$.title", 2 },
        { "single-quoted string", Valid.Replace("\"title\": \"t\"", "\"title\": 't'", StringComparison.Ordinal), "$.title", 2 },
        { "unquoted member name", Valid.Replace("\"title\": \"t\"", "title: \"t\"", StringComparison.Ordinal), "$.formatVersion", 2 },
        { "invalid escape", Valid.Replace("\"title\": \"t\"", "\"title\": \"\\x\"", StringComparison.Ordinal), "$.title", 2 },
        { "raw control character in a string", Valid.Replace("\"title\": \"t\"", "\"title\": \"a\tb\"", StringComparison.Ordinal), "$.title", 2 },
        { "escaped unpaired surrogate", Valid.Replace("\"title\": \"t\"", "\"title\": \"\\ud800\"", StringComparison.Ordinal), "$.title", 2 },
        { "unknown member of the document", Valid.Replace("\"title\": \"t\",", "\"title\": \"t\", \"subtitle\": \"u\",", StringComparison.Ordinal), "$.subtitle", 2 },
        { "unknown member of an engagement", Valid.Replace("\"type\": \"attack\",", "\"type\": \"attack\", \"casualties\": 3,", StringComparison.Ordinal), "$.engagements[0].casualties", 11 },
        { "unknown member of a time", Valid.Replace("\"precision\": \"day\" }", "\"precision\": \"day\", \"calendar\": \"iso\" }", StringComparison.Ordinal), "$.engagements[0].time.calendar", 12 },
        { "unknown member of coordinates", Valid.Replace("\"longitude\": -3.0 }", "\"longitude\": -3.0, \"altitude\": 261 }", StringComparison.Ordinal), "$.engagements[0].sites[0].coordinates.altitude", 15 },
        { "computed member that is not part of the format", Valid.Replace("\"value\": 30", "\"value\": 30, \"lowerBound\": 30", StringComparison.Ordinal), "$.engagements[0].figures[0].estimates[0].quantity.lowerBound", 20 },
        { "duplicate member of the document", Valid.Replace("\"title\": \"t\",", "\"title\": \"t\", \"title\": \"u\",", StringComparison.Ordinal), "$.title", 2 },
        { "duplicate member of a side", Valid.Replace("\"role\": \"attacker\",", "\"role\": \"attacker\", \"role\": \"defender\",", StringComparison.Ordinal), "$.engagements[0].sides[0].role", 17 },
        { "duplicate member of a time", Valid.Replace("\"precision\": \"day\" }", "\"precision\": \"day\", \"precision\": \"day\" }", StringComparison.Ordinal), "$.engagements[0].time.precision", 12 },
        { "duplicate member of coordinates", Valid.Replace("\"longitude\": -3.0 }", "\"longitude\": -3.0, \"latitude\": 1 }", StringComparison.Ordinal), "$.engagements[0].sites[0].coordinates.latitude", 15 },
        { "missing formatVersion", Valid.Replace("\"formatVersion\": \"1.0\",", string.Empty, StringComparison.Ordinal), "$", 25 },
        { "formatVersion of an unknown major version", Valid.Replace("\"1.0\"", "\"2.0\"", StringComparison.Ordinal), "$.formatVersion", 1 },
        { "malformed formatVersion", Valid.Replace("\"1.0\"", "\"1\"", StringComparison.Ordinal), "$.formatVersion", 1 },
        { "formatVersion as a number", Valid.Replace("\"1.0\"", "1.0", StringComparison.Ordinal), "$.formatVersion", 1 },
        { "missing required member of an engagement", Valid.Replace("\"name\": \"n\",", string.Empty, StringComparison.Ordinal), "$.engagements[0]", 23 },
        { "missing precision of a time", Valid.Replace(", \"precision\": \"day\" }", " }", StringComparison.Ordinal), "$.engagements[0].time", 12 },
        { "missing longitude", Valid.Replace(", \"longitude\": -3.0 }", " }", StringComparison.Ordinal), "$.engagements[0].sites[0].coordinates", 15 },
        { "null for a required string", Valid.Replace("\"name\": \"n\",", "\"name\": null,", StringComparison.Ordinal), "$.engagements[0].name", 10 },
        { "null for a required id", Valid.Replace("\"id\": \"e\",", "\"id\": null,", StringComparison.Ordinal), "$.engagements[0].id", 9 },
        { "null for a collection", Valid.Replace("\"aliases\": [\"Why\"]", "\"aliases\": null", StringComparison.Ordinal), "$.actors[1].aliases", 5 },
        { "null element of a collection", Valid.Replace("\"aliases\": [\"Why\"]", "\"aliases\": [\"Why\", null]", StringComparison.Ordinal), "$.actors[1].aliases", 5 },
        { "null for a required object", Valid.Replace("\"subject\": { \"kind\": \"all\" }", "\"subject\": null", StringComparison.Ordinal), "$.engagements[0].figures[0].subject", 19 },
        { "string for a number", Valid.Replace("\"value\": 30", "\"value\": \"30\"", StringComparison.Ordinal), "$.engagements[0].figures[0].estimates[0].quantity.value", 20 },
        { "number for a string", Valid.Replace("\"name\": \"n\",", "\"name\": 7,", StringComparison.Ordinal), "$.engagements[0].name", 10 },
        { "object for a collection", Valid.Replace("\"aliases\": [\"Why\"]", "\"aliases\": { \"0\": \"Why\" }", StringComparison.Ordinal), "$.actors[1].aliases", 5 },
        { "array for an object", Valid.Replace("\"subject\": { \"kind\": \"all\" }", "\"subject\": [\"all\"]", StringComparison.Ordinal), "$.engagements[0].figures[0].subject", 19 },
        { "string for a boolean", Valid.Replace("\"heldLongTerm\": false", "\"heldLongTerm\": \"no\"", StringComparison.Ordinal), "$.engagements[0].outcomes[0].heldLongTerm", 22 },
        { "number beyond a 64-bit integer", Valid.Replace("\"value\": 30", "\"value\": 9223372036854775808", StringComparison.Ordinal), "$.engagements[0].figures[0].estimates[0].quantity.value", 20 },
        { "fraction for a whole number", Valid.Replace("\"value\": 30", "\"value\": 30.5", StringComparison.Ordinal), "$.engagements[0].figures[0].estimates[0].quantity.value", 20 },
        { "NaN", Valid.Replace("\"latitude\": 16.7", "\"latitude\": NaN", StringComparison.Ordinal), "$.engagements[0].sites[0].coordinates.latitude", 15 },
        { "Infinity", Valid.Replace("\"longitude\": -3.0", "\"longitude\": -Infinity", StringComparison.Ordinal), "$.engagements[0].sites[0].coordinates.longitude", 15 },
        { "NaN as a string", Valid.Replace("\"latitude\": 16.7", "\"latitude\": \"NaN\"", StringComparison.Ordinal), "$.engagements[0].sites[0].coordinates.latitude", 15 },
        { "number that overflows a double", Valid.Replace("\"latitude\": 16.7", "\"latitude\": 1e400", StringComparison.Ordinal), "$.engagements[0].sites[0].coordinates.latitude", 15 },
        { "malformed date", Valid.Replace("\"2025-06-02\"", "\"2025-6-2\"", StringComparison.Ordinal), "$.engagements[0].time.start", 12 },
        { "date that does not exist", Valid.Replace("\"2025-06-02\"", "\"2025-02-30\"", StringComparison.Ordinal), "$.engagements[0].time.start", 12 },
        { "date more precise than its precision", Valid.Replace("\"2025-06-02\"", "\"2025-06-02T10\"", StringComparison.Ordinal), "$.engagements[0].time.start", 12 },
        { "hour 24", Valid.Replace("\"2025-06-02\", \"precision\": \"day\"", "\"2025-06-02T24\", \"precision\": \"hour\"", StringComparison.Ordinal), "$.engagements[0].time.start", 12 },
        { "full ISO date-time instead of a partial date", Valid.Replace("\"2025-06-02\"", "\"2025-06-02T00:00:00Z\"", StringComparison.Ordinal), "$.engagements[0].time.start", 12 },
        { "unknown enum name", Valid.Replace("\"type\": \"attack\"", "\"type\": \"skirmish\"", StringComparison.Ordinal), "$.engagements[0].type", 11 },
        { "enum name in another case", Valid.Replace("\"type\": \"attack\"", "\"type\": \"Attack\"", StringComparison.Ordinal), "$.engagements[0].type", 11 },
        { "enum as a number", Valid.Replace("\"type\": \"attack\"", "\"type\": 1", StringComparison.Ordinal), "$.engagements[0].type", 11 },
        { "enum names combined with a comma", Valid.Replace("\"type\": \"attack\"", "\"type\": \"attack, raid\"", StringComparison.Ordinal), "$.engagements[0].type", 11 },
        { "enum name in a collection", Valid.Replace("\"kind\": \"militia\"", "\"kind\": \"militia\", \"externalIds\": [{ \"scheme\": \"imdb\", \"value\": \"1\" }]", StringComparison.Ordinal), "$.actors[0].externalIds[0].scheme", 4 },
        { "10,000-deep nesting", Valid.Replace("\"title\": \"t\"", "\"title\": " + new string('[', 10_000) + new string(']', 10_000), StringComparison.Ordinal), "$.title", 2 },
        { "10,000-deep nesting of objects in an unknown member", Valid.Replace("\"title\": \"t\"", "\"x\": " + string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000), StringComparison.Ordinal), "$.x", 2 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_BadInput_ThrowsDatasetJsonExceptionWithPathAndLine(string name, string json, string path, long line)
    {
        var act = () => DatasetJson.Read(json);

        var error = act.Should().ThrowExactly<DatasetJsonException>(name).Which;
        error.Path.Should().Be(path, name);
        error.LineNumber.Should().Be(line, name);
        error.BytePositionInLine.Should().NotBeNull();
        error.Message.Should().EndWith($"Path: {path} | LineNumber: {line} | BytePositionInLine: {error.BytePositionInLine}.");
        error.JsonLine.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReadUtf8_BadInput_ReportsTheSameAsText(string name, string json, string path, long line)
    {
        var act = () => DatasetJson.ReadUtf8(Encoding.UTF8.GetBytes(json));

        var error = act.Should().ThrowExactly<DatasetJsonException>(name).Which;
        error.Path.Should().Be(path, name);
        error.LineNumber.Should().Be(line, name);
    }

    [Theory]
    [InlineData("\"actors\": [\n    { \"id\": \"x\"", "\"actors\": [\n    42, { \"id\": \"x\"", "Expected an Actor (an object) but found")]
    [InlineData("\"sites\": [\n", "\"sites\": [ \"S\",\n", "Expected a Site (an object) but found")]
    public void Read_ValueWhereARecordBelongs_NamesTheRecordWithItsArticle(string find, string replace, string expected)
    {
        var json = Valid.Replace(find, replace, StringComparison.Ordinal);
        json.Should().NotBe(Valid, "the case must change the document");

        FluentActions.Invoking(() => DatasetJson.Read(json)).Should().ThrowExactly<DatasetJsonException>()
            .Which.Message.Should().StartWith(expected);
    }

    [Fact]
    public void Read_ByteOrderMark_IsRefusedWithAnExplanation()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Valid)).ToArray();

        var fromBytes = FluentActions.Invoking(() => DatasetJson.ReadUtf8(bytes)).Should().ThrowExactly<DatasetJsonException>().Which;
        var fromStream = FluentActions.Invoking(() => DatasetJson.Read(new MemoryStream(bytes))).Should().ThrowExactly<DatasetJsonException>().Which;
        var fromText = FluentActions.Invoking(() => DatasetJson.Read("\uFEFF" + Valid)).Should().ThrowExactly<DatasetJsonException>().Which;

        foreach (var error in new[] { fromBytes, fromStream, fromText })
        {
            error.Message.Should().StartWith("The input starts with a byte-order mark (U+FEFF)").And.Contain("without a BOM");
            error.Path.Should().Be("$");
            error.LineNumber.Should().Be(0);
            error.BytePositionInLine.Should().Be(0);
        }
    }

    [Fact]
    public void Read_InvalidUtf8InAString_IsRefusedAtTheString()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid.Replace("\"title\": \"t\"", "\"title\": \"t?t\"", StringComparison.Ordinal));
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xC3; // a lead byte followed by an ASCII byte: not UTF-8

        var error = FluentActions.Invoking(() => DatasetJson.ReadUtf8(bytes)).Should().ThrowExactly<DatasetJsonException>().Which;

        error.Path.Should().Be("$.title");
        error.LineNumber.Should().Be(2);
        error.Message.Should().Contain("UTF-8");
    }

    [Fact]
    public void Read_InvalidUtf8OutsideAString_IsRefusedWhereItIs()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid.Replace("\"title\": \"t\",", "\"title\": \"t\", ?", StringComparison.Ordinal));
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xFF;

        var error = FluentActions.Invoking(() => DatasetJson.ReadUtf8(bytes)).Should().ThrowExactly<DatasetJsonException>().Which;

        error.Path.Should().Be("$.title");
        error.LineNumber.Should().Be(2);
        error.BytePositionInLine.Should().Be(16);
    }

    [Fact]
    public void Read_UnpairedSurrogateInTheInputString_IsRefused()
    {
        var error = FluentActions.Invoking(() => DatasetJson.Read(Valid.Replace("\"t\"", "\"\ud800\"", StringComparison.Ordinal)))
            .Should().ThrowExactly<DatasetJsonException>().Which;

        error.Message.Should().Contain("unpaired UTF-16 surrogate at character");
        error.Path.Should().Be("$");
        error.InnerException.Should().BeOfType<EncoderFallbackException>();
    }

    [Fact]
    public void Read_50MegabyteString_IsRefusedWithoutReadingIt()
    {
        var huge = new StringBuilder(Valid.Length + (50 * 1024 * 1024));
        huge.Append(Valid.AsSpan(0, Valid.IndexOf("\"t\"", StringComparison.Ordinal)));
        huge.Append('"').Append('a', 50 * 1024 * 1024).Append('"');
        huge.Append(Valid.AsSpan(Valid.IndexOf("\"t\"", StringComparison.Ordinal) + 3));

        var error = FluentActions.Invoking(() => DatasetJson.ReadUtf8(Encoding.UTF8.GetBytes(huge.ToString())))
            .Should().ThrowExactly<DatasetJsonException>().Which;

        error.Path.Should().Be("$.title");
        error.LineNumber.Should().Be(2);
        error.Message.Should().StartWith("A string of 52,428,800 bytes as written exceeds the limit of 1,048,576 characters.".Replace(",", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_StringJustOverTheLimit_IsRefused_AndOneAtTheLimitIsRead()
    {
        string Doc(int length) => Valid.Replace("\"title\": \"t\"", "\"title\": \"" + new string('é', length) + "\"", StringComparison.Ordinal);

        DatasetJson.Read(Doc(DatasetJson.MaxStringLength)).Title.Should().HaveLength(DatasetJson.MaxStringLength);
        FluentActions.Invoking(() => DatasetJson.Read(Doc(DatasetJson.MaxStringLength + 1)))
            .Should().ThrowExactly<DatasetJsonException>().Which.Message.Should().StartWith("A string of 1048577 characters exceeds the limit");
    }

    [Fact]
    public void Read_TheValidBase_IsRead()
    {
        // Guards the corpus: each case must fail because of its own change, not because the base is bad.
        var document = DatasetJson.Read(Valid);

        document.Engagements.Single().Figures.Single().Estimates.Single().Quantity.Value.Should().Be(30);
    }

    [Fact]
    public void Cases_AreManyAndDistinct()
    {
        var cases = Cases().Select(c => ((string)c[0], (string)c[1])).ToList();

        cases.Should().HaveCountGreaterThanOrEqualTo(40);
        cases.Select(c => c.Item2).Should().OnlyHaveUniqueItems();
        cases.Select(c => c.Item2).Should().NotContain(Valid);
    }
}
