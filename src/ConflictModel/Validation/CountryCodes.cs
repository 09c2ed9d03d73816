using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ConflictModel.Validation;

/// <summary>
/// The officially assigned ISO 3166-1 alpha-2 country codes (249 codes, current as of ISO/TC 46 N1108,
/// 2023-04-05).
/// </summary>
/// <remarks>
/// The list is the embedded file <c>Validation/iso3166.tab</c>, copied verbatim from the IANA time-zone
/// database (tzdata 2025b, file <c>iso3166.tab</c>, public domain; https://www.iana.org/time-zones), which
/// tracks the ISO 3166 Maintenance Agency. User-assigned codes such as <c>XK</c> (Kosovo) are not in it.
/// To update, replace the file with the newer tzdata's <c>iso3166.tab</c>.
/// </remarks>
internal static class CountryCodes
{
    private static readonly FrozenSet<string> Codes = Load();

    /// <summary>Gets the number of codes known.</summary>
    public static int Count => Codes.Count;

    /// <summary>Gets every assigned code, in order.</summary>
    public static IEnumerable<string> All => Codes.Order(StringComparer.Ordinal);

    /// <summary>Tells whether <paramref name="code"/> is an assigned alpha-2 code, upper case, exactly.</summary>
    /// <param name="code">The code to check.</param>
    /// <returns><see langword="true"/> for an assigned code.</returns>
    public static bool IsAssigned(string? code) => code is { Length: 2 } && Codes.Contains(code);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CountryCodes).Assembly.GetManifestResourceStream("ConflictModel.Validation.iso3166.tab")
            ?? throw new InvalidOperationException("The embedded ISO 3166 list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var codes = new List<string>(256);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length >= 3 && line[0] != '#' && line[2] == '\t')
            {
                codes.Add(line[..2]);
            }
        }

        return codes.ToFrozenSet(StringComparer.Ordinal);
    }
}
