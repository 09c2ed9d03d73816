using System;
using System.Collections.Generic;
using ConflictModel.Engagements;

namespace ConflictModel.Interop.Csv;

/// <summary>Column lookups shared by the GED and ACLED mappings: positions by name, column sets, and verbatim dataset fields.</summary>
internal static class ColumnTable
{
    /// <summary>Returns the position of <paramref name="name"/> in <paramref name="names"/> (ordinal), or -1.</summary>
    public static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Returns a flag per column, set for <paramref name="columns"/>.</summary>
    public static bool[] Mark(int count, params int[] columns)
    {
        var marks = new bool[count];
        foreach (var c in columns)
        {
            marks[c] = true;
        }

        return marks;
    }

    /// <summary>
    /// The engagement's dataset fields of <paramref name="dataset"/> that apply to the row of
    /// <paramref name="siteIndex"/>, with their column: every known field on the first row, only the
    /// <paramref name="verbatim"/> ones on the rows of further sites.
    /// </summary>
    public static IEnumerable<(int Column, string Value)> FieldsFor(Engagement e, string dataset, IReadOnlyList<string> names, bool[] verbatim, int siteIndex)
    {
        foreach (var field in e.DatasetFields)
        {
            if (!string.Equals(field.Dataset, dataset, StringComparison.Ordinal))
            {
                continue;
            }

            var c = IndexOf(names, field.Name);
            if (c >= 0 && (siteIndex == 0 || verbatim[c]))
            {
                yield return (c, field.Value);
            }
        }
    }
}
