using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.IO;

namespace ConflictModel.Interop.Wikipedia;

/// <summary>
/// Gives one name to one claimant: "Ukrainian", "the Ukraine", "Ukrainian government" and "Ukraine" are all
/// "Ukraine"; "Soviet", "USSR" and "Soviet archives" are "Soviet Union". The table (Claimants.tsv, embedded) lists
/// the countries of ISO 3166-1 with their demonyms and adjectives, and the historical states and alliances that
/// infoboxes of past wars name.
/// </summary>
/// <remarks>
/// A claim is looked up as written, then without a leading "the", a possessive "'s" and a trailing word for the
/// claimant's institutions ("government", "military", "forces", "sources", "Ministry of Defence"...): "Russian
/// Ministry of Defence" is Russia. A claim the table does not know is kept as written ("the army", "Hamas officials").
/// </remarks>
/// <threadsafety>Immutable after first use; safe to call from several threads.</threadsafety>
internal static class CasualtyClaimants
{
    /// <summary>Words after a country's name or adjective that name its institutions rather than another claimant.</summary>
    private static readonly string[] Institutions =
    [
        "ministry of defence", "ministry of defense", "defence ministry", "defense ministry", "general staff", "armed forces", "state media",
        "government", "govt", "military", "forces", "army", "officials", "official", "authorities", "sources", "source", "side", "media",
        "mod", "command", "estimates", "estimate", "figures", "claims", "claim", "intelligence", "press", "records", "archives",
    ];

    private static readonly Lazy<FrozenDictionary<string, string>> Table = new(Load);

    /// <summary>Gets the number of names (canonical and other) the table knows.</summary>
    public static int Count => Table.Value.Count;

    /// <summary>Gets the one name for <paramref name="claimant"/>, or the claimant as written (trimmed) when the table does not know it.</summary>
    /// <param name="claimant">A claimant as an infobox wrote it.</param>
    /// <returns>The normalised name.</returns>
    public static string Normalise(string claimant) => TryFind(claimant, out var name) ? name : claimant.Trim();

    /// <summary>Gets a value indicating whether the table knows <paramref name="claimant"/> in one of its forms.</summary>
    /// <param name="claimant">A claimant as written.</param>
    /// <returns>Whether it is a known country, state, alliance or organisation.</returns>
    public static bool IsKnown(string claimant) => TryFind(claimant, out _);

    private static bool TryFind(string claimant, out string name)
    {
        var key = claimant.Trim();
        var table = Table.Value;
        if (table.TryGetValue(key, out name!))
        {
            return true;
        }

        if (key.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            key = key[4..].TrimStart();
        }

        if (key.EndsWith("'s", StringComparison.Ordinal) || key.EndsWith("’s", StringComparison.Ordinal))
        {
            key = key[..^2];
        }

        if (table.TryGetValue(key, out name!))
        {
            return true;
        }

        foreach (var institution in Institutions)
        {
            if (key.Length > institution.Length + 1 && key.EndsWith(institution, StringComparison.OrdinalIgnoreCase) && key[^(institution.Length + 1)] == ' ')
            {
                var country = key[..^(institution.Length + 1)].TrimEnd();
                if (country.EndsWith("'s", StringComparison.Ordinal) || country.EndsWith("’s", StringComparison.Ordinal))
                {
                    country = country[..^2];
                }

                if (table.TryGetValue(country, out name!))
                {
                    return true;
                }
            }
        }

        name = string.Empty;
        return false;
    }

    private static FrozenDictionary<string, string> Load()
    {
        using var stream = typeof(CasualtyClaimants).Assembly.GetManifestResourceStream("ConflictModel.Interop.Wikipedia.Claimants.tsv")
            ?? throw new InvalidOperationException("The embedded resource ConflictModel.Interop.Wikipedia.Claimants.tsv is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            var canonical = columns[0];
            names.TryAdd(canonical, canonical);
            if (columns.Length > 1)
            {
                foreach (var other in columns[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    names.TryAdd(other, canonical);
                }
            }
        }

        return names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
