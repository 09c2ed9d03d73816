using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ConflictModel.Actors;
using ConflictModel.Collections;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;

namespace ConflictModel.Json;

/// <summary>
/// The serializer options of the format, built once: the source-generated context, the converters for
/// ids, enums, collections, time and coordinates, and the rule that an empty optional collection is left out.
/// </summary>
internal static class JsonFormat
{
    private static readonly Dictionary<Type, Func<object, object?, bool>> NonEmpty = [];
    private static readonly Dictionary<string, string> FriendlyTypeNames = new(StringComparer.Ordinal);
    private static readonly Dictionary<Type, Func<object, object?, bool>> NoNullElement = [];
    private static readonly Dictionary<Type, Type> ElementTypes = [];
    private static bool s_registered;

    /// <summary>Gets the options; read-only, shared, thread-safe.</summary>
    internal static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Gets the metadata of the root type.</summary>
    internal static JsonTypeInfo<DatasetDocument> Document { get; } = (JsonTypeInfo<DatasetDocument>)Options.GetTypeInfo(typeof(DatasetDocument));

    /// <summary>Gets the writer options of whole documents: indented by two spaces, '\n' line ends.</summary>
    internal static JsonWriterOptions IndentedWriter { get; } = new()
    {
        Encoder = Options.Encoder,
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        MaxDepth = DatasetJson.MaxDepth,
    };

    /// <summary>Gets the writer options of JSON Lines: one line per document.</summary>
    internal static JsonWriterOptions CompactWriter { get; } = new()
    {
        Encoder = Options.Encoder,
        Indented = false,
        MaxDepth = DatasetJson.MaxDepth,
    };

    /// <summary>Gets the reader options, the same limits as the serializer's.</summary>
    internal static JsonReaderOptions Reader { get; } = new()
    {
        MaxDepth = DatasetJson.MaxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>
    /// Describes what the value at a path must look like, for messages, by following the path through the
    /// metadata from <see cref="DatasetDocument"/>.
    /// </summary>
    /// <param name="segments">The path: member names (strings) and array indices (integers).</param>
    /// <returns>A description such as "a whole number from ... to ..." or "a Quantity (an object)".</returns>
    internal static string DescribeAt(IReadOnlyList<object> segments)
    {
        if (TypeAt(segments) is not { } type)
        {
            return "another kind of value";
        }

        var plain = Nullable.GetUnderlyingType(type) ?? type;
        var description = FriendlyTypeNames.GetValueOrDefault(plain.FullName!)
            ?? (ElementTypes.ContainsKey(plain) ? "an array" : JsonMessages.AnObject(plain.Name));
        return plain == type ? description : description + " or null";
    }

    /// <summary>Follows a path through the metadata from <see cref="DatasetDocument"/> to the type of the value there.</summary>
    /// <param name="segments">The path: member names (strings) and array indices (integers).</param>
    /// <returns>The type, or <see langword="null"/> when the path leaves the format.</returns>
    internal static Type? TypeAt(IEnumerable<object> segments)
    {
        Type? type = typeof(DatasetDocument);
        foreach (var segment in segments)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            type = segment is int
                ? ElementTypes.GetValueOrDefault(type)
                : ObjectInfo(type)?.Properties.FirstOrDefault(p => p.Name == (string)segment)?.PropertyType;
            if (type is null)
            {
                return null;
            }
        }

        return type;
    }

    /// <summary>Lists the JSON members of an object type, in order, for messages.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The names, comma-separated, or <see langword="null"/> when the type is not an object of the format.</returns>
    internal static string? MembersOf(Type type) =>
        ObjectInfo(Nullable.GetUnderlyingType(type) ?? type) is { } info ? string.Join(", ", info.Properties.Select(p => p.Name)) : null;

    private static JsonTypeInfo? ObjectInfo(Type type) =>
        Options.TryGetTypeInfo(type, out var info) && info.Kind == JsonTypeInfoKind.Object ? info : null;

    /// <summary>
    /// Creates a new, read-only copy of the format's options with fresh converters (the benchmarks swap
    /// its resolver to compare with reflection-based metadata).
    /// </summary>
    /// <returns>The options.</returns>
    /// <param name="metadata">Where the metadata of the model's records comes from; <see langword="null"/> for the source-generated context.</param>
    internal static JsonSerializerOptions CreateOptions(IJsonTypeInfoResolver? metadata = null)
    {
        var arrays = new EquatableArrayResolver();
        var options = new JsonSerializerOptions(DatasetJsonContext.Default.Options)
        {
            // Readable non-ASCII text ("Ménaka", "« »") instead of \u escapes. The output is a data file,
            // not HTML; quotes, backslashes and control characters are still escaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(arrays, metadata ?? DatasetJsonContext.Default).WithAddedModifier(Modify),
        };

        // The tables below are static and filled once, by the first call (the type initializer).
        var register = !s_registered;
        s_registered = true;
        var converters = options.Converters;
        converters.Add(BoundedStringConverter.Instance);
        converters.Add(new CoordinatesConverter());

        Id<ActorId>(converters, v => new(v), id => id.Value);
        Id<EngagementId>(converters, v => new(v), id => id.Value);
        Id<IncidentId>(converters, v => new(v), id => id.Value);
        Id<SideId>(converters, v => new(v), id => id.Value);
        Id<FigureId>(converters, v => new(v), id => id.Value);
        Id<SiteId>(converters, v => new(v), id => id.Value);
        Id<SourceId>(converters, v => new(v), id => id.Value);
        Id<StatementId>(converters, v => new(v), id => id.Value);

        Enum<ActorKind>(converters);
        Enum<ExternalIdScheme>(converters);
        Enum<ParentRelation>(converters);
        Enum<EngagementType>(converters);
        Enum<OutcomeResult>(converters);
        Enum<RelationKind>(converters);
        Enum<SideRole>(converters);
        Enum<Tactic>(converters);
        Enum<Measure>(converters);
        Enum<QuantityForm>(converters);
        Enum<SubjectKind>(converters);
        Enum<SiteKind>(converters);
        Enum<SiteRole>(converters);
        Enum<SpatialPrecision>(converters);
        Enum<SourceKind>(converters);
        Enum<StatementStance>(converters);
        Enum<Credibility>(converters);
        Enum<TemporalPrecision>(converters);
        Enum<TemporalQualifier>(converters);
        converters.Add(new TemporalExtentConverter());

        Array<string>(arrays, register);
        Array<ExternalId>(arrays, register);
        Array<Tactic>(arrays, register);
        Array<Site>(arrays, register);
        Array<Side>(arrays, register);
        Array<Incident>(arrays, register);
        Array<Outcome>(arrays, register);
        Array<DisputedFigure>(arrays, register);
        Array<SourcedStatement>(arrays, register);
        Array<EngagementRelation>(arrays, register);
        Array<DatasetField>(arrays, register);
        Array<SiteId>(arrays, register);
        Array<ActorId>(arrays, register);
        Array<StatementId>(arrays, register);
        Array<SourceId>(arrays, register);
        Array<Estimate>(arrays, register);
        Array<Source>(arrays, register);
        Array<Actor>(arrays, register);
        Array<Engagement>(arrays, register);

        if (register)
        {
            FriendlyTypeNames[typeof(long).FullName!] = "a whole number from -9223372036854775808 to 9223372036854775807";
            FriendlyTypeNames[typeof(int).FullName!] = "a whole number from -2147483648 to 2147483647";
            FriendlyTypeNames[typeof(bool).FullName!] = "true or false";
            FriendlyTypeNames[typeof(string).FullName!] = "a string";
        }

        options.MakeReadOnly();
        return options;
    }

    /// <summary>Adjusts generated metadata to the format: see the comments inside.</summary>
    /// <param name="typeInfo">The metadata of one type.</param>
    internal static void Modify(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        // A computed, get-only member (Quantity.LowerBound, TemporalExtent.WindowEnd) is not part of the
        // format: leave it out of the metadata so that reading one is an unknown member, not a silent skip.
        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i].Set is null)
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }

        foreach (var property in typeInfo.Properties)
        {
            // An empty collection is left out unless the member is required; reading a missing member
            // gives the default array, which equals an empty one, so the round trip is exact.
            // Every collection is checked for null elements before it is written.
            if (NonEmpty.TryGetValue(property.PropertyType, out var nonEmpty))
            {
                property.ShouldSerialize = property.IsRequired ? NoNullElement[property.PropertyType] : nonEmpty;
            }

            // A non-nullable enum member that C# does not mark required would get its default from an
            // initializer that the generated metadata cannot see: an absent member would read as 0, no
            // member at all. Such a member is always written, so it is required when read. (Optional
            // enums are nullable, as Actor.ParentRelation, and are left out when null.)
            if (!property.IsRequired && property.PropertyType.IsEnum)
            {
                property.IsRequired = true;
            }

            // Likewise an optional flag that is false (Quantity.OpenEnded): a missing member reads as false.
            if (!property.IsRequired && property.PropertyType == typeof(bool))
            {
                property.ShouldSerialize = static (_, value) => value is true;
            }
        }

        if (typeInfo.Type == typeof(DatasetDocument))
        {
            foreach (var property in typeInfo.Properties)
            {
                if (property.Name == "formatVersion")
                {
                    property.IsRequired = true;
                    property.CustomConverter = FormatVersionConverter.Instance;
                }
            }
        }
    }

    private static bool NoNull<T>(EquatableArray<T> array) =>
        EquatableArrayResolver.IndexOfNull(array) is not { } index
            ? true
            : throw JsonErrors.Unwritable(JsonMessages.NullElementToWrite(typeof(T).Name, index));

    private static void Id<TId>(IList<JsonConverter> converters, Func<string, TId> create, Func<TId, string?> value)
        where TId : struct
    {
        converters.Add(new IdConverter<TId>(create, value));
        FriendlyTypeNames.TryAdd(typeof(TId).FullName!, "an id (a string)");
    }

    private static void Enum<T>(IList<JsonConverter> converters)
        where T : struct, Enum
    {
        converters.Add(new CamelCaseEnumConverter<T>());
        FriendlyTypeNames.TryAdd(typeof(T).FullName!, "one of " + JsonEnum<T>.AllowedValues);
    }

    private static void Array<T>(EquatableArrayResolver arrays, bool register)
    {
        arrays.Add<T>();
        if (register)
        {
            NonEmpty[typeof(EquatableArray<T>)] = static (_, value) => value is EquatableArray<T> { IsEmpty: false } array && NoNull(array);
            NoNullElement[typeof(EquatableArray<T>)] = static (_, value) => value is not EquatableArray<T> array || NoNull(array);
            ElementTypes[typeof(EquatableArray<T>)] = typeof(T);
        }
    }
}
