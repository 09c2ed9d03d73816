using ConflictModel.Collections;

namespace ConflictModel.Analysis;

/// <summary>An aggregation's rows, its total, and how many engagements it read: nothing leaves a total unseen.</summary>
/// <remarks>Every engagement read is counted in exactly one row, so the rows' counts and sums add up to <see cref="Total"/>.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record AggregationResult
{
    /// <summary>Gets the options the rows were made with.</summary>
    public required AggregationOptions Options { get; init; }

    /// <summary>Gets one row per group, ordered by their keys (not-assignable values last).</summary>
    public EquatableArray<AggregateRow> Rows { get; init; }

    /// <summary>Gets the sums over every engagement read (its <see cref="AggregateRow.Keys"/> are empty).</summary>
    public required AggregateRow Total { get; init; }

    /// <summary>Gets how many engagements are in rows that some key could not place.</summary>
    public int NotAssignable { get; init; }
}
