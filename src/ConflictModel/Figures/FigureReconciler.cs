using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConflictModel.Sources;
using ConflictModel.Time;
using ConflictModel.Validation;
using NodaTime;

namespace ConflictModel.Figures;

/// <summary>
/// Reconciles a <see cref="DisputedFigure"/> into a <see cref="ReconciledFigure"/> under a
/// <see cref="ReconciliationPolicy"/>, keeping the reasoning; optionally "as of" a time, and step by step
/// as the statements came in (<see cref="Evolution"/>).
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
/// Then admission, in this order, each estimate set aside keeping its reason and role: its statement
/// cannot be found or its members do not fit their form (<see cref="ContributionRole.SetAside"/>); when
/// reconciling as of a time, its statement was not certainly reported by the end of that time
/// (<see cref="ContributionRole.NotYetReported"/>); its grade is below the policy's minimum
/// (<see cref="ContributionRole.SetAsideForCredibility"/>); the policy's own rule refuses it; an admitted
/// statement supersedes it (<see cref="ContributionRole.Superseded"/>, unless the policy keeps the history).
/// An estimate is superseded by a statement that names its statement in
/// <see cref="SourcedStatement.Supersedes"/>, or by an estimate of the same figure from the same source
/// reported strictly later. Reporting times without a time zone are read as UTC.
/// </para>
/// <para>
/// Qualitative estimates are set aside whenever the figure has a number (even one since superseded: a
/// withdrawn count does not make a vaguer word count). The policy's
/// <see cref="PartisanRule"/> applies. For killed and wounded, numeric killed-or-wounded estimates of the
/// same subject that have an upper bound become ceilings (admitted the same way), between figures that
/// are not parts of others (<see cref="DisputedFigure.PartOf"/>): a part neither caps nor is capped, and
/// no figure's numbers are ever added to another's. Then the policy's best, low and high rules decide.
/// </para>
/// </remarks>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class FigureReconciler
{
    /// <summary>Reconciles <paramref name="figure"/> under <paramref name="policy"/>, using every statement.</summary>
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
        return Run(figure, context, policy, null, default);
    }

    /// <summary>
    /// Reconciles <paramref name="figure"/> under <paramref name="policy"/> as <see cref="Reconcile"/> does, but keeps
    /// no reasoning: the result's low, best, high, open end and qualitative term are <see cref="Reconcile"/>'s, and its
    /// <see cref="ReconciledFigure.Contributions"/> are empty.
    /// </summary>
    /// <remarks>
    /// For counting many figures (an aggregation, a table of ranges): no sentence is built for any step, which is most
    /// of the cost of a reconciliation. Call <see cref="Reconcile"/> for the figures whose reasoning is shown.
    /// </remarks>
    /// <param name="figure">The figure; it should belong to the context's engagement.</param>
    /// <param name="context">The engagement and document index.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The reconciled range without its reasoning; never <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ReconciledFigure ReconcileRange(DisputedFigure figure, ReconciliationContext context, ReconciliationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(policy);
        return Run(figure, context, policy, null, default, reasoning: false);
    }

    /// <summary>
    /// Reconciles <paramref name="figure"/> as it was known at <paramref name="asOf"/>: only statements
    /// certainly reported by the end of it (their <see cref="SourcedStatement.ReportedAt"/> window ends by
    /// the end of <paramref name="asOf"/>'s) are used, so "as of 2025-06-03" includes everything reported
    /// on 3 June. Statements with no reporting time are set aside as not known to be reported.
    /// </summary>
    /// <param name="figure">The figure; it should belong to the context's engagement.</param>
    /// <param name="context">The engagement and document index.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="asOf">The time; its window end is the cut-off (read as UTC when it has no zone).</param>
    /// <returns>The reconciled range with its reasoning, <see cref="ReconciledFigure.AsOf"/> set.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> has an undefined precision, ends before it starts, or lies at the edge of the calendar.</exception>
    public static ReconciledFigure ReconcileAsOf(DisputedFigure figure, ReconciliationContext context, ReconciliationPolicy policy, TemporalExtent asOf)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(asOf);
        if (!Times.TryWindow(asOf, zoned: true, out _, out var cutoff))
        {
            throw new ArgumentException($"The time {asOf} cannot be compared with reporting times: its precision must be defined, its end not before its start, and its year between -9996 and 9997.", nameof(asOf));
        }

        return Run(figure, context, policy, asOf, cutoff);
    }

    /// <summary>
    /// Lists how the figure evolved: one step per reporting time at which a statement bearing on it
    /// (one of its estimates', a killed-or-wounded ceiling's, or one superseding them) was reported, in
    /// time order, each with the figure reconciled as of the end of that time.
    /// </summary>
    /// <param name="figure">The figure; it should belong to the context's engagement.</param>
    /// <param name="context">The engagement and document index.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>
    /// The steps, earliest first; statements reported at the same time share a step. Statements with no
    /// reporting time appear in no step, so the last step equals <see cref="Reconcile"/> only when every
    /// statement is dated. Empty when no relevant statement is dated.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<FigureEvolutionStep> Evolution(DisputedFigure figure, ReconciliationContext context, ReconciliationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(policy);

        var relevant = new HashSet<StatementId>();
        foreach (var f in RelatedFigures(figure, context, policy).Prepend(figure))
        {
            foreach (var estimate in f.Estimates)
            {
                if (estimate is not null && relevant.Add(estimate.StatementId))
                {
                    foreach (var later in context.SupersedersOf(estimate.StatementId))
                    {
                        relevant.Add(later);
                    }
                }
            }
        }

        var dated = context.Engagement.Statements
            .Where(s => s is not null && relevant.Contains(s.Id) && context.Facts(s.Id) is { HasWindow: true } facts && ReferenceEquals(facts.Statement, s))
            .Select(s => context.Facts(s.Id)!)
            .GroupBy(f => f.End)
            .OrderBy(g => g.Key);
        var steps = new List<FigureEvolutionStep>();
        foreach (var group in dated)
        {
            var first = group.First().Statement;
            steps.Add(new FigureEvolutionStep
            {
                ReportedAt = first.ReportedAt!,
                StatementIds = group.Select(f => f.Statement.Id).ToArray(),
                Result = Run(figure, context, policy, first.ReportedAt, group.Key),
            });
        }

        return steps;
    }

    /// <summary>Reconciles every figure of the context's engagement under <paramref name="policy"/>, in order.</summary>
    /// <param name="context">The engagement and document index.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>One result per non-null figure, in the engagement's order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<ReconciledFigure> ReconcileAll(ReconciliationContext context, ReconciliationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(policy);
        var results = new List<ReconciledFigure>(context.Engagement.Figures.Count);
        foreach (var figure in context.Engagement.Figures)
        {
            if (figure is not null)
            {
                results.Add(Run(figure, context, policy, null, default));
            }
        }

        return results;
    }

    private static IEnumerable<DisputedFigure> RelatedFigures(DisputedFigure figure, ReconciliationContext context, ReconciliationPolicy policy) =>
        policy.CapByKilledOrWounded && figure.Measure is Measure.Killed or Measure.Wounded && figure.PartOf is null
            ? context.Engagement.Figures.Where(f => f is not null && f.Measure == Measure.KilledOrWounded && f.PartOf is null && f.Subject == figure.Subject)
            : [];

    private static ReconciledFigure Run(DisputedFigure figure, ReconciliationContext context, ReconciliationPolicy policy, TemporalExtent? asOf, Instant cutoff, bool reasoning = true)
    {
        // Without reasoning there is no list of steps: every step below is skipped, its sentence never built.
        var steps = reasoning ? new List<EstimateContribution>() : null;
        var admission = new Admission(context, policy, asOf, cutoff);
        var candidates = admission.Admit(figure, steps, out var supersededNumber);
        var numeric = candidates.TrueForAll(c => c.Quantity.IsNumeric) ? candidates : candidates.Where(c => c.Quantity.IsNumeric).ToList();
        var used = numeric.Count > 0 || !supersededNumber ? numeric.Count > 0 ? numeric : candidates : [];
        if (steps is not null && (numeric.Count > 0 || supersededNumber))
        {
            foreach (var qualitative in candidates.Where(c => !c.Quantity.IsNumeric))
            {
                var sameSource = numeric.Any(n => n.SourceId == qualitative.SourceId);
                steps.Add(qualitative.Step(ContributionRole.SetAside, null, sameSource
                    ? $"set aside: {qualitative.Describe()} — a qualitative term never overrides a number from the same source"
                    : numeric.Count > 0
                        ? $"set aside: {qualitative.Describe()} — other sources gave numbers, which a qualitative term does not override"
                        : $"set aside: {qualitative.Describe()} — the figure's numbers were superseded, which does not make a qualitative term count"));
            }
        }

        var ceilings = new List<Candidate>();
        foreach (var related in RelatedFigures(figure, context, policy))
        {
            foreach (var c in admission.Admit(related, null, out _))
            {
                if (!c.Quantity.IsNumeric)
                {
                    steps?.Add(c.Step(ContributionRole.SetAside, null, $"not a ceiling: {c.Describe()} is a qualitative term"));
                }
                else if (c.Upper is { } upper)
                {
                    ceilings.Add(c with { IsCeiling = true, StatedLow = null, High = upper, OpenAbove = false });
                }
            }
        }

        var result = Decide(figure, policy, used, ceilings, steps);
        return result with
        {
            Policy = policy.Name,
            AsOf = asOf,
            QualitativeTerm = used.Count > 0 && numeric.Count == 0 && used.Select(c => c.Quantity.Term).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1
                ? used[0].Quantity.Term
                : null,
            Contributions = steps is null ? [] : Ordered(steps),
        };
    }

    /// <summary>The steps by role, then estimate, keeping the order they were made in otherwise (a stable insertion sort: there are few).</summary>
    private static EstimateContribution[] Ordered(List<EstimateContribution> steps)
    {
        var ordered = steps.ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            var step = ordered[i];
            var j = i - 1;
            while (j >= 0 && (ordered[j].Role > step.Role || (ordered[j].Role == step.Role && ordered[j].EstimateIndex > step.EstimateIndex)))
            {
                ordered[j + 1] = ordered[j];
                j--;
            }

            ordered[j + 1] = step;
        }

        return ordered;
    }

    private static ReconciledFigure Decide(DisputedFigure figure, ReconciliationPolicy policy, List<Candidate> used, List<Candidate> ceilings, List<EstimateContribution>? steps)
    {
        var independentExist = used.Any(c => c.PartisanSide is null);
        if (policy.Partisan == PartisanRule.SetAsideEverywhere && independentExist)
        {
            foreach (var partisan in used.Where(c => c.PartisanSide is not null))
            {
                steps?.Add(partisan.Step(ContributionRole.SetAsidePartisan, null,
                    $"set aside: {partisan.Describe()} speaks for side '{partisan.PartisanSide}', and independent sources gave numbers"));
            }

            used = used.Where(c => c.PartisanSide is null).ToList();
        }

        if (used.Count == 0)
        {
            return new ReconciledFigure { FigureId = figure.Id, Policy = policy.Name };
        }

        var decisive = new List<Candidate>();
        long? low = null, high = null;
        var open = false;
        if (policy.Low == LowRule.SmallestStatedMinimum)
        {
            var (value, setters) = Lowest(used);
            low = value;
            Record(steps, setters, ContributionRole.SetsLow, value, "low");
            decisive.AddRange(setters);
        }

        if (policy.High == HighRule.LargestStatedNumber)
        {
            var (value, isOpen, setters) = Highest(used, ceilings);
            high = value;
            open = isOpen;
            Record(steps, setters, ContributionRole.SetsHigh, value, "high");
            decisive.AddRange(setters);
        }

        var forBest = used;
        if (policy.Partisan == PartisanRule.SetAsideForBest && policy.Best != BestRule.None && independentExist)
        {
            foreach (var partisan in used.Where(c => c.PartisanSide is not null))
            {
                steps?.Add(partisan.Step(ContributionRole.SetAsidePartisan, null,
                    $"set aside for the best value: {partisan.Describe()} speaks for side '{partisan.PartisanSide}'"));
            }

            forBest = used.Where(c => c.PartisanSide is null).ToList();
        }

        long? best = policy.Best switch
        {
            BestRule.SmallestIndependentMinimum => SmallestMinimum(figure, forBest, ceilings, steps, decisive),
            BestRule.SmallestConsistentValue => SmallestConsistent(figure, forBest, ceilings, steps),
            _ => null,
        };

        if (best is { } b)
        {
            low = policy.Low == LowRule.Best ? b : Math.Min(low ?? b, b);
            if (policy.High == HighRule.Best)
            {
                high = b;
                open = false;
            }
            else
            {
                high = Math.Max(high ?? b, b);
            }
        }

        RecordRest(steps, policy.Partisan == PartisanRule.SetAsideForBest && policy.Low == LowRule.Best ? forBest : used, decisive);
        return new ReconciledFigure { FigureId = figure.Id, Policy = policy.Name, Low = low, Best = best, High = high, IsOpenEnded = open };
    }

    private static long SmallestMinimum(DisputedFigure figure, List<Candidate> independent, List<Candidate> ceilings, List<EstimateContribution>? steps, List<Candidate> decisive)
    {
        var (value, setters) = Lowest(independent);
        var cap = ceilings.Where(c => c.High < value).OrderBy(c => c.High).FirstOrDefault();
        if (cap is not null)
        {
            steps?.Add(cap.Step(ContributionRole.Caps, cap.High, $"capped at {N(cap.High)}: {cap.Describe()}, and killed or wounded cannot be fewer than {MeasureText(figure.Measure)}"));
            return cap.High;
        }

        Record(steps, setters, ContributionRole.SetsBest, value, "best");
        decisive.AddRange(setters);
        return value;
    }

    private static long SmallestConsistent(DisputedFigure figure, List<Candidate> independent, List<Candidate> ceilings, List<EstimateContribution>? steps)
    {
        var floor = independent.Max(c => c.Lower);
        var ceiling = independent.Select(c => c.Upper).Concat(ceilings.Select(c => (long?)c.High)).Where(u => u is not null).Min();
        if (ceiling is null || floor <= ceiling)
        {
            Record(steps, steps is null ? [] : independent.Where(c => c.Lower == floor).ToList(), ContributionRole.SetsBest, floor,
                "best (the smallest value consistent with every independent estimate)");
            return floor;
        }

        var points = independent.Select(c => c.Nominal).Order().ToList();
        var best = points[(points.Count - 1) / 2];
        steps?.Add(new EstimateContribution
        {
            FigureId = figure.Id,
            EstimateIndex = -1,
            StatementId = independent[0].StatementId,
            Role = ContributionRole.SetsBest,
            Value = best,
            Reason = $"best {N(best)}: the independent estimates conflict ({string.Join(", ", points.Select(N))}), so their median was taken",
        });
        return best;
    }

    private static (long Low, List<Candidate> Setters) Lowest(List<Candidate> used)
    {
        long? low = null;
        foreach (var c in used)
        {
            if (c.StatedLow is { } l && (low is null || l < low))
            {
                low = l;
            }
        }

        if (low is null)
        {
            return (0, []);
        }

        var setters = new List<Candidate>(1);
        foreach (var c in used)
        {
            if (c.StatedLow == low)
            {
                setters.Add(c);
            }
        }

        return (low.Value, setters);
    }

    private static (long High, bool Open, List<Candidate> Setters) Highest(List<Candidate> used, List<Candidate> ceilings)
    {
        var high = long.MinValue;
        foreach (var c in used)
        {
            high = Math.Max(high, c.High);
        }

        foreach (var c in ceilings)
        {
            high = Math.Max(high, c.High);
        }

        var setters = new List<Candidate>(1);
        var open = false;
        foreach (var c in used)
        {
            if (c.High == high)
            {
                setters.Add(c);
                open |= c.OpenAbove;
            }
        }

        foreach (var c in ceilings)
        {
            if (c.High == high)
            {
                setters.Add(c);
                open |= c.OpenAbove;
            }
        }

        return (high, open, setters);
    }

    private static void Record(List<EstimateContribution>? steps, List<Candidate> setters, ContributionRole role, long value, string label)
    {
        if (steps is null)
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

    private static void RecordRest(List<EstimateContribution>? steps, List<Candidate> used, List<Candidate> decisive)
    {
        if (steps is null)
        {
            return;
        }

        foreach (var c in used)
        {
            if (!decisive.Exists(d => ReferenceEquals(d, c)) && !steps.Exists(s => s.EstimateIndex == c.Index && s.FigureId == c.FigureId))
            {
                steps.Add(c.Step(ContributionRole.Considered, null, $"within the range: {c.Describe()}"));
            }
        }
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string MeasureText(Measure measure) => measure switch
    {
        Measure.Killed => "killed",
        Measure.Wounded => "wounded",
        Measure.KilledOrWounded => "killed or wounded",
        Measure.Captured => "captured",
        Measure.Arrested => "arrested",
        Measure.Missing => "missing",
        Measure.Lynched => "lynched",
        Measure.Displaced => "displaced",
        Measure.Destroyed => "destroyed",
        Measure.Strength => "strength",
        _ => measure.ToString().ToLowerInvariant(),
    };

    /// <summary>The admission rules of one reconciliation: as of, credibility, the policy's own rule, revisions.</summary>
    private readonly struct Admission
    {
        private readonly ReconciliationContext _context;
        private readonly ReconciliationPolicy _policy;
        private readonly TemporalExtent? _asOf;
        private readonly Instant _cutoff;

        public Admission(ReconciliationContext context, ReconciliationPolicy policy, TemporalExtent? asOf, Instant cutoff)
        {
            _context = context;
            _policy = policy;
            _asOf = asOf;
            _cutoff = cutoff;
        }

        /// <summary>Reads and admits the estimates of <paramref name="figure"/>; the steps of those set aside go to <paramref name="steps"/> when it is not null.</summary>
        /// <param name="figure">The figure.</param>
        /// <param name="steps">Where the steps of estimates set aside go, or <see langword="null"/>.</param>
        /// <param name="supersededNumber">Whether a number was set aside as superseded: the figure had a number, so a word still does not count.</param>
        public List<Candidate> Admit(DisputedFigure figure, List<EstimateContribution>? steps, out bool supersededNumber)
        {
            var admitted = new List<Candidate>(figure.Estimates.Count);
            for (var i = 0; i < figure.Estimates.Count; i++)
            {
                var estimate = figure.Estimates[i];
                if (estimate?.Quantity is null)
                {
                    steps?.Add(new EstimateContribution
                    {
                        FigureId = figure.Id, EstimateIndex = i, StatementId = estimate?.StatementId ?? default, Role = ContributionRole.SetAside,
                        Reason = estimate is null
                            ? $"set aside: estimate {i} is missing"
                            : $"set aside: estimate {i}, by {_context.Facts(estimate.StatementId)?.Name ?? "an unknown source"} in '{estimate.StatementId}'{Candidate.Words(estimate.Wording)}, has no quantity",
                    });
                    continue;
                }

                var facts = _context.Facts(estimate.StatementId);
                var candidate = Candidate.From(figure, i, estimate, facts, _policy);
                if (candidate.Problem is not null)
                {
                    steps?.Add(candidate.Step(ContributionRole.SetAside, null, $"set aside: {candidate.Describe()} — {candidate.Problem}"));
                    continue;
                }

                if (_asOf is not null && !facts!.KnownBy(_cutoff))
                {
                    steps?.Add(candidate.Step(ContributionRole.NotYetReported, null, facts.Statement.ReportedAt is { } at
                        ? $"not yet reported as of {_asOf}: {candidate.Describe()}, reported {at}"
                        : $"not known to be reported as of {_asOf}: {candidate.Describe()}, whose reporting time is unknown"));
                    continue;
                }

                if (BelowMinimum(facts!))
                {
                    steps?.Add(candidate.Step(ContributionRole.SetAsideForCredibility, null,
                        $"set aside for credibility: {candidate.Describe()} is graded {Grade(facts!.Credibility!.Value)}, below {Grade(_policy.MinimumCredibility!.Value)}, the least this policy admits"));
                    continue;
                }

                if (_policy.SetAsideRule is { } rule && rule(new EstimateEvidence
                    {
                        Figure = figure, EstimateIndex = i, Estimate = estimate, Statement = facts!.Statement, Source = facts.Source, Credibility = facts.Credibility,
                    }) is { } refusal)
                {
                    steps?.Add(candidate.Step(ContributionRole.SetAside, null, $"set aside by the policy's rule ({refusal}): {candidate.Describe()}"));
                    continue;
                }

                admitted.Add(candidate);
            }

            return Revise(admitted, steps, out supersededNumber);
        }

        private static string Grade(Credibility grade) => grade.ToString().ToLowerInvariant();

        private bool BelowMinimum(StatementFacts facts) =>
            _policy.MinimumCredibility is { } minimum && facts.Credibility is { } grade && grade < minimum;

        /// <summary>Whether a statement can revise others here: known by the cut-off and credible enough.</summary>
        private bool CanRevise(StatementFacts facts) => (_asOf is null || facts.KnownBy(_cutoff)) && !BelowMinimum(facts);

        private List<Candidate> Revise(List<Candidate> admitted, List<EstimateContribution>? steps, out bool supersededNumber)
        {
            supersededNumber = false;
            var kept = new List<Candidate>(admitted.Count);
            foreach (var candidate in admitted)
            {
                var by = SupersederOf(candidate, admitted);
                if (by is null)
                {
                    kept.Add(candidate);
                    continue;
                }

                var marked = candidate with { SupersededBy = by.Statement.Id };
                if (_policy.KeepSuperseded)
                {
                    kept.Add(marked);
                    continue;
                }

                supersededNumber |= candidate.Quantity.IsNumeric;
                var when = by.Statement.ReportedAt is { } at ? ", reported " + at : string.Empty;
                steps?.Add(marked.Step(ContributionRole.Superseded, null,
                    $"superseded by '{by.Statement.Id}' ({by.Name}{when}): {candidate.Describe()}"));
            }

            return kept;
        }

        private StatementFacts? SupersederOf(Candidate candidate, List<Candidate> admitted)
        {
            foreach (var id in _context.SupersedersOf(candidate.StatementId))
            {
                if (id != candidate.StatementId && _context.Facts(id) is { } facts && CanRevise(facts))
                {
                    return facts;
                }
            }

            // The same source revising itself: the next of its later estimates of this figure.
            StatementFacts? next = null;
            foreach (var other in admitted)
            {
                if (other.Facts!.IsLaterThan(candidate.Facts!) && other.SourceId == candidate.SourceId && other.StatementId != candidate.StatementId
                    && (next is null || other.Facts.Start < next.Start))
                {
                    next = other.Facts;
                }
            }

            return next;
        }
    }

    /// <summary>An estimate read for reconciliation.</summary>
    private sealed record Candidate
    {
        public required FigureId FigureId { get; init; }

        public required int Index { get; init; }

        public required StatementId StatementId { get; init; }

        public required Quantity Quantity { get; init; }

        public StatementFacts? Facts { get; init; }

        public SourceId? SourceId { get; init; }

        public required string SourceName { get; init; }

        public string? Wording { get; init; }

        public string? Measure { get; init; }

        public Engagements.SideId? PartisanSide { get; init; }

        public bool SelfReported { get; init; }

        public bool IsCeiling { get; init; }

        public StatementId? SupersededBy { get; init; }

        public long? StatedLow { get; init; }

        public long High { get; init; }

        public bool OpenAbove { get; init; }

        public long Lower { get; init; }

        public long? Upper { get; init; }

        public long Nominal { get; init; }

        public string? Problem { get; init; }

        public static Candidate From(DisputedFigure figure, int index, Estimate estimate, StatementFacts? facts, ReconciliationPolicy policy)
        {
            var side = facts?.PartisanSide;
            var q = estimate.Quantity;
            string? problem = null;
            long? statedLow = null, upper = null;
            long high = 0, lower = 0, nominal = 0;
            var open = false;
            if (facts is null)
            {
                problem = "the statement is not among the engagement's statements";
            }
            else
            {
                var tolerance = policy.ApproximateTolerance;
                (statedLow, high, open, lower, upper, nominal) = q.Form switch
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
                    problem = $"its members do not fit its form {q.Form}";
                }
                else if (statedLow < 0 || high < 0)
                {
                    problem = "the quantity is negative";
                }
            }

            // Set aside, an estimate keeps no bounds: only its description and its problem are used.
            var usable = problem is null;
            return new Candidate
            {
                FigureId = figure.Id,
                Index = index,
                StatementId = estimate.StatementId,
                Quantity = q,
                Facts = facts,
                SourceId = facts?.Statement.SourceId,
                SourceName = facts?.Name ?? $"statement '{estimate.StatementId}'",
                Wording = estimate.Wording,
                Measure = MeasureText(figure.Measure),
                PartisanSide = side?.Id,
                SelfReported = side is not null && side.Id == figure.Subject?.SideId,
                Problem = problem,
                StatedLow = usable ? statedLow : null,
                High = usable ? high : 0,
                OpenAbove = usable && open,
                Lower = usable ? lower : 0,
                Upper = usable ? upper : null,
                Nominal = usable ? nominal : 0,
            };
        }

        /// <summary>The source's words, as the reasoning quotes them: <c> ("at least 40")</c>, or nothing.</summary>
        public static string Words(string? wording) => wording is null ? string.Empty : $" (\"{wording}\")";

        public string Describe()
        {
            var words = Words(Wording);
            var measure = IsCeiling ? " " + Measure : string.Empty;
            var self = SelfReported ? ", self-reported" : string.Empty;
            return $"{SourceName}, {Quantity}{measure}{words}{self}";
        }

        public EstimateContribution Step(ContributionRole role, long? value, string reason) => new()
        {
            FigureId = FigureId,
            EstimateIndex = Index,
            StatementId = StatementId,
            Role = role,
            Value = value,
            Reason = reason,
            SupersededBy = SupersededBy,
            Credibility = Facts?.Credibility,
            IsPartisan = PartisanSide is not null,
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
    }
}
