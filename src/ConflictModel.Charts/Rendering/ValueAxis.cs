using System.Xml.Linq;
using static ConflictModel.Charts.Rendering.Svg;

namespace ConflictModel.Charts.Rendering;

/// <summary>Draws a vertical value axis with gridlines, as the series charts use it.</summary>
internal static class ValueAxis
{
    /// <summary>Draws the axis of <paramref name="scale"/> (a vertical scale) at <paramref name="left"/>, its gridlines to <paramref name="right"/>.</summary>
    /// <param name="scale">The scale: <see cref="LinearScale.From"/> is the bottom pixel.</param>
    /// <param name="left">The x of the axis line.</param>
    /// <param name="right">The x where gridlines end.</param>
    /// <param name="title">The axis' title ("killed").</param>
    /// <returns>The axis group: <c>line.tick</c> and <c>text.tick-label</c> per tick.</returns>
    internal static XElement Draw(LinearScale scale, double left, double right, string title)
    {
        var g = E("g", A("class", "axis value-axis"), A("stroke", "#999999"));
        g.Add(E("line", A("class", "axis-line"), A("x1", left), A("y1", scale.From), A("x2", left), A("y2", scale.To)));
        foreach (var tick in scale.Ticks)
        {
            var y = scale.Map(tick);
            g.Add(E("line", A("class", "grid"), A("x1", left), A("y1", y), A("x2", right), A("y2", y), A("stroke", "#eeeeee")));
            g.Add(E("line", A("class", "tick"), A("x1", left - 4), A("y1", y), A("x2", left), A("y2", y)));
            g.Add(E("text", A("class", "tick-label"), A("x", left - 7), A("y", y + 4), A("text-anchor", "end"), A("stroke", "none"), A("fill", "#555555"), Fmt(tick)));
        }

        g.Add(E("text", A("class", "axis-title"), A("x", left), A("y", scale.To - 10), A("text-anchor", "middle"), A("stroke", "none"), A("fill", "#333333"), title));
        return g;
    }
}
