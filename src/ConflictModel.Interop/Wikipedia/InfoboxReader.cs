using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConflictModel.Collections;

namespace ConflictModel.Interop.Wikipedia;

/// <summary>
/// Reads a Wikipedia <c>{{Infobox military conflict ...}}</c> block into <see cref="InfoboxData"/>: name,
/// wider conflict, date with its precision, place, result, and per numbered column the combatants,
/// commanders and units (flags and link targets stripped to names) and the strength and casualty fields
/// parsed by <see cref="CasualtyParser"/>.
/// </summary>
/// <remarks>
/// Nested templates, links, references and comments inside values are handled: a <c>|</c> inside
/// <c>{{...}}</c>, <c>[[...]]</c> or <c>&lt;ref&gt;...&lt;/ref&gt;</c> does not end a parameter. Unknown
/// parameters are kept in <see cref="InfoboxData.Parameters"/>.
/// </remarks>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class InfoboxReader
{
    private static readonly string[] TemplateNames = ["infobox military conflict", "infobox military operation", "infobox battle", "warbox"];

    /// <summary>Finds the first military-conflict infobox in <paramref name="wikitext"/> and reads it.</summary>
    /// <param name="wikitext">An article's wikitext, or just the infobox block.</param>
    /// <returns>The infobox's data, or <see langword="null"/> when there is no such infobox.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="wikitext"/> is <see langword="null"/>.</exception>
    public static InfoboxData? Read(string wikitext)
    {
        ArgumentNullException.ThrowIfNull(wikitext);
        var start = FindInfobox(wikitext);
        if (start < 0)
        {
            return null;
        }

        var end = WikitextCleaner.FindTemplateEnd(wikitext, start, wikitext.Length);
        var innerEnd = end < 0 ? wikitext.Length : end - 2;
        var parts = WikitextCleaner.SplitParts(wikitext, start + 2, innerEnd);
        var parameters = new List<InfoboxParameter>();
        foreach (var (partStart, partEnd) in parts.Skip(1))
        {
            var part = wikitext[partStart..partEnd];
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                parameters.Add(InfoboxParameter.Of(part[..eq], part[(eq + 1)..]));
            }
        }

        return FromParameters(parameters);
    }

    /// <summary>Reads infobox data from parameters already separated (from another parser, or a list such as "Casualties1: 30-60+ killed").</summary>
    /// <param name="parameters">The parameters; names are matched ignoring case and surrounding spaces.</param>
    /// <returns>The infobox's data; never <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is <see langword="null"/>.</exception>
    public static InfoboxData FromParameters(IEnumerable<InfoboxParameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var list = parameters.Where(p => p is not null).Select(p => InfoboxParameter.Of(p.Name, p.Value)).ToList();
        string? Raw(string name) => list.LastOrDefault(p => p.Name == name && p.Value.Length > 0)?.Value;
        string? Plain(string name) => Raw(name) is { } raw && WikitextCleaner.ToPlainText(raw) is { Length: > 0 } text ? text : null;

        var sides = new List<InfoboxSide>();
        for (var n = 1; n <= 3; n++)
        {
            var suffix = n.ToString(CultureInfo.InvariantCulture);
            var side = new InfoboxSide
            {
                Number = n,
                Combatants = Names(Raw("combatant" + suffix)),
                Commanders = Names(Raw("commander" + suffix)),
                Units = Names(Raw("units" + suffix)),
                Strength = Raw("strength" + suffix) is { } strength ? CasualtyParser.Parse(strength) : null,
                Casualties = Raw("casualties" + suffix) is { } casualties ? CasualtyParser.Parse(casualties) : null,
            };
            if (!side.Combatants.IsEmpty || !side.Commanders.IsEmpty || !side.Units.IsEmpty || side.Strength is not null || side.Casualties is not null)
            {
                sides.Add(side);
            }
        }

        var dateText = Plain("date");
        return new InfoboxData
        {
            Parameters = EquatableArray.From(list),
            Name = Plain("conflict"),
            PartOf = Plain("partof"),
            DateText = dateText,
            Date = dateText is null ? null : InfoboxDateParser.Parse(dateText),
            Place = Plain("place"),
            Result = Plain("result"),
            Sides = EquatableArray.From(sides),
        };
    }

    /// <summary>Splits a combatant, commander or unit field into names: one per line or list item, or per comma when the field has no line breaks.</summary>
    private static EquatableArray<string> Names(string? raw)
    {
        if (raw is null)
        {
            return [];
        }

        var text = WikitextCleaner.Clean(raw).Text;
        var pieces = text.Contains('\n', StringComparison.Ordinal) ? text.Split('\n') : text.Split(',');
        var names = new List<string>();
        foreach (var piece in pieces)
        {
            var name = string.Join(' ', piece.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim().TrimEnd(',', ';').Trim();
            if (name.EndsWith(" KIA", StringComparison.Ordinal))
            {
                name = name[..^4].TrimEnd();
            }

            if (name.Length == 0 || (name.StartsWith('(') && name.EndsWith(')')))
            {
                continue;
            }

            names.Add(name);
        }

        return EquatableArray.From(names);
    }

    private static int FindInfobox(string wikitext)
    {
        var i = 0;
        while ((i = wikitext.IndexOf("{{", i, StringComparison.Ordinal)) >= 0)
        {
            var j = i + 2;
            var k = j;
            while (k < wikitext.Length && wikitext[k] is not ('|' or '}' or '\n'))
            {
                k++;
            }

            var name = wikitext[j..k].Trim().Replace('_', ' ');
            if (TemplateNames.Any(t => name.Equals(t, StringComparison.OrdinalIgnoreCase)))
            {
                return i;
            }

            i = j;
        }

        return -1;
    }
}
