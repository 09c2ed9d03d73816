using System;

namespace ConflictModel.Interop.Formats;

/// <summary>What the first bytes of an input say about JSON: which of the JSON formats it can be read as.</summary>
internal enum JsonShape
{
    /// <summary>Not JSON: the first character is not '{' (or '[').</summary>
    NotJson,

    /// <summary>A JSON array: neither a dataset document nor JSON Lines.</summary>
    Array,

    /// <summary>An object whose first line does not close it (pretty-printed): one JSON document.</summary>
    Document,

    /// <summary>A first line that is one whole object, and nothing after it: one document, readable as either format.</summary>
    OneLine,

    /// <summary>A first line that is one whole object, and more lines after it (or a first line longer than the head): JSON Lines.</summary>
    Lines,
}

/// <summary>Sorts the head of an input into a <see cref="JsonShape"/>, for the two JSON formats' recognition.</summary>
internal static class JsonShapes
{
    public static JsonShape Of(ReadOnlySpan<byte> head, bool complete)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        var start = head.IndexOfAnyExcept(" \t\r\n"u8);
        if (start < 0)
        {
            return JsonShape.NotJson;
        }

        head = head[start..];
        if (head[0] == (byte)'[')
        {
            return JsonShape.Array;
        }

        if (head[0] != (byte)'{')
        {
            return JsonShape.NotJson;
        }

        var newline = head.IndexOf((byte)'\n');
        if (newline < 0)
        {
            // One line as far as we can see: a compact document or the first line of JSON Lines; both read it.
            return complete ? JsonShape.OneLine : JsonShape.Lines;
        }

        var first = head[..newline].TrimEnd(" \t\r"u8);
        if (first.Length < 2 || first[^1] != (byte)'}')
        {
            return JsonShape.Document;
        }

        return head[(newline + 1)..].IndexOfAnyExcept(" \t\r\n"u8) < 0 && complete ? JsonShape.OneLine : JsonShape.Lines;
    }

    /// <summary>Describes the head for messages: its first characters.</summary>
    public static string Describe(ReadOnlySpan<byte> head)
    {
        var text = System.Text.Encoding.UTF8.GetString(head[..Math.Min(head.Length, 40)]).ReplaceLineEndings("⏎");
        return head.Length == 0 ? "nothing (the input is empty)" : "'" + text + (head.Length > 40 ? "…'" : "'");
    }
}
