using ConflictModel.Collections;
using ConflictModel.Engagements;
using ConflictModel.Figures;

namespace ConflictModel.Interop.Matching;

/// <summary>
/// How far the inputs disagree on one figure of one merged engagement: each input's count, the highest over the
/// lowest, and which input is the higher.
/// </summary>
/// <remarks>
/// An input's count is its estimates' point value: an exact or "about" value first, else the middle of a range
/// (rounded down), else an "at least" value, else a qualitative term's low (docs/matching.md).
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record FigureDisagreement
{
    /// <summary>Gets the merged engagement's id.</summary>
    public required EngagementId EngagementId { get; init; }

    /// <summary>Gets the merged figure's id.</summary>
    public required FigureId FigureId { get; init; }

    /// <summary>Gets what the figure counts.</summary>
    public required Measure Measure { get; init; }

    /// <summary>Gets whose the figure is, as text (all, civilians, side:ID…).</summary>
    public required string Subject { get; init; }

    /// <summary>Gets each input's count, in input order.</summary>
    public required EquatableArray<InputCount> Counts { get; init; }

    /// <summary>Gets the lowest count.</summary>
    public long Lowest { get; init; }

    /// <summary>Gets the highest count.</summary>
    public long Highest { get; init; }

    /// <summary>Gets the highest count over the lowest: 1 when they agree (0 and 0 included); null when the lowest is 0 and the highest is not.</summary>
    public double? Ratio { get; init; }

    /// <summary>Gets the inputs whose count is the highest (several when tied; all when every count is equal).</summary>
    public required EquatableArray<int> HighestInputs { get; init; }
}
