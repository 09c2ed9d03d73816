namespace ConflictModel.Figures;

/// <summary>How a <see cref="ReconciliationPolicy"/> chooses the high end of a reconciled range.</summary>
public enum HighRule
{
    /// <summary>
    /// The largest stated number of the admitted estimates and killed-or-wounded ceilings, open-ended
    /// ("60+") when that number was itself a minimum.
    /// </summary>
    LargestStatedNumber = 1,

    /// <summary>The best value (ACLED's single figure); needs a <see cref="BestRule"/> other than <see cref="BestRule.None"/>.</summary>
    Best = 2,
}
