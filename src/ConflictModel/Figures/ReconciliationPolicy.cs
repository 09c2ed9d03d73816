using System;
using ConflictModel.Sources;

namespace ConflictModel.Figures;

/// <summary>
/// How to turn a figure's estimates into one range: which estimates are admitted, how the low, best and
/// high are chosen, and which constraints apply. The three built-in policies (<see cref="FullRange"/>,
/// <see cref="Conservative"/>, <see cref="BestEstimate"/>) are defined with the same public builder
/// (<see cref="Define"/>) as a user's own.
/// </summary>
/// <remarks>
/// <para>Every policy reconciles in the same order (see <see cref="FigureReconciler"/>):</para>
/// <list type="number">
/// <item>admission: estimates not yet reported (when reconciling "as of" a time), graded below
/// <see cref="MinimumCredibility"/>, refused by the policy's own rule (<see cref="ReconciliationPolicyBuilder.SetAsideWhen"/>),
/// or superseded by an admitted revision (unless <see cref="KeepSuperseded"/>) are set aside, each with its reason;</item>
/// <item>a qualitative term is never used when the figure has a number;</item>
/// <item>the <see cref="Partisan"/> rule;</item>
/// <item>killed ≤ killed-or-wounded and wounded ≤ killed-or-wounded for the same subject, when
/// <see cref="CapByKilledOrWounded"/> (a part of another figure neither caps nor is capped);</item>
/// <item>the <see cref="Best"/>, <see cref="Low"/> and <see cref="High"/> rules; the low is never above the
/// best, nor the high below it.</item>
/// </list>
/// <para>
/// The choice rules are set only through the builder, which refuses an incomplete or contradictory
/// combination when the policy is built. The independent options (tolerance, credibility, revisions,
/// ceilings) can also be changed with <c>with</c>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReconciliationPolicy
{
    internal ReconciliationPolicy()
    {
    }

    /// <summary>
    /// Gets the full-range policy (infobox style): the full range of every admitted claim, "30–60+" — low
    /// the smallest stated minimum, high the largest stated number, no best value.
    /// </summary>
    public static ReconciliationPolicy FullRange { get; } = Define("full range")
        .LowFrom(LowRule.SmallestStatedMinimum).BestFrom(BestRule.None).HighFrom(HighRule.LargestStatedNumber).Partisan(PartisanRule.Admit).Build();

    /// <summary>
    /// Gets the conservative policy (ACLED style): the lowest well-supported figure as low, best and high,
    /// preferring independent sources to those that speak for a side, capped by any killed-or-wounded ceiling.
    /// </summary>
    public static ReconciliationPolicy Conservative { get; } = Define("conservative")
        .LowFrom(LowRule.Best).BestFrom(BestRule.SmallestIndependentMinimum).HighFrom(HighRule.Best).Partisan(PartisanRule.SetAsideForBest).Build();

    /// <summary>
    /// Gets the best-estimate policy (UCDP style): low and high as in <see cref="FullRange"/>, best the
    /// smallest value consistent with every independent estimate and ceiling, or their median when they conflict.
    /// </summary>
    public static ReconciliationPolicy BestEstimate { get; } = Define("best estimate")
        .LowFrom(LowRule.SmallestStatedMinimum).BestFrom(BestRule.SmallestConsistentValue).HighFrom(HighRule.LargestStatedNumber).Partisan(PartisanRule.SetAsideForBest).Build();

    /// <summary>Gets the three built-in policies, in the order full range, conservative, best estimate.</summary>
    public static ReconciliationPolicy[] BuiltIn => [FullRange, Conservative, BestEstimate];

    /// <summary>Gets the policy's name for tables and reasoning ("full range", "conservative", "best estimate").</summary>
    public string Name { get; private init; } = string.Empty;

    /// <summary>Gets how the low end is chosen.</summary>
    public LowRule Low { get; private init; }

    /// <summary>Gets how the best value is chosen.</summary>
    public BestRule Best { get; private init; }

    /// <summary>Gets how the high end is chosen.</summary>
    public HighRule High { get; private init; }

    /// <summary>Gets what is done with estimates from sources that speak for a side.</summary>
    public PartisanRule Partisan { get; private init; }

    /// <summary>Gets the policy's own admission rule, or <see langword="null"/>: see <see cref="ReconciliationPolicyBuilder.SetAsideWhen"/>.</summary>
    public Func<EstimateEvidence, string?>? SetAsideRule { get; private init; }

    /// <summary>
    /// Gets a value indicating whether superseded estimates are kept (the full history of a toll, "40–145")
    /// rather than set aside ("145"). The default is <see langword="false"/>. Either way the reasoning marks
    /// each superseded estimate with the statement that superseded it
    /// (<see cref="EstimateContribution.SupersededBy"/>).
    /// </summary>
    public bool KeepSuperseded { get; init; }

    /// <summary>
    /// Gets the least credibility an estimate needs to be admitted, or <see langword="null"/> to admit every
    /// grade. Ungraded estimates are always admitted. The built-in policies use <see cref="Credibility.Contested"/>:
    /// only discounted estimates are set aside.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="Credibility"/>.</exception>
    public Credibility? MinimumCredibility
    {
        get;
        init
        {
            if (value is { } grade && !Enum.IsDefined(grade))
            {
                throw new ArgumentOutOfRangeException(nameof(MinimumCredibility), grade, "The minimum credibility must be a defined Credibility value.");
            }

            field = value;
        }
    }

    /// <summary>
    /// Gets a value indicating whether a killed-or-wounded estimate caps killed and wounded of the same
    /// subject (and counts towards their high). The default is <see langword="true"/>.
    /// </summary>
    public bool CapByKilledOrWounded { get; init; } = true;

    /// <summary>
    /// Gets how far either side of its number an "about" estimate (and either end of an approximate range)
    /// reaches, as a fraction: 0.1 makes "about 40" mean 36–44. The default is 0: "about 40" counts as 40.
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

    /// <summary>Gets <see cref="Name"/>, for tables.</summary>
    public string DisplayName => Name;

    /// <summary>Starts defining a policy of your own; finish with <see cref="ReconciliationPolicyBuilder.Build"/>.</summary>
    /// <param name="name">The policy's name, shown in tables and reasoning.</param>
    /// <returns>A builder with no rule chosen yet (credibility minimum <see cref="Credibility.Contested"/>, ceilings on).</returns>
    public static ReconciliationPolicyBuilder Define(string name) => new(name);

    /// <summary>Starts a builder holding every choice of this policy, to derive another from it.</summary>
    /// <param name="name">The new policy's name; this policy's when <see langword="null"/>.</param>
    /// <returns>A builder.</returns>
    public ReconciliationPolicyBuilder ToBuilder(string? name = null) => new ReconciliationPolicyBuilder(name ?? Name)
        .LowFrom(Low).BestFrom(Best).HighFrom(High).Partisan(Partisan).KeepSuperseded(KeepSuperseded)
        .SetAsideBelow(MinimumCredibility).CapByKilledOrWounded(CapByKilledOrWounded).Tolerance(ApproximateTolerance).SetAsideWhen(SetAsideRule);

    /// <summary>Returns <see cref="Name"/>.</summary>
    /// <returns>The policy's name.</returns>
    public override string ToString() => Name;

    internal static ReconciliationPolicy Create(
        string name, LowRule low, BestRule best, HighRule high, PartisanRule partisan, Func<EstimateEvidence, string?>? rule) => new()
    {
        Name = name, Low = low, Best = best, High = high, Partisan = partisan, SetAsideRule = rule,
    };
}
