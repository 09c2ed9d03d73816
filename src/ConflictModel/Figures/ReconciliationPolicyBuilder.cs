using System;
using System.Collections.Generic;
using System.Globalization;
using ConflictModel.Sources;

namespace ConflictModel.Figures;

/// <summary>
/// Defines a <see cref="ReconciliationPolicy"/> of your own, choice by choice; <see cref="Build"/> refuses a
/// policy that is incomplete or contradictory, naming what is missing. Made by <see cref="ReconciliationPolicy.Define"/>.
/// </summary>
/// <example>
/// <code>
/// var cautious = ReconciliationPolicy.Define("independent, fair or better")
///     .LowFrom(LowRule.SmallestStatedMinimum)
///     .BestFrom(BestRule.SmallestConsistentValue)
///     .HighFrom(HighRule.LargestStatedNumber)
///     .Partisan(PartisanRule.SetAsideEverywhere)
///     .SetAsideBelow(Credibility.Fair)
///     .Build();
/// </code>
/// </example>
/// <threadsafety>Mutable; use from one thread. The policies it builds are immutable.</threadsafety>
public sealed class ReconciliationPolicyBuilder
{
    private readonly string _name;
    private LowRule? _low;
    private BestRule? _best;
    private HighRule? _high;
    private PartisanRule? _partisan;
    private bool _keepSuperseded;
    private Credibility? _minimum = Credibility.Contested;
    private bool _ceilings = true;
    private double _tolerance;
    private Func<EstimateEvidence, string?>? _rule;

    internal ReconciliationPolicyBuilder(string name) => _name = name;

    /// <summary>Chooses how the low end is found (required).</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    public ReconciliationPolicyBuilder LowFrom(LowRule rule)
    {
        _low = rule;
        return this;
    }

    /// <summary>Chooses how the best value is found (required; <see cref="BestRule.None"/> for no best value).</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    public ReconciliationPolicyBuilder BestFrom(BestRule rule)
    {
        _best = rule;
        return this;
    }

    /// <summary>Chooses how the high end is found (required).</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    public ReconciliationPolicyBuilder HighFrom(HighRule rule)
    {
        _high = rule;
        return this;
    }

    /// <summary>Chooses what is done with estimates from sources that speak for a side (required).</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    public ReconciliationPolicyBuilder Partisan(PartisanRule rule)
    {
        _partisan = rule;
        return this;
    }

    /// <summary>Keeps superseded estimates in the range (the full history) instead of setting them aside; off by default.</summary>
    /// <param name="keep">Whether to keep them.</param>
    /// <returns>This builder.</returns>
    public ReconciliationPolicyBuilder KeepSuperseded(bool keep = true)
    {
        _keepSuperseded = keep;
        return this;
    }

    /// <summary>Sets aside estimates graded below <paramref name="minimum"/>; <see langword="null"/> admits every grade. The default is <see cref="Credibility.Contested"/>.</summary>
    /// <param name="minimum">The least grade admitted.</param>
    /// <returns>This builder.</returns>
    public ReconciliationPolicyBuilder SetAsideBelow(Credibility? minimum)
    {
        _minimum = minimum;
        return this;
    }

    /// <summary>Turns the killed ≤ killed-or-wounded constraint on or off; on by default.</summary>
    /// <param name="apply">Whether killed-or-wounded caps killed and wounded.</param>
    /// <returns>This builder.</returns>
    public ReconciliationPolicyBuilder CapByKilledOrWounded(bool apply)
    {
        _ceilings = apply;
        return this;
    }

    /// <summary>Sets how far "about" estimates and approximate ranges reach, as a fraction (see <see cref="ReconciliationPolicy.ApproximateTolerance"/>); 0 by default.</summary>
    /// <param name="fraction">A fraction from 0 to 1.</param>
    /// <returns>This builder.</returns>
    public ReconciliationPolicyBuilder Tolerance(double fraction)
    {
        _tolerance = fraction;
        return this;
    }

    /// <summary>
    /// Adds an admission rule of your own: for each estimate that passed the built-in admission, the rule
    /// returns <see langword="null"/> to admit it, or the reason it is set aside ("social media only"),
    /// which the reasoning quotes. Replaces an earlier rule; <see langword="null"/> removes it.
    /// </summary>
    /// <param name="rule">The rule; it must not throw, and is called from the reconciling thread.</param>
    /// <returns>This builder.</returns>
    public ReconciliationPolicyBuilder SetAsideWhen(Func<EstimateEvidence, string?>? rule)
    {
        _rule = rule;
        return this;
    }

    /// <summary>Builds the policy.</summary>
    /// <returns>An immutable policy.</returns>
    /// <exception cref="InvalidOperationException">
    /// The policy is incomplete or contradictory; the message names every missing choice and contradiction,
    /// for example "The reconciliation policy 'mine' cannot be built: it has no rule for the high (call HighFrom)."
    /// </exception>
    public ReconciliationPolicy Build()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(_name))
        {
            problems.Add("it has no name (pass one to ReconciliationPolicy.Define)");
        }

        Require(problems, _low, "the low", "LowFrom");
        Require(problems, _best, "the best value", "BestFrom");
        Require(problems, _high, "the high", "HighFrom");
        Require(problems, _partisan, "partisan estimates", "Partisan");
        if (_best == BestRule.None)
        {
            if (_low == LowRule.Best)
            {
                problems.Add("it takes the low from the best value but has no best value (BestRule.None)");
            }

            if (_high == HighRule.Best)
            {
                problems.Add("it takes the high from the best value but has no best value (BestRule.None)");
            }

            if (_partisan == PartisanRule.SetAsideForBest)
            {
                problems.Add("it sets partisan estimates aside for the best value but has no best value (use PartisanRule.Admit or SetAsideEverywhere)");
            }
        }

        if (_minimum is { } grade && !Enum.IsDefined(grade))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"its minimum credibility {(int)grade} is not a defined Credibility"));
        }

        if (!double.IsFinite(_tolerance) || _tolerance < 0 || _tolerance > 1)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"its tolerance {_tolerance} is not a fraction between 0 and 1"));
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The reconciliation policy '{_name}' cannot be built: {string.Join("; ", problems)}.");
        }

        return ReconciliationPolicy.Create(_name, _low!.Value, _best!.Value, _high!.Value, _partisan!.Value, _rule) with
        {
            KeepSuperseded = _keepSuperseded,
            MinimumCredibility = _minimum,
            CapByKilledOrWounded = _ceilings,
            ApproximateTolerance = _tolerance,
        };
    }

    private static void Require<T>(List<string> problems, T? rule, string what, string method)
        where T : struct, Enum
    {
        if (rule is null)
        {
            problems.Add($"it has no rule for {what} (call {method})");
        }
        else if (!Enum.IsDefined(rule.Value))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"its rule for {what} is {Convert.ToInt32(rule.Value, CultureInfo.InvariantCulture)}, not a defined {typeof(T).Name}"));
        }
    }
}
