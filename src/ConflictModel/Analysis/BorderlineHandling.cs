namespace ConflictModel.Analysis;

/// <summary>What a filter does with an engagement that <see cref="FilterMatch.Possibly"/> meets it.</summary>
/// <remarks>Whichever is chosen, <see cref="FilterTally.Borderline"/> counts them, so none leaves a result unseen.</remarks>
public enum BorderlineHandling
{
    /// <summary>Leave it out (the default): the result holds only what certainly meets the filter.</summary>
    Exclude = 0,

    /// <summary>Keep it, as if it certainly met the filter.</summary>
    Include = 1,

    /// <summary>Keep it, and list its id in <see cref="FilterTally.Flagged"/> so that the caller can show or review it.</summary>
    Flag = 2,
}
