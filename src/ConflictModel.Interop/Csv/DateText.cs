using System;
using NodaTime;

namespace ConflictModel.Interop.Csv;

/// <summary>The order of day and month in a numeric date such as 03/04/2025.</summary>
internal enum DateOrder
{
    /// <summary>Day first (03/04/2025 is 3 April), as Europe and most of the world write it.</summary>
    DayFirst,

    /// <summary>Month first (03/04/2025 is 4 March), as the United States write it.</summary>
    MonthFirst,
}

/// <summary>How a date value is spelled; a column may mix them (a spreadsheet rewrites some cells, not others).</summary>
internal enum DateSpelling
{
    /// <summary>Not a date.</summary>
    None,

    /// <summary><c>yyyy-MM-dd</c>, optionally with a time (<c>2025-06-02 00:00:00.000</c>, <c>2025-06-02T00:00:00</c>); also with / or . between the parts.</summary>
    Iso,

    /// <summary><c>yyyyMMdd</c>.</summary>
    Compact,

    /// <summary>Day and month as numbers in an order the value alone may not tell: <c>2/6/2025</c>, <c>02.06.25</c>, <c>6-2-2025 0:00</c>.</summary>
    Numeric,

    /// <summary>A month by name: <c>2 June 2025</c>, <c>02-Jun-25</c>, <c>June 2, 2025</c>.</summary>
    NamedMonth,

    /// <summary>A spreadsheet's serial day number of five digits (days since 1899-12-30, as Excel and LibreOffice count), such as <c>45810</c>.</summary>
    Serial,
}

/// <summary>A date value taken apart: its spelling and numbers, before the day/month order of <see cref="DateSpelling.Numeric"/> is applied.</summary>
/// <param name="Spelling">The spelling; <see cref="DateSpelling.None"/> when the value is not a date.</param>
/// <param name="Year">The year (two-digit years already expanded).</param>
/// <param name="First">The month, or for <see cref="DateSpelling.Numeric"/> the first number.</param>
/// <param name="Second">The day, or for <see cref="DateSpelling.Numeric"/> the second number.</param>
/// <param name="TwoDigitYear">Whether the year was written with two digits.</param>
internal readonly record struct DateParts(DateSpelling Spelling, int Year, int First, int Second, bool TwoDigitYear)
{
    /// <summary>Gets whether a numeric date can only be day first (its first number is above 12).</summary>
    public bool OnlyDayFirst => Spelling == DateSpelling.Numeric && First > 12 && Second <= 12;

    /// <summary>Gets whether a numeric date can only be month first (its second number is above 12).</summary>
    public bool OnlyMonthFirst => Spelling == DateSpelling.Numeric && Second > 12 && First <= 12;

    /// <summary>Gets whether a numeric date reads as a date either way (both numbers 12 or less).</summary>
    public bool Ambiguous => Spelling == DateSpelling.Numeric && First <= 12 && Second <= 12 && First != Second;
}

/// <summary>
/// Reads the date spellings that GED and ACLED files are found in, original or re-saved by a spreadsheet: ISO with
/// and without a time, d/m/y and m/d/y with / - or . between the parts, two-digit years, month names
/// (<c>2 June 2025</c>, <c>02-Jun-25</c>, <c>June 2, 2025</c>), <c>yyyyMMdd</c> and spreadsheet serial numbers.
/// </summary>
/// <remarks>
/// A two-digit year yy is 20yy when yy is below 50, else 19yy (GED starts in 1989, ACLED in 1997). A time after
/// the date (<c>0:00</c>, <c>00:00:00.000</c>, <c>12:00:00 AM</c>) is accepted and not kept: both datasets date
/// events by day.
/// </remarks>
internal static class DateText
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly LocalDate SerialEpoch = new(1899, 12, 30);

    /// <summary>Takes <paramref name="value"/> apart, or returns parts of <see cref="DateSpelling.None"/>.</summary>
    public static DateParts Parse(ReadOnlySpan<char> value)
    {
        var text = value.Trim();
        return TryParseNumeric(text, out var parts) ? parts : ParseGeneral(text);
    }

    /// <summary>
    /// The spreadsheets' numeric spelling read straight, without tokenising: <c>d/M/yyyy</c> (or with <c>-</c> or
    /// <c>.</c>, one separator throughout, the numbers of one or two digits) alone or followed by a space and a time
    /// (<c>00:00</c>, <c>0:00</c>, <c>12:00:00 AM</c>). False for anything else, which <see cref="ParseGeneral"/> reads;
    /// where it is true its parts are those <see cref="ParseGeneral"/> gives (DateTextTests checks this on a corpus).
    /// </summary>
    /// <param name="text">The value, trimmed.</param>
    /// <param name="parts">The parts of a numeric date of a four-digit year.</param>
    /// <returns>Whether the value has that spelling.</returns>
    internal static bool TryParseNumeric(ReadOnlySpan<char> text, out DateParts parts)
    {
        parts = default;
        var i = 0;
        var first = Digits12(text, ref i);
        if (first <= 0 || i >= text.Length || text[i] is not ('/' or '-' or '.'))
        {
            return false;
        }

        var separator = text[i++];
        var second = Digits12(text, ref i);
        if (second <= 0 || i + 5 > text.Length || text[i] != separator)
        {
            return false;
        }

        var year = 0;
        for (var k = i + 1; k < i + 5; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return false;
            }

            year = (year * 10) + (text[k] - '0');
        }

        i += 5;
        if (year == 0)
        {
            return false;
        }

        if (i < text.Length)
        {
            // A time: a space, one or two digits, a colon, then only what a time holds (as ParseGeneral's WithoutTime allows).
            var at = i + 1;
            if (text[i] != ' ' || Digits12(text, ref at) < 0 || at >= text.Length || text[at] != ':')
            {
                return false;
            }

            foreach (var ch in text[(i + 1)..])
            {
                if (!(char.IsAsciiDigit(ch) || ch is ':' or '.' or ' ' or 'Z' or '+' or '-' or 'A' or 'P' or 'M' or 'a' or 'p' or 'm'))
                {
                    return false;
                }
            }
        }

        parts = new DateParts(DateSpelling.Numeric, year, first, second, false);
        return true;
    }

    /// <summary>One or two digits at <paramref name="i"/> (moved past them): their value, or -1.</summary>
    private static int Digits12(ReadOnlySpan<char> text, ref int i)
    {
        if (i >= text.Length || !char.IsAsciiDigit(text[i]))
        {
            return -1;
        }

        var n = text[i++] - '0';
        if (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            n = (n * 10) + (text[i++] - '0');
        }

        return n;
    }

    /// <summary>Takes a trimmed value apart by its tokens: every spelling <see cref="Parse"/> reads.</summary>
    internal static DateParts ParseGeneral(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return default;
        }

        var date = WithoutTime(text);
        if (date.Length == 0)
        {
            return default;
        }

        if (IsAllDigits(date, out var dot))
        {
            return Digits(date, dot);
        }

        Span<Range> tokens = stackalloc Range[4];
        var count = Split(date, tokens);
        if (count != 3)
        {
            return default;
        }

        var t0 = date[tokens[0]];
        var t1 = date[tokens[1]];
        var t2 = date[tokens[2]];
        var named = -1;
        for (var i = 0; i < 3; i++)
        {
            var t = date[tokens[i]];
            if (t.Length > 0 && char.IsAsciiLetter(t[0]))
            {
                if (named >= 0)
                {
                    return default;
                }

                named = i;
            }
        }

        if (named >= 0)
        {
            var month = MonthOf(date[tokens[named]]);
            if (month < 0)
            {
                return default;
            }

            // 2 June 2025, June 2 2025, 2025 2 June... : the day and year are the other two tokens.
            Range dayToken, yearToken;
            if (named == 0)
            {
                (dayToken, yearToken) = (tokens[1], tokens[2]);
            }
            else if (named == 1)
            {
                (dayToken, yearToken) = t0.Length == 4 ? (tokens[2], tokens[0]) : (tokens[0], tokens[2]);
            }
            else if (t0.Length == 4)
            {
                (dayToken, yearToken) = (tokens[1], tokens[0]);
            }
            else
            {
                return default;
            }

            var (year, two) = Year(date[yearToken]);
            var day = Number(date[dayToken], 1, 2);
            return day > 0 && year > 0 ? new DateParts(DateSpelling.NamedMonth, year, month, day, two) : default;
        }

        if (t0.Length == 4)
        {
            return Number(t0, 4, 4) is var y and > 0 && Number(t1, 1, 2) is var m and > 0 && Number(t2, 1, 2) is var d and > 0
                ? new DateParts(DateSpelling.Iso, y, m, d, false)
                : default;
        }

        return Number(t0, 1, 2) is var a and > 0 && Number(t1, 1, 2) is var b and > 0 && Year(t2) is var (yy, twoDigits) && yy > 0
            ? new DateParts(DateSpelling.Numeric, yy, a, b, twoDigits)
            : default;
    }

    /// <summary>Makes the date of <paramref name="parts"/>, numeric ones in <paramref name="order"/>; <see langword="null"/> when there is no such day.</summary>
    public static LocalDate? ToDate(DateParts parts, DateOrder order)
    {
        switch (parts.Spelling)
        {
            case DateSpelling.None:
                return null;
            case DateSpelling.Serial:
                // Days since 1899-12-30: right from 1 March 1900 on (the spreadsheets' 29 February 1900 does not exist).
                return parts.Second is >= 61 and <= 2_958_465 ? SerialEpoch.PlusDays(parts.Second) : null;
            default:
                var (month, day) = parts.Spelling == DateSpelling.Numeric && order == DateOrder.DayFirst ? (parts.Second, parts.First) : (parts.First, parts.Second);
                return parts.Year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(parts.Year, month)
                    ? new LocalDate(parts.Year, month, day)
                    : null;
        }
    }

    /// <summary>Names a spelling for messages.</summary>
    public static string Describe(DateSpelling spelling, DateOrder order) => spelling switch
    {
        DateSpelling.Iso => "yyyy-MM-dd",
        DateSpelling.Compact => "yyyyMMdd",
        DateSpelling.Numeric => order == DateOrder.DayFirst ? "day/month/year" : "month/day/year",
        DateSpelling.NamedMonth => "month names (2 June 2025, 02-Jun-25)",
        DateSpelling.Serial => "spreadsheet serial day numbers",
        _ => "not a date",
    };

    /// <summary>The date without a time after it; empty when what follows the date is not a time.</summary>
    private static ReadOnlySpan<char> WithoutTime(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            return text;
        }

        var cut = text[..colon].LastIndexOfAny(' ', 'T');
        if (cut <= 0)
        {
            return default;
        }

        foreach (var ch in text[(cut + 1)..])
        {
            if (!(char.IsAsciiDigit(ch) || ch is ':' or '.' or ' ' or 'Z' or '+' or '-' or 'A' or 'P' or 'M' or 'a' or 'p' or 'm'))
            {
                return default;
            }
        }

        return text[..cut].TrimEnd();
    }

    private static bool IsAllDigits(ReadOnlySpan<char> text, out int dot)
    {
        dot = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '.' && dot < 0 && i > 0 && i < text.Length - 1)
            {
                dot = i;
            }
            else if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static DateParts Digits(ReadOnlySpan<char> text, int dot)
    {
        var whole = dot < 0 ? text : text[..dot];
        if (dot < 0 && whole.Length == 8)
        {
            return new DateParts(DateSpelling.Compact, Number(whole[..4], 4, 4), Number(whole.Slice(4, 2), 2, 2), Number(whole.Slice(6, 2), 2, 2), false);
        }

        // Five digits: the days of 1927 to 2173, where the datasets' dates are (a year alone, 2025, is not taken
        // for a day of 1905). A serial with a fraction is a date and time (45810.5 is noon).
        return whole.Length == 5 && Number(whole, 5, 5) is var n and > 0
            ? new DateParts(DateSpelling.Serial, 0, 0, n, false)
            : default;
    }

    /// <summary>Splits at runs of separators (space, -, /, ., comma); returns the number of tokens (at most 4 counted).</summary>
    private static int Split(ReadOnlySpan<char> text, Span<Range> tokens)
    {
        var count = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var separator = i == text.Length || text[i] is ' ' or '-' or '/' or '.' or ',';
            if (!separator && start < 0)
            {
                start = i;
            }
            else if (separator && start >= 0)
            {
                if (count == tokens.Length)
                {
                    return count + 1;
                }

                tokens[count++] = start..i;
                start = -1;
            }
        }

        return count;
    }

    private static int MonthOf(ReadOnlySpan<char> name)
    {
        if (name.Length < 3)
        {
            return -1;
        }

        Span<char> lower = stackalloc char[Math.Min(name.Length, 9)];
        if (name.Length > 9)
        {
            return -1;
        }

        name.ToLowerInvariant(lower);
        for (var m = 0; m < 12; m++)
        {
            if (lower.StartsWith(Months[m]))
            {
                // "Jun", "June", "Sept", "September": an abbreviation of three letters or more, or the whole name.
                var full = FullName(m);
                if (full.StartsWith(lower, StringComparison.Ordinal))
                {
                    return m + 1;
                }
            }
        }

        return -1;
    }

    private static string FullName(int month) => month switch
    {
        0 => "january",
        1 => "february",
        2 => "march",
        3 => "april",
        4 => "may",
        5 => "june",
        6 => "july",
        7 => "august",
        8 => "september",
        9 => "october",
        10 => "november",
        _ => "december",
    };

    private static (int Year, bool TwoDigits) Year(ReadOnlySpan<char> text) => text.Length switch
    {
        4 => (Number(text, 4, 4), false),
        2 when Number(text, 2, 2) is var yy and >= 0 => (yy < 50 ? 2000 + yy : 1900 + yy, true),
        _ => (-1, false),
    };

    private static int Number(ReadOnlySpan<char> text, int min, int max)
    {
        if (text.Length < min || text.Length > max)
        {
            return -1;
        }

        var n = 0;
        foreach (var ch in text)
        {
            if (!char.IsAsciiDigit(ch))
            {
                return -1;
            }

            n = (n * 10) + (ch - '0');
        }

        return n;
    }
}
