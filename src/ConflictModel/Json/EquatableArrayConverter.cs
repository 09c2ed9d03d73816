using System;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using ConflictModel.Collections;

namespace ConflictModel.Json;

/// <summary>Reads and writes an <see cref="EquatableArray{T}"/> as a JSON array, element by element.</summary>
/// <remarks>
/// Elements go through the element type's own converter (source-generated metadata for records) on the
/// same reader, so line and byte positions stay those of the whole document. <see langword="null"/> is
/// refused both for the array and for its elements: an empty array is written as <c>[]</c> or left out.
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class EquatableArrayConverter<T> : JsonConverter<EquatableArray<T>>
{
    private JsonConverter<T>? _element;

    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonErrors.AtToken(in reader, JsonMessages.Expected("an array", JsonErrors.Describe(in reader)));
        }

        var element = _element ??= (JsonConverter<T>)options.GetTypeInfo(typeof(T)).Converter;
        var builder = ImmutableArray.CreateBuilder<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null && default(T) is null)
            {
                throw JsonErrors.AtToken(in reader, JsonMessages.NullElement);
            }

            builder.Add(element.Read(ref reader, typeof(T), options)!);
        }

        return builder.Count == 0 ? EquatableArray<T>.Empty : new EquatableArray<T>(builder.DrainToImmutable());
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options)
    {
        var element = _element ??= (JsonConverter<T>)options.GetTypeInfo(typeof(T)).Converter;
        writer.WriteStartArray();
        foreach (var item in value)
        {
            if (item is null)
            {
                throw JsonErrors.Unwritable(JsonMessages.NullElementToWrite(typeof(T).Name));
            }

            element.Write(writer, item, options);
        }

        writer.WriteEndArray();
    }
}
