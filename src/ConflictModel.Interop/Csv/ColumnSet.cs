using System;
using System.Collections.Generic;
using System.Linq;

namespace ConflictModel.Interop.Csv;

/// <summary>
/// The columns of a format: current names in their canonical order, each with the historical names it has
/// had. Matching a header is by name, ignoring case and surrounding spaces, never by position.
/// </summary>
internal sealed class ColumnSet
{
    private readonly Dictionary<string, int> _byName = new(StringComparer.OrdinalIgnoreCase);

    public ColumnSet(IReadOnlyList<string> names, IReadOnlyDictionary<string, string[]> historical, IReadOnlyCollection<string> required)
    {
        Names = names;
        Required = required;
        for (var i = 0; i < names.Count; i++)
        {
            _byName[names[i]] = i;
        }

        foreach (var (current, olds) in historical)
        {
            foreach (var old in olds)
            {
                _byName[old] = _byName[current];
            }
        }
    }

    public IReadOnlyList<string> Names { get; }

    public IReadOnlyCollection<string> Required { get; }

    /// <summary>Binds a header: returns the file index of each known column (-1 when missing) and the unknown columns' indexes.</summary>
    public (int[] Indexes, List<(int Index, string Name)> Unknown) Bind(IReadOnlyList<string> header, HeaderReport report)
    {
        var indexes = Enumerable.Repeat(-1, Names.Count).ToArray();
        var unknown = new List<(int, string)>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (_byName.TryGetValue(name, out var c) && indexes[c] < 0)
            {
                indexes[c] = i;
                if (!string.Equals(name, Names[c], StringComparison.Ordinal))
                {
                    report.Renamed.Add(name + " → " + Names[c]);
                }
            }
            else
            {
                unknown.Add((i, header[i]));
                report.Unknown.Add(header[i]);
            }
        }

        for (var c = 0; c < Names.Count; c++)
        {
            if (indexes[c] < 0)
            {
                report.Missing.Add(Names[c]);
            }
        }

        var missingRequired = Required.Where(r => indexes[_byName[r]] < 0).ToList();
        if (missingRequired.Count > 0)
        {
            throw new RowFormatException(
                null,
                string.Join(",", header),
                "csv.missing-columns",
                "The header lacks the required column(s) " + string.Join(", ", missingRequired.Select(m => "'" + m + "'")) +
                ". Columns are matched by name (ignoring case), including their historical names; check the file's first line.");
        }

        return (indexes, unknown);
    }
}
