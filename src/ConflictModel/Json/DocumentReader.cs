using System;
using System.Collections.Generic;
using System.Text.Json;
using ConflictModel.Actors;
using ConflictModel.Collections;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;

namespace ConflictModel.Json;

/// <summary>
/// Reads a whole <see cref="DatasetDocument"/> from UTF-8 JSON by hand, one method per record type, over
/// a single <see cref="Utf8JsonReader"/>: each record is built with an object initializer from locals, and
/// each collection from a pooled <see cref="ArrayBuilder{T}"/>.
/// </summary>
/// <remarks>
/// <para>
/// The source-generated metadata (<see cref="DatasetJsonContext"/>) cannot call <c>init</c> setters, so
/// System.Text.Json builds every record through an array of boxed member values; reading is several times
/// faster without it. Writing and the JSON Schema still use the metadata; the member tables here
/// (<see cref="Members"/>) are checked against it by a test.
/// </para>
/// <para>
/// The format's rules are the same as the converters': strings through
/// <see cref="BoundedStringConverter"/>, enums through <see cref="JsonEnum{T}"/>, times through
/// <see cref="TemporalExtentConverter"/>, coordinates through <see cref="CoordinatesConverter"/>, the version
/// through <see cref="FormatVersionConverter"/>. Every failure is a <see cref="JsonException"/> carrying the
/// end offset of the offending token (see <see cref="JsonErrors"/>) or thrown by the reader itself with
/// its line and position; <see cref="DatasetJson"/> turns it into a located <see cref="DatasetJsonException"/>.
/// </para>
/// </remarks>
internal static partial class DocumentReader
{
    private const string WholeNumberOrNull = "a whole number from -9223372036854775808 to 9223372036854775807 or null";

    private static readonly JsonMembers DocumentMembers = new(
        nameof(DatasetDocument),
        ["formatVersion", "title", "description", "sources", "actors", "engagements"],
        required: ["formatVersion"]);

    /// <summary>Reads one element of an array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="reader">The reader, on the element's first token; left on its last.</param>
    /// <returns>The element.</returns>
    private delegate T ElementReader<T>(ref Utf8JsonReader reader);

    /// <summary>Gets the member table of every object type the reader reads, for the drift test.</summary>
    /// <remarks>Built on each call: the tables live in several files, whose static initializers run in no set order.</remarks>
    internal static IReadOnlyDictionary<Type, JsonMembers> Members => new Dictionary<Type, JsonMembers>
    {
        [typeof(DatasetDocument)] = DocumentMembers,
        [typeof(Source)] = SourceMembers,
        [typeof(Actor)] = ActorMembers,
        [typeof(ExternalId)] = ExternalIdMembers,
        [typeof(Engagement)] = EngagementMembers,
        [typeof(ConflictReference)] = ConflictMembers,
        [typeof(Site)] = SiteMembers,
        [typeof(AdministrativePath)] = AdministrativeMembers,
        [typeof(Side)] = SideMembers,
        [typeof(Incident)] = IncidentMembers,
        [typeof(Outcome)] = OutcomeMembers,
        [typeof(DisputedFigure)] = FigureMembers,
        [typeof(FigureSubject)] = SubjectMembers,
        [typeof(Estimate)] = EstimateMembers,
        [typeof(Quantity)] = QuantityMembers,
        [typeof(SourcedStatement)] = StatementMembers,
        [typeof(EngagementRelation)] = RelationMembers,
        [typeof(DatasetField)] = DatasetFieldMembers,
    };

    /// <summary>Reads a complete input holding one document.</summary>
    /// <param name="utf8">The whole input.</param>
    /// <returns>The document, or <see langword="null"/> when the input is the literal <c>null</c>.</returns>
    /// <exception cref="JsonException">The input is not a well-formed document.</exception>
    internal static DatasetDocument? Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, JsonFormat.Reader);
        reader.Read();
        var document = reader.TokenType == JsonTokenType.Null ? null : ReadDocument(ref reader);

        // Anything but white space after the value makes the reader throw.
        reader.Read();
        return document;
    }

    private static DatasetDocument ReadDocument(ref Utf8JsonReader reader)
    {
        StartObject(ref reader, nameof(DatasetDocument));
        string? version = null, title = null, description = null;
        EquatableArray<Source> sources = default;
        EquatableArray<Actor> actors = default;
        EquatableArray<Engagement> engagements = default;
        var seen = 0;
        int member;
        while ((member = DocumentMembers.Next(ref reader, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0:
                    version = reader.TokenType == JsonTokenType.Null
                        ? throw DocumentMembers.NullNotAllowed(in reader, member)
                        : FormatVersionConverter.ReadValue(ref reader);
                    break;
                case 1: title = OptionalString(ref reader); break;
                case 2: description = OptionalString(ref reader); break;
                case 3: sources = Array(ref reader, ReadSource); break;
                case 4: actors = Array(ref reader, ReadActor); break;
                default: engagements = Array(ref reader, ReadEngagement); break;
            }
        }

        return new DatasetDocument
        {
            FormatVersion = version!,
            Title = title,
            Description = description,
            Sources = sources,
            Actors = actors,
            Engagements = engagements,
        };
    }

    /// <summary>Refuses anything but the start of an object.</summary>
    private static void StartObject(ref Utf8JsonReader reader, string type)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonErrors.AtToken(in reader, JsonMessages.Expected(JsonMessages.AnObject(type), JsonErrors.Describe(in reader)));
        }
    }

    /// <summary>Reads an array whose elements <paramref name="read"/> reads; a <see langword="null"/> element is refused at the end of the array.</summary>
    private static EquatableArray<T> Array<T>(ref Utf8JsonReader reader, ElementReader<T> read)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonErrors.AtToken(in reader, JsonMessages.Expected("an array", JsonErrors.Describe(in reader)));
        }

        var builder = default(ArrayBuilder<T>);
        var firstNull = -1;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (default(T) is null && reader.TokenType == JsonTokenType.Null)
            {
                // Like System.Text.Json, the whole array is read before a null element is refused.
                firstNull = firstNull < 0 ? builder.Count : firstNull;
                builder.Add(default!);
            }
            else
            {
                builder.Add(read(ref reader));
            }
        }

        if (firstNull >= 0)
        {
            throw JsonErrors.AtToken(in reader, JsonMessages.NullElement(firstNull));
        }

        return builder.ToArrayAndReturn();
    }

    private static string String(ref Utf8JsonReader reader) => BoundedStringConverter.ReadString(ref reader, "a string");

    private static string RequiredString(ref Utf8JsonReader reader, JsonMembers members, int member) =>
        reader.TokenType == JsonTokenType.Null ? throw members.NullNotAllowed(in reader, member) : String(ref reader);

    private static string? OptionalString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : String(ref reader);

    private static long? OptionalInt64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value)
            ? value
            : throw JsonErrors.AtToken(in reader, JsonMessages.Expected(WholeNumberOrNull, JsonErrors.Describe(in reader)));
    }

    private static bool Boolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw JsonErrors.AtToken(in reader, JsonMessages.Expected("true or false", JsonErrors.Describe(in reader))),
    };

    private static bool? OptionalBoolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        _ => throw JsonErrors.AtToken(in reader, JsonMessages.Expected("true or false or null", JsonErrors.Describe(in reader))),
    };

    private static TemporalExtent RequiredTime(ref Utf8JsonReader reader, JsonMembers members, int member) =>
        reader.TokenType == JsonTokenType.Null ? throw members.NullNotAllowed(in reader, member) : TemporalExtentConverter.ReadValue(ref reader);

    private static TemporalExtent? OptionalTime(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : TemporalExtentConverter.ReadValue(ref reader);

    private static string Id(ref Utf8JsonReader reader) => BoundedStringConverter.ReadId(ref reader);

    private static string? OptionalId(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : BoundedStringConverter.ReadId(ref reader);

    private static T? OptionalEnum<T>(ref Utf8JsonReader reader)
        where T : struct, Enum =>
        reader.TokenType == JsonTokenType.Null ? null : JsonEnum<T>.Read(ref reader);

    private static ActorId ActorId(ref Utf8JsonReader reader) => new(Id(ref reader));

    private static SiteId SiteId(ref Utf8JsonReader reader) => new(Id(ref reader));

    private static SourceId SourceId(ref Utf8JsonReader reader) => new(Id(ref reader));

    private static StatementId StatementId(ref Utf8JsonReader reader) => new(Id(ref reader));
}
