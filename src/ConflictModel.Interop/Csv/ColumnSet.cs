using System;
using System.Collections.Generic;
using System.Globalization;
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
    public (int[] Indexes, List<(int Index, string Name, bool Unnamed)> Unknown) Bind(IReadOnlyList<string> header, HeaderReport report)
    {
        CheckNames(header);
        var indexes = Enumerable.Repeat(-1, Names.Count).ToArray();
        var unknown = new List<(int, string, bool)>();
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
            else if (name.Length == 0)
            {
                // A column without a name (a trailing separator, say): its values become dataset fields named
                // after its position, and only where a row has one.
                var position = "column " + (i + 1).ToString(CultureInfo.InvariantCulture);
                unknown.Add((i, position, true));
                report.Unknown.Add(position + " (no name)");
            }
            else
            {
                unknown.Add((i, header[i], false));
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

    /// <summary>
    /// Rejects a header whose names the import could not keep apart or keep at all: the same name twice
    /// (ignoring case and surrounding spaces, as columns are matched), or a name longer than a dataset field's
    /// name can be (<see cref="ModelText.ShortText"/> characters).
    /// </summary>
    private static void CheckNames(IReadOnlyList<string> header)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (name.Length > ModelText.ShortText)
            {
                throw new RowFormatException(null, header[i], "csv.column-name-too-long", string.Create(CultureInfo.InvariantCulture,
                    $"Column {i + 1}'s name has {name.Length} characters; names of at most {ModelText.ShortText} can be kept."));
            }

            if (name.Length > 0 && !seen.TryAdd(name, i))
            {
                throw new RowFormatException(null, header[i], "csv.duplicate-column", string.Create(CultureInfo.InvariantCulture,
                    $"The header names '{name}' twice, as columns {seen[name] + 1} and {i + 1}; a value could not be told from the other. Rename or remove one."));
            }
        }
    }
}
