using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConflictModel.Json;

/// <summary>
/// Reads and writes an enum as its camelCase name (<c>"suicideVehicleBorneIed"</c>), strictly: exact
/// case, one name, no numbers, no white space.
/// </summary>
/// <remarks>
/// System.Text.Json's <see cref="JsonStringEnumConverter{TEnum}"/> also accepts other casings and
/// comma-separated combinations ("attack, battle" reads as a value that is no member at all), which a
/// strict reader must reject.
/// </remarks>
/// <typeparam name="T">The enum type.</typeparam>
internal sealed class CamelCaseEnumConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private readonly (byte[] Name, T Value)[] _byName;
    private readonly Dictionary<T, JsonEncodedText> _byValue;

    /// <summary>Initializes the name tables from the enum's members.</summary>
    public CamelCaseEnumConverter()
    {
        var values = Enum.GetValues<T>();
        _byName = [.. values.Select(v => (Encoding.UTF8.GetBytes(NameOf(v)), v))];
        _byValue = values.ToDictionary(v => v, v => JsonEncodedText.Encode(NameOf(v)));
        AllowedValues = string.Join(", ", values.Select(NameOf));
    }

    /// <summary>Gets the JSON names of the members, comma-separated, for messages.</summary>
    public string AllowedValues { get; }

    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            foreach (var (name, value) in _byName)
            {
                if (reader.ValueTextEquals(name))
                {
                    return value;
                }
            }
        }

        throw JsonErrors.AtToken(in reader, JsonMessages.NotAnEnumName(typeof(T).Name, JsonErrors.Describe(in reader), AllowedValues));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (!_byValue.TryGetValue(value, out var name))
        {
            throw JsonErrors.Unwritable(JsonMessages.UndefinedEnumValue(typeof(T).Name, value.ToString(), AllowedValues));
        }

        writer.WriteStringValue(name);
    }

    private static string NameOf(T value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
