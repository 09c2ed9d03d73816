using System.Globalization;
using System.Text;
using ConflictModel.Collections;

namespace ConflictModel.Figures;

/// <summary>
/// A disputed figure summarised by one policy into low / best / high, with the reasoning kept: which
/// estimates set each bound, which capped it, and which were set aside and why.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReconciledFigure
{
    /// <summary>Gets the figure that was reconciled.</summary>
    public required FigureId FigureId { get; init; }

    /// <summary>Gets the name of the policy used (<see cref="ReconciliationPolicy.Name"/>).</summary>
    public required string Policy { get; init; }

    /// <summary>
    /// Gets the time the figure was reconciled "as of" (only statements reported by the end of it were
    /// used), or <see langword="null"/> when every statement was.
    /// </summary>
    public Time.TemporalExtent? AsOf { get; init; }

    /// <summary>Gets the low end, or <see langword="null"/> when no estimate could be used.</summary>
    public long? Low { get; init; }

    /// <summary>Gets the best value, or <see langword="null"/> when the method gives none (full range) or nothing could be used.</summary>
    public long? Best { get; init; }

    /// <summary>Gets the high end, or <see langword="null"/> when no estimate could be used.</summary>
    public long? High { get; init; }

    /// <summary>Gets a value indicating whether the high end is itself a minimum ("60+").</summary>
    public bool IsOpenEnded { get; init; }

    /// <summary>
    /// Gets the qualitative term when the range rests only on estimates using that one term ("several"),
    /// so that a display can show the word rather than the library's assumed range; otherwise <see langword="null"/>.
    /// </summary>
    public string? QualitativeTerm { get; init; }

    /// <summary>Gets every step of the reasoning, in order: bounds first, then what was considered or set aside.</summary>
    public EquatableArray<EstimateContribution> Contributions { get; init; }

    /// <summary>
    /// Returns the range as an infobox shows it: "30–60+", "6–14", "6", "several", or "unknown" when
    /// nothing could be used. Conservative results show their single value.
    /// </summary>
    /// <returns>A culture-independent text using an en dash.</returns>
    public string ToRangeText()
    {
        if (QualitativeTerm is not null)
        {
            return QualitativeTerm;
        }

        if (Low is not { } low || High is not { } high)
        {
            return "unknown";
        }

        var plus = IsOpenEnded ? "+" : string.Empty;
        return low == high
            ? low.ToString(CultureInfo.InvariantCulture) + plus
            : low.ToString(CultureInfo.InvariantCulture) + "–" + high.ToString(CultureInfo.InvariantCulture) + plus;
    }

    /// <summary>Returns the range and every step of the reasoning, one per line.</summary>
    /// <returns>Plain text such as "6–14 (full range)" or "145 (full range, as of 2025-06-07)" followed by indented lines like "high 14: ...".</returns>
    public string Explain()
    {
        var text = new StringBuilder();
        text.Append(ToRangeText());
        if (Best is { } best)
        {
            text.Append(CultureInfo.InvariantCulture, $", best {best}");
        }

        text.Append(CultureInfo.InvariantCulture, $" ({Policy}{(AsOf is null ? string.Empty : ", as of " + AsOf)})");
        foreach (var step in Contributions)
        {
            text.AppendLine().Append("  ").Append(step.Reason);
        }

        return text.ToString();
    }

    /// <summary>Returns <see cref="ToRangeText"/>.</summary>
    /// <returns>The range as an infobox shows it.</returns>
    public override string ToString() => ToRangeText();
}
