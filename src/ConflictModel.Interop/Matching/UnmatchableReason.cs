namespace ConflictModel.Interop.Matching;

/// <summary>Why an event cannot be matched; it passes through to the merged output unchanged, counted under its reason.</summary>
public enum UnmatchableReason
{
    /// <summary>No site has usable coordinates, so no distance can be measured (problem code <c>match.no-coordinates</c>).</summary>
    NoCoordinates = 1,

    /// <summary>The time covers more days than <see cref="MatchOptions.MaxWindowDays"/> (a year, a span of months; problem code <c>match.time-too-vague</c>).</summary>
    TimeTooVague = 2,

    /// <summary>The engagement has no time at all (only in documents built in code, never read from a valid file; problem code <c>match.no-time</c>).</summary>
    NoTime = 3,
}
