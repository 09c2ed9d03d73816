using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using ConflictModel.Json;
using ConflictModel.Schema;
using ConflictModel.Testing;
using ConflictModel.Validation;
using Json.Schema;

namespace ConflictModel.Cli.Tests.Schema;

/// <summary>
/// The schema says what the validator says, wherever JSON Schema can say it. Every rule of the catalogue is listed
/// here as in the schema (with the smallest document that breaks it: the library refuses it, and so does an
/// independent JSON Schema validator, JsonSchema.Net) or as not expressible (with why). A new rule fails the
/// coverage test until it is listed.
/// </summary>
public class SchemaRulesTests
{
    private static readonly string SchemaText = File.ReadAllText(Repository.PathOf("docs", "schema", DatasetSchema.FileName));
    private static readonly JsonSchema Schema = JsonSchema.FromText(SchemaText);
    private static readonly JsonObject SchemaNode = JsonNode.Parse(SchemaText)!.AsObject();

    private const string Warning = "a warning or a note: the document stays valid, and JSON Schema has no severities, so the schema accepts it";
    private const string Reference = "a reference between two parts of the document: JSON Schema cannot look one value up among others";
    private const string Comparison = "a comparison of two values of the document: JSON Schema compares a value only with constants";

    /// <summary>The smallest valid document that holds every kind of object the rules below break.</summary>
    private const string Minimal = """
        {
          "formatVersion": "1.0",
          "sources": [
            { "id": "afp", "name": "AFP", "kind": "newsAgency", "url": "https://www.afp.com" },
            { "id": "official", "name": "A local official", "kind": "localOfficial" }
          ],
          "actors": [
            { "id": "jnim", "name": "JNIM", "kind": "nonStateArmedGroup", "countryCode": "ML" },
            { "id": "fama", "name": "Malian Armed Forces", "kind": "stateForces" }
          ],
          "engagements": [
            {
              "id": "e1",
              "name": "Attack on Timbuktu",
              "type": "attack",
              "time": { "start": "2025-06-02", "precision": "day" },
              "sites": [
                { "id": "airport", "name": "Timbuktu airport", "role": "primaryTarget", "kind": "airport", "precision": "exactLocation",
                  "coordinates": { "latitude": 16.73, "longitude": -3.0075 } }
              ],
              "sides": [
                { "id": "attackers", "role": "attacker", "actorIds": ["jnim"] },
                { "id": "defenders", "role": "defender", "actorIds": ["fama"] }
              ],
              "statements": [
                { "id": "toll", "sourceId": "official", "via": ["afp"], "stance": "report", "summary": "At least 30 killed" }
              ],
              "figures": [
                { "id": "killed", "measure": "killed", "subject": { "kind": "side", "sideId": "defenders" },
                  "estimates": [{ "statementId": "toll", "quantity": { "form": "atLeast", "value": 30 } }] }
              ]
            }
          ]
        }
        """;

    private static JsonNode Engagement(JsonObject d) => d["engagements"]![0]!;

    private static JsonNode Quantity(JsonObject d) => Engagement(d)["figures"]![0]!["estimates"]![0]!["quantity"]!;

    /// <summary>Each rule the schema states, with the smallest change of <see cref="Minimal"/> that breaks it.</summary>
    private static readonly Dictionary<string, Action<JsonObject>> InSchema = new()
    {
        ["CM1001"] = d => Engagement(d)["name"] = "  ",
        ["CM1002"] = d => Engagement(d)["sides"]!.AsArray().Add(null),
        ["CM1004"] = d => d["actors"]![0]!["name"] = new string('x', ModelLimits.ShortText + 1),
        ["CM1005"] = d => Engagement(d)["sites"]![0]!["id"] = "",
        ["CM1006"] = d => Engagement(d)["sites"]![0]!["id"] = "Timbuktu airport",
        ["CM1007"] = d => d["sources"]![0]!["kind"] = "newsWire",
        ["CM1008"] = d => d["formatVersion"] = "01.0",
        ["CM1009"] = d => d["formatVersion"] = "2.0",
        ["CM1010"] = d => d["sources"]![0]!["url"] = "www.afp.com",
        ["CM1011"] = d => Quantity(d)["approximate"] = true,
        ["CM1012"] = d => Engagement(d)["figures"]![0]!["subject"] = new JsonObject { ["kind"] = "civilians", ["sideId"] = "defenders" },
        ["CM2010"] = d => Engagement(d)["statements"]![0]!["via"] = new JsonArray("afp", "afp"),
        ["CM3001"] = d => Engagement(d)["sites"]![0]!["coordinates"]!["latitude"] = 116.73,
        ["CM3002"] = d => Engagement(d)["sites"]![0]!["coordinates"]!["longitude"] = -300.0,
        ["CM3004"] = d => d["actors"]![0]!["countryCode"] = "XK",
        ["CM3007"] = d => Engagement(d)["time"] = new JsonObject { ["start"] = "2025-06-02T10", ["precision"] = "partOfDay" },
        ["CM3008"] = d => Quantity(d)["value"] = -1,
    };

    /// <summary>Each rule the schema cannot state, and why.</summary>
    private static readonly Dictionary<string, string> NotExpressible = new()
    {
        ["CM1003"] = Warning,
        ["CM1013"] = Warning,
        ["CM1014"] = Warning,
        ["CM2001"] = "ids unique across objects: JSON Schema's uniqueItems compares whole items, not one member of each",
        ["CM2002"] = Reference,
        ["CM2003"] = Reference,
        ["CM2004"] = Reference,
        ["CM2005"] = Reference,
        ["CM2006"] = Reference,
        ["CM2007"] = Reference,
        ["CM2008"] = "an actor on two sides: the actor lists of two objects compared with each other",
        ["CM2009"] = "a cycle of parents: following references from object to object",
        ["CM2011"] = "a relation to the engagement itself: a value compared with the id of the object it is in",
        ["CM2012"] = "a cycle of sites: following references from object to object",
        ["CM2013"] = Warning,
        ["CM2014"] = Warning,
        ["CM2015"] = Reference,
        ["CM2016"] = "a cycle of parts: following references from object to object",
        ["CM2017"] = Reference,
        ["CM2018"] = "a loop of revisions: following references from object to object",
        ["CM3003"] = Warning,
        ["CM3005"] = "a time-zone id of the TZDB that NodaTime carries: the list changes with each tzdata release, and a schema that listed one release would refuse zones the validator accepts",
        ["CM3006"] = Comparison,
        ["CM3009"] = Comparison,
        ["CM3010"] = Warning,
        ["CM3011"] = Warning,
        ["CM3012"] = Warning,
        ["CM3013"] = Warning,
        ["CM3014"] = Warning,
        ["CM3015"] = Warning,
        ["CM3016"] = Warning,
        ["CM3017"] = Warning,
        ["CM3018"] = Warning,
        ["CM3019"] = Warning,
        ["CM3020"] = Warning,
        ["CM3021"] = Warning,
        ["CM3022"] = "a part's measure compared with its whole's: a value compared with one of another object",
        ["CM3023"] = Warning,
    };

    public static TheoryData<string> SchemaCodes => [.. InSchema.Keys];

    [Fact]
    public void EveryRule_IsInTheSchemaOrSaysWhyNot()
    {
        var listed = InSchema.Keys.Concat(NotExpressible.Keys).ToList();

        listed.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(ValidationRules.All.Select(r => r.Code));
        ValidationRules.All.Where(r => r.Severity != ValidationSeverity.Error).Select(r => r.Code)
            .Should().BeSubsetOf(NotExpressible.Where(n => n.Value == Warning).Select(n => n.Key), "only errors make a document invalid");
    }

    [Fact]
    public void Minimal_IsValidForBoth()
    {
        DatasetValidator.Default.Validate(DatasetJson.Read(Minimal)).Problems.Should().BeEmpty();
        Schema.Evaluate(JsonNode.Parse(Minimal)).IsValid.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(SchemaCodes))]
    public void RuleInTheSchema_SmallestFailingDocument_IsRefusedByTheLibraryAndTheSchema(string code)
    {
        var document = JsonNode.Parse(Minimal)!.AsObject();
        InSchema[code](document);
        var json = document.ToJsonString();

        Schema.Evaluate(document).IsValid.Should().BeFalse($"the schema states {code}");
        RefusedBy(json).Should().Be(code, "the change breaks that rule and no other");
    }

    [Fact]
    public void TextBounds_AreTheValidatorsMemberByMember()
    {
        // Every string of the Timbuktu document and of generated documents that the schema bounds: one character over
        // the bound is CM1004 for the validator, and a text of exactly the bound is not.
        var documents = new[] { Documents.Timbuktu }.Concat(Enumerable.Range(0, 3).Select(seed => DatasetJson.Write(DocumentGenerator.Generate(seed))));
        var checkedMembers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in documents)
        {
            var root = JsonNode.Parse(text)!;
            foreach (var (found, bound) in BoundedStrings(root, SchemaNode).ToList())
            {
                var value = (JsonNode)found;
                var original = value.GetValue<string>();
                var path = value.GetPath()[2..];
                foreach (var length in new[] { bound, bound + 1 })
                {
                    value.ReplaceWith(JsonValue.Create(original + new string('x', Math.Max(0, length - original.Length)))!);
                    var problems = DatasetValidator.Default.Validate(DatasetJson.Read(root.ToJsonString())).Problems;
                    problems.Any(p => p.Code == "CM1004" && p.Path == path).Should().Be(length > bound, $"{path} bounded at {bound}, length {length}");
                    value = Find(root, path);
                }

                value.ReplaceWith(JsonValue.Create(original)!);
                checkedMembers.Add(System.Text.RegularExpressions.Regex.Replace(path, @"\[\d+\]", "[]"));
            }
        }

        checkedMembers.Should().HaveCountGreaterThan(25, "the documents hold most text members of the format");
    }

    // The code of the rule the library breaks the document on: the reader's refusal is named after the rule it
    // enforces (unknown enum values, null elements, malformed format versions are refused before validation).
    private static string RefusedBy(string json)
    {
        DatasetDocument document;
        try
        {
            document = DatasetJson.Read(json);
        }
        catch (DatasetJsonException e) when (e.Message.Contains("null", StringComparison.Ordinal))
        {
            return "CM1002";
        }
        catch (DatasetJsonException e) when (e.Message.Contains("newsWire", StringComparison.Ordinal))
        {
            return "CM1007";
        }
        catch (DatasetJsonException e) when (e.Message.Contains("formatVersion", StringComparison.Ordinal) || e.Path == "$.formatVersion")
        {
            return e.Message.Contains("2.0", StringComparison.Ordinal) ? "CM1009" : "CM1008";
        }

        var errors = DatasetValidator.Default.Validate(document).Problems.Where(p => p.Severity == ValidationSeverity.Error).Select(p => p.Code).Distinct().ToList();
        return errors.Should().ContainSingle(string.Join(", ", errors)).Subject;
    }

    private static JsonNode Find(JsonNode root, string path)
    {
        var node = root;
        foreach (System.Text.RegularExpressions.Match step in System.Text.RegularExpressions.Regex.Matches(path, @"(?<name>[A-Za-z]+)|\[(?<index>\d+)\]"))
        {
            node = step.Groups["name"].Success ? node[step.Groups["name"].Value]! : node[int.Parse(step.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture)]!;
        }

        return node;
    }

    // Walks an instance with its schema: every string whose schema sets a maxLength below the reader's own bound.
    private static IEnumerable<(JsonValue Value, int Bound)> BoundedStrings(JsonNode? instance, JsonObject schema)
    {
        schema = Resolve(schema);
        switch (instance)
        {
            case JsonObject obj when schema["properties"] is JsonObject properties:
                foreach (var (name, value) in obj.ToList())
                {
                    if (properties[name] is JsonObject member)
                    {
                        foreach (var found in BoundedStrings(value, member))
                        {
                            yield return found;
                        }
                    }
                }

                break;
            case JsonArray array when schema["items"] is JsonObject items:
                foreach (var item in array.ToList())
                {
                    foreach (var found in BoundedStrings(item, items))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String
                && schema["maxLength"]?.GetValue<int>() is { } bound && bound < DatasetJson.MaxStringLength:
                yield return (value, bound);
                break;
        }
    }

    private static JsonObject Resolve(JsonObject schema)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            return Resolve(SchemaNode["$defs"]![reference["#/$defs/".Length..]]!.AsObject());
        }

        return schema["anyOf"] is JsonArray choices ? Resolve(choices.First(c => c!["type"]?.GetValue<string>() != "null")!.AsObject()) : schema;
    }
}
