using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using ConflictModel.Collections;
using ConflictModel.Figures;
using ConflictModel.Json;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;
using ConflictModel.Validation;

namespace ConflictModel.Schema;

/// <summary>
/// Builds the schema with System.Text.Json's <see cref="JsonSchemaExporter"/> over the format's options,
/// and supplies through <see cref="JsonSchemaExporterOptions.TransformSchemaNode"/> what the exporter
/// cannot see: the schemas of the custom converters (ids, enums, arrays, strings, time, coordinates),
/// descriptions, and one <c>$defs</c> entry per model type.
/// </summary>
[RequiresUnreferencedCode(TrimmingMessages.Reflection)]
internal sealed class SchemaBuilder
{
    private const string ModelNamespace = "ConflictModel";

    private readonly XmlDocumentation _documentation;
    private readonly JsonSerializerOptions _options;
    private readonly JsonSchemaExporterOptions _exporterOptions;
    private readonly SortedDictionary<string, JsonNode> _definitions = new(StringComparer.Ordinal);

    /// <summary>Initializes a builder.</summary>
    /// <param name="documentation">Where descriptions come from.</param>
    /// <param name="options">The serializer options of the format.</param>
    internal SchemaBuilder(XmlDocumentation documentation, JsonSerializerOptions options)
    {
        _documentation = documentation;
        _options = options;
        _exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Transform,
        };
    }

    /// <summary>Builds the whole schema: the root refers to the root type's definition.</summary>
    /// <param name="root">The root type.</param>
    /// <param name="id">The <c>$id</c>.</param>
    /// <returns>The schema.</returns>
    internal JsonObject Build(Type root, string id)
    {
        var reference = SchemaOf(root);
        var definitions = new JsonObject();
        foreach (var (name, definition) in _definitions)
        {
            definitions[name] = definition.DeepClone();
        }

        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = id,
            ["title"] = "ConflictModel dataset document, format " + DatasetDocument.CurrentFormatVersion,
            ["description"] = _documentation.OfType(root),
            ["$ref"] = reference["$ref"]!.DeepClone(),
            ["$defs"] = definitions,
        };
    }

    /// <summary>Gets the schema of a type as it appears where the type is used: a <c>$ref</c> for a model type.</summary>
    private JsonNode SchemaOf(Type type) =>
        JsonSchemaExporter.GetJsonSchemaAsNode(_options.GetTypeInfo(type), _exporterOptions);

    private JsonObject Transform(JsonSchemaExporterContext context, JsonNode node)
    {
        var type = context.TypeInfo.Type;
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        var schema = ConverterSchema(plain) ?? ExportedSchema(context.TypeInfo, plain, node);

        if (context.PropertyInfo is { } property)
        {
            schema = PropertySchema(property, schema);
        }

        return schema;
    }

    /// <summary>Completes a schema the exporter wrote itself: objects of the model become definitions.</summary>
    private JsonObject ExportedSchema(JsonTypeInfo info, Type type, JsonNode node)
    {
        if (info.Kind == JsonTypeInfoKind.Object && IsModelType(type))
        {
            var definition = new JsonObject
            {
                ["description"] = _documentation.OfType(type),
                ["type"] = "object",
            };
            foreach (var member in (ReadOnlySpan<string>)["properties", "required"])
            {
                if (node[member] is { } value)
                {
                    definition[member] = value.DeepClone();
                }
            }

            definition["additionalProperties"] = false;
            if (type == typeof(Quantity))
            {
                definition["allOf"] = QuantityForms();
            }
            else if (type == typeof(FigureSubject))
            {
                definition["allOf"] = SubjectKinds();
            }

            return Define(type.Name, definition);
        }

        // The format's only integers are counts (a quantity's value, low and high), which are never negative (CM3008).
        if (type == typeof(long))
        {
            return new JsonObject
            {
                ["type"] = "integer",
                ["minimum"] = 0,
                ["maximum"] = long.MaxValue,
            };
        }

        if (type == typeof(bool))
        {
            return new JsonObject { ["type"] = "boolean" };
        }

        throw new InvalidOperationException($"The schema has no rule for {type}, which the format uses; add one to {nameof(SchemaBuilder)}.");
    }

    /// <summary>The schemas of the types that the format reads and writes with its own converters.</summary>
    private JsonObject? ConverterSchema(Type type)
    {
        if (type == typeof(string))
        {
            return StringSchema();
        }

        if (type.IsEnum)
        {
            return Define(type.Name, EnumSchema(type));
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            return new JsonObject
            {
                ["type"] = "array",
                ["items"] = SchemaOf(type.GetGenericArguments()[0]),
            };
        }

        if (type == typeof(TemporalExtent))
        {
            return Define(type.Name, TemporalExtentSchema());
        }

        if (type == typeof(Coordinates))
        {
            return Define(type.Name, CoordinatesSchema());
        }

        if (IsModelType(type) && type.IsValueType && type.Name.EndsWith("Id", StringComparison.Ordinal))
        {
            return Define(type.Name, new JsonObject
            {
                ["description"] = _documentation.OfType(type),
                ["type"] = "string",
                ["pattern"] = ValidatorRules.IdPattern,
            });
        }

        return null;
    }

    /// <summary>Adds what belongs to a use of a type as a member: its description, and null when the member accepts it.</summary>
    private JsonObject PropertySchema(JsonPropertyInfo property, JsonObject schema)
    {
        var member = property.AttributeProvider as PropertyInfo;
        var description = member is null ? null : _documentation.OfProperty(member);
        if (property.Name == "formatVersion" && property.DeclaringType == typeof(DatasetDocument))
        {
            schema = FormatVersionSchema();
        }

        var acceptsNull = Nullable.GetUnderlyingType(property.PropertyType) is not null
            || (!property.PropertyType.IsValueType && property.IsSetNullable);

        var result = new JsonObject { ["description"] = description };
        if (schema is JsonObject { Count: 1 } reference && reference["$ref"] is { } target)
        {
            if (acceptsNull)
            {
                result["anyOf"] = new JsonArray(new JsonObject { ["$ref"] = target.DeepClone() }, new JsonObject { ["type"] = "null" });
            }
            else
            {
                result["$ref"] = target.DeepClone();
            }

            return result;
        }

        foreach (var (name, value) in (JsonObject)schema)
        {
            result[name] = name == "type" && acceptsNull ? new JsonArray(value!.DeepClone(), "null") : value?.DeepClone();
        }

        if (member is not null && (property.PropertyType == typeof(string) || property.PropertyType == typeof(EquatableArray<string>)))
        {
            TextRules(member, property.PropertyType == typeof(string) ? result : result["items"]!.AsObject(), acceptsNull);
        }

        if (member is { Name: nameof(SourcedStatement.Via) } && member.DeclaringType == typeof(SourcedStatement))
        {
            result["uniqueItems"] = true; // CM2010: a relay chain repeats no source.
        }

        return result;
    }

    /// <summary>The validator's rules for a text (or each text of a list): its bound, not blank, URL form, country codes.</summary>
    private static void TextRules(PropertyInfo member, JsonObject text, bool acceptsNull)
    {
        if (ValidatorRules.IsCountryCode(member))
        {
            text.Remove("maxLength");
            var codes = new JsonArray([.. CountryCodes.All.Select(code => (JsonNode)code)]);
            if (acceptsNull)
            {
                codes.Add(null);
            }

            text["enum"] = codes;
            return;
        }

        if (ValidatorRules.TextOf(member) is not { } rule)
        {
            return;
        }

        text["maxLength"] = rule.Bound;
        if (rule.NotBlank)
        {
            text["pattern"] = ValidatorRules.NotBlankPattern;
        }
        else if (ValidatorRules.IsUrl(member))
        {
            text["pattern"] = ValidatorRules.UrlPattern;
        }
    }

    /// <summary>CM1011: each form of a quantity sets its own members and no other (a member set to null counts as absent).</summary>
    private static JsonArray QuantityForms()
    {
        var forms = new JsonArray();
        var single = new JsonArray([.. new[] { QuantityForm.Exact, QuantityForm.AtLeast, QuantityForm.AtMost, QuantityForm.About }.Select(f => (JsonNode)Camel(f))]);
        forms.Add((JsonNode)When("form", new JsonObject { ["enum"] = single }, ["value"], absent: ["low", "high", "term"], notTrue: ["openEnded", "approximate"]));
        forms.Add((JsonNode)When("form", new JsonObject { ["const"] = Camel(QuantityForm.Range) }, ["low", "high"], absent: ["value", "term"], notTrue: []));
        forms.Add((JsonNode)When("form", new JsonObject { ["const"] = Camel(QuantityForm.Qualitative) }, ["term", "low"], absent: ["value"], notTrue: ["openEnded", "approximate"]));
        return forms;
    }

    /// <summary>CM1012: a subject of kind side names a side and no actors; of kind actors, actors and no side; of any other kind, neither.</summary>
    private static JsonArray SubjectKinds()
    {
        var side = Camel(SubjectKind.Side);
        var actors = Camel(SubjectKind.Actors);
        var kinds = new JsonArray
        {
            (JsonNode)When("kind", new JsonObject { ["const"] = side }, ["sideId"], absent: [], notTrue: [], empty: ["actorIds"]),
            (JsonNode)When("kind", new JsonObject { ["const"] = actors }, ["actorIds"], absent: ["sideId"], notTrue: [], nonEmpty: ["actorIds"]),
            (JsonNode)When("kind", new JsonObject { ["not"] = new JsonObject { ["enum"] = new JsonArray(side, actors) } }, [], absent: ["sideId"], notTrue: [], empty: ["actorIds"]),
        };
        return kinds;
    }

    private static JsonObject When(string discriminator, JsonObject match, string[] present, string[] absent, string[] notTrue, string[]? empty = null, string[]? nonEmpty = null)
    {
        var properties = new JsonObject();
        foreach (var name in present)
        {
            properties[name] = new JsonObject { ["not"] = new JsonObject { ["type"] = "null" } };
        }

        foreach (var name in absent)
        {
            properties[name] = new JsonObject { ["type"] = "null" };
        }

        foreach (var name in notTrue)
        {
            properties[name] = new JsonObject { ["const"] = false };
        }

        foreach (var name in empty ?? [])
        {
            properties[name] = new JsonObject { ["maxItems"] = 0 };
        }

        foreach (var name in nonEmpty ?? [])
        {
            properties[name] = new JsonObject { ["minItems"] = 1 };
        }

        var then = new JsonObject { ["properties"] = properties };
        if (present.Length > 0)
        {
            then["required"] = new JsonArray([.. present.Select(p => (JsonNode)p)]);
        }

        return new JsonObject
        {
            ["if"] = new JsonObject { ["properties"] = new JsonObject { [discriminator] = match }, ["required"] = new JsonArray(discriminator) },
            ["then"] = then,
        };
    }

    private static string Camel<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private JsonObject Define(string name, JsonObject definition)
    {
        _definitions.TryAdd(name, definition);
        return new JsonObject { ["$ref"] = "#/$defs/" + name };
    }

    private JsonObject EnumSchema(Type type)
    {
        var values = new JsonArray();
        foreach (var name in Enum.GetNames(type))
        {
            values.Add((JsonNode)new JsonObject
            {
                ["const"] = JsonNamingPolicy.CamelCase.ConvertName(name),
                ["description"] = _documentation.OfEnumMember(type, name),
            });
        }

        return new JsonObject
        {
            ["description"] = _documentation.OfType(type),
            ["type"] = "string",
            ["oneOf"] = values,
        };
    }

    private static JsonObject StringSchema() => new()
    {
        ["type"] = "string",
        ["maxLength"] = DatasetJson.MaxStringLength,
    };

    private static JsonObject FormatVersionSchema() => new()
    {
        ["type"] = "string",
        ["pattern"] = "^" + FormatVersionMajor() + "\\.(0|[1-9][0-9]{0,8})$", // CM1008, CM1009
        ["examples"] = new JsonArray(DatasetDocument.CurrentFormatVersion),
    };

    private static string FormatVersionMajor() =>
        DatasetDocument.CurrentFormatVersion[..DatasetDocument.CurrentFormatVersion.IndexOf('.', StringComparison.Ordinal)];

    /// <summary>The forms of <c>start</c> and <c>end</c> for each precision, exactly as the reader parses them, with an example.</summary>
    private static readonly (TemporalPrecision Precision, string Pattern, string Example)[] PartialDatePatterns =
    [
        (TemporalPrecision.Year, "^[0-9]{4}$", "2025"),
        (TemporalPrecision.Month, "^[0-9]{4}-(0[1-9]|1[0-2])$", "2025-06"),
        (TemporalPrecision.Day, "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "2025-06-02"),
        (TemporalPrecision.PartOfDay, "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T(00|06|12|18)$", "2025-06-02T06"), // CM3007
        (TemporalPrecision.Hour, "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3])$", "2025-06-02T10"),
        (TemporalPrecision.Minute, "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]$", "2025-06-02T10:17"),
    ];

    private JsonObject TemporalExtentSchema()
    {
        var type = typeof(TemporalExtent);
        var precision = SchemaOf(typeof(TemporalPrecision));
        var qualifier = SchemaOf(typeof(TemporalQualifier));
        var byPrecision = new JsonArray();
        foreach (var (value, pattern, example) in PartialDatePatterns)
        {
            byPrecision.Add((JsonNode)new JsonObject
            {
                ["if"] = new JsonObject
                {
                    ["properties"] = new JsonObject { ["precision"] = new JsonObject { ["const"] = JsonNamingPolicy.CamelCase.ConvertName(value.ToString()) } },
                },
                ["then"] = new JsonObject
                {
                    ["properties"] = new JsonObject
                    {
                        ["start"] = new JsonObject { ["pattern"] = pattern, ["examples"] = new JsonArray(example) },
                        ["end"] = new JsonObject { ["pattern"] = pattern },
                    },
                },
            });
        }

        return new JsonObject
        {
            ["description"] = _documentation.OfType(type) + " The form of start and end follows precision: year \"2025\", month \"2025-06\", day \"2025-06-02\", partOfDay and hour \"2025-06-02T10\", minute \"2025-06-02T10:17\"; the date must exist.",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["start"] = Described(Property(type, nameof(TemporalExtent.Start)), new JsonObject
                {
                    ["type"] = "string",
                    ["pattern"] = string.Join('|', PartialDatePatterns.Select(p => "(" + p.Pattern + ")").Distinct()),
                    ["examples"] = new JsonArray([.. PartialDatePatterns.Select(p => (JsonNode)p.Example)]),
                }),
                ["end"] = Described(Property(type, nameof(TemporalExtent.End)), new JsonObject
                {
                    ["type"] = new JsonArray("string", "null"),
                }),
                ["precision"] = Described(Property(type, nameof(TemporalExtent.Precision)), precision.DeepClone().AsObject()),
                ["qualifier"] = Described(Property(type, nameof(TemporalExtent.Qualifier)), qualifier.DeepClone().AsObject(), new JsonObject { ["default"] = "exact" }),
                ["timeZoneId"] = Described(Property(type, nameof(TemporalExtent.TimeZoneId)), new JsonObject
                {
                    ["type"] = new JsonArray("string", "null"),
                    ["maxLength"] = DatasetJson.MaxStringLength,
                    ["examples"] = new JsonArray("Africa/Bamako"),
                }),
                ["wording"] = Described(Property(type, nameof(TemporalExtent.Wording)), new JsonObject
                {
                    ["type"] = new JsonArray("string", "null"),
                    ["maxLength"] = ValidatorRules.TextOf(Property(type, nameof(TemporalExtent.Wording)))!.Value.Bound,
                }),
            },
            ["required"] = new JsonArray("start", "precision"),
            ["additionalProperties"] = false,
            ["allOf"] = byPrecision,
        };
    }

    private JsonObject CoordinatesSchema()
    {
        var type = typeof(Coordinates);
        return new JsonObject
        {
            ["description"] = _documentation.OfType(type),
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["latitude"] = new JsonObject { ["description"] = _documentation.OfTypeParameter(type, nameof(Coordinates.Latitude)), ["type"] = "number", ["minimum"] = -90, ["maximum"] = 90 },
                ["longitude"] = new JsonObject { ["description"] = _documentation.OfTypeParameter(type, nameof(Coordinates.Longitude)), ["type"] = "number", ["minimum"] = -180, ["maximum"] = 180 },
            },
            ["required"] = new JsonArray("latitude", "longitude"),
            ["additionalProperties"] = false,
        };
    }

    private static PropertyInfo Property(Type type, string name) => type.GetProperty(name)!;

    private JsonObject Described(PropertyInfo property, JsonObject schema, JsonObject? extra = null)
    {
        var result = new JsonObject { ["description"] = _documentation.OfProperty(property) };
        foreach (var (name, value) in schema)
        {
            result[name] = value?.DeepClone();
        }

        foreach (var (name, value) in extra ?? [])
        {
            result[name] = value?.DeepClone();
        }

        return result;
    }

    private static bool IsModelType(Type type) =>
        type.Namespace is { } ns && (ns == ModelNamespace || ns.StartsWith(ModelNamespace + ".", StringComparison.Ordinal));
}
