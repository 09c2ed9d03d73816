using System;
using System.IO;
using System.Text;
using ConflictModel.Collections;

namespace ConflictModel.Charts;

/// <summary>A chart drawn as an SVG document, with what it could not draw said beside it.</summary>
/// <remarks>
/// The SVG is deterministic (the same input gives the same bytes on every machine): numbers are written
/// culture-independently with at most two decimals and lines end in "\n". Each drawn element carries a
/// <c>class</c> (<c>estimate</c>, <c>policy-band</c>, <c>series-best</c>, <c>site</c>...) and <c>data-*</c>
/// attributes with the values it shows, so a program can read a chart back.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record SvgChart
{
    /// <summary>Gets the SVG document's text (UTF-8 when written), starting with the XML declaration.</summary>
    public required string Svg { get; init; }

    /// <summary>Gets the width of the picture in pixels.</summary>
    public required double Width { get; init; }

    /// <summary>Gets the height of the picture in pixels.</summary>
    public required double Height { get; init; }

    /// <summary>
    /// Gets what the chart holds but could not draw as a mark, each as a sentence (also written in the picture):
    /// "2 engagements have no site with coordinates", "1 engagement could not be placed in a month".
    /// </summary>
    public EquatableArray<string> Notes { get; init; }

    /// <summary>Writes the SVG as UTF-8 without a byte-order mark.</summary>
    /// <param name="stream">Where it goes; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = new UTF8Encoding(false).GetBytes(Svg);
        stream.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Returns <see cref="Svg"/>.</summary>
    /// <returns>The SVG document's text.</returns>
    public override string ToString() => Svg;
}
