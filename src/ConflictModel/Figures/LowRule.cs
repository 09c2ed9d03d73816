namespace ConflictModel.Figures;

/// <summary>How a <see cref="ReconciliationPolicy"/> chooses the low end of a reconciled range.</summary>
public enum LowRule
{
    /// <summary>The smallest stated minimum of the admitted estimates (zero when every one is an "at most"), as an infobox's "30–60+".</summary>
    SmallestStatedMinimum = 1,

    /// <summary>The best value (ACLED's single figure); needs a <see cref="BestRule"/> other than <see cref="BestRule.None"/>.</summary>
    Best = 2,
}
