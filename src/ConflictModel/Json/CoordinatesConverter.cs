using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using ConflictModel.Places;

namespace ConflictModel.Json;

/// <summary>
/// Reads and writes <see cref="Coordinates"/> as <c>{"latitude": 16.7735, "longitude": -3.0074}</c>:
/// both members required, finite numbers only, shortest round-trip form.
/// </summary>
/// <remarks>
/// A positional record struct would otherwise read a missing member as 0, which is a real place on the
/// equator; this converter refuses it instead.
/// </remarks>
internal sealed class CoordinatesConverter : JsonConverter<Coordinates>
{
    private static readonly JsonEncodedText LatitudeName = JsonEncodedText.Encode("latitude");
    private static readonly JsonEncodedText LongitudeName = JsonEncodedText.Encode("longitude");

    /// <inheritdoc/>
    public override Coordinates Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadValue(ref reader);

    /// <summary>Reads coordinates; shared by this converter and the document reader.</summary>
    /// <param name="reader">The reader, on the value's first token; left on its last.</param>
    /// <returns>The coordinates.</returns>
    /// <exception cref="JsonException">The value is not coordinates of the format (located, see <see cref="JsonErrors"/>).</exception>
    internal static Coordinates ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonErrors.AtToken(in reader, JsonMessages.Expected("coordinates (an object with latitude and longitude)", JsonErrors.Describe(in reader)));
        }

        double? latitude = null;
        double? longitude = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isLatitude = reader.ValueTextEquals(LatitudeName.EncodedUtf8Bytes);
            if (!isLatitude && !reader.ValueTextEquals(LongitudeName.EncodedUtf8Bytes))
            {
                throw JsonErrors.AtToken(in reader, JsonMessages.UnknownMember(reader.GetString()!, "coordinates", "latitude, longitude"));
            }

            if ((isLatitude ? latitude : longitude) is not null)
            {
                throw JsonErrors.AtToken(in reader, JsonMessages.DuplicateMember(isLatitude ? "latitude" : "longitude"));
            }

            reader.Read();
            if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var value) || !double.IsFinite(value))
            {
                throw JsonErrors.AtToken(in reader, JsonMessages.Expected("a finite number of decimal degrees", JsonErrors.Describe(in reader)));
            }

            if (isLatitude)
            {
                latitude = value;
            }
            else
            {
                longitude = value;
            }
        }

        if (latitude is null || longitude is null)
        {
            throw JsonErrors.AtToken(in reader, JsonMessages.MissingMembers("coordinates", latitude is null ? (longitude is null ? "latitude, longitude" : "latitude") : "longitude"));
        }

        return new Coordinates(latitude.Value, longitude.Value);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Coordinates value, JsonSerializerOptions options)
    {
        if (!double.IsFinite(value.Latitude) || !double.IsFinite(value.Longitude))
        {
            throw JsonErrors.Unwritable(JsonMessages.NonFiniteCoordinates(value.ToString()));
        }

        writer.WriteStartObject();
        writer.WriteNumber(LatitudeName, value.Latitude);
        writer.WriteNumber(LongitudeName, value.Longitude);
        writer.WriteEndObject();
    }
}
