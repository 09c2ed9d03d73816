namespace ConflictModel.Time;

/// <summary>How a source qualified a time: exactly, approximately, or as a bound.</summary>
public enum TemporalQualifier
{
    /// <summary>The time is as stated, within its precision ("on 2 June 2025").</summary>
    Exact = 1,

    /// <summary>The time is approximate ("at around 10am", "about a week prior").</summary>
    Approximate = 2,

    /// <summary>The event happened before the stated time ("before 2 June"); the extent's start is an upper bound.</summary>
    Before = 3,

    /// <summary>The event happened after the stated time ("after midnight"); the extent's start is a lower bound.</summary>
    After = 4,
}
