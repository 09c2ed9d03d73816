using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConflictModel.Json;

/// <summary>Reads and writes a strongly-typed id (<c>ActorId</c>, <c>SiteId</c>...) as a plain JSON string.</summary>
/// <typeparam name="TId">The id type.</typeparam>
/// <param name="create">Makes an id from its text.</param>
/// <param name="value">Gets an id's text; <see langword="null"/> for a default id.</param>
internal sealed class IdConverter<TId>(Func<string, TId> create, Func<TId, string?> value) : JsonConverter<TId>
    where TId : struct
{
    /// <inheritdoc/>
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        create(BoundedStringConverter.ReadId(ref reader));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TId id, JsonSerializerOptions options)
    {
        var text = value(id) ?? throw JsonErrors.Unwritable(JsonMessages.DefaultId(typeof(TId).Name));
        BoundedStringConverter.CheckWritable(text);
        writer.WriteStringValue(text);
    }
}
