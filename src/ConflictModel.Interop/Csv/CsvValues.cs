using System;
using System.Globalization;
using System.Text;

namespace ConflictModel.Interop.Csv;

/// <summary>Value helpers shared by the formats: parsing with located errors, stable ids, value comparison.</summary>
internal static class CsvValues
{
    public static long? ParseLong(string column, string value)
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

        throw new RowFormatException(column, value, "csv.not-an-integer", $"'{value}' is not a whole number; expected digits such as 12, or an empty value.");
    }

    public static double? ParseDouble(string column, string value)
    {
        if (value.Length == 0)
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
        {
            return d;
        }

        throw new RowFormatException(column, value, "csv.not-a-number", $"'{value}' is not a decimal number; expected a value such as 16.7666 with a '.' separator.");
    }

    public static string Format(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// Whether two CSV values are the same value: numerically equal when both are numbers (so 31.527200 equals
    /// 31.5272), otherwise ordinally equal.
    /// </summary>
    public static bool SameValue(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
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
}
