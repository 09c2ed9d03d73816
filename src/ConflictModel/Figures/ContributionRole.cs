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

    /// <summary>The estimate was not used for a reason other than those below (no number, a word beside numbers, the policy's own rule); the reason says why.</summary>
    SetAside = 6,

    /// <summary>The estimate was set aside because a later statement superseded it (<see cref="EstimateContribution.SupersededBy"/> names it).</summary>
    Superseded = 7,

    /// <summary>The estimate was set aside because its grade is below the policy's <see cref="ReconciliationPolicy.MinimumCredibility"/>.</summary>
    SetAsideForCredibility = 8,

    /// <summary>
    /// The estimate's source speaks for a side and independent sources gave numbers, so the policy's
    /// <see cref="PartisanRule"/> set it aside: for the best value only (it may still set a bound) or altogether.
    /// </summary>
    SetAsidePartisan = 9,

    /// <summary>The estimate's statement was not (known to be) reported by the "as of" time.</summary>
    NotYetReported = 10,
}
