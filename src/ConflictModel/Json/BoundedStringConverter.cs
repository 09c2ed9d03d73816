using System;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConflictModel.Json;

/// <summary>
/// Reads and writes every string of the format, refusing any longer than
/// <see cref="DatasetJson.MaxStringLength"/> characters before it is materialised.
/// </summary>
internal sealed class BoundedStringConverter : JsonConverter<string>
{
    /// <summary>Gets the shared instance.</summary>
    public static BoundedStringConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadString(ref reader, "a string");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        CheckWritable(value);
        writer.WriteStringValue(value);
    }

    /// <summary>Reads a string token of at most <see cref="DatasetJson.MaxStringLength"/> characters.</summary>
    /// <param name="reader">The reader, on the token.</param>
    /// <param name="expected">What the member holds, for the message ("a string", "an id").</param>
    /// <returns>The string.</returns>
    internal static string ReadString(ref Utf8JsonReader reader, string expected)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonErrors.AtToken(in reader, JsonMessages.Expected(expected, JsonErrors.Describe(in reader)));
        }

        // Every character takes at most 6 bytes as written ("\uXXXX"), so a longer token is too long
        // whatever it decodes to, and is rejected without allocating it.
        var written = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (written > 6L * DatasetJson.MaxStringLength)
        {
            throw JsonErrors.AtToken(in reader, JsonMessages.StringTooLong(written, bytes: true));
        }

        string value;
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && Ascii.IsValid(reader.ValueSpan))
        {
            // Most strings are plain ASCII, whose UTF-16 form is a widening of each byte.
            value = Encoding.Latin1.GetString(reader.ValueSpan);
        }
        else
        {
            // The reader does not check the UTF-8 of an unescaped string: refuse bad bytes here, by name.
            if (!reader.HasValueSequence && !System.Text.Unicode.Utf8.IsValid(reader.ValueSpan))
            {
                throw JsonErrors.AtToken(in reader, JsonMessages.InvalidUtf8);
            }

            try
            {
                value = reader.GetString()!;
            }
            catch (InvalidOperationException)
            {
                // An escaped unpaired surrogate ("\ud800") is well-formed JSON but no text.
                throw JsonErrors.AtToken(in reader, JsonMessages.Expected(expected, JsonErrors.Describe(in reader)));
            }
        }

        if (value.Length > DatasetJson.MaxStringLength)
        {
            throw JsonErrors.AtToken(in reader, JsonMessages.StringTooLong(value.Length, bytes: false));
        }

        return value;
    }

    /// <summary>Reads the text of an id (<c>ActorId</c>, <c>SiteId</c>...): a string token, bounded like every string.</summary>
    /// <param name="reader">The reader, on the token.</param>
    /// <returns>The id's text.</returns>
    internal static string ReadId(ref Utf8JsonReader reader) => ReadString(ref reader, "an id (a string)");

    /// <summary>Refuses to write a string that could not be read back.</summary>
    /// <param name="value">The string.</param>
    internal static void CheckWritable(string value)
    {
        if (value.Length > DatasetJson.MaxStringLength)
        {
            throw JsonErrors.Unwritable(JsonMessages.StringTooLongToWrite(value.Length));
        }
    }
}
