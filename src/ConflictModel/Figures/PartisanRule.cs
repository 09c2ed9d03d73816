namespace ConflictModel.Figures;

/// <summary>
/// What a <see cref="ReconciliationPolicy"/> does with estimates from sources that speak for a side of the
/// engagement (a source affiliated with an actor on that side, directly or through the actor hierarchy).
/// </summary>
/// <remarks>
/// The rule only applies when at least one admitted estimate comes from an independent source: when every
/// number is partisan, the partisan numbers are all there is and are used. It composes with the other
/// admission rules: an estimate set aside for credibility or superseded never counts as independent.
/// </remarks>
public enum PartisanRule
{
    /// <summary>Partisan estimates count like any other.</summary>
    Admit = 1,

    /// <summary>Partisan estimates may set the low and high, but not the best value.</summary>
    SetAsideForBest = 2,

    /// <summary>Partisan estimates are set aside altogether.</summary>
    SetAsideEverywhere = 3,
}
