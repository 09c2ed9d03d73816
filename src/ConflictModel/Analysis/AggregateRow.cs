using ConflictModel.Collections;

namespace ConflictModel.Analysis;

/// <summary>The sums of one group: how many engagements, and the sums of their reconciled low, best and high.</summary>
/// <remarks>
/// <para>
/// An engagement's count for the measure is its figure for the whole engagement (subject "all") when it has one;
/// otherwise the sum of its figures for sides, civilians, unknown victims and actors (an actors figure only when no
/// side of those actors has a figure of its own). A figure that is part of another (<c>partOf</c>) is never added,
/// nor a figure with a unit (things, not people).
/// </para>
/// <para>
/// A reconciled range without a best adds its low to <see cref="Best"/>; one without a high, or open-ended
/// ("60+"), adds its low to <see cref="High"/> and makes <see cref="HighOpen"/> true: the true high of the sum is
/// then unknown, and the sum's high is written with a "+".
/// </para>
/// <para>
/// Two options split an engagement over several rows, the sums still adding up to the total: spreading coarse times
/// (<see cref="CoarseTimeHandling.Spread"/>: the engagement is in the row of every period it reaches, see
/// <see cref="Spread"/>), and <see cref="GroupKey.SideRole"/>, under which the count is its parts (figures for sides,
/// civilians, unknown, actors), each in the row of its role, instead of its whole-engagement figure; a whole-engagement
/// figure goes to the not-assignable row when there are no parts, and otherwise what it holds beyond them does: low
/// max(0, whole low − parts' high), best max(0, whole best − parts' best), high max(0, whole high − parts' low), open
/// when the whole's high is. Under either, the rows' <see cref="Engagements"/> can add up to more than the total's.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record AggregateRow
{
    /// <summary>Gets the group's value for each of <see cref="AggregationOptions.Keys"/>, in order; <see langword="null"/> where the engagements could not be placed.</summary>
    public EquatableArray<string?> Keys { get; init; }

    /// <summary>Gets whether some key could not place these engagements (some value of <see cref="Keys"/> is <see langword="null"/>).</summary>
    public bool NotAssignable { get; init; }

    /// <summary>Gets how many engagements the group holds, with or without a figure of the measure.</summary>
    public int Engagements { get; init; }

    /// <summary>Gets how many of them have no figure of the measure (or only figures without estimates); they add nothing to the sums.</summary>
    public int WithoutFigure { get; init; }

    /// <summary>Gets how many have a disputed figure: one whose estimates, from two or more statements, do not all say the same quantity (one statement's best and range are one account).</summary>
    public int Disputed { get; init; }

    /// <summary>Gets how many are counted only in words ("dozens"): every figure they add is a qualitative term.</summary>
    public int QualitativeOnly { get; init; }

    /// <summary>Gets the sum of the reconciled lows.</summary>
    public long Low { get; init; }

    /// <summary>Gets the sum of the reconciled bests (a figure without a best adds its low).</summary>
    public long Best { get; init; }

    /// <summary>Gets the sum of the reconciled highs; a lower bound of the true sum when <see cref="HighOpen"/>.</summary>
    public long High { get; init; }

    /// <summary>Gets whether some figure's high is open or unknown, so that the true high of the sum is above <see cref="High"/>.</summary>
    public bool HighOpen { get; init; }

    /// <summary>
    /// Gets how many of <see cref="Engagements"/> are here only in part: their time covers several periods and
    /// <see cref="CoarseTimeHandling.Spread"/> shared their count out over them. Zero unless spreading. In the total,
    /// how many engagements were spread.
    /// </summary>
    public int Spread { get; init; }
}
