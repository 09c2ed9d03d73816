using System;
using System.Linq;
using ConflictModel.Collections;
using ConflictModel.Figures;

namespace ConflictModel.Analysis;

/// <summary>What an aggregation counts, under which reconciliation policy, grouped by which keys.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record AggregationOptions
{
    /// <summary>Gets what is counted (killed, wounded...): each engagement's figures of this measure.</summary>
    public required Measure Measure { get; init; }

    /// <summary>
    /// Gets the policy that reconciles each figure into the low, best and high that are summed. The default is
    /// <see cref="ReconciliationPolicy.BestEstimate"/> (UCDP's low, best and high).
    /// </summary>
    public ReconciliationPolicy Policy { get; init; } = ReconciliationPolicy.BestEstimate;

    /// <summary>Gets the keys rows are grouped by, in the order of <see cref="AggregateRow.Keys"/>; none gives one row.</summary>
    /// <remarks>At most one of them is a period (day, week, month, year), and none is repeated.</remarks>
    public EquatableArray<GroupKey> Keys { get; init; }

    /// <summary>
    /// Gets what a period key does with an engagement whose time covers several periods: a not-assignable row (the
    /// default, <see cref="CoarseTimeHandling.NotAssignable"/>) or shares spread over the periods
    /// (<see cref="CoarseTimeHandling.Spread"/>). Without a period key it changes nothing.
    /// </summary>
    public CoarseTimeHandling CoarseTime { get; init; } = CoarseTimeHandling.NotAssignable;

    /// <summary>Throws when the keys cannot make a grouping: an undefined key, a key given twice, two periods.</summary>
    /// <exception cref="ArgumentException">The keys are not a grouping; the message names the key and the valid ones.</exception>
    internal void Check()
    {
        foreach (var key in Keys)
        {
            if (!Enum.IsDefined(key))
            {
                throw new ArgumentException($"{(int)key} is not a group key; the keys are {string.Join(", ", Enum.GetNames<GroupKey>())}.", nameof(Keys));
            }
        }

        if (!Enum.IsDefined(CoarseTime))
        {
            throw new ArgumentException($"{(int)CoarseTime} is not a way to handle coarse times; they are {string.Join(", ", Enum.GetNames<CoarseTimeHandling>())}.", nameof(CoarseTime));
        }

        if (Keys.GroupBy(k => k).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new ArgumentException($"The key {repeated.Key} is given twice; give each key once.", nameof(Keys));
        }

        if (Keys.Count(IsPeriod) > 1)
        {
            throw new ArgumentException($"The keys name {Keys.Count(IsPeriod)} periods ({string.Join(", ", Keys.Where(IsPeriod))}); group by one period at a time.", nameof(Keys));
        }
    }

    internal static bool IsPeriod(GroupKey key) => key is GroupKey.Day or GroupKey.Week or GroupKey.Month or GroupKey.Year;
}
