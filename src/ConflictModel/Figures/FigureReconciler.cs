using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConflictModel.Sources;

namespace ConflictModel.Figures;

/// <summary>
/// Reconciles a <see cref="DisputedFigure"/> into a <see cref="ReconciledFigure"/> under a
/// <see cref="ReconciliationPolicy"/>, keeping the reasoning.
/// </summary>
/// <remarks>
/// <para>Each estimate is first read as a stated minimum and a stated maximum:</para>
/// <list type="bullet">
/// <item>exact n: n and n; at least n: n and "n or more"; at most n: no minimum and n;</item>
/// <item>about n: n widened by the policy's tolerance; a range: its ends ("60+" when open-ended), widened
/// by the tolerance when the range is <see cref="Quantity.Approximate"/> (the high end only when it is closed);</item>
/// <item>a qualitative term: the range its table gives.</item>
/// </list>
/// <para>
/// Estimates whose statement cannot be found, or whose members do not fit their form, are set aside with
/// the reason. Qualitative estimates are set aside whenever the figure has a number. For killed and
/// wounded, numeric killed-or-wounded estimates of the same subject that have an upper bound become
/// ceilings, between figures that are not parts of others (<see cref="DisputedFigure.PartOf"/>): a part
/// neither caps nor is capped, and no figure's numbers are ever added to another's. Then the policy's
/// method decides (see <see cref="ReconciliationMethod"/>).
/// </para>
/// </remarks>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class FigureReconciler
{
    /// <summary>Reconciles <paramref name="figure"/> under <paramref name="policy"/>.</summary>
    /// <param name="figure">The figure; it should belong to the context's engagement.</param>
    /// <param name="context">The engagement and document index.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The reconciled range with its reasoning; never <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ReconciledFigure Reconcile(DisputedFigure figure, ReconciliationContext context, ReconciliationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(policy);

        var steps = new List<EstimateContribution>();
        var candidates = Read(figure, context, policy, steps);
        var numeric = candidates.Where(c => c.Quantity.IsNumeric).ToList();
        var used = numeric.Count > 0 ? numeric : candidates;
        foreach (var qualitative in candidates.Where(c => !c.Quantity.IsNumeric && numeric.Count > 0))
        {
            var sameSource = numeric.Any(n => n.SourceId == qualitative.SourceId);
            steps.Add(qualitative.Step(ContributionRole.SetAside, null, sameSource
                ? "set aside: a qualitative term never overrides a number from the same source"
                : "set aside: other sources gave numbers, which a qualitative term does not override"));
        }

        var ceilings = figure.Measure is Measure.Killed or Measure.Wounded && figure.PartOf is null
            ? Ceilings(figure, context, policy, steps)
            : [];

        var result = policy.Method switch
        {
            ReconciliationMethod.Conservative => Conservative(figure, used, ceilings, steps),
            ReconciliationMethod.BestEstimate => BestEstimate(figure, used, ceilings, steps),
            _ => FullRange(figure, used, ceilings, steps),
        };

        return result with
        {
            Method = policy.Method,
            QualitativeTerm = used.Count > 0 && numeric.Count == 0 && used.Select(c => c.Quantity.Term).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1
                ? used[0].Quantity.Term
                : null,
            Contributions = steps.OrderBy(s => s.Role).ThenBy(s => s.EstimateIndex).ToArray(),
        };
    }

    /// <summary>Reconciles every figure of the context's engagement under <paramref name="policy"/>, in order.</summary>
    /// <param name="context">The engagement and document index.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>One result per non-null figure, in the engagement's order.</returns>
    public static IReadOnlyList<ReconciledFigure> ReconcileAll(ReconciliationContext context, ReconciliationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Engagement.Figures.Where(f => f is not null).Select(f => Reconcile(f, context, policy)).ToList();
    }

    private static ReconciledFigure FullRange(DisputedFigure figure, List<Candidate> used, List<Candidate> ceilings, List<EstimateContribution> steps)
    {
        if (used.Count == 0)
        {
            return Empty(figure);
        }

        var (low, lowSetters) = Lowest(used);
        var (high, open, highSetters) = Highest(used, ceilings);
        Record(steps, lowSetters, ContributionRole.SetsLow, low, "low");
        Record(steps, highSetters, ContributionRole.SetsHigh, high, "high");
        RecordRest(steps, used, lowSetters.Concat(highSetters));
        return new ReconciledFigure { FigureId = figure.Id, Method = ReconciliationMethod.FullRange, Low = low, High = high, IsOpenEnded = open };
    }

    private static ReconciledFigure Conservative(DisputedFigure figure, List<Candidate> used, List<Candidate> ceilings, List<EstimateContribution> steps)
    {
        var independent = Independent(used, steps);
        if (independent.Count == 0)
        {
            return Empty(figure);
        }

        var (value, setters) = Lowest(independent);
        var cap = ceilings.Where(c => c.High < value).OrderBy(c => c.High).FirstOrDefault();
        if (cap is not null)
        {
            value = cap.High;
            steps.Add(cap.Step(ContributionRole.Caps, cap.High, $"capped at {N(cap.High)}: {cap.Describe()}, and killed or wounded cannot be fewer than killed"));
            setters = [];
        }
        else
        {
            Record(steps, setters, ContributionRole.SetsBest, value, "best");
        }

        RecordRest(steps, independent, setters);
        return new ReconciledFigure { FigureId = figure.Id, Method = ReconciliationMethod.Conservative, Low = value, Best = value, High = value };
    }

    private static ReconciledFigure BestEstimate(DisputedFigure figure, List<Candidate> used, List<Candidate> ceilings, List<EstimateContribution> steps)
    {
        if (used.Count == 0)
        {
            return Empty(figure);
        }

        var (low, lowSetters) = Lowest(used);
        var (high, open, highSetters) = Highest(used, ceilings);
        Record(steps, lowSetters, ContributionRole.SetsLow, low, "low");
        Record(steps, highSetters, ContributionRole.SetsHigh, high, "high");

        var independent = Independent(used, steps);
        var floor = independent.Max(c => c.Lower);
        var ceiling = independent.Select(c => c.Upper).Concat(ceilings.Select(c => (long?)c.High)).Where(u => u is not null).Min();
        long best;
        if (ceiling is null || floor <= ceiling)
        {
            best = floor;
            Record(steps, independent.Where(c => c.Lower == floor).ToList(), ContributionRole.SetsBest, best,
                "best (the smallest value consistent with every independent estimate)");
        }
        else
        {
            var points = independent.Select(c => c.Nominal).Order().ToList();
            best = points[(points.Count - 1) / 2];
            steps.Add(new EstimateContribution
            {
                FigureId = figure.Id,
                EstimateIndex = -1,
                StatementId = independent[0].StatementId,
                Role = ContributionRole.SetsBest,
                Value = best,
                Reason = $"best {N(best)}: the independent estimates conflict ({string.Join(", ", points.Select(N))}), so their median was taken",
            });
        }

        RecordRest(steps, used, lowSetters.Concat(highSetters));
        return new ReconciledFigure
        {
            FigureId = figure.Id, Method = ReconciliationMethod.BestEstimate, Low = Math.Min(low, best), Best = best, High = Math.Max(high, best), IsOpenEnded = open,
        };
    }

    private static List<Candidate> Independent(List<Candidate> used, List<EstimateContribution> steps)
    {
        var independent = used.Where(c => c.PartisanSide is null).ToList();
        if (independent.Count > 0)
        {
            foreach (var partisan in used.Where(c => c.PartisanSide is not null))
            {
                steps.Add(partisan.Step(ContributionRole.SetAside, null,
                    $"set aside for the best value: {partisan.Describe()} speaks for side '{partisan.PartisanSide}'"));
            }

            return independent;
        }

        return used;
    }

    private static (long Low, List<Candidate> Setters) Lowest(List<Candidate> used)
    {
        var withMinimum = used.Where(c => c.StatedLow is not null).ToList();
        if (withMinimum.Count == 0)
        {
            return (0, []);
        }

        var low = withMinimum.Min(c => c.StatedLow!.Value);
        return (low, withMinimum.Where(c => c.StatedLow == low).ToList());
    }

    private static (long High, bool Open, List<Candidate> Setters) Highest(List<Candidate> used, List<Candidate> ceilings)
    {
        var all = used.Concat(ceilings).ToList();
        var high = all.Max(c => c.High);
        var setters = all.Where(c => c.High == high).ToList();
        return (high, setters.Any(c => c.OpenAbove), setters);
    }

    private static void Record(List<EstimateContribution> steps, List<Candidate> setters, ContributionRole role, long value, string label)
    {
        if (setters.Count == 0 && role == ContributionRole.SetsLow)
        {
            return;
        }

        foreach (var c in setters)
        {
            var reason = c.IsCeiling
                ? $"{label} {N(value)}: {c.Describe()} — killed or wounded caps killed, so up to {N(value)} may have been killed"
                : $"{label} {N(value)}{(c.OpenAbove && role == ContributionRole.SetsHigh ? "+" : string.Empty)}: {c.Describe()}";
            steps.Add(c.Step(c.IsCeiling ? ContributionRole.Caps : role, value, reason));
        }
    }

    private static void RecordRest(List<EstimateContribution> steps, List<Candidate> used, IEnumerable<Candidate> decisive)
    {
        var set = decisive.ToHashSet();
        foreach (var c in used.Where(c => !set.Contains(c) && !steps.Any(s => s.FigureId == c.FigureId && s.EstimateIndex == c.Index)))
        {
            steps.Add(c.Step(ContributionRole.Considered, null, $"within the range: {c.Describe()}"));
        }
    }

    private static ReconciledFigure Empty(DisputedFigure figure) =>
        new() { FigureId = figure.Id, Method = ReconciliationMethod.FullRange };

    private static List<Candidate> Read(DisputedFigure figure, ReconciliationContext context, ReconciliationPolicy policy, List<EstimateContribution> steps)
    {
        var statements = context.Engagement.Statements.Where(s => s is not null)
            .GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First());
        var subjectSide = figure.Subject?.SideId;
        var candidates = new List<Candidate>();
        for (var i = 0; i < figure.Estimates.Count; i++)
        {
            var estimate = figure.Estimates[i];
            if (estimate?.Quantity is null)
            {
                steps.Add(new EstimateContribution
                {
                    FigureId = figure.Id, EstimateIndex = i, StatementId = estimate?.StatementId ?? default, Role = ContributionRole.SetAside,
                    Reason = $"set aside: estimate {i} has no quantity",
                });
                continue;
            }

            var candidate = Candidate.From(figure.Id, i, estimate, statements.GetValueOrDefault(estimate.StatementId), context, policy, subjectSide);
            if (candidate.Problem is not null)
            {
                steps.Add(candidate.Step(ContributionRole.SetAside, null, "set aside: " + candidate.Problem));
                continue;
            }

            candidates.Add(candidate);
        }

        return candidates;
    }

    private static List<Candidate> Ceilings(DisputedFigure figure, ReconciliationContext context, ReconciliationPolicy policy, List<EstimateContribution> steps)
    {
        var ceilings = new List<Candidate>();
        foreach (var related in context.Engagement.Figures.Where(f => f is not null && f.Measure == Measure.KilledOrWounded && f.PartOf is null && f.Subject == figure.Subject))
        {
            var ignored = new List<EstimateContribution>();
            foreach (var c in Read(related, context, policy, ignored))
            {
                if (!c.Quantity.IsNumeric)
                {
                    steps.Add(c.Step(ContributionRole.SetAside, null, $"not a ceiling: {c.Describe()} is a qualitative term"));
                }
                else if (c.Upper is { } upper)
                {
                    ceilings.Add(c with { IsCeiling = true, StatedLow = null, High = upper, OpenAbove = false });
                }
            }
        }

        return ceilings;
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An estimate read for reconciliation.</summary>
    private sealed record Candidate
    {
        public required FigureId FigureId { get; init; }

        public required int Index { get; init; }

        public required StatementId StatementId { get; init; }

        public required Quantity Quantity { get; init; }

        public SourceId? SourceId { get; init; }

        public required string SourceName { get; init; }

        public string? Wording { get; init; }

        public string? Measure { get; init; }

        public Engagements.SideId? PartisanSide { get; init; }

        public bool SelfReported { get; init; }

        public bool IsCeiling { get; init; }

        public long? StatedLow { get; init; }

        public long High { get; init; }

        public bool OpenAbove { get; init; }

        public long Lower { get; init; }

        public long? Upper { get; init; }

        public long Nominal { get; init; }

        public string? Problem { get; init; }

        public static Candidate From(
            FigureId figureId, int index, Estimate estimate, SourcedStatement? statement, ReconciliationContext context, ReconciliationPolicy policy, Engagements.SideId? subjectSide)
        {
            var source = statement is null ? null : context.Index.FindSource(statement.SourceId);
            var via = statement is null || statement.Via.IsEmpty
                ? string.Empty
                : " via " + string.Join(" via ", statement.Via.Select(v => context.Index.FindSource(v)?.Name ?? v.ToString()));
            var side = statement is null ? null : context.Index.SideOfSource(context.Engagement, statement.SourceId);
            var figure = context.Engagement.Figures.FirstOrDefault(f => f?.Id == figureId);
            var candidate = new Candidate
            {
                FigureId = figureId,
                Index = index,
                StatementId = estimate.StatementId,
                Quantity = estimate.Quantity,
                SourceId = statement?.SourceId,
                SourceName = (source?.Name ?? statement?.SourceId.ToString() ?? "unknown source") + via,
                Wording = estimate.Wording,
                Measure = figure is null ? null : MeasureText(figure.Measure),
                PartisanSide = side?.Id,
                SelfReported = side is not null && side.Id == subjectSide,
            };

            if (statement is null)
            {
                return candidate with { Problem = $"statement '{estimate.StatementId}' is not among the engagement's statements" };
            }

            var q = estimate.Quantity;
            var tolerance = policy.ApproximateTolerance;
            var (statedLow, high, open, lower, upper, nominal) = q.Form switch
            {
                QuantityForm.Exact when q.Value is { } v => (v, v, false, v, v, v),
                QuantityForm.AtLeast when q.Value is { } v => (v, v, true, v, (long?)null, v),
                QuantityForm.AtMost when q.Value is { } v => ((long?)null, v, false, 0L, (long?)v, v),
                QuantityForm.About when q.Value is { } v => (Widen(v, -tolerance), Widen(v, tolerance), false, Widen(v, -tolerance), Widen(v, tolerance), v),
                QuantityForm.Range when q.Low is { } l && q.High is { } h && l <= h && q.Approximate =>
                    (Widen(l, -tolerance), q.OpenEnded ? h : Widen(h, tolerance), q.OpenEnded, Widen(l, -tolerance), q.OpenEnded ? null : Widen(h, tolerance), l + ((h - l) / 2)),
                QuantityForm.Range when q.Low is { } l && q.High is { } h && l <= h => (l, h, q.OpenEnded, l, q.OpenEnded ? null : h, l + ((h - l) / 2)),
                QuantityForm.Qualitative when q.Low is { } l && (q.High is null || q.High >= l) => (l, q.High ?? l, q.High is null, l, q.High, l),
                _ => ((long?)null, 0L, false, 0L, (long?)null, 0L),
            };

            if (statedLow is null && q.Form != QuantityForm.AtMost)
            {
                return candidate with { Problem = $"the quantity {q} does not fit its form {q.Form}" };
            }

            if (statedLow < 0 || high < 0)
            {
                return candidate with { Problem = $"the quantity {q} is negative" };
            }

            return candidate with { StatedLow = statedLow, High = high, OpenAbove = open, Lower = lower, Upper = upper, Nominal = nominal };
        }

        public string Describe()
        {
            var words = Wording is null ? string.Empty : $" (\"{Wording}\")";
            var measure = IsCeiling ? " " + Measure : string.Empty;
            var self = SelfReported ? ", self-reported" : string.Empty;
            return $"{SourceName}, {Quantity}{measure}{words}{self}";
        }

        public EstimateContribution Step(ContributionRole role, long? value, string reason) => new()
        {
            FigureId = FigureId, EstimateIndex = Index, StatementId = StatementId, Role = role, Value = value, Reason = reason,
        };

        /// <summary>Moves <paramref name="value"/> by <paramref name="fraction"/> of itself, saturating at <see cref="long.MaxValue"/> rather than overflowing.</summary>
        private static long Widen(long value, double fraction)
        {
            if (fraction == 0)
            {
                return value;
            }

            var widened = fraction < 0 ? Math.Floor(value * (1 + fraction)) : Math.Ceiling(value * (1 + fraction));
            return widened >= long.MaxValue ? long.MaxValue : (long)widened;
        }

        private static string MeasureText(Measure measure) => measure switch
        {
            Figures.Measure.KilledOrWounded => "killed or wounded",
            _ => measure.ToString().ToLowerInvariant(),
        };
    }
}
