using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using ConflictModel.Json;
using ConflictModel.Schema;
using ConflictModel.Testing;
using Json.Schema;

namespace ConflictModel.Cli.Tests.Schema;

/// <summary>
/// The generated schema, checked by an independent validator (JsonSchema.Net, not our code): the
/// Timbuktu document and generated documents match it, and documents the reader refuses do not.
/// </summary>
public class SchemaConformanceTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Repository.PathOf("docs", "schema", DatasetSchema.FileName)));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    [Fact]
    public void Timbuktu_MatchesTheSchema()
    {
        var results = Schema.Evaluate(JsonNode.Parse(File.ReadAllText(Repository.TimbuktuExample)), Options);

        results.IsValid.Should().BeTrue(Describe(results));
    }

    [Fact]
    public void GeneratedDocuments_MatchTheSchema()
    {
        // Documents of every shape the generator makes (every estimate form, precision, optional member),
        // written by the library: the schema must not be stricter than the writer.
        foreach (var seed in Enumerable.Range(0, 40))
        {
            var json = DatasetJson.Write(DocumentGenerator.Generate(seed));

            var results = Schema.Evaluate(JsonNode.Parse(json), Options);

            results.IsValid.Should().BeTrue($"seed {seed}: {Describe(results)}");
        }
    }

    public static TheoryData<string> InvalidCases => [.. Mutations.Keys];

    private static readonly Dictionary<string, Action<JsonObject>> Mutations = new()
    {
        ["wrong enum value"] = d => d["sources"]![1]!["kind"] = "newsWire",
        ["enum value in another case"] = d => d["sources"]![1]!["kind"] = "NewsAgency",
        ["missing required member"] = d => d["sources"]![0]!.AsObject().Remove("name"),
        ["missing formatVersion"] = d => d.Remove("formatVersion"),
        ["unsupported major formatVersion"] = d => d["formatVersion"] = "2.0",
        ["id as a number"] = d => d["sources"]![0]!["id"] = 42,
        ["reference id as a number"] = d => d["engagements"]![0]!["sides"]![0]!["actorIds"]![0] = 7,
        ["partial date that is no date"] = d => d["engagements"]![0]!["time"]!["start"] = "June 2025",
        ["partial date with month 13"] = d => d["engagements"]![0]!["time"]!["start"] = "2025-13-02T10",
        ["partial date of another precision"] = d => d["engagements"]![0]!["time"]!["start"] = "2025-06-02",
        ["end of another precision"] = d => d["engagements"]![0]!["time"]!["end"] = "2025-06-03",
        ["time without precision"] = d => d["engagements"]![0]!["time"]!.AsObject().Remove("precision"),
        ["unknown member"] = d => d["engagements"]![0]!["casualties"] = "30-60+",
        ["unknown member in a time"] = d => d["engagements"]![0]!["time"]!["timezone"] = "UTC",
        ["null for a required string"] = d => d["engagements"]![0]!["name"] = null,
        ["null for an array"] = d => d["engagements"]![0]!["aliases"] = null,
        ["null inside an array"] = d => d["engagements"]![0]!["aliases"]!.AsArray().Add(null),
        ["string for a count"] = d => d["engagements"]![0]!["figures"]![0]!["estimates"]![0]!["quantity"]!["value"] = "30",
        ["fraction for a count"] = d => d["engagements"]![0]!["figures"]![0]!["estimates"]![0]!["quantity"]!["value"] = 30.5,
        ["count beyond 64 bits"] = d => d["engagements"]![0]!["figures"]![0]!["estimates"]![0]!["quantity"]!["value"] = JsonNode.Parse("92233720368547758070"),
        ["coordinates without longitude"] = d => d["engagements"]![0]!["sites"]![0]!["coordinates"]!.AsObject().Remove("longitude"),
        ["coordinates as a string"] = d => d["engagements"]![0]!["sites"]![0]!["coordinates"] = "16.7666, -3.0026",
        ["object where an array belongs"] = d => d["engagements"] = new JsonObject(),
        ["boolean flag as a string"] = d => d["engagements"]![0]!["figures"]![0]!["estimates"]![0]!["quantity"]!["openEnded"] = "true",
    };

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void InvalidDocument_FailsTheSchema_AndTheReaderRefusesIt(string name)
    {
        var document = JsonNode.Parse(File.ReadAllText(Repository.TimbuktuExample))!.AsObject();
        Mutations[name](document);
        var json = document.ToJsonString();

        var results = Schema.Evaluate(document, Options);
        var read = () => DatasetJson.Read(json);

        results.IsValid.Should().BeFalse($"the schema should refuse a document with a {name}");
        read.Should().Throw<DatasetJsonException>($"the reader refuses a document with a {name}, so the schema must too");
    }

    private static string Describe(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(5)
            .Select(d => d.InstanceLocation + ": " + string.Join(", ", d.Errors!.Values)));
}
