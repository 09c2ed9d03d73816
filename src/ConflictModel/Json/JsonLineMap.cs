using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ConflictModel.Json;

/// <summary>
/// Maps the JSON paths of a document that has been read (<c>engagements[0].figures[2]</c>, as validation
/// writes them) to the one-based line where each value starts, so that a problem can be shown at its line.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, long> _lines = new(StringComparer.Ordinal);

    private JsonLineMap()
    {
    }

    /// <summary>Scans a document's bytes once; the document must be well-formed JSON.</summary>
    /// <param name="utf8">The document.</param>
    /// <returns>The map.</returns>
    public static JsonLineMap Build(ReadOnlySpan<byte> utf8)
    {
        var map = new JsonLineMap();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 1024 });

        // One frame per open container: an object's current member name, or an array's current index.
        var frames = new List<Frame>();
        long line = 1;
        var counted = 0;
        map._lines[string.Empty] = 1;
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            line += utf8[counted..start].Count((byte)'\n');
            counted = start;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    frames[^1] = frames[^1] with { Name = reader.GetString() };
                    map._lines.TryAdd(Format(frames), line);
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    frames.RemoveAt(frames.Count - 1);
                    continue;
            }

            if (frames.Count > 0 && frames[^1].IsArray)
            {
                frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
                map._lines.TryAdd(Format(frames), line);
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, null, -1));
            }
        }

        return map;
    }

    /// <summary>Gets the line of a path, or of its nearest enclosing value that has one.</summary>
    /// <param name="path">The path as validation writes it.</param>
    /// <returns>The one-based line.</returns>
    public long LineOf(string path)
    {
        while (true)
        {
            if (_lines.TryGetValue(path, out var line))
            {
                return line;
            }

            // A member that is not in the file (a missing value) is shown at the object that lacks it.
            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            path = cut <= 0 ? string.Empty : path[..cut];
        }
    }

    private static string Format(List<Frame> frames)
    {
        var text = new StringBuilder();
        foreach (var frame in frames)
        {
            if (frame.IsArray)
            {
                text.Append('[').Append(frame.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (frame.Name is { } name)
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append(name);
            }
        }

        return text.ToString();
    }

    private readonly record struct Frame(bool IsArray, string? Name, int Index);
}
