using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConflictModel.Json;

/// <summary>
/// Reads <see cref="DatasetDocument.FormatVersion"/> and refuses a malformed version or one whose major
/// version this library does not read, before the rest of the document is looked at.
/// </summary>
internal sealed class FormatVersionConverter : JsonConverter<string>
{
    /// <summary>Gets the shared instance.</summary>
    public static FormatVersionConverter Instance { get; } = new();

    /// <summary>Gets the major version this library reads and writes.</summary>
    internal static int CurrentMajor { get; } = Parse(DatasetDocument.CurrentFormatVersion)!.Value.Major;

    /// <summary>Gets the minor version this library writes.</summary>
    internal static int CurrentMinor { get; } = Parse(DatasetDocument.CurrentFormatVersion)!.Value.Minor;

    /// <inheritdoc/>
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadValue(ref reader);

    /// <summary>Reads a formatVersion; shared by this converter and the document reader.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The version as written.</returns>
    /// <exception cref="JsonException">The value is not a version this library reads (located, see <see cref="JsonErrors"/>).</exception>
    internal static string ReadValue(ref Utf8JsonReader reader)
    {
        var text = BoundedStringConverter.ReadString(ref reader, "a format version such as \"" + DatasetDocument.CurrentFormatVersion + "\"");
        if (Problem(text) is { } problem)
        {
            throw JsonErrors.AtToken(in reader, problem);
        }

        return text;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        BoundedStringConverter.Instance.Write(writer, value, options);

    /// <summary>Explains why <paramref name="text"/> cannot be read, or returns <see langword="null"/> when it can.</summary>
    /// <param name="text">The formatVersion as written.</param>
    /// <returns>A message, or <see langword="null"/>.</returns>
    internal static string? Problem(string text) => Parse(text) switch
    {
        null => JsonMessages.MalformedFormatVersion(text),
        { Major: var major } when major != CurrentMajor => JsonMessages.UnsupportedMajorVersion(text, DatasetDocument.CurrentFormatVersion),
        _ => null,
    };

    /// <summary>Parses "MAJOR.MINOR" (digits only, no sign, no white space).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The two numbers, or <see langword="null"/> when the text has another form.</returns>
    internal static (int Major, int Minor)? Parse(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == text.Length - 1 || text.Length > 21)
        {
            return null;
        }

        var major = text.AsSpan(0, dot);
        var minor = text.AsSpan(dot + 1);
        return AllDigits(major) && AllDigits(minor)
            && int.TryParse(major, NumberStyles.None, CultureInfo.InvariantCulture, out var ma)
            && int.TryParse(minor, NumberStyles.None, CultureInfo.InvariantCulture, out var mi)
            ? (ma, mi)
            : null;
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
