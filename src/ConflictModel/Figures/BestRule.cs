namespace ConflictModel.Figures;

/// <summary>How a <see cref="ReconciliationPolicy"/> chooses the best value of a reconciled range.</summary>
/// <remarks>
/// "Independent" estimates are the admitted ones left after the policy's <see cref="PartisanRule"/>: with
/// <see cref="PartisanRule.SetAsideForBest"/>, estimates from sources that speak for a side do not
/// decide the best value when any other source gave a number.
/// </remarks>
public enum BestRule
{
    /// <summary>No best value (an infobox's range).</summary>
    None = 1,

    /// <summary>
    /// The smallest stated minimum of the independent estimates, lowered to any killed-or-wounded ceiling
    /// below it (ACLED's "most conservative figure").
    /// </summary>
    SmallestIndependentMinimum = 2,

    /// <summary>
    /// The smallest value consistent with every independent estimate and ceiling (the largest of their
    /// minimums, when it is not above the smallest of their maximums); when they conflict, the median of
    /// their numbers (UCDP's best).
    /// </summary>
    SmallestConsistentValue = 3,
}
