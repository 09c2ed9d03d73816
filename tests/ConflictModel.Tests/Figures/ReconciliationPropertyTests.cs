using System;
using System.Linq;
using ConflictModel.Figures;
using ConflictModel.Sources;
using ConflictModel.Testing;
using ConflictModel.Time;
using CsCheck;

namespace ConflictModel.Tests.Figures;

/// <summary>Properties of reconciliation over generated documents (with revisions, grades, parts and approximate ranges).</summary>
public class ReconciliationPropertyTests
{
    private static readonly ReconciliationPolicy[] Policies =
    [
        .. ReconciliationPolicy.BuiltIn,
        ReconciliationPolicy.FullRange with { KeepSuperseded = true, ApproximateTolerance = 0.2 },
        ReconciliationPolicy.BestEstimate with { MinimumCredibility = Credibility.Fair, ApproximateTolerance = 0.1 },
        ReconciliationPolicy.Conservative.ToBuilder("partisan aside").Partisan(PartisanRule.SetAsideEverywhere).CapByKilledOrWounded(false).Build(),
    ];

    [Fact]
    public void ReconcileRange_GivesReconcilesRange_WithoutTheReasoning_ForEveryFigureAndPolicy()
    {
        var reasoned = 0;
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[1, 6]).Sample((seed, engagements) =>
        {
            var document = DocumentGenerator.Generate(seed, engagements);
            var index = new DocumentIndex(document);
            foreach (var engagement in document.Engagements)
            {
                var context = new ReconciliationContext(index, engagement);
                foreach (var figure in engagement.Figures)
                {
                    foreach (var policy in Policies)
                    {
                        var full = FigureReconciler.Reconcile(figure, context, policy);
                        var range = FigureReconciler.ReconcileRange(figure, context, policy);
                        range.Contributions.Should().BeEmpty();
                        range.Should().Be(full with { Contributions = [] }, $"seed {seed}, {figure.Id}, {policy}");
                        reasoned += full.Contributions.Count;
                    }
                }
            }
        }, iter: 150);
        reasoned.Should().BePositive("the full reconciliations did keep their reasoning");
    }

    [Fact]
    public void EveryPolicy_LowIsAtMostBestIsAtMostHigh_ForEveryFigure_AndAsOfEveryStep()
    {
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[1, 6]).Sample((seed, engagements) =>
        {
            var document = DocumentGenerator.Generate(seed, engagements);
            var index = new DocumentIndex(document);
            foreach (var engagement in document.Engagements)
            {
                var context = new ReconciliationContext(index, engagement);
                foreach (var figure in engagement.Figures)
                {
                    foreach (var policy in Policies)
                    {
                        Ordered(FigureReconciler.Reconcile(figure, context, policy), $"seed {seed}, {figure.Id}, {policy}");
                        foreach (var step in FigureReconciler.Evolution(figure, context, policy))
                        {
                            Ordered(step.Result, $"seed {seed}, {figure.Id}, {policy} as of {step.ReportedAt}");
                        }
                    }
                }
            }
        }, iter: 150);
    }

    /// <remarks>
    /// "Never widens": the high never rises (nor gains a "+"), and the low never falls, except to 0 when every
    /// number left is an "at most" (the low then comes from what remains: "at most 203" alone is 0–203).
    /// </remarks>
    [Fact]
    public void AddingAStatementThatOnlySupersedes_NeverWidensTheDefaultRange()
    {
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[1, 4], Gen.Int[0, 1_000]).Sample((seed, engagements, pick) =>
        {
            var document = DocumentGenerator.Generate(seed, engagements);
            var e = pick % document.Engagements.Count;
            var engagement = document.Engagements[e];
            var superseded = engagement.Statements.Where((_, i) => ((pick >> (i % 10)) & 1) == 1).Select(s => s.Id).ToArray();
            var revision = new SourcedStatement
            {
                Id = new StatementId("added-revision"),
                SourceId = document.Sources[pick % document.Sources.Count].Id,
                Stance = StatementStance.Report,
                Summary = "A correction that withdraws earlier figures and gives none.",
                ReportedAt = TemporalExtent.InYear(2030),
                Supersedes = superseded,
            };
            var revised = engagement with { Statements = engagement.Statements.Add(revision) };
            var before = new ReconciliationContext(new DocumentIndex(document), engagement);
            var after = new ReconciliationContext(new DocumentIndex(document with { Engagements = document.Engagements.SetItem(e, revised) }), revised);

            foreach (var figure in engagement.Figures)
            {
                var was = FigureReconciler.Reconcile(figure, before, ReconciliationPolicy.FullRange);
                var now = FigureReconciler.Reconcile(figure, after, ReconciliationPolicy.FullRange);
                var why = $"seed {seed}, {figure.Id}, superseding [{string.Join(", ", superseded)}]: {was.ToRangeText()} became {now.ToRangeText()}";
                if (now.Low is null)
                {
                    continue; // every estimate withdrawn: unknown, which is no range at all
                }

                was.Low.Should().NotBeNull(why);
                if (now.Low < was.Low)
                {
                    // The one way the low can fall: every number left is an "at most", which states no
                    // minimum, so the low is 0 because of what remains, not because of the revision.
                    now.Low.Should().Be(0, why);
                    now.Contributions.Should().NotContain(c => c.Role == ContributionRole.SetsLow, why);
                }

                now.High.Should().BeLessThanOrEqualTo(was.High!.Value, why);
                if (now.High == was.High && now.IsOpenEnded)
                {
                    was.IsOpenEnded.Should().BeTrue(why);
                }
            }
        }, iter: 300);
    }

    private static void Ordered(ReconciledFigure r, string because)
    {
        if (r.Low is not { } low)
        {
            r.High.Should().BeNull(because);
            r.Best.Should().BeNull(because);
            return;
        }

        r.High.Should().NotBeNull(because);
        low.Should().BeLessThanOrEqualTo(r.High!.Value, because);
        if (r.Best is { } best)
        {
            best.Should().BeInRange(low, r.High!.Value, because);
        }
    }
}
