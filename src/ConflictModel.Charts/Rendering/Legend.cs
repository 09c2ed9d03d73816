using System.Collections.Generic;
using System.Globalization;
using System.Xml.Linq;
using static ConflictModel.Charts.Rendering.Svg;

namespace ConflictModel.Charts.Rendering;

/// <summary>
/// Draws labels no longer than the options allow: a longer one is shortened and numbered ("A local elected
/// official… [1]"), and the legend under the chart gives it whole ("[1] A local elected official in Timbuktu via
/// Agence France-Presse").
/// </summary>
internal sealed class Legend
{
    private readonly int _max;
    private readonly List<string> _whole = [];
    private readonly Dictionary<string, int> _numbers = [];

    /// <summary>Creates a legend for labels of at most <paramref name="max"/> characters.</summary>
    /// <param name="max">The longest label drawn whole.</param>
    internal Legend(int max) => _max = max;

    /// <summary>Draws a label at (<paramref name="x"/>, <paramref name="y"/>), shortened and numbered when it is too long.</summary>
    /// <param name="text">The whole label.</param>
    /// <param name="x">The x of its start.</param>
    /// <param name="y">The y of its baseline.</param>
    /// <returns>The text element, its <c>data-label</c> holding the whole label; a shortened one inside a group whose <c>title</c> holds it.</returns>
    internal XElement Label(string text, double x, double y)
    {
        if (text.Length <= _max)
        {
            return E("text", A("class", "label"), A("x", x), A("y", y), A("data-label", text), text);
        }

        if (!_numbers.TryGetValue(text, out var number))
        {
            _whole.Add(text);
            number = _whole.Count;
            _numbers.Add(text, number);
        }

        var mark = " [" + number.ToString(CultureInfo.InvariantCulture) + "]";
        // The tooltip is the group's title: a title inside the text element would be drawn as text by some renderers.
        return E("g", A("class", "shortened"), E("title", text), E("text", A("class", "label shortened"), A("x", x), A("y", y), A("data-label", text), Shorten(text, _max - mark.Length) + mark));
    }

    /// <summary>Draws the whole labels of the shortened ones, one line each, from <paramref name="y"/> down.</summary>
    /// <param name="x">The x of the lines' start.</param>
    /// <param name="y">The y to start from; moved past the last line.</param>
    /// <returns>The legend's elements (none when nothing was shortened).</returns>
    internal IEnumerable<XElement> Draw(double x, ref double y)
    {
        var lines = new List<XElement>();
        if (_whole.Count == 0)
        {
            return lines;
        }

        y += 18;
        var g = E("g", A("class", "legend"), Text(x, y, "Names shortened above:", content: A("font-weight", "bold")));
        for (var i = 0; i < _whole.Count; i++)
        {
            y += 16;
            g.Add(E("text", A("class", "legend-entry"), A("x", x), A("y", y), A("data-label", _whole[i]), "[" + (i + 1).ToString(CultureInfo.InvariantCulture) + "] " + _whole[i]));
        }

        lines.Add(g);
        return lines;
    }
}
