using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace ConflictModel.Json;

/// <summary>
/// Turns any failure while reading a document into a <see cref="DatasetJsonException"/> with an exact
/// path, line and byte position, by scanning the input again up to the offending token.
/// </summary>
/// <remarks>
/// Collections are read by converters that hand each element to the element type's converter, and
/// System.Text.Json then only knows the path down to the collection. The position it reports (or the one
/// our converters record) is exact, so the path is recomputed from the input itself: a second pass over
/// the tokens before that position, on the failure path only.
/// </remarks>
internal static class JsonErrorLocator
{
    private const string CouldNotConvert = "The JSON value could not be converted to ";

    /// <summary>Builds the exception to throw for <paramref name="failure"/>.</summary>
    /// <param name="utf8">The whole input that was being read.</param>
    /// <param name="failure">What was thrown.</param>
    /// <param name="jsonLine">The one-based JSON Lines line of the input, or <see langword="null"/>.</param>
    /// <returns>The located exception.</returns>
    internal static DatasetJsonException Locate(ReadOnlySpan<byte> utf8, Exception failure, long? jsonLine)
    {
        var offset = failure.Data[JsonErrors.OffsetKey] as long?;
        if (offset is null && failure is JsonException { LineNumber: { } line, BytePositionInLine: { } position })
        {
            offset = OffsetOf(utf8, line, position);
        }

        var at = offset ?? 0;
        var (path, found, segments) = PathAt(utf8, at);
        var reason = Reason(failure, found, segments) + VersionHint(utf8);
        var (lineNumber, column) = LineAndColumn(utf8, at);
        var message = reason;
        if (jsonLine is { } l)
        {
            lineNumber += l - 1;
            message = JsonMessages.JsonLine(l) + reason;
        }

        // System.Text.Json's reader throws a type of its own, derived from JsonException, for text that is not JSON.
        var code = failure.Data[JsonErrors.OffsetKey] is null && failure is JsonException && failure.GetType() != typeof(JsonException) ? "json.syntax" : "json.invalid-document";
        return new DatasetJsonException(code, reason, JsonMessages.Located(message, path, lineNumber, column), path, lineNumber, column, jsonLine, failure);
    }

    /// <summary>Builds an exception about the token that ends at <paramref name="offset"/>, with the given reason.</summary>
    /// <param name="utf8">The whole input.</param>
    /// <param name="offset">The end offset of the token.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="jsonLine">The one-based JSON Lines line of the input, or <see langword="null"/>.</param>
    /// <returns>The located exception.</returns>
    internal static DatasetJsonException At(ReadOnlySpan<byte> utf8, long offset, string reason, long? jsonLine)
    {
        var failure = JsonErrors.At(offset, reason);
        return Locate(utf8, failure, jsonLine);
    }

    /// <summary>
    /// Reads the top-level <c>formatVersion</c> without deserializing, and explains why it cannot be
    /// read, or returns <see langword="null"/> (also when there is none or the input is not an object).
    /// </summary>
    /// <param name="utf8">The input.</param>
    /// <param name="offset">The end offset of the version's token, when a problem is returned.</param>
    /// <param name="minorIsNewer">Whether the version is readable but of a newer minor version.</param>
    /// <param name="version">The version as written, when found.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    internal static string? VersionProblem(ReadOnlySpan<byte> utf8, out long offset, out bool minorIsNewer, out string? version)
    {
        offset = 0;
        minorIsNewer = false;
        version = null;
        var reader = new Utf8JsonReader(utf8, JsonFormat.Reader);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = reader.ValueTextEquals("formatVersion"u8);
                reader.Read();
                if (isVersion && reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length <= 64)
                {
                    version = reader.GetString()!;
                    offset = reader.BytesConsumed;
                    minorIsNewer = FormatVersionConverter.Parse(version) is { } v && v.Major == FormatVersionConverter.CurrentMajor && v.Minor > FormatVersionConverter.CurrentMinor;
                    return FormatVersionConverter.Problem(version);
                }

                reader.TrySkip();
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The input is not well-formed before any formatVersion: the caller reports that instead.
        }

        return null;
    }

    private static string VersionHint(ReadOnlySpan<byte> utf8) =>
        VersionProblem(utf8, out _, out var newer, out var version) is null && newer
            ? JsonMessages.NewerMinorVersion(version!, DatasetDocument.CurrentFormatVersion)
            : string.Empty;

    private static string Reason(Exception failure, string found, List<object> segments)
    {
        var message = failure.Message;
        if (failure.Data[JsonErrors.OffsetKey] is not null)
        {
            return message;
        }

        // System.Text.Json's own messages end with its (less precise) location: drop it.
        foreach (var marker in (ReadOnlySpan<string>)[" Path: ", " LineNumber: "])
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut >= 0)
            {
                message = message[..cut];
            }
        }

        // System.Text.Json names the type of the outermost object here, not the member's: find the
        // member's type from the path and the metadata instead.
        if (message.StartsWith(CouldNotConvert, StringComparison.Ordinal))
        {
            return JsonMessages.Expected(JsonFormat.DescribeAt(segments), found);
        }

        // Its other messages name .NET types and members; say the same in the format's terms.
        var member = segments.Count > 0 ? segments[^1] as string : null;
        var owner = OwnerName(segments);
        if (member is not null && message.Contains("doesn't allow", StringComparison.Ordinal) && message.Contains("null values", StringComparison.Ordinal))
        {
            return JsonMessages.NullNotAllowed(member, owner);
        }

        if (member is not null && message.StartsWith("The JSON property '", StringComparison.Ordinal) && message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            var type = JsonFormat.TypeAt(segments.Take(segments.Count - 1));
            return JsonMessages.UnknownMember(member, owner, (type is null ? null : JsonFormat.MembersOf(type)) ?? "see docs/json-format.md");
        }

        if (member is not null && message.StartsWith("Duplicate property '", StringComparison.Ordinal))
        {
            return JsonMessages.DuplicateMember(member);
        }

        const string Missing = "missing required properties including: ";
        var missing = message.IndexOf(Missing, StringComparison.Ordinal);
        if (missing >= 0 && JsonFormat.TypeAt(segments) is { } missingFrom)
        {
            var names = message[(missing + Missing.Length)..].TrimEnd('.').Replace("'", string.Empty, StringComparison.Ordinal);
            return JsonMessages.MissingMembers((Nullable.GetUnderlyingType(missingFrom) ?? missingFrom).Name, names);
        }

        return message.Length == 0 ? JsonMessages.Expected("a valid dataset document", found) : message;
    }

    /// <summary>Names the object type that holds the member at the end of <paramref name="segments"/>.</summary>
    private static string OwnerName(List<object> segments)
    {
        var type = segments.Count == 0 ? null : JsonFormat.TypeAt(segments.Take(segments.Count - 1));
        return type is null ? "the object" : (Nullable.GetUnderlyingType(type) ?? type).Name;
    }

    /// <summary>Finds the path of the last token that starts before <paramref name="offset"/>.</summary>
    private static (string Path, string Found, List<object> Segments) PathAt(ReadOnlySpan<byte> utf8, long offset)
    {
        var frames = new List<Frame>();
        List<object> segments = [];
        var path = "$";
        var found = "the end of the input";
        var reader = new Utf8JsonReader(utf8, JsonFormat.Reader);
        try
        {
            while (reader.Read() && reader.TokenStartIndex < offset)
            {
                found = JsonErrors.Describe(in reader);
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1].Name = reader.GetString();
                        path = frames[^1].Path + Member(frames[^1].Name!);
                        segments = [.. frames[^1].Segments, frames[^1].Name!];
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        (path, segments) = ValuePath(frames);
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, path, segments));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        path = frames[^1].Path;
                        segments = frames[^1].Segments;
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        (path, segments) = ValuePath(frames);
                        break;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The input is malformed at or before the offset: the path so far is the answer.
        }

        return (path, found, segments);
    }

    private static (string Path, List<object> Segments) ValuePath(List<Frame> frames)
    {
        if (frames.Count == 0)
        {
            return ("$", []);
        }

        var top = frames[^1];
        if (top.IsArray)
        {
            top.Index++;
            return (top.Path + "[" + top.Index.ToString(CultureInfo.InvariantCulture) + "]", [.. top.Segments, top.Index]);
        }

        return (top.Path + Member(top.Name ?? string.Empty), [.. top.Segments, top.Name ?? string.Empty]);
    }

    private static string Member(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";
            }
        }

        return name.Length == 0 ? "['']" : "." + name;
    }

    /// <summary>Converts System.Text.Json's zero-based line and byte position into an offset ('\n' ends a line).</summary>
    private static long OffsetOf(ReadOnlySpan<byte> utf8, long line, long position)
    {
        long start = 0;
        for (long l = 0; l < line; l++)
        {
            var next = utf8[(int)start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            start += next + 1;
        }

        return Math.Min(start + position, utf8.Length);
    }

    private static (long Line, long Column) LineAndColumn(ReadOnlySpan<byte> utf8, long offset)
    {
        var before = utf8[..(int)Math.Min(offset, utf8.Length)];
        var line = before.Count((byte)'\n');
        var lastBreak = before.LastIndexOf((byte)'\n');
        return (line, before.Length - (lastBreak + 1));
    }

    private sealed class Frame(bool isArray, string path, List<object> segments)
    {
        public bool IsArray { get; } = isArray;

        public string Path { get; } = path;

        public List<object> Segments { get; } = segments;

        public int Index { get; set; } = -1;

        public string? Name { get; set; }
    }
}
