using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace ConflictModel.Json;

/// <summary>
/// The format's rule for an enum, in one place: its members are written as their camelCase names
/// (<c>"suicideVehicleBorneIed"</c>) and read strictly (exact case, one name, no numbers, no white space).
/// Used by <see cref="CamelCaseEnumConverter{T}"/> and by the document reader.
/// </summary>
/// <typeparam name="T">The enum type.</typeparam>
internal static class JsonEnum<T>
    where T : struct, Enum
{
    private static readonly (byte[] Name, T Value)[] ByName;
    private static readonly (byte[] Name, T Value)[][] ByLength;
    private static readonly Dictionary<T, JsonEncodedText> ByValue;

#pragma warning disable CA1810 // The three tables come from one pass over the members.
    static JsonEnum()
#pragma warning restore CA1810
    {
        var values = Enum.GetValues<T>();
        ByName = [.. values.Select(v => (Encoding.UTF8.GetBytes(NameOf(v)), v))];
        ByLength = new (byte[] Name, T Value)[ByName.Max(n => n.Name.Length) + 1][];
        for (var length = 0; length < ByLength.Length; length++)
        {
            ByLength[length] = [.. ByName.Where(n => n.Name.Length == length)];
        }

        ByValue = values.ToDictionary(v => v, v => JsonEncodedText.Encode(NameOf(v)));
        AllowedValues = string.Join(", ", values.Select(NameOf));
    }

    /// <summary>Gets the JSON names of the members, comma-separated, for messages.</summary>
    internal static string AllowedValues { get; }

    /// <summary>Reads the member named by the string token the reader is on.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The member.</returns>
    /// <exception cref="JsonException">The token is not a string holding exactly one member's name (located, see <see cref="JsonErrors"/>).</exception>
    internal static T Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            if (!reader.ValueIsEscaped)
            {
                // Most names differ in length: look only at those of the token's.
                var span = reader.ValueSpan;
                if (span.Length < ByLength.Length)
                {
                    foreach (var (name, value) in ByLength[span.Length])
                    {
                        if (span.SequenceEqual(name))
                        {
                            return value;
                        }
                    }
                }
            }
            else
            {
                foreach (var (name, value) in ByName)
                {
                    if (reader.ValueTextEquals(name))
                    {
                        return value;
                    }
                }
            }
        }

        throw JsonErrors.AtToken(in reader, JsonMessages.NotAnEnumName(typeof(T).Name, JsonErrors.Describe(in reader), AllowedValues));
    }

    /// <summary>Gets the JSON name of a defined member.</summary>
    /// <param name="value">The member.</param>
    /// <returns>The encoded name.</returns>
    /// <exception cref="JsonException"><paramref name="value"/> is not a defined member.</exception>
    internal static JsonEncodedText NameToWrite(T value) =>
        ByValue.TryGetValue(value, out var name)
            ? name
            : throw JsonErrors.Unwritable(JsonMessages.UndefinedEnumValue(typeof(T).Name, value.ToString(), AllowedValues));

    private static string NameOf(T value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
