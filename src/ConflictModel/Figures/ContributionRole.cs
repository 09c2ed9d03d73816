namespace ConflictModel.Figures;

/// <summary>What one estimate did in a reconciliation.</summary>
public enum ContributionRole
{
    /// <summary>The estimate set the low end of the range.</summary>
    SetsLow = 1,

    /// <summary>The estimate set the high end of the range.</summary>
    SetsHigh = 2,

    /// <summary>The estimate set the best value.</summary>
    SetsBest = 3,

    /// <summary>An estimate of a related measure capped the value (killed ≤ killed-or-wounded).</summary>
    Caps = 4,

    /// <summary>The estimate was taken into account without setting a bound.</summary>
    Considered = 5,

    /// <summary>The estimate was not used; the reason says why.</summary>
    SetAside = 6,
}
