using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Engagements;
using ConflictModel.Figures;

namespace ConflictModel.Interop.Matching;

/// <summary>How far the inputs' counts of a merged figure disagree, and over all figures.</summary>
internal static class Disagreement
{
    /// <summary>The disagreement on one merged figure, or null when fewer than two inputs count it.</summary>
    public static FigureDisagreement? Of(EngagementId engagement, DisputedFigure figure, List<(int Input, Engagement Member, Estimate[] Estimates)> by)
    {
        // An input with several members (the daily events an episode gathered) counts their sum.
        var counts = new SortedDictionary<int, long>();
        foreach (var (input, _, estimates) in by)
        {
            if (PointValue(estimates) is { } n)
            {
                counts[input] = counts.GetValueOrDefault(input) + n;
            }
        }

        if (counts.Count < 2)
        {
            return null;
        }

        var low = counts.Values.Min();
        var high = counts.Values.Max();
        return new FigureDisagreement
        {
            EngagementId = engagement,
            FigureId = figure.Id,
            Measure = figure.Measure,
            Subject = figure.Subject?.ToString() ?? "unknown",
            Counts = counts.Select(c => new InputCount(c.Key, c.Value)).ToArray(),
            Lowest = low,
            Highest = high,
            Ratio = high == 0 ? 1 : low == 0 ? null : Math.Round((double)high / low, 4),
            HighestInputs = counts.Where(c => c.Value == high).Select(c => c.Key).ToArray(),
        };
    }

    /// <summary>
    /// One input's count from its estimates of a figure: an exact or "about" value first, else the middle of a range
    /// (rounded down), else an "at least" value, else a qualitative term's low; null when there is none of these.
    /// </summary>
    public static long? PointValue(IReadOnlyList<Estimate> estimates)
    {
        long? range = null, atLeast = null, term = null;
        foreach (var e in estimates)
        {
            var q = e.Quantity;
            switch (q?.Form)
            {
                case QuantityForm.Exact or QuantityForm.About when q.Value is { } v:
                    return v;
                case QuantityForm.Range when q.Low is { } l:
                    range ??= q.High is { } h && !q.OpenEnded ? l + ((h - l) / 2) : l;
                    break;
                case QuantityForm.AtLeast when q.Value is { } v:
                    atLeast ??= v;
                    break;
                case QuantityForm.Qualitative when q.Low is { } l:
                    term ??= l;
                    break;
            }
        }

        return range ?? atLeast ?? term;
    }

    public static DisagreementSummary Summarise(IReadOnlyList<FigureDisagreement> figures, int inputs)
    {
        var ratios = figures.Where(f => f.Ratio is not null).Select(f => f.Ratio!.Value).Order().ToArray();
        var alone = new long[inputs];
        foreach (var f in figures)
        {
            if (f.HighestInputs.Count == 1 && f.Counts.Count > 1 && f.Lowest != f.Highest)
            {
                alone[f.HighestInputs[0]]++;
            }
        }

        return new DisagreementSummary
        {
            Compared = figures.Count,
            Equal = figures.LongCount(f => f.Lowest == f.Highest),
            ZeroAgainstNonZero = figures.LongCount(f => f.Ratio is null),
            TwiceOrMore = ratios.LongCount(r => r >= 2),
            MedianRatio = ratios.Length == 0 ? null : ratios.Length % 2 == 1 ? ratios[ratios.Length / 2] : (ratios[(ratios.Length / 2) - 1] + ratios[ratios.Length / 2]) / 2,
            MaxRatio = ratios.Length == 0 ? null : ratios[^1],
            HighestAlone = alone,
        };
    }
}
