namespace ConflictModel.Analysis;

/// <summary>What a period key (day, week, month, year) does with an engagement whose time window covers more than one period.</summary>
/// <remarks>
/// Either way nothing leaves a total: the engagement is counted in the not-assignable row, or its count is shared
/// out over the periods so that the shares add up exactly to it.
/// </remarks>
public enum CoarseTimeHandling
{
    /// <summary>
    /// The engagement is counted whole in the row whose period is <see langword="null"/>
    /// (<see cref="AggregateRow.NotAssignable"/>): "2025" grouped by month, or 30 May to 1 June grouped by month. The default.
    /// </summary>
    NotAssignable = 1,

    /// <summary>
    /// The engagement's count is spread over the periods its window covers, in proportion to how much of the window
    /// lies in each (a window of all of 2025 by month: 31/365 of it to January, 28/365 to February…). The low, the
    /// best and the high are each shared out by the largest-remainder method: each period gets the whole part of its
    /// proportional share, and what is left (fewer than the number of periods) goes one by one to the periods with the
    /// largest fractions, earlier periods first on a tie, so the shares are whole numbers that add up exactly to the
    /// engagement's. An open high stays open in every share. The engagement is counted in the
    /// <see cref="AggregateRow.Engagements"/> and <see cref="AggregateRow.Spread"/> of each period it reaches.
    /// </summary>
    Spread = 2,
}
