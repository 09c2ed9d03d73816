using System;
using System.Collections.Generic;

namespace ConflictModel.Charts.Rendering;

/// <summary>A linear map from values to pixels, with "nice" ticks (1, 2 or 5 times a power of ten).</summary>
internal sealed class LinearScale
{
    /// <summary>Creates a scale from 0 (or <paramref name="min"/>) to a nice number at or above <paramref name="max"/>.</summary>
    /// <param name="min">The lowest value shown.</param>
    /// <param name="max">The highest value that must fit.</param>
    /// <param name="from">The pixel of the lowest value.</param>
    /// <param name="to">The pixel of the highest value (below <paramref name="from"/> for a vertical axis).</param>
    /// <param name="ticks">About how many ticks are wanted.</param>
    internal LinearScale(double min, double max, double from, double to, int ticks = 6)
    {
        if (!(max > min))
        {
            max = min + 1;
        }

        Step = NiceStep((max - min) / Math.Max(1, ticks));
        Min = Math.Floor(min / Step) * Step;
        Max = Math.Ceiling(max / Step) * Step;
        From = from;
        To = to;
    }

    /// <summary>Gets the lowest value of the axis.</summary>
    internal double Min { get; }

    /// <summary>Gets the highest value of the axis.</summary>
    internal double Max { get; }

    /// <summary>Gets the distance between ticks.</summary>
    internal double Step { get; }

    /// <summary>Gets the pixel of <see cref="Min"/>.</summary>
    internal double From { get; }

    /// <summary>Gets the pixel of <see cref="Max"/>.</summary>
    internal double To { get; }

    /// <summary>Gets the tick values, from <see cref="Min"/> to <see cref="Max"/>.</summary>
    internal IEnumerable<double> Ticks
    {
        get
        {
            var count = (int)Math.Round((Max - Min) / Step);
            for (var i = 0; i <= count; i++)
            {
                yield return Min + (i * Step);
            }
        }
    }

    /// <summary>Maps a value to its pixel.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The pixel.</returns>
    internal double Map(double value) => From + ((value - Min) / (Max - Min) * (To - From));

    private static double NiceStep(double rough)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(rough, 1e-9))));
        var fraction = rough / power;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return Math.Max(1, nice * power);
    }
}
