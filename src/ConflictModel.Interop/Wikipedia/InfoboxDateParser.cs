using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using ConflictModel.Time;
using NodaTime;

namespace ConflictModel.Interop.Wikipedia;

/// <summary>
/// Reads the <c>date</c> of an infobox into a <see cref="TemporalExtent"/> with the precision the text
/// gives: "2 June 2025" and "June 2, 2025" (day), "June 2025" (month), "1942" (year), and ranges "26–27 May
/// 1941", "26 May – 11 June 1942", "June 29, 1944 – July 4, 1944", "17/18 July 1941".
/// </summary>
internal static partial class InfoboxDateParser
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4, ["may"] = 5,
        ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
        ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    /// <summary>Parses plain text (markup already removed).</summary>
    /// <param name="text">The date as displayed.</param>
    /// <returns>The extent, or <see langword="null"/> when the text is not a date this parser knows.</returns>
    public static TemporalExtent? Parse(string text)
    {
        var plain = Parentheses().Replace(text, " ").Trim();
        var parts = RangeSeparator().Split(plain);
        if (parts.Length is 0 or > 2)
        {
            return null;
        }

        var first = Read(parts[0]);
        if (first is null)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return first.Value.Year is null ? null : Build(first.Value, first.Value);
        }

        var second = Read(parts[1]);
        if (second is null || second.Value.Year is null)
        {
            return null;
        }

        var start = first.Value;
        var end = second.Value;
        end = end with { Month = end.Month ?? (end.Day is null ? null : start.Month) };
        start = start with { Year = start.Year ?? second.Value.Year, Month = start.Month ?? (start.Day is null ? null : second.Value.Month) };
        return Build(start, end);
    }

    private static TemporalExtent? Build(Parts start, Parts end)
    {
        if ((start.Day is not null && start.Month is null) || (end.Day is not null && end.Month is null))
        {
            return null;
        }

        try
        {
            var precision = start.Day is not null && end.Day is not null ? TemporalPrecision.Day
                : start.Month is not null && end.Month is not null ? TemporalPrecision.Month : TemporalPrecision.Year;
            var s = new LocalDateTime(start.Year!.Value, start.Month ?? 1, start.Day ?? 1, 0, 0);
            var e = new LocalDateTime(end.Year!.Value, end.Month ?? 1, end.Day ?? 1, 0, 0);
            return e < s ? null : TemporalExtent.Between(s, e, precision);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static Parts? Read(string part)
    {
        int? day = null, month = null, year = null;
        foreach (Match token in Token().Matches(part))
        {
            var value = token.Value;
            if (Months.TryGetValue(value.TrimEnd('.'), out var m))
            {
                if (month is not null)
                {
                    return null;
                }

                month = m;
            }
            else if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                if (value.Length >= 3 && year is null && n is > 0 and < 3000)
                {
                    year = n;
                }
                else if (value.Length <= 2 && day is null && n is >= 1 and <= 31)
                {
                    day = n;
                }
                else
                {
                    return null;
                }
            }
            else if (!value.Equals("c", StringComparison.OrdinalIgnoreCase) && !value.Equals("circa", StringComparison.OrdinalIgnoreCase)
                && !value.Equals("on", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        if (day is null && month is null && year is null)
        {
            return null;
        }

        return new Parts(day, month, year);
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parentheses();

    [GeneratedRegex(@"\s*(?:[–—]|\s-\s|(?<=\d)-(?=\d)|(?<=\d)/(?=\d)|\bto\b|\buntil\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex RangeSeparator();

    [GeneratedRegex(@"[A-Za-z]+\.?|\d+")]
    private static partial Regex Token();

    private readonly record struct Parts(int? Day, int? Month, int? Year);
}
