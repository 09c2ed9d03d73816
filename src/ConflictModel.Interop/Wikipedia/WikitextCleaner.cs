using System;
using System.Collections.Generic;
using System.Globalization;

namespace ConflictModel.Interop.Wikipedia;

/// <summary>
/// Turns wikitext into readable text (<see cref="CleanText"/>) with a position map back to the original:
/// references, footnotes and comments are removed and remembered, links are reduced to their labels,
/// list templates and <c>&lt;br&gt;</c> become line breaks, and a few value templates
/// (<c>circa</c>, <c>formatnum</c>, <c>nowrap</c>, <c>flag</c>...) become their text. An unknown template is
/// kept as it is written, so that it shows up as text nobody understood instead of vanishing.
/// </summary>
internal static class WikitextCleaner
{
    private const int MaxDepth = 32;

    private static readonly HashSet<string> ReferenceTemplates = new(StringComparer.OrdinalIgnoreCase)
    {
        "efn", "efn-ua", "efn-lr", "efn-la", "efn-lg", "notetag", "refn", "ref", "r", "rp", "sfn", "sfnp", "sfnm",
        "harv", "harvnb", "harvp", "harvtxt", "citation", "citation needed", "cn", "fact", "better source needed",
        "bsn", "dubious", "clarify", "when", "failed verification", "full citation needed", "page needed", "vague",
        "update inline", "according to whom", "by whom", "who", "which", "webarchive", "note", "nb", "citeref",
        "verification needed", "unreliable source?", "self-published inline", "third-party inline", "disputed inline",
    };

    private static readonly HashSet<string> SilentTemplates = new(StringComparer.OrdinalIgnoreCase)
    {
        "flagicon", "flag icon", "flagdeco", "flagicon image", "dagger", "†", "clear", "-", "endplainlist",
        "end plainlist", "endflatlist", "end flatlist", "campaignbox",
    };

    private static readonly HashSet<string> ListTemplates = new(StringComparer.OrdinalIgnoreCase)
    {
        "ubl", "unbulleted list", "plainlist", "plain list", "flatlist", "flat list", "bulleted list", "bull list",
        "hlist", "collapsible list", "ordered list", "ublist", "unbulletedlist", "startplainlist", "startflatlist",
    };

    private static readonly HashSet<string> WrapperTemplates = new(StringComparer.OrdinalIgnoreCase)
    {
        "nowrap", "nobr", "small", "smaller", "big", "larger", "resize", "abbr", "tooltip", "nowrap begin", "avoid wrap",
    };

    private static readonly HashSet<string> FlagTemplates = new(StringComparer.OrdinalIgnoreCase)
    {
        "flag", "flagcountry", "flag country", "flagu", "flagu2", "flagcountry2", "flagathlete", "army", "navy", "air force",
    };

    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Cleans all of <paramref name="source"/>.</summary>
    /// <param name="source">Wikitext.</param>
    /// <returns>The readable text with its position map.</returns>
    public static CleanText Clean(string source)
    {
        var output = new CleanText();
        CleanRange(source, 0, source.Length, output, 0, lineStart: true);
        return output;
    }

    /// <summary>Returns the readable text of <paramref name="source"/> with white space runs collapsed and trimmed.</summary>
    /// <param name="source">Wikitext.</param>
    /// <returns>Plain text.</returns>
    public static string ToPlainText(string source)
    {
        var text = Clean(source).Text;
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Finds the end of the template opening at <paramref name="start"/> ("{{").</summary>
    /// <param name="s">The text.</param>
    /// <param name="start">The index of the first '{'.</param>
    /// <param name="end">The exclusive limit of the search.</param>
    /// <returns>The index just after the matching "}}", or -1 when the template is not closed.</returns>
    public static int FindTemplateEnd(string s, int start, int end) => FindClose(s, start, end, '{', '}');

    /// <summary>Splits the inside of a template or link at its top-level '|' characters.</summary>
    /// <param name="s">The text.</param>
    /// <param name="start">The first index inside the brackets.</param>
    /// <param name="end">The exclusive end inside the brackets.</param>
    /// <returns>The [start, end) ranges of the parts, at least one.</returns>
    public static List<(int Start, int End)> SplitParts(string s, int start, int end)
    {
        var parts = new List<(int Start, int End)>();
        var partStart = start;
        var i = start;
        while (i < end)
        {
            if (Starts(s, i, end, "{{") && FindClose(s, i, end, '{', '}') is var t && t > 0)
            {
                i = t;
            }
            else if (Starts(s, i, end, "[[") && FindClose(s, i, end, '[', ']') is var l && l > 0)
            {
                i = l;
            }
            else if (Starts(s, i, end, "<!--"))
            {
                var close = s.IndexOf("-->", i + 4, end - i - 4, StringComparison.Ordinal);
                i = close < 0 ? end : close + 3;
            }
            else if (s[i] == '<' && IsRefOpen(s, i, end))
            {
                i = RefEnd(s, i, end);
            }
            else if (s[i] == '|')
            {
                parts.Add((partStart, i));
                partStart = i + 1;
                i++;
            }
            else
            {
                i++;
            }
        }

        parts.Add((partStart, end));
        return parts;
    }

    private static void CleanRange(string s, int start, int end, CleanText output, int depth, bool lineStart)
    {
        var i = start;
        var atLineStart = lineStart;
        while (i < end)
        {
            var c = s[i];
            if (atLineStart && c is '*' or '#' or ':' or ';')
            {
                i++;
                continue;
            }

            if (atLineStart && c is ' ' or '\t')
            {
                // White space before a bullet: " * item".
                output.AppendOriginal(c, i);
                i++;
                continue;
            }

            atLineStart = false;
            if (c == '\n')
            {
                output.AppendOriginal('\n', i);
                i++;
                atLineStart = true;
            }
            else if (c == '<')
            {
                i = Tag(s, i, end, output);
            }
            else if (c == '{' && Starts(s, i, end, "{{"))
            {
                i = Template(s, i, end, output, depth);
            }
            else if (c == '[' && Starts(s, i, end, "[["))
            {
                i = Link(s, i, end, output, depth);
            }
            else if (c == '[' && (Starts(s, i + 1, end, "http") || Starts(s, i + 1, end, "//")))
            {
                i = ExternalLink(s, i, end, output, depth);
            }
            else if (c == '\'' && Starts(s, i, end, "''"))
            {
                while (i < end && s[i] == '\'')
                {
                    i++;
                }
            }
            else if (c == '&')
            {
                i = Entity(s, i, end, output);
            }
            else
            {
                output.AppendOriginal(c, i);
                i++;
            }
        }
    }

    private static int Tag(string s, int i, int end, CleanText output)
    {
        if (Starts(s, i, end, "<!--"))
        {
            var close = s.IndexOf("-->", i + 4, end - i - 4, StringComparison.Ordinal);
            var after = close < 0 ? end : close + 3;
            output.References.Add((i, after));
            return after;
        }

        if (IsRefOpen(s, i, end))
        {
            var after = RefEnd(s, i, end);
            output.References.Add((i, after));
            return after;
        }

        var next = i + 1 < end ? s[i + 1] : '\0';
        if (!char.IsAsciiLetter(next) && next != '/')
        {
            output.AppendOriginal('<', i);
            return i + 1;
        }

        var gt = s.IndexOf('>', i, end - i);
        if (gt < 0)
        {
            output.AppendOriginal('<', i);
            return i + 1;
        }

        var name = TagName(s, i, gt);
        if (name.Equals("br", StringComparison.OrdinalIgnoreCase) || name.Equals("hr", StringComparison.OrdinalIgnoreCase))
        {
            output.Append("\n", i, gt + 1);
        }
        else if (name.Equals("li", StringComparison.OrdinalIgnoreCase) || name.Equals("p", StringComparison.OrdinalIgnoreCase))
        {
            output.Append("\n", i, gt + 1);
        }

        return gt + 1;
    }

    private static string TagName(string s, int lt, int gt)
    {
        var j = lt + 1;
        if (j < gt && s[j] == '/')
        {
            j++;
        }

        var k = j;
        while (k < gt && char.IsAsciiLetterOrDigit(s[k]))
        {
            k++;
        }

        return s[j..k];
    }

    private static bool IsRefOpen(string s, int i, int end)
    {
        if (!Starts(s, i, end, "<ref") || i + 4 >= end)
        {
            return false;
        }

        var after = s[i + 4];
        return after is ' ' or '>' or '/' or '\t' or '\n';
    }

    private static int RefEnd(string s, int i, int end)
    {
        var gt = s.IndexOf('>', i, end - i);
        if (gt < 0)
        {
            return end;
        }

        if (s[gt - 1] == '/')
        {
            return gt + 1;
        }

        var close = s.IndexOf("</ref", gt, end - gt, StringComparison.OrdinalIgnoreCase);
        if (close < 0)
        {
            return end;
        }

        var closeGt = s.IndexOf('>', close, end - close);
        return closeGt < 0 ? end : closeGt + 1;
    }

    private static int Entity(string s, int i, int end, CleanText output)
    {
        var semi = s.IndexOf(';', i, Math.Min(12, end - i));
        if (semi < 0)
        {
            output.AppendOriginal('&', i);
            return i + 1;
        }

        var replacement = s[(i + 1)..semi].ToLowerInvariant() switch
        {
            "nbsp" or "#160" or "ensp" or "emsp" or "thinsp" or "#8201" or "#x202f" or "#8239" or "narrowspace" => " ",
            "ndash" or "#8211" => "–",
            "mdash" or "#8212" => "—",
            "minus" or "#8722" => "-",
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" or "#39" => "'",
            "#124" => "|",
            "#125" => "}",
            _ => null,
        };

        if (replacement is null)
        {
            output.AppendOriginal('&', i);
            return i + 1;
        }

        output.Append(replacement, i, semi + 1);
        return semi + 1;
    }

    private static int Link(string s, int i, int end, CleanText output, int depth)
    {
        var close = FindClose(s, i, end, '[', ']');
        if (close < 0 || depth >= MaxDepth)
        {
            output.AppendOriginal('[', i);
            return i + 1;
        }

        var innerStart = i + 2;
        var innerEnd = close - 2;
        var target = s[innerStart..innerEnd].TrimStart();
        if (target.StartsWith("File:", StringComparison.OrdinalIgnoreCase) || target.StartsWith("Image:", StringComparison.OrdinalIgnoreCase)
            || target.StartsWith("Category:", StringComparison.OrdinalIgnoreCase))
        {
            return close;
        }

        var parts = SplitParts(s, innerStart, innerEnd);
        var (labelStart, labelEnd) = parts.Count > 1 ? parts[^1] : parts[0];
        if (parts.Count == 1 && labelStart < labelEnd && s[labelStart] == ':')
        {
            labelStart++;
        }

        CleanRange(s, labelStart, labelEnd, output, depth + 1, lineStart: false);
        return close;
    }

    private static int ExternalLink(string s, int i, int end, CleanText output, int depth)
    {
        var close = s.IndexOf(']', i, end - i);
        if (close < 0)
        {
            output.AppendOriginal('[', i);
            return i + 1;
        }

        var space = s.IndexOf(' ', i, close - i);
        if (space >= 0)
        {
            CleanRange(s, space + 1, close, output, depth + 1, lineStart: false);
        }

        return close + 1;
    }

    private static int Template(string s, int i, int end, CleanText output, int depth)
    {
        var close = FindClose(s, i, end, '{', '}');
        if (close < 0 || depth >= MaxDepth)
        {
            output.AppendOriginal('{', i);
            return i + 1;
        }

        var innerStart = i + 2;
        var innerEnd = close - 2;
        var parts = SplitParts(s, innerStart, innerEnd);
        var rawName = s[parts[0].Start..parts[0].End];
        var colon = rawName.IndexOf(':', StringComparison.Ordinal);
        var name = (colon > 0 ? rawName[..colon] : rawName).Trim().Replace('_', ' ');
        var args = Positional(s, parts);

        if (name.StartsWith("cite ", StringComparison.OrdinalIgnoreCase) || ReferenceTemplates.Contains(name)
            || (name.Equals("#tag", StringComparison.OrdinalIgnoreCase) && rawName[(colon + 1)..].Trim().Equals("ref", StringComparison.OrdinalIgnoreCase)))
        {
            output.References.Add((i, close));
            return close;
        }

        if (SilentTemplates.Contains(name))
        {
            return close;
        }

        if (name.Equals("formatnum", StringComparison.OrdinalIgnoreCase) && colon > 0)
        {
            CleanRange(s, parts[0].Start + colon + 1, parts[0].End, output, depth + 1, lineStart: false);
            return close;
        }

        switch (name.ToLowerInvariant())
        {
            case "circa" or "c." or "ca" or "ca." or "c":
                output.Append("c. ", i, args.Count > 0 ? args[0].Start : close);
                if (args.Count > 0)
                {
                    CleanRange(s, args[0].Start, args[0].End, output, depth + 1, lineStart: false);
                }

                return close;
            case "!":
                output.Append("|", i, close);
                return close;
            case "nbsp" or "thinsp" or "sp":
                output.Append(" ", i, close);
                return close;
            case "ndash" or "–":
                output.Append("–", i, close);
                return close;
            case "mdash" or "—":
                output.Append("—", i, close);
                return close;
            case "snd" or "spaced ndash" or "spnd":
                output.Append(" – ", i, close);
                return close;
            case "pow":
                output.Append(" POW", i, close);
                return close;
            case "kia":
                output.Append(" KIA", i, close);
                return close;
            case "wia":
                output.Append(" WIA", i, close);
                return close;
            case "mia":
                output.Append(" MIA", i, close);
                return close;
            case "lang":
                if (args.Count > 1)
                {
                    CleanRange(s, args[1].Start, args[1].End, output, depth + 1, lineStart: false);
                }

                return close;
            case "start date" or "start date and age" or "end date" or "end date and age" or "dts" or "date":
                return DateTemplate(s, i, close, args, output);
        }

        if (name.StartsWith("lang-", StringComparison.OrdinalIgnoreCase) && args.Count > 0)
        {
            CleanRange(s, args[0].Start, args[0].End, output, depth + 1, lineStart: false);
            return close;
        }

        if (WrapperTemplates.Contains(name))
        {
            if (args.Count > 0)
            {
                CleanRange(s, args[0].Start, args[0].End, output, depth + 1, lineStart: false);
            }

            return close;
        }

        if (ListTemplates.Contains(name))
        {
            var first = true;
            foreach (var (start, stop) in args)
            {
                if (!first)
                {
                    output.Append("\n", start - 1, start);
                }

                CleanRange(s, start, stop, output, depth + 1, lineStart: true);
                first = false;
            }

            return close;
        }

        if (FlagTemplates.Contains(name))
        {
            var named = Named(s, parts, "name");
            if (named is { } n)
            {
                CleanRange(s, n.Start, n.End, output, depth + 1, lineStart: false);
            }
            else if (args.Count > 0)
            {
                CleanRange(s, args[0].Start, args[0].End, output, depth + 1, lineStart: false);
            }

            return close;
        }

        for (var k = i; k < close; k++)
        {
            output.AppendOriginal(s[k], k);
        }

        return close;
    }

    private static int DateTemplate(string s, int i, int close, List<(int Start, int End)> args, CleanText output)
    {
        var numbers = new List<int>();
        foreach (var (start, stop) in args)
        {
            if (int.TryParse(s.AsSpan(start, stop - start).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                numbers.Add(n);
            }
            else
            {
                break;
            }
        }

        var text = numbers.Count switch
        {
            >= 3 when numbers[1] is >= 1 and <= 12 => string.Create(CultureInfo.InvariantCulture, $"{numbers[2]} {Months[numbers[1] - 1]} {numbers[0]}"),
            2 when numbers[1] is >= 1 and <= 12 => string.Create(CultureInfo.InvariantCulture, $"{Months[numbers[1] - 1]} {numbers[0]}"),
            1 => numbers[0].ToString(CultureInfo.InvariantCulture),
            _ => s[i..close],
        };
        output.Append(text, i, close);
        return close;
    }

    private static List<(int Start, int End)> Positional(string s, List<(int Start, int End)> parts)
    {
        var args = new List<(int Start, int End)>();
        for (var p = 1; p < parts.Count; p++)
        {
            var (start, stop) = parts[p];
            if (!IsNamed(s, start, stop))
            {
                args.Add((start, stop));
            }
        }

        return args;
    }

    private static (int Start, int End)? Named(string s, List<(int Start, int End)> parts, string key)
    {
        for (var p = 1; p < parts.Count; p++)
        {
            var (start, stop) = parts[p];
            var eq = s.IndexOf('=', start, stop - start);
            if (eq > 0 && s.AsSpan(start, eq - start).Trim().Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                return (eq + 1, stop);
            }
        }

        return null;
    }

    private static bool IsNamed(string s, int start, int stop)
    {
        var j = start;
        while (j < stop && (char.IsAsciiLetterOrDigit(s[j]) || s[j] is '_' or '-' or ' '))
        {
            j++;
        }

        return j < stop && j > start && s[j] == '=';
    }

    private static int FindClose(string s, int start, int end, char open, char closeChar)
    {
        var depth = 0;
        var i = start;
        while (i < end - 1)
        {
            if (s[i] == open && s[i + 1] == open)
            {
                depth++;
                i += 2;
            }
            else if (s[i] == closeChar && s[i + 1] == closeChar)
            {
                depth--;
                i += 2;
                if (depth == 0)
                {
                    return i;
                }
            }
            else
            {
                i++;
            }
        }

        return -1;
    }

    private static bool Starts(string s, int i, int end, string value) =>
        i >= 0 && i + value.Length <= end && s.AsSpan(i, value.Length).Equals(value, StringComparison.OrdinalIgnoreCase);
}
