using System;

namespace ConflictModel.Figures;

/// <summary>
/// How to reconcile a disputed figure: the method, plus the assumptions it needs (how wide "about" is,
/// what qualitative terms mean). Use the three built-in policies or derive one with <c>with</c>.
/// </summary>
/// <remarks>
/// Every method follows the same two rules before its own: a qualitative term is never used when the
/// figure has a number (and in particular never overrides a number from the same source), and
/// killed ≤ killed-or-wounded and wounded ≤ killed-or-wounded for the same subject (a numeric
/// killed-or-wounded estimate with an upper bound is a ceiling for the narrower measure).
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReconciliationPolicy
{
    /// <summary>Gets the full-range policy (infobox style): see <see cref="ReconciliationMethod.FullRange"/>.</summary>
    public static ReconciliationPolicy FullRange { get; } = new() { Method = ReconciliationMethod.FullRange };

    /// <summary>Gets the conservative policy (ACLED style): see <see cref="ReconciliationMethod.Conservative"/>.</summary>
    public static ReconciliationPolicy Conservative { get; } = new() { Method = ReconciliationMethod.Conservative };

    /// <summary>Gets the best-estimate policy (UCDP style): see <see cref="ReconciliationMethod.BestEstimate"/>.</summary>
    public static ReconciliationPolicy BestEstimate { get; } = new() { Method = ReconciliationMethod.BestEstimate };

    /// <summary>Gets the three built-in policies, in the order full range, conservative, best estimate.</summary>
    public static ReconciliationPolicy[] BuiltIn => [FullRange, Conservative, BestEstimate];

    /// <summary>Gets the method the policy follows.</summary>
    public required ReconciliationMethod Method { get; init; }

    /// <summary>
    /// Gets how far either side of its number an "about" estimate reaches, as a fraction: 0.1 makes
    /// "about 40" mean 36–44. The default is 0: "about 40" counts as 40.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, above 1, or not finite.</exception>
    public double ApproximateTolerance
    {
        get;
        init
        {
            if (!double.IsFinite(value) || value < 0 || value > 1)
            {
                throw new ArgumentOutOfRangeException(nameof(ApproximateTolerance), value, "The tolerance must be a fraction between 0 and 1.");
            }

            field = value;
        }
    }

    /// <summary>Gets a short name for tables: "full range", "conservative" or "best estimate".</summary>
    public string DisplayName => Method switch
    {
        ReconciliationMethod.FullRange => "full range",
        ReconciliationMethod.Conservative => "conservative",
        ReconciliationMethod.BestEstimate => "best estimate",
        _ => Method.ToString(),
    };
}
