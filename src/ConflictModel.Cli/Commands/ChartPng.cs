using System;
using System.IO;
using ConflictModel.Charts;
using SkiaSharp;
using Svg.Skia;

namespace ConflictModel.Cli.Commands;

/// <summary>
/// Rasterises a chart's SVG to PNG with Svg.Skia (MIT) on SkiaSharp (MIT, native Skia). Only the tool carries these
/// native libraries: the ConflictModel.Charts package writes SVG and has no native dependency (docs/charts.md).
/// </summary>
/// <remarks>
/// Text is drawn with the machine's fonts (the chart asks for DejaVu Sans, then Verdana, Arial, sans-serif), so the
/// PNG's pixels can differ between machines; the SVG is the deterministic form.
/// </remarks>
internal static class ChartPng
{
    /// <summary>Writes <paramref name="chart"/> as a PNG of its own size (one pixel per SVG unit).</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="stream">Where the PNG goes; left open.</param>
    /// <exception cref="InvalidOperationException">The SVG could not be drawn or encoded.</exception>
    internal static void Write(SvgChart chart, Stream stream)
    {
        using var svg = new SKSvg();
        if (svg.FromSvg(chart.Svg) is null || !svg.Save(stream, SKColors.White, SKEncodedImageFormat.Png, 100, 1f, 1f))
        {
            throw new InvalidOperationException("The chart's SVG could not be rasterised to PNG.");
        }
    }
}
