using System;

namespace ConflictModel.Charts;

/// <summary>How a chart looks: its width, its font, and how long a label may be before it is shortened.</summary>
/// <remarks>
/// A chart's height follows from what it holds (the claims chart grows a row per estimate and policy). Labels
/// longer than <see cref="MaxLabelLength"/> are shortened with "…" in the picture and given whole in the legend
/// under it (and in a <c>title</c> tooltip on the shortened text), so no name is lost.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ChartOptions
{
    private readonly double _width = 960;
    private readonly int _maxLabelLength = 36;
    private readonly string _fontFamily = "DejaVu Sans, Verdana, Arial, sans-serif";

    /// <summary>Gets the default options: 960 pixels wide, labels shortened past 36 characters.</summary>
    public static ChartOptions Default { get; } = new();

    /// <summary>Gets the width of the picture in pixels. The default is 960; at least 480. The claims chart is drawn wider when a value or range text right of its rows would not fit, so that no such text is cut at the edge.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 480 or not finite.</exception>
    public double Width
    {
        get => _width;
        init => _width = double.IsFinite(value) && value >= 480 ? value : throw new ArgumentOutOfRangeException(nameof(Width), value, "A chart is at least 480 pixels wide.");
    }

    /// <summary>Gets the longest label drawn whole; longer ones are shortened and listed whole in the legend. The default is 36; at least 8.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 8.</exception>
    public int MaxLabelLength
    {
        get => _maxLabelLength;
        init => _maxLabelLength = value >= 8 ? value : throw new ArgumentOutOfRangeException(nameof(MaxLabelLength), value, "A label may be shortened to no fewer than 8 characters.");
    }

    /// <summary>Gets the CSS font-family list of every text. The default is "DejaVu Sans, Verdana, Arial, sans-serif".</summary>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    public string FontFamily
    {
        get => _fontFamily;
        init => _fontFamily = !string.IsNullOrWhiteSpace(value) ? value : throw new ArgumentException("A font family is needed.", nameof(FontFamily));
    }
}
