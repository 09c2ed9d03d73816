using System.Collections.Generic;
using System.Globalization;

namespace ConflictModel.Validation;

/// <summary>
/// Remembers where each id of each kind was first declared, to report later declarations as duplicates.
/// Locations are kept as numbers and turned into paths only for a duplicate.
/// </summary>
internal sealed class IdRegistry
{
    private readonly Dictionary<string, (int Engagement, int Item)>[] _seen = new Dictionary<string, (int, int)>[8];

    /// <summary>Registers an id; returns the first declaration's path when the id was already declared, otherwise null.</summary>
    public string? Register(IdKind kind, string? id, int engagement, int item)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var map = _seen[(int)kind] ??= new Dictionary<string, (int, int)>(System.StringComparer.Ordinal);
        if (map.TryGetValue(id, out var first))
        {
            return PathOf(kind, first.Engagement, first.Item);
        }

        map.Add(id, (engagement, item));
        return null;
    }

    /// <summary>Gets the path of an item's id; <paramref name="engagement"/> below zero means relative to the engagement being validated.</summary>
    public static string PathOf(IdKind kind, int engagement, int item)
    {
        var collection = kind switch
        {
            IdKind.Actor => "Actors",
            IdKind.Source => "Sources",
            IdKind.Engagement => "Engagements",
            IdKind.Side => "Sides",
            IdKind.Site => "Sites",
            IdKind.Statement => "Statements",
            IdKind.Figure => "Figures",
            _ => "Incidents",
        };
        var own = string.Create(CultureInfo.InvariantCulture, $"{collection}[{item}].Id");
        return kind <= IdKind.Engagement || engagement < 0 ? own : string.Create(CultureInfo.InvariantCulture, $"Engagements[{engagement}].{own}");
    }

    public static string Describe(IdKind kind) => kind.ToString().ToLowerInvariant();
}
