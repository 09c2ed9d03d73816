namespace ConflictModel.Interop.Matching;

/// <summary>What one input brought to a match: its events, those that could not be matched and why, those matched.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record InputTally
{
    /// <summary>Gets the input's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the engagements read.</summary>
    public long Events { get; init; }

    /// <summary>Gets the events without a site with usable coordinates (passed through unmatched).</summary>
    public long NoCoordinates { get; init; }

    /// <summary>Gets the events whose time is longer than <see cref="MatchOptions.MaxWindowDays"/> (passed through unmatched).</summary>
    public long TimeTooVague { get; init; }

    /// <summary>Gets the events without a time (passed through unmatched).</summary>
    public long NoTime { get; init; }

    /// <summary>Gets the events matched to at least one event of another input.</summary>
    public long Matched { get; init; }

    /// <summary>Gets a value indicating whether the input's ids collided with an earlier input's and were qualified with <see cref="Label"/>.</summary>
    public bool Qualified { get; init; }

    /// <summary>Gets the label that qualifies the input's ids when they collide (<c>in1</c>, <c>in2</c>… by position).</summary>
    public required string Label { get; init; }
}
