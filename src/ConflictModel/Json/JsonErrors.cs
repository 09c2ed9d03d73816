using System;
using System.Text.Json;

namespace ConflictModel.Json;

/// <summary>
/// Builds the exceptions the converters throw. A converter that knows exactly which token is wrong
/// records the end offset of that token (which may be one it has already passed), so that <see cref="JsonErrorLocator"/> can turn it into a path, line and byte position.
/// </summary>
/// <remarks>
/// The converters only ever run over a complete UTF-8 buffer (see <see cref="DatasetJson"/>), so
/// <see cref="Utf8JsonReader.BytesConsumed"/> is an offset into the whole document.
/// </remarks>
internal static class JsonErrors
{
    /// <summary>The <see cref="Exception.Data"/> key of the offending token's end offset (a <see cref="long"/>).</summary>
    internal const string OffsetKey = "ConflictModel.Json.Offset";

    /// <summary>Creates an exception about the token the reader is on.</summary>
    /// <param name="reader">The reader, positioned on the offending token.</param>
    /// <param name="message">What is wrong and what was expected.</param>
    /// <returns>The exception to throw.</returns>
    internal static JsonException AtToken(ref readonly Utf8JsonReader reader, string message) =>
        At(reader.BytesConsumed, message);

    /// <summary>Creates an exception about a token that ended at <paramref name="offset"/>.</summary>
    /// <param name="offset">The end offset of the offending token in the input.</param>
    /// <param name="message">What is wrong and what was expected.</param>
    /// <returns>The exception to throw.</returns>
    internal static JsonException At(long offset, string message)
    {
        var exception = new JsonException(message);
        exception.Data[OffsetKey] = offset;
        return exception;
    }

    /// <summary>Creates an exception for a value that cannot be written.</summary>
    /// <param name="message">What is wrong with the document.</param>
    /// <returns>The exception to throw.</returns>
    internal static JsonException Unwritable(string message) => new(message);

    /// <summary>Describes the token the reader is on, for "but found ..." in messages.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>A short description such as <c>a number (12)</c> or <c>an object</c>.</returns>
    internal static string Describe(ref readonly Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.EndObject => "the end of an object",
        JsonTokenType.EndArray => "the end of an array",
        JsonTokenType.PropertyName => "a property name",
        JsonTokenType.String => "a string (" + Snippet(in reader, quoted: true) + ")",
        JsonTokenType.Number => "a number (" + Snippet(in reader, quoted: false) + ")",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => "nothing",
    };

    private static string Snippet(ref readonly Utf8JsonReader reader, bool quoted)
    {
        const int Max = 40;
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        var head = reader.HasValueSequence
            ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence.Slice(0, Math.Min(length, Max)))
            : reader.ValueSpan[..(int)Math.Min(length, Max)].ToArray();
        var text = System.Text.Encoding.UTF8.GetString(head);
        if (length > Max)
        {
            text += "… (" + length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes)";
        }

        return quoted ? "\"" + text + "\"" : text;
    }
}
