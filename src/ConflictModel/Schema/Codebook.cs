using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConflictModel.Json;

namespace ConflictModel.Schema;

/// <summary>
/// Writes the human codebook of the format, in the style of the UCDP and ACLED codebooks, from the JSON
/// Schema that <see cref="DatasetSchema"/> generates: per record type a table of field, JSON type,
/// required, allowed values, description and an example value; the tables of allowed values; the
/// precision codes; and how estimates and reconciliation work.
/// </summary>
/// <remarks>
/// Everything in the tables is read from the schema, so the codebook says what the schema says; the
/// example values are the first value of each field found in an example document (the Timbuktu 2025
/// document, <c>docs/examples/timbuktu-2025.json</c>, for the published codebook). The output is
/// deterministic: the same schema and example always give the same text.
/// </remarks>
/// <threadsafety>Stateless; safe to call from any thread.</threadsafety>
public static class Codebook
{
    private const int MaxExampleLength = 60;

    /// <summary>Writes the codebook as Markdown.</summary>
    /// <param name="schema">The schema, as <see cref="DatasetSchema.Generate()"/> returns it.</param>
    /// <param name="example">
    /// A dataset document as JSON whose values serve as examples, or <see langword="null"/> for a codebook
    /// without an example column.
    /// </param>
    /// <returns>The Markdown text, with <c>'\n'</c> line ends and a final line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schema"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The schema lacks the <c>$defs</c> and root <c>$ref</c> the generated schema has.</exception>
    public static string Generate(JsonObject schema, JsonNode? example)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (schema["$defs"] is not JsonObject definitions || schema["$ref"]?.GetValue<string>() is not { } rootReference)
        {
            throw new ArgumentException("The schema must have $defs and a root $ref, as DatasetSchema.Generate() returns it.", nameof(schema));
        }

        var examples = new Dictionary<(string Type, string Field), JsonNode?>();
        var root = DefinitionName(rootReference);
        if (example is not null)
        {
            CollectExamples(definitions, root, example, examples);
        }

        var writer = new Writer(definitions, examples, example is not null);
        return writer.Write(schema, root);
    }

    private static string DefinitionName(string reference) => reference[(reference.LastIndexOf('/') + 1)..];

    /// <summary>Walks the example along the schema and keeps the first value of every field of every record type.</summary>
    private static void CollectExamples(JsonObject definitions, string type, JsonNode? value, Dictionary<(string, string), JsonNode?> examples)
    {
        if (value is not JsonObject instance || definitions[type]?["properties"] is not JsonObject properties)
        {
            return;
        }

        foreach (var (name, member) in instance)
        {
            if (properties[name] is not JsonObject property)
            {
                continue;
            }

            examples.TryAdd((type, name), member);
            var (reference, isArray) = Target(property);
            if (reference is null)
            {
                continue;
            }

            if (isArray && member is JsonArray items)
            {
                foreach (var item in items)
                {
                    CollectExamples(definitions, reference, item, examples);
                }
            }
            else if (!isArray)
            {
                CollectExamples(definitions, reference, member, examples);
            }
        }
    }

    /// <summary>Finds the definition a property refers to, directly, through <c>anyOf</c> with null, or as array items.</summary>
    private static (string? Reference, bool IsArray) Target(JsonObject property)
    {
        if (property["$ref"]?.GetValue<string>() is { } direct)
        {
            return (DefinitionName(direct), false);
        }

        if (property["anyOf"] is JsonArray choices && choices.Select(c => c?["$ref"]?.GetValue<string>()).FirstOrDefault(r => r is not null) is { } nullable)
        {
            return (DefinitionName(nullable), false);
        }

        if (property["items"] is JsonObject items && items["$ref"]?.GetValue<string>() is { } element)
        {
            return (DefinitionName(element), true);
        }

        return (null, property["items"] is not null);
    }

    private sealed class Writer(JsonObject definitions, Dictionary<(string Type, string Field), JsonNode?> examples, bool withExamples)
    {
        private readonly StringBuilder _text = new();

        public string Write(JsonObject schema, string root)
        {
            var records = RecordOrder(root);
            var enums = definitions.Where(d => d.Value?["oneOf"] is not null).Select(d => d.Key).ToList();
            var ids = definitions.Where(d => IsId(d.Value)).Select(d => d.Key).ToList();

            Line("# ConflictModel codebook: dataset documents, format " + Version(schema));
            Line();
            Line("<!-- Generated by `conflictmodel docs` from the JSON Schema; do not edit by hand. -->");
            Line();
            Line(Text(schema["description"]) + " This codebook describes every member of a dataset document as JSON, the way the UCDP and ACLED codebooks describe their columns. It is generated from the JSON Schema " + Code(Text(schema["$id"])) + " (published in [`schema/" + DatasetSchema.FileName + "`](schema/" + DatasetSchema.FileName + ")), which is itself generated from the library's types and XML documentation, so the three never disagree.");
            Line();
            Line("How to read the tables:");
            Line();
            Line("- **Field** is the JSON member name; no other member is allowed in an object.");
            Line("- **JSON type** is what the value must be; \"or null\" means the member may also be `null`, which reads like a member left out.");
            Line("- **Required** \"yes\" means the member must be present. An optional array may be left out and then reads as empty; an optional `false` flag may be left out.");
            Line("- **Allowed values** lists the values of a closed list (each explained in [Allowed values](#allowed-values)) or the form a string must have.");
            Line("- **Example** is the first value of the field in the Timbuktu 2025 document, [`examples/timbuktu-2025.json`](examples/timbuktu-2025.json), shortened where long.");
            Line("- A string's bound (\"at most N characters\") and \"not blank\" are the validator's rules (CM1004, CM1001), which the schema states too; the reader itself takes strings of up to " + Number(JsonValue.Create(DatasetJson.MaxStringLength)) + " characters.");

            Line();
            Line("The general rules of the format (encoding, member order, what a left-out member means, versioning) are in [json-format.md](json-format.md).");
            Line();
            Line("Matching the schema means a document can be read; whether it makes sense (ids that resolve, a low not above its high, coordinates on the globe, a time as precise as it claims) is checked by validation: see [validation-rules.md](validation-rules.md).");
            Line();
            Line("## Contents");
            Line();
            Line("- [Record types](#record-types): " + string.Join(", ", records.Select(Link)));
            Line("- [Identifiers](#identifiers)");
            Line("- [Allowed values](#allowed-values): " + string.Join(", ", enums.Select(Link)));
            Line("- [Precision codes](#precision-codes)");
            Line("- [Estimates and reconciliation](#estimates-and-reconciliation)");
            Line();

            Line("## Record types");
            Line();
            foreach (var record in records)
            {
                WriteRecord(record);
            }

            Line("## Identifiers");
            Line();
            Line("Ids are plain JSON strings. Each kind of id names one kind of item; an id must be unique among the items of its kind in a document, and every reference must point to an item that the document declares.");
            Line();
            Line("| Id | Identifies |");
            Line("| --- | --- |");
            foreach (var id in ids)
            {
                Line("| " + Anchor(id) + Code(id) + " | " + Cell(Text(definitions[id]!["description"])) + " |");
            }

            Line();
            Line("## Allowed values");
            Line();
            foreach (var name in enums)
            {
                WriteEnum(name);
            }

            WritePrecisionCodes();
            WriteEstimates();
            return _text.ToString();
        }

        private void WriteRecord(string name)
        {
            var definition = definitions[name]!.AsObject();
            var required = (definition["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
            Line("### " + name);
            Line();
            Line(Text(definition["description"]));
            Line();
            Line(withExamples
                ? "| Field | JSON type | Required | Allowed values | Description | Example |"
                : "| Field | JSON type | Required | Allowed values | Description |");
            Line(withExamples ? "| --- | --- | --- | --- | --- | --- |" : "| --- | --- | --- | --- | --- |");
            foreach (var (field, node) in definition["properties"]!.AsObject())
            {
                var property = node!.AsObject();
                var cells = new List<string>
                {
                    Code(field),
                    TypeOf(property),
                    required.Contains(field) ? "yes" : "no",
                    Allowed(name, field, property),
                    Cell(Text(property["description"])),
                };
                if (withExamples)
                {
                    cells.Add(examples.TryGetValue((name, field), out var value) ? Example(value) : string.Empty);
                }

                Line("| " + string.Join(" | ", cells) + " |");
            }

            Line();
        }

        private void WriteEnum(string name)
        {
            var definition = definitions[name]!;
            Line("### " + name);
            Line();
            Line(Text(definition["description"]));
            Line();
            Line("| Value | Meaning |");
            Line("| --- | --- |");
            foreach (var value in definition["oneOf"]!.AsArray())
            {
                Line("| " + Code(Text(value!["const"])) + " | " + Cell(Text(value["description"])) + " |");
            }

            Line();
        }

        private void WritePrecisionCodes()
        {
            Line("## Precision codes");
            Line();
            Line("Two members say how much is known, so that a vague report is stored as vague rather than made up into a precise one.");
            Line();
            if (definitions["TemporalExtent"]?["allOf"] is JsonArray forms && definitions["TemporalPrecision"] is { } temporal)
            {
                Line("**Time.** The `precision` of a " + Link("TemporalExtent") + " decides how much of `start` and `end` is written, and so the form both must have. Parts below the precision are not written and carry no meaning; an `end`, when present, has the same precision and is inclusive.");
                Line();
                Line("| `precision` | Meaning | Example of `start` | Form of `start` and `end` |");
                Line("| --- | --- | --- | --- |");
                foreach (var value in temporal["oneOf"]!.AsArray())
                {
                    var code = Text(value!["const"]);
                    var start = forms.FirstOrDefault(f => Text(f?["if"]?["properties"]?["precision"]?["const"]) == code)?["then"]?["properties"]?["start"];
                    Line("| " + Code(code) + " | " + Cell(Text(value["description"])) + " | "
                        + (start?["examples"]?[0] is { } example ? Code(example.ToJsonString()) : string.Empty) + " | "
                        + (start?["pattern"] is { } pattern ? Code(Text(pattern)) : string.Empty) + " |");
                }

                Line();
                Line("The `qualifier` (" + string.Join(", ", definitions["TemporalQualifier"]!["oneOf"]!.AsArray().Select(v => Code(Text(v!["const"])))) + ") says how the source qualified the time, and `timeZoneId` names the IANA zone the local times are in (`Africa/Bamako` for Timbuktu). `wording` keeps the source's own words.");
                Line();
            }

            if (definitions["SpatialPrecision"] is { } spatial)
            {
                Line("**Place.** The `precision` of a " + Link("Site") + " says how precisely its location is known; the codes map to UCDP's `where_prec` and ACLED's `geo_precision`:");
                Line();
                Line("| `precision` | Meaning |");
                Line("| --- | --- |");
                foreach (var value in spatial["oneOf"]!.AsArray())
                {
                    Line("| " + Code(Text(value!["const"])) + " | " + Cell(Text(value["description"])) + " |");
                }

                Line();
            }
        }

        private void WriteEstimates()
        {
            Line("## Estimates and reconciliation");
            Line();
            Line("A casualty count in a conflict is rarely one number. A " + Link("DisputedFigure") + " says what is counted (`measure`) and whose losses they are (`subject`), and keeps every claim as an " + Link("Estimate") + ": a " + Link("Quantity") + " exactly as the source stated it, tied by `statementId` to the " + Link("SourcedStatement") + " that made it, so that each number can be traced to who said it, when, and through whom it reached us.");
            Line();
            if (definitions["QuantityForm"] is { } forms)
            {
                Line("A quantity's `form` decides which of its members carry the number:");
                Line();
                Line("| `form` | Meaning |");
                Line("| --- | --- |");
                foreach (var value in forms["oneOf"]!.AsArray())
                {
                    Line("| " + Code(Text(value!["const"])) + " | " + Cell(Text(value["description"])) + " |");
                }

                Line();
            }

            Line("A document stores claims, not verdicts: no reconciled range is written to JSON. The library's `FigureReconciler` computes one on demand, a low, a best and a high value with the reasoning kept (which estimate sets each bound, which is set aside and why), under a policy chosen by the reader: *full range* (the spread of all claims, as a Wikipedia infobox gives \"30–60+ killed\"), *conservative* (ACLED style) or *best estimate* (UCDP style). Two rules hold under every policy: a qualitative term (\"dozens\") is never used when the figure has a number, and killed and wounded are each capped by a killed-or-wounded figure for the same subject. The [modelling guide](modelling-guide.md#reconciliation) works through the Timbuktu figures step by step.");
        }

        /// <summary>The record types, the root first, then in the order the root's members lead to them.</summary>
        private List<string> RecordOrder(string root)
        {
            var order = new List<string>();
            var queue = new Queue<string>([root]);
            while (queue.TryDequeue(out var name))
            {
                if (order.Contains(name) || definitions[name]?["properties"] is not JsonObject properties)
                {
                    continue;
                }

                order.Add(name);
                foreach (var (_, property) in properties)
                {
                    if (Target(property!.AsObject()).Reference is { } next)
                    {
                        queue.Enqueue(next);
                    }
                }
            }

            return order;
        }

        private string TypeOf(JsonObject property)
        {
            var (reference, isArray) = Target(property);
            var nullable = property["anyOf"] is not null || (property["type"] is JsonArray types && types.Any(t => Text(t) == "null"));
            string type;
            if (isArray)
            {
                var items = property["items"]!.AsObject();
                type = "array of " + (reference is null ? Text(items["type"]) : KindOf(reference));
            }
            else if (reference is not null)
            {
                type = KindOf(reference);
            }
            else
            {
                type = property["type"] is JsonArray all ? Text(all.First(t => Text(t) != "null")) : Text(property["type"]);
            }

            return nullable ? type + " or null" : type;
        }

        /// <summary>Names a definition as a JSON type: "object (Site)", "string (ActorId)".</summary>
        private string KindOf(string reference)
        {
            var definition = definitions[reference]!;
            var kind = IsId(definition) || definition["oneOf"] is not null ? "string" : Text(definition["type"]);
            return kind + " (" + Link(reference) + ")";
        }

        private string Allowed(string type, string field, JsonObject property)
        {
            var (reference, _) = Target(property);
            if (reference is not null && definitions[reference]?["oneOf"] is JsonArray values)
            {
                return string.Join(", ", values.Select(v => Code(Text(v!["const"]))));
            }

            if (reference is not null && IsId(definitions[reference]))
            {
                return "an id";
            }

            if (type == "TemporalExtent" && field is "start" or "end")
            {
                return "the form of `precision`: see [Precision codes](#precision-codes)";
            }

            var parts = new List<string>();
            var text = property["items"] is JsonObject list && Text(list["type"]) == "string" ? list : property;
            if (text["enum"] is JsonArray codes)
            {
                parts.Add("an assigned ISO 3166-1 alpha-2 code, upper case (" + Number(JsonValue.Create(codes.Count(c => c is not null))) + " codes)");
            }
            else if (text["pattern"] is { } pattern)
            {
                parts.Add(Text(pattern) switch
                {
                    ValidatorRules.NotBlankPattern => "not blank",
                    ValidatorRules.UrlPattern => "an absolute http or https URL",
                    var other => "pattern " + Code(other),
                });
            }

            if (text["maxLength"] is { } length && length.GetValue<int>() < DatasetJson.MaxStringLength)
            {
                parts.Add("at most " + Number(length) + " characters");
            }

            if (property["minimum"] is { } minimum && property["maximum"] is { } maximum)
            {
                parts.Add((Number(minimum), Number(maximum)) switch
                {
                    ("0", "9,223,372,036,854,775,807") => "a count: 0 or more (64-bit)",
                    var (low, high) => low + " to " + high,
                });
            }

            if (property["default"] is { } fallback)
            {
                parts.Add("default " + Code(fallback.ToJsonString()));
            }

            return string.Join("; ", parts);
        }

        private static bool IsId(JsonNode? definition) =>
            definition is JsonObject d && Text(d["type"]) == "string" && d["oneOf"] is null && Text(d["pattern"]) == ValidatorRules.IdPattern;

        private static string Example(JsonNode? value)
        {
            var json = value is null ? "null" : value.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            if (json.Length > MaxExampleLength)
            {
                json = json[..(MaxExampleLength - 1)] + "…";
            }

            return Code(json);
        }

        private static string Version(JsonObject schema) =>
            Text(schema["title"]) is var title && title.LastIndexOf(' ') is var space and >= 0 ? title[(space + 1)..] : title;

        private static string Link(string name) => "[" + name + "](#" + name.ToLowerInvariant() + ")";

        private static string Anchor(string name) => "<a id=\"" + name.ToLowerInvariant() + "\"></a>";

        private static string Number(JsonNode node) => long.Parse(node.ToJsonString(), CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture);

        private static string Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : string.Empty;

        /// <summary>Writes text as inline code, in a table cell: pipes escaped, backticks fenced by a longer run.</summary>
        private static string Code(string text)
        {
            var escaped = text.Replace("|", "\\|", StringComparison.Ordinal);
            var fence = escaped.Contains('`', StringComparison.Ordinal) ? "``" : "`";
            var pad = escaped.StartsWith('`') || escaped.EndsWith('`') ? " " : string.Empty;
            return fence + pad + escaped + pad + fence;
        }

        private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

        private void Line(string text = "") => _text.Append(text).Append('\n');
    }
}
