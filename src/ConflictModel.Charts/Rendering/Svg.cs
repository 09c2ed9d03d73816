using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace ConflictModel.Charts.Rendering;

/// <summary>Builds SVG elements with System.Xml.Linq (so every text and attribute is escaped) and writes them deterministically.</summary>
internal static class Svg
{
    /// <summary>The SVG namespace.</summary>
    internal static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>The text size of labels, in pixels.</summary>
    internal const double FontSize = 12;

    /// <summary>Creates an SVG element.</summary>
    /// <param name="name">The element's local name.</param>
    /// <param name="content">Attributes, child elements and text.</param>
    /// <returns>The element.</returns>
    internal static XElement E(string name, params object?[] content) => new(Ns + name, content);

    /// <summary>Creates an attribute whose value is a coordinate or length, written with at most two decimals.</summary>
    /// <param name="name">The attribute's name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The attribute.</returns>
    internal static XAttribute A(string name, double value) => new(name, Fmt(value));

    /// <summary>Creates a text attribute.</summary>
    /// <param name="name">The attribute's name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The attribute.</returns>
    internal static XAttribute A(string name, string value) => new(name, value);

    /// <summary>Formats a number culture-independently with at most two decimals.</summary>
    /// <param name="value">The number.</param>
    /// <returns>Such as "12.5" or "300".</returns>
    internal static string Fmt(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Formats a count culture-independently, with no separators.</summary>
    /// <param name="value">The count.</param>
    /// <returns>Such as "1200".</returns>
    internal static string Fmt(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Creates a text element.</summary>
    /// <param name="x">The anchor's x.</param>
    /// <param name="y">The baseline's y.</param>
    /// <param name="text">The text.</param>
    /// <param name="anchor">start, middle or end.</param>
    /// <param name="content">More attributes or children (a title).</param>
    /// <returns>The element.</returns>
    internal static XElement Text(double x, double y, string text, string anchor = "start", params object?[] content) =>
        E("text", A("x", x), A("y", y), anchor == "start" ? null : A("text-anchor", anchor), content, text);

    /// <summary>Estimates the width of a text in the chart's font (an average character width; no font is measured).</summary>
    /// <param name="text">The text.</param>
    /// <param name="size">The font size.</param>
    /// <returns>The width in pixels.</returns>
    internal static double Width(string text, double size = FontSize) => text.Length * size * 0.6;

    /// <summary>Shortens <paramref name="text"/> to at most <paramref name="max"/> characters, ending in "…" when cut.</summary>
    /// <param name="text">The text.</param>
    /// <param name="max">The most characters; at least 2.</param>
    /// <returns>The text, or its beginning and "…".</returns>
    internal static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    /// <summary>Wraps the elements in an <c>svg</c> root of the size given and writes it as indented UTF-8 text with "\n" line ends.</summary>
    /// <param name="width">The width in pixels.</param>
    /// <param name="height">The height in pixels.</param>
    /// <param name="title">The chart's title (its <c>title</c> element, for screen readers).</param>
    /// <param name="fontFamily">The font family of every text.</param>
    /// <param name="kind">The chart's kind, as the root's <c>class</c>.</param>
    /// <param name="content">The elements.</param>
    /// <returns>The document's text.</returns>
    internal static string Document(double width, double height, string title, string fontFamily, string kind, params object?[] content)
    {
        var root = E(
            "svg",
            A("width", width),
            A("height", height),
            A("viewBox", $"0 0 {Fmt(width)} {Fmt(height)}"),
            A("class", "conflictmodel-chart " + kind),
            A("font-family", fontFamily),
            A("font-size", FontSize),
            E("title", title),
            E("rect", A("class", "background"), A("width", width), A("height", height), A("fill", "#ffffff")),
            content);
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            Encoding = new UTF8Encoding(false),
            OmitXmlDeclaration = false,
        };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            new XDocument(root).Save(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
