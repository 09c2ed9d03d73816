namespace ConflictModel.Sources;

/// <summary>
/// How far a casualty recorder trusts what a source (or one statement) says, on a five-step scale taken
/// from Airwars' grading of civilian-harm claims (confirmed, fair, weak, contested, discounted); higher
/// values are more credible, so grades can be compared (<c>grade &lt; Credibility.Fair</c>).
/// </summary>
/// <remarks>
/// <para>
/// A <see cref="Source"/> carries a default grade and a <see cref="SourcedStatement"/> can override it for
/// one statement (a usually reliable agency relaying an unverified rumour). No grade means no judgement:
/// ungraded estimates are always admitted. The grade is the analyst's, not the source's own claim.
/// </para>
/// <para>
/// The scale lines up with others in use: Security Force Monitor's high / medium / low confidence map to
/// <see cref="Confirmed"/>, <see cref="Fair"/> and <see cref="Weak"/>; Every Casualty Worldwide's standards
/// ask that every figure keep its source and the recorder's confidence in it, which this grade records
/// without dropping anything. Reconciliation policies can set aside estimates below a grade
/// (<see cref="Figures.ReconciliationPolicy.MinimumCredibility"/>), and say so in the reasoning.
/// </para>
/// </remarks>
public enum Credibility
{
    /// <summary>Shown to be wrong or not credible (a fabricated toll, a figure the source itself withdrew); kept for the record.</summary>
    Discounted = 1,

    /// <summary>Disputed by other credible sources, or by the parties, with no way yet to settle it.</summary>
    Contested = 2,

    /// <summary>A single source of limited reliability, uncorroborated.</summary>
    Weak = 3,

    /// <summary>A credible source, or several consistent ones, without independent confirmation.</summary>
    Fair = 4,

    /// <summary>Confirmed: corroborated by several independent credible sources, or acknowledged by the party concerned.</summary>
    Confirmed = 5,
}
