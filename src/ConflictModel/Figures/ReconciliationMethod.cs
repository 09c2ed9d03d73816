namespace ConflictModel.Figures;

/// <summary>The rule a <see cref="ReconciliationPolicy"/> follows to turn estimates into one range.</summary>
public enum ReconciliationMethod
{
    /// <summary>
    /// The full range of all credible claims, as a Wikipedia infobox shows it ("30–60+ killed"): low is
    /// the smallest stated minimum, high the largest stated number (open-ended when that number was itself
    /// a minimum), counting ceilings from related measures; no best value.
    /// </summary>
    FullRange = 1,

    /// <summary>
    /// ACLED-style: the lowest well-supported figure. Independent sources are preferred to sources that
    /// speak for a side; low, best and high are all the smallest stated minimum, capped by any ceiling.
    /// </summary>
    Conservative = 2,

    /// <summary>
    /// UCDP-style low/best/high: low and high as in <see cref="FullRange"/>; best is the smallest value
    /// consistent with every independent estimate and ceiling, or their median when they conflict.
    /// </summary>
    BestEstimate = 3,
}
