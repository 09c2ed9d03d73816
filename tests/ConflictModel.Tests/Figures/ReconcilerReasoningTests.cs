using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ConflictModel.Figures;
using ConflictModel.Sources;
using ConflictModel.Time;
using static ConflictModel.Tests.Figures.ReconciliationFixture;

namespace ConflictModel.Tests.Figures;

/// <summary>
/// The exact reasoning of the reconciler: for each scenario below, under each built-in policy (and the variants a
/// scenario names), the reconciled range and every step (role, estimate, value, revision, grade, partisanship and the
/// sentence) must be the ones approved in <c>ReconcilerReasoning.txt</c>. The sentences are what the CLI's
/// <c>summary</c> and <see cref="ReconciledFigure.Explain"/> show a reader; a changed word, a dropped step or a step
/// with another role is a visible change.
/// </summary>
/// <remarks>
/// When the reasoning changes on purpose, or a scenario is added, the test fails and writes what the reconciler now
/// says to <c>ReconcilerReasoning.received.txt</c> beside the approved file: read the difference, and copy it over the
/// approved file if every change is meant.
/// </remarks>
public class ReconcilerReasoningTests
{
    private static string Approved => Path.Combine(ReadmeExampleTests.RepositoryRoot(), "tests", "ConflictModel.Tests", "Figures", "ReconcilerReasoning.txt");

    private static readonly ReconciliationPolicy Tolerant = ReconciliationPolicy.FullRange.ToBuilder("full range, 10% tolerance").Tolerance(0.1).Build();

    private static readonly ReconciliationPolicy KeepingHistory = ReconciliationPolicy.BestEstimate.ToBuilder("best estimate, keeping superseded").KeepSuperseded().Build();

    private static readonly ReconciliationPolicy FairOrBetter = ReconciliationPolicy.BestEstimate.ToBuilder("best estimate, fair or better").SetAsideBelow(Credibility.Fair).Build();

    private static readonly ReconciliationPolicy NoLocalOfficials = ReconciliationPolicy.FullRange.ToBuilder("full range, no local officials")
        .SetAsideWhen(e => e.Source?.Kind == SourceKind.LocalOfficial ? "a local official" : null).Build();

    private static readonly ReconciliationPolicy Everywhere = ReconciliationPolicy.BestEstimate.ToBuilder("best estimate, partisans set aside everywhere")
        .Partisan(PartisanRule.SetAsideEverywhere).Build();

    private static readonly ReconciliationPolicy Uncapped = ReconciliationPolicy.Conservative.ToBuilder("conservative, uncapped").CapByKilledOrWounded(false).Build();

    private sealed record Scenario(string Name, DisputedFigure Figure, ReconciliationContext Context, ReconciliationPolicy[] Policies, TemporalExtent? AsOf = null);

    private static ReconciliationPolicy[] BuiltInAnd(params ReconciliationPolicy[] more) => [.. ReconciliationPolicy.BuiltIn, .. more];

    private static Scenario One(string name, Measure measure, ReconciliationPolicy[] policies, params (string, Quantity)[] estimates)
    {
        var (figure, context) = Single(measure, Defenders, estimates);
        return new Scenario(name, figure, context, policies);
    }

    private static IEnumerable<Scenario> Scenarios()
    {
        yield return One("exact and at least", Measure.Killed, BuiltInAnd(), ("agency", Quantity.Exactly(30)), ("analyst", Quantity.AtLeast(45)));
        yield return One("at most only", Measure.Wounded, BuiltInAnd(), ("agency", Quantity.AtMost(20)));
        yield return One("about, widened by a tolerance", Measure.Killed, BuiltInAnd(Tolerant), ("agency", Quantity.About(40)), ("analyst", Quantity.Exactly(41)));
        yield return One("approximate and open ranges", Measure.Killed, BuiltInAnd(Tolerant),
            ("analyst", Quantity.AboutBetween(30, 40)), ("agency", Quantity.Between(35, 60, openEnded: true)));
        yield return One("approximate open range", Measure.Killed, BuiltInAnd(Tolerant), ("analyst", Quantity.AboutBetween(30, 40) with { OpenEnded = true }));
        yield return One("qualitative beside a number of the same source", Measure.Killed, BuiltInAnd(),
            ("agency", Quantity.Qualitative("dozens")), ("agency", Quantity.Exactly(30)));
        yield return One("qualitative beside another source's number", Measure.Killed, BuiltInAnd(),
            ("agency", Quantity.Qualitative("dozens")), ("analyst", Quantity.Exactly(30)));
        yield return One("qualitative terms only", Measure.Killed, BuiltInAnd(),
            ("agency", Quantity.Qualitative("dozens")), ("analyst", Quantity.Qualitative("Dozens")));
        yield return One("two different qualitative terms", Measure.Killed, BuiltInAnd(),
            ("agency", Quantity.Qualitative("dozens")), ("analyst", Quantity.Qualitative("several")));
        yield return One("partisan claims", Measure.Killed, BuiltInAnd(Everywhere),
            ("army-press", Quantity.Exactly(5)), ("agency", Quantity.Exactly(20)), ("group-press", Quantity.Exactly(60)), ("analyst", Quantity.AtLeast(12)));
        yield return One("partisan claims only", Measure.Killed, BuiltInAnd(Everywhere), ("army-press", Quantity.Exactly(5)), ("group-press", Quantity.Exactly(60)));
        yield return One("independent estimates that conflict", Measure.Killed, BuiltInAnd(),
            ("agency", Quantity.AtMost(10)), ("analyst", Quantity.AtLeast(20)), ("analyst", Quantity.Exactly(30)));
        yield return One("estimates that cannot be used", Measure.Killed, BuiltInAnd(),
            ("nobody", Quantity.Exactly(3)), ("agency", new Quantity { Form = QuantityForm.Range, Low = 10, High = 5 }),
            ("analyst", new Quantity { Form = QuantityForm.Exact, Value = -3 }), ("agency", new Quantity { Form = QuantityForm.Exact }), ("analyst", Quantity.Exactly(7)));

        yield return One("a range of one number, zero and an open term", Measure.Killed, BuiltInAnd(),
            ("agency", Quantity.Between(13, 13)), ("analyst", Quantity.Exactly(0)), ("agency", Quantity.Qualitative("some")));
        yield return One("an open qualitative term alone", Measure.Killed, BuiltInAnd(), ("agency", Quantity.Qualitative("some")));
        yield return One("conflicting estimates with a range in the middle", Measure.Killed, BuiltInAnd(),
            ("agency", Quantity.AtMost(5)), ("analyst", Quantity.Between(10, 20)), ("analyst", Quantity.AtLeast(40)));
        yield return One("conflicting estimates with an approximate range in the middle", Measure.Killed, BuiltInAnd(Tolerant),
            ("agency", Quantity.AtMost(5)), ("analyst", Quantity.AboutBetween(10, 20)), ("analyst", Quantity.AtLeast(40)));
        yield return One("about an odd number, widened outwards", Measure.Killed, BuiltInAnd(Tolerant), ("agency", Quantity.About(45)));
        yield return One("qualitative beside numbers of its own and another source", Measure.Killed, BuiltInAnd(),
            ("agency", Quantity.Qualitative("dozens")), ("agency", Quantity.Exactly(30)), ("analyst", Quantity.Exactly(40)));

        var unknownQuantity = Figure("f", Measure.Killed, Defenders, ("agency", Quantity.Exactly(8)));
        unknownQuantity = unknownQuantity with { Estimates = [unknownQuantity.Estimates[0], new Estimate { StatementId = new StatementId("st-nobody"), Quantity = null! }] };
        yield return new Scenario("no quantity, by an unknown statement", unknownQuantity, Context(unknownQuantity), [ReconciliationPolicy.FullRange]);

        var woundedCapped = Figure("wounded", Measure.Wounded, Defenders, ("agency", Quantity.Exactly(50)));
        var lowCeiling = Figure("kow", Measure.KilledOrWounded, Defenders, ("analyst", Quantity.Exactly(30)));
        yield return new Scenario("wounded capped by killed or wounded", woundedCapped, Context(woundedCapped, lowCeiling), BuiltInAnd());

        var killedEqual = Figure("killed", Measure.Killed, Defenders, ("agency", Quantity.Exactly(30)));
        var equalCeiling = Figure("kow", Measure.KilledOrWounded, Defenders, ("analyst", Quantity.Exactly(30)));
        yield return new Scenario("killed equal to killed or wounded", killedEqual, Context(killedEqual, equalCeiling), BuiltInAnd());

        var killedLow = Figure("killed", Measure.Killed, Defenders, ("agency", Quantity.AtLeast(10)));
        var ceilingA = Figure("kow-a", Measure.KilledOrWounded, Defenders, ("analyst", Quantity.Exactly(30)));
        var ceilingB = Figure("kow-b", Measure.KilledOrWounded, Defenders, ("agency", Quantity.Exactly(30)));
        yield return new Scenario("two equal killed-or-wounded ceilings", killedLow, Context(killedLow, ceilingA, ceilingB), [ReconciliationPolicy.FullRange]);

        var missing = Figure("f", Measure.Killed, Defenders, ("agency", Quantity.Exactly(8)));
        missing = missing with { Estimates = [missing.Estimates[0], null!, new Estimate { StatementId = new StatementId("st-analyst"), Quantity = null!, Wording = "a few" }] };
        yield return new Scenario("missing estimate and missing quantity", missing, Context(missing), BuiltInAnd());

        var killed = Figure("killed", Measure.Killed, Defenders, ("agency", Quantity.Exactly(50)), ("analyst", Quantity.AtLeast(40)));
        var killedOrWounded = Figure("kow", Measure.KilledOrWounded, Defenders, ("analyst", Quantity.Exactly(30)), ("agency", Quantity.Qualitative("dozens")), ("agency", Quantity.AtLeast(20)));
        yield return new Scenario("killed capped by killed or wounded", killed, Context(killed, killedOrWounded), BuiltInAnd(Uncapped));

        var wounded = Figure("wounded", Measure.Wounded, Defenders, ("agency", Quantity.AtLeast(10)));
        var ceiling = Figure("kow", Measure.KilledOrWounded, Defenders, ("analyst", Quantity.Between(12, 70)));
        yield return new Scenario("wounded below a killed-or-wounded range", wounded, Context(wounded, ceiling), BuiltInAnd());

        var toll = RevisionFixture.Toll;
        var news = RevisionFixture.Context(toll);
        ReconciliationPolicy[] revising = [.. ReconciliationPolicy.BuiltIn, KeepingHistory, FairOrBetter, NoLocalOfficials];
        yield return new Scenario("a toll revised as the news came in", toll, news, revising);
        yield return new Scenario("the toll as of 3 June", toll, news, revising, TemporalExtent.OnDay(2025, 6, 3));
        yield return new Scenario("the toll as of 7 June", toll, news, revising, TemporalExtent.OnDay(2025, 6, 7));

        var withdrawn = RevisionFixture.Figure(("security-first", Quantity.AtLeast(40), "at least 40"), ("hospital", Quantity.Qualitative("dozens"), "dozens"));
        yield return new Scenario("a number withdrawn beside a qualitative term", withdrawn, RevisionFixture.Context(withdrawn), BuiltInAnd());

        var undatedCorrection = RevisionFixture.News.Append(RevisionFixture.Statement("correction", "investigators", null, "agency-day2")).ToArray();
        yield return new Scenario("superseded by an undated statement", toll, RevisionFixture.Context(toll, undatedCorrection), [ReconciliationPolicy.FullRange]);

        SourcedStatement[] thrice =
        [
            RevisionFixture.Statement("a1", "agency", TemporalExtent.OnDay(2025, 6, 2)),
            RevisionFixture.Statement("a2", "agency", TemporalExtent.OnDay(2025, 6, 3)),
            RevisionFixture.Statement("a3", "agency", TemporalExtent.OnDay(2025, 6, 4)),
        ];
        var revisedTwice = RevisionFixture.Figure(("a3", Quantity.Exactly(30), "30"), ("a1", Quantity.Exactly(10), "10"), ("a2", Quantity.Exactly(20), "20"));
        yield return new Scenario("a source revising itself twice", revisedTwice, RevisionFixture.Context(revisedTwice, thrice), [ReconciliationPolicy.FullRange, KeepingHistory]);

        var undated = RevisionFixture.News.Select(s => s.Id.Value == "agency-day2" ? s with { ReportedAt = null } : s).ToArray();
        yield return new Scenario("the toll as of 4 June, one report undated", toll, RevisionFixture.Context(toll, undated), [ReconciliationPolicy.FullRange], TemporalExtent.OnDay(2025, 6, 4));
    }

    private static IEnumerable<string> Lines(Scenario scenario)
    {
        foreach (var policy in scenario.Policies)
        {
            var r = scenario.AsOf is null
                ? FigureReconciler.Reconcile(scenario.Figure, scenario.Context, policy)
                : FigureReconciler.ReconcileAsOf(scenario.Figure, scenario.Context, policy, scenario.AsOf);
            yield return string.Join('\t', scenario.Name, policy.Name + (r.AsOf is null ? string.Empty : " as of " + r.AsOf), Range(r));
            foreach (var c in r.Contributions)
            {
                yield return string.Join('\t', scenario.Name, policy.Name, "  " + c.Role, "#" + c.EstimateIndex.ToString(CultureInfo.InvariantCulture), c.FigureId.Value,
                    c.StatementId.Value, Text(c.Value), c.SupersededBy?.Value ?? "-", c.Credibility?.ToString() ?? "-", c.IsPartisan ? "partisan" : "-", c.Reason);
            }
        }
    }

    private static string Text(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Range(ReconciledFigure r) =>
        $"{r.ToRangeText()} (low {Text(r.Low)}, best {Text(r.Best)}, high {Text(r.High)}{(r.IsOpenEnded ? ", open" : string.Empty)}{(r.QualitativeTerm is null ? string.Empty : ", term " + r.QualitativeTerm)})";

    [Fact]
    public void EveryScenario_IsReasonedAsApproved()
    {
        var received = Scenarios().SelectMany(Lines).Select(l => l.Replace("\n", "\\n", StringComparison.Ordinal)).ToList();
        var approved = File.Exists(Approved) ? File.ReadAllLines(Approved).Where(l => l.Length > 0).ToList() : [];

        if (!received.SequenceEqual(approved))
        {
            File.WriteAllLines(Path.ChangeExtension(Approved, ".received.txt"), received);
        }

        received.Should().Equal(approved, $"the reasoning must be the one approved in {Approved} (what the reconciler says now is in ReconcilerReasoning.received.txt)");
    }

    [Fact]
    public void EveryScenario_ReconcileRange_IsReconcileWithoutItsReasoning()
    {
        foreach (var scenario in Scenarios().Where(s => s.AsOf is null))
        {
            foreach (var policy in scenario.Policies)
            {
                var full = FigureReconciler.Reconcile(scenario.Figure, scenario.Context, policy);
                var range = FigureReconciler.ReconcileRange(scenario.Figure, scenario.Context, policy);

                range.Contributions.Should().BeEmpty();
                range.Should().Be(full with { Contributions = [] }, $"{scenario.Name} under {policy.Name}");
            }
        }
    }

    [Fact]
    public void EveryScenario_ReconcileAll_GivesEachFiguresReconcile()
    {
        foreach (var scenario in Scenarios().Where(s => s.AsOf is null))
        {
            var all = FigureReconciler.ReconcileAll(scenario.Context, ReconciliationPolicy.BestEstimate);

            all.Select(r => r.FigureId).Should().Equal(scenario.Context.Engagement.Figures.Where(f => f is not null).Select(f => f.Id));
            all.Single(r => r.FigureId == scenario.Figure.Id).Should().Be(FigureReconciler.Reconcile(scenario.Figure, scenario.Context, ReconciliationPolicy.BestEstimate));
        }
    }
}
