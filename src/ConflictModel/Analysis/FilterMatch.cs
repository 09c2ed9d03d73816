namespace ConflictModel.Analysis;

/// <summary>What a filter says of one engagement, given what is known of its time, places and actors.</summary>
public enum FilterMatch
{
    /// <summary>The engagement certainly does not meet the filter (a time window wholly outside the range, every site certainly outside the area).</summary>
    No = 0,

    /// <summary>The engagement certainly meets the filter.</summary>
    Yes = 1,

    /// <summary>
    /// The engagement may meet it: its time window straddles the range ("June 2025" against 1–10 June), a site's
    /// spatial precision straddles the area's edge, or the facts the filter needs are unknown (no coordinates, no
    /// country). What happens to it is the caller's <see cref="BorderlineHandling"/>.
    /// </summary>
    Possibly = 2,
}
