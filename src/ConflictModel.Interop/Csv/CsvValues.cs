using System;
using System.Globalization;
using System.Text;
using NodaTime;

namespace ConflictModel.Interop.Csv;

/// <summary>Value helpers shared by the formats: parsing with located errors, stable ids, value comparison.</summary>
internal static class CsvValues
{
    public static long? ParseLong(string column, string value) => ParseLong(column, value.AsSpan());

    public static long? ParseLong(string column, ReadOnlySpan<char> value)
    {
        if (value.Length == 0)
        {
            return null;
        }

        if (long.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        if (decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d) && d >= long.MinValue && d <= long.MaxValue)
        {
            return (long)d;
        }

        throw new RowFormatException(column, value.ToString(), "csv.not-an-integer", $"'{value}' is not a whole number; expected digits such as 12, or an empty value.");
    }

    public static double? ParseDouble(string column, string value) => ParseDouble(column, value.AsSpan());

    public static double? ParseDouble(string column, ReadOnlySpan<char> value)
    {
        if (value.Length == 0)
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
        {
            return d;
        }

        throw new RowFormatException(column, value.ToString(), "csv.not-a-number", $"'{value}' is not a decimal number; expected a value such as 16.7666 with a '.' separator.");
    }

    /// <summary>
    /// Parses a latitude and a longitude as <see cref="ParseDouble(string, ReadOnlySpan{char})"/> does. A pair the
    /// model cannot hold (a latitude outside −90 to 90 or a longitude outside −180 to 180 degrees) is imported
    /// as no coordinates, with a warning (<c>csv.coordinates-out-of-range</c>); the file's values are then
    /// kept as dataset fields, since the model gives back empty ones.
    /// </summary>
    /// <param name="context">The row, for the warning.</param>
    /// <param name="latitudeColumn">The latitude column's name.</param>
    /// <param name="latitude">The latitude as the file has it.</param>
    /// <param name="longitudeColumn">The longitude column's name.</param>
    /// <param name="longitude">The longitude as the file has it.</param>
    /// <returns>The coordinates, each <see langword="null"/> when empty or when the pair is out of range.</returns>
    /// <exception cref="RowFormatException">A value is not a number.</exception>
    public static (double? Latitude, double? Longitude) ParseCoordinates(
        RowContext context, string latitudeColumn, ReadOnlySpan<char> latitude, string longitudeColumn, ReadOnlySpan<char> longitude)
    {
        var lat = ParseDouble(latitudeColumn, latitude);
        var lon = ParseDouble(longitudeColumn, longitude);
        if (lat is < -90 or > 90)
        {
            WarnOutOfRange(context, latitudeColumn, latitude, "−90 to 90");
            return (null, null);
        }

        if (lon is < -180 or > 180)
        {
            WarnOutOfRange(context, longitudeColumn, longitude, "−180 to 180");
            return (null, null);
        }

        return (lat, lon);
    }

    private static void WarnOutOfRange(RowContext context, string column, ReadOnlySpan<char> value, string range) =>
        context.Warn(column, value.ToString(), "csv.coordinates-out-of-range",
            $"{column} is {value}, outside {range} degrees; the site is imported without coordinates, and the file's latitude and longitude are kept in the engagement's dataset fields.");

    public static string Format(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// Whether two CSV values are the same value: numerically equal when both are numbers (so 31.527200 equals
    /// 31.5272), otherwise ordinally equal.
    /// </summary>
    public static bool SameValue(string a, string b) => SameValue(a.AsSpan(), b.AsSpan());

    /// <summary>The span form of <see cref="SameValue(string, string)"/>.</summary>
    public static bool SameValue(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b))
        {
            return true;
        }

        return a.Length > 0 && b.Length > 0 &&
            decimal.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) &&
            decimal.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y) && x == y;
    }

    /// <summary>
    /// A stable, well-formed id part for a free-text name: a lower-case slug of at most 40 characters plus
    /// 8 hex digits of an FNV-1a hash of the exact name, so different spellings never share an id.
    /// </summary>
    public static string Slug(string name)
    {
        var sb = new StringBuilder(52);
        var dash = false;
        foreach (var ch in name)
        {
            if (sb.Length >= 40)
            {
                break;
            }

            if (ch < 128 && char.IsLetterOrDigit(ch))
            {
                sb.Append(char.ToLowerInvariant(ch));
                dash = false;
            }
            else if (!dash && sb.Length > 0)
            {
                sb.Append('-');
                dash = true;
            }
        }

        if (sb.Length > 0 && sb[^1] != '-')
        {
            sb.Append('-');
        }

        uint hash = 2166136261;
        foreach (var ch in name)
        {
            hash = unchecked((hash ^ ch) * 16777619);
        }

        return sb.Append(hash.ToString("x8", CultureInfo.InvariantCulture)).ToString();
    }

    /// <summary>
    /// Parses exactly <c>yyyy-MM-dd</c> with a year from 1 to 9999, without allocating. Returns
    /// <see langword="false"/> for anything else, which callers hand to NodaTime's ISO pattern, so that its
    /// rules still decide every other text.
    /// </summary>
    public static bool TryParseIsoDate(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        var year = Digits(text[..4]);
        var month = Digits(text.Slice(5, 2));
        var day = Digits(text.Slice(8, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Formats <paramref name="date"/> as <c>yyyy-MM-dd</c> followed by <paramref name="suffix"/>, as NodaTime's ISO pattern writes years 1 to 9999.</summary>
    public static string FormatIsoDate(LocalDate date, string suffix)
    {
        if (date.Year is < 1 or > 9999 || date.Calendar != CalendarSystem.Iso)
        {
            return NodaTime.Text.LocalDatePattern.Iso.Format(date) + suffix;
        }

        return string.Create(10 + suffix.Length, (date, suffix), static (span, state) =>
        {
            WriteIsoDate(span, state.date);
            state.suffix.CopyTo(span[10..]);
        });
    }

    /// <summary>Writes <paramref name="date"/> as <c>yyyy-MM-dd</c> into the first 10 characters of <paramref name="span"/>; false for years outside 1 to 9999.</summary>
    public static bool TryWriteIsoDate(Span<char> span, LocalDate date)
    {
        if (date.Year is < 1 or > 9999 || date.Calendar != CalendarSystem.Iso || span.Length < 10)
        {
            return false;
        }

        WriteIsoDate(span, date);
        return true;
    }

    /// <summary>Appends <paramref name="date"/> as <c>yyyy-MM-dd</c>, as NodaTime's ISO pattern writes it.</summary>
    public static void AppendIsoDate(StringBuilder text, LocalDate date)
    {
        if (date.Year is < 1 or > 9999 || date.Calendar != CalendarSystem.Iso)
        {
            text.Append(NodaTime.Text.LocalDatePattern.Iso.Format(date));
            return;
        }

        Span<char> buffer = stackalloc char[10];
        WriteIsoDate(buffer, date);
        text.Append(buffer);
    }

    /// <summary>Whether <paramref name="value"/> is a number in scientific notation (6.25373E+05, 1e5), as spreadsheets write long numbers.</summary>
    public static bool IsScientific(ReadOnlySpan<char> value)
    {
        var e = value.IndexOfAny('E', 'e');
        if (e <= 0 || e == value.Length - 1)
        {
            return false;
        }

        var exponent = value[(e + 1)..];
        if (exponent[0] is '+' or '-')
        {
            exponent = exponent[1..];
        }

        var mantissa = value[..e];
        return exponent.Length > 0 && !exponent.ContainsAnyExceptInRange('0', '9') &&
            mantissa.Length > 0 && char.IsAsciiDigit(mantissa[0]) && mantissa.IndexOfAnyExcept(DigitsAndPoint) < 0;
    }

    private static readonly System.Buffers.SearchValues<char> DigitsAndPoint = System.Buffers.SearchValues.Create("0123456789.");

    public static bool IsDigits(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        foreach (var ch in value)
        {
            if (ch is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static int Digits(ReadOnlySpan<char> text)
    {
        var n = 0;
        foreach (var ch in text)
        {
            if (ch is < '0' or > '9')
            {
                return -1;
            }

            n = (n * 10) + (ch - '0');
        }

        return n;
    }

    private static void WriteIsoDate(Span<char> span, LocalDate date)
    {
        var (year, month, day) = (date.Year, date.Month, date.Day);
        span[0] = (char)('0' + (year / 1000));
        span[1] = (char)('0' + (year / 100 % 10));
        span[2] = (char)('0' + (year / 10 % 10));
        span[3] = (char)('0' + (year % 10));
        span[4] = '-';
        span[5] = (char)('0' + (month / 10));
        span[6] = (char)('0' + (month % 10));
        span[7] = '-';
        span[8] = (char)('0' + (day / 10));
        span[9] = (char)('0' + (day % 10));
    }
}
