using System.Linq;
using System.Text.RegularExpressions;
using ConflictModel.Figures;
using ConflictModel.Json;
using ConflictModel.Sources;
using ConflictModel.Time;
using ConflictModel.Validation;
using static ConflictModel.Tests.Figures.RevisionFixture;

namespace ConflictModel.Tests.Figures;

/// <summary>
/// The examples of docs/modelling-guide.md on tolls that change, credibility, policies of your own, parts of
/// a whole and approximate ranges: each C# example is this file's code between its markers, and each JSON
/// example is read from the guide and run.
/// </summary>
public class ModellingGuideExampleTests
{
    private const string Guide = "docs/modelling-guide.md";

    [Fact]
    public void TollsThatChange_TheSupersedesExample_IsReadAndRevisesTheFirstCount()
    {
        var json = GuideJsonBlock("Tolls that change", 0);
        var final = News.Single(s => s.Id.Value == "investigators-final");

        var document = ReadWithStatement(json, News.Length - 1);

        var read = document.Engagements[0].Statements.Single(s => s.Id == final.Id);
        read.Supersedes.Should().Equal(new StatementId("security-first"));
        read.ReportedAt.Should().Be(final.ReportedAt);
        var killed = document.Engagements[0].Figures[0];
        var context = new ReconciliationContext(new DocumentIndex(document), document.Engagements[0]);
        foreach (var policy in ReconciliationPolicy.BuiltIn)
        {
            FigureReconciler.Reconcile(killed, context, policy).ToRangeText().Should().Be("145", policy.Name);
        }

        DatasetValidator.Default.Validate(document).HasErrors.Should().BeFalse();
    }

    [Fact]
    public void TollsThatChange_AsOfAndEvolution_GiveTheGuidesTable()
    {
        var killed = Toll;
        var context = Context(killed);

        // GUIDE-ASOF:begin
        var june3 = FigureReconciler.ReconcileAsOf(killed, context, ReconciliationPolicy.FullRange, TemporalExtent.OnDay(2025, 6, 3));
        var history = ReconciliationPolicy.FullRange with { KeepSuperseded = true };
        var whole = FigureReconciler.Reconcile(killed, context, history);
        var chart = FigureReconciler.Evolution(killed, context, ReconciliationPolicy.FullRange)
            .Select(step => (When: step.ReportedAt.ToString(), Range: step.Result.ToRangeText()))
            .ToList();
        // GUIDE-ASOF:end

        june3.ToRangeText().Should().Be("40–52+");
        whole.ToRangeText().Should().Be("40–145");
        chart.Should().Equal(("2025-06-02T20", "40+"), ("2025-06-03", "40–52+"), ("2025-06-04", "40–100"), ("2025-06-07", "60–145"));
        var table = Section("Tolls that change");
        foreach (var (when, range) in chart)
        {
            table.Should().MatchRegex($@"\| {Regex.Escape(when)} \|[^\n]*\| {Regex.Escape(range)} \|");
        }

        ReadmeExampleTests.AssertDocumentContains(Guide, "ModellingGuideExampleTests.cs", "GUIDE-ASOF");
    }

    [Fact]
    public void Credibility_TheGuidesGradesAndItsReason()
    {
        var figure = Figure(("agency-day2", Quantity.AtLeast(52), "at least 52"), ("hospital", Quantity.About(100), "about 100"), ("rumour", Quantity.Exactly(200), "200"));
        var context = Context(figure);

        // GUIDE-CREDIBILITY:begin
        var strict = ReconciliationPolicy.FullRange with { MinimumCredibility = Credibility.Fair };
        var r = FigureReconciler.Reconcile(figure, context, strict);
        var setAside = r.Contributions.Where(c => c.Role == ContributionRole.SetAsideForCredibility).Select(c => c.Reason);
        // GUIDE-CREDIBILITY:end

        r.ToRangeText().Should().Be("52+");
        setAside.Should().Equal(
            "set aside for credibility: Hospital, ~100 (\"about 100\") is graded weak, below fair, the least this policy admits",
            "set aside for credibility: Social media, 200 (\"200\") is graded discounted, below fair, the least this policy admits");
        var builtIn = FigureReconciler.Reconcile(figure, context, ReconciliationPolicy.FullRange);
        builtIn.ToRangeText().Should().Be("52–100");
        var discounted = builtIn.Contributions.Single(c => c.Role == ContributionRole.SetAsideForCredibility).Reason;
        Prose("Credibility").Should().Contain($"`{discounted}`");
        ReadmeExampleTests.AssertDocumentContains(Guide, "ModellingGuideExampleTests.cs", "GUIDE-CREDIBILITY");
    }

    [Fact]
    public void PoliciesOfYourOwn_TheGuidesPolicy_BuildsAndSetsAsideAsItSays()
    {
        // GUIDE-POLICY:begin
        var cautious = ReconciliationPolicy.Define("independent, fair or better")
            .LowFrom(LowRule.SmallestStatedMinimum)      // or LowRule.Best
            .BestFrom(BestRule.SmallestConsistentValue)   // None, SmallestIndependentMinimum, SmallestConsistentValue
            .HighFrom(HighRule.LargestStatedNumber)       // or HighRule.Best
            .Partisan(PartisanRule.SetAsideEverywhere)    // Admit, SetAsideForBest, SetAsideEverywhere
            .SetAsideBelow(Credibility.Fair)              // default: Contested (only discounted set aside)
            .KeepSuperseded(false)                        // default: revisions replace what they revise
            .CapByKilledOrWounded(true)                   // default: killed <= killed-or-wounded
            .SetAsideWhen(e => e.Source?.Kind == SourceKind.SocialMedia ? "social media only" : null)
            .Build();
        // GUIDE-POLICY:end

        var figure = Figure(("agency-day2", Quantity.AtLeast(52), "at least 52"), ("hospital", Quantity.About(100), "about 100"));
        var statements = News.Append(Statement("post", "social", TemporalExtent.OnDay(2025, 6, 5))).ToArray();
        figure = figure with { Estimates = figure.Estimates.Add(Estimate.Of(new StatementId("post"), Quantity.Exactly(90), "90")) };

        var r = FigureReconciler.Reconcile(figure, Context(figure, statements), cautious);

        r.ToRangeText().Should().Be("52+");
        r.Best.Should().Be(52);
        r.Contributions.Where(c => c.Role is ContributionRole.SetAside or ContributionRole.SetAsideForCredibility).Select(c => c.Reason).Should().Equal(
            "set aside by the policy's rule (social media only): Social media, 90 (\"90\")",
            "set aside for credibility: Hospital, ~100 (\"about 100\") is graded weak, below fair, the least this policy admits");

        var single = () => ReconciliationPolicy.Define("single").LowFrom(LowRule.Best).BestFrom(BestRule.None).HighFrom(HighRule.LargestStatedNumber).Partisan(PartisanRule.Admit).Build();
        var message = single.Should().Throw<System.InvalidOperationException>().Which.Message;
        message.Should().Be("The reconciliation policy 'single' cannot be built: it takes the low from the best value but has no best value (BestRule.None).");
        Prose("Policies of your own").Should().Contain("`" + message.TrimEnd('.') + "`");
        ReadmeExampleTests.AssertDocumentContains(Guide, "ModellingGuideExampleTests.cs", "GUIDE-POLICY");
    }

    [Fact]
    public void PartsOfAWhole_TheGuidesFigures_AreReadNeverAddedAndWarned()
    {
        var json = GuideJsonBlock("Parts of a whole", 0);
        var text = Minimal(figures: json);

        var document = DatasetJson.Read(text);

        var figures = document.Engagements[0].Figures;
        figures.Select(f => (f.Id.Value, f.PartOf?.Value)).Should().Equal(("civilians-killed", null), ("children-killed", "civilians-killed"));
        var context = new ReconciliationContext(new DocumentIndex(document), document.Engagements[0]);
        FigureReconciler.Reconcile(figures[0], context, ReconciliationPolicy.FullRange).ToRangeText().Should().Be("12+", "the 4 children are among the 12, never added to them");
        FigureReconciler.Reconcile(figures[1], context, ReconciliationPolicy.FullRange).ToRangeText().Should().Be("4");
        DatasetValidator.Default.Validate(document).Problems.Should().BeEmpty();

        var tooMany = document with
        {
            Engagements = [document.Engagements[0] with { Figures = [figures[0] with { Estimates = [figures[0].Estimates[0] with { Quantity = Quantity.AtMost(3) }] }, figures[1]] }],
        };
        DatasetValidator.Default.Validate(tooMany).Problems.Should().ContainSingle().Which.Code.Should().Be("CM3023");
    }

    [Fact]
    public void ApproximateRanges_TheGuidesQuantity_IsReadAndWidenedByTheTolerance()
    {
        var json = GuideJsonBlock("Approximate ranges", 0);
        var document = DatasetJson.Read(Minimal(figures: $$"""[{ "id": "killed", "measure": "killed", "subject": { "kind": "all" }, "estimates": [{ "statementId": "afp", "quantity": {{json}} }] }]"""));
        var quantity = document.Engagements[0].Figures[0].Estimates[0].Quantity;
        var context = new ReconciliationContext(new DocumentIndex(document), document.Engagements[0]);
        var killed = document.Engagements[0].Figures[0];

        // GUIDE-APPROXIMATE:begin
        var about = Quantity.AboutBetween(3_000, 4_000);                   // "c. 3,000–4,000"
        var tolerant = ReconciliationPolicy.FullRange with { ApproximateTolerance = 0.1 };
        var range = FigureReconciler.Reconcile(killed, context, tolerant); // 2700–4400
        // GUIDE-APPROXIMATE:end

        quantity.Should().Be(about);
        range.ToRangeText().Should().Be("2700–4400");
        FigureReconciler.Reconcile(killed, context, ReconciliationPolicy.FullRange).ToRangeText().Should().Be("3000–4000", "the default tolerance is 0");
        var exact = Quantity.Between(3_000, 4_000);
        var notApproximate = killed with { Estimates = [killed.Estimates[0] with { Quantity = exact }] };
        FigureReconciler.Reconcile(notApproximate, context, tolerant).ToRangeText().Should().Be("3000–4000", "a range that is not approximate is not widened");
        ReadmeExampleTests.AssertDocumentContains(Guide, "ModellingGuideExampleTests.cs", "GUIDE-APPROXIMATE");
    }

    /// <summary>Reads the revision fixture's document with its statement at <paramref name="position"/> replaced by <paramref name="statementJson"/>.</summary>
    private static DatasetDocument ReadWithStatement(string statementJson, int position)
    {
        var figure = Figure(("security-first", Quantity.AtLeast(40), "at least 40"), ("investigators-final", Quantity.Exactly(145), "145"));
        var statements = News.Select(s => s with { Supersedes = [] }).ToArray();
        var node = System.Text.Json.Nodes.JsonNode.Parse(DatasetJson.Write(Document(statements, figure)))!;
        node["engagements"]![0]!["statements"]![position] = System.Text.Json.Nodes.JsonNode.Parse(statementJson);
        return DatasetJson.Read(node.ToJsonString());
    }

    /// <summary>A minimal valid document (one source, AFP, and one engagement with its statement "afp") holding <paramref name="figures"/>, a JSON array.</summary>
    private static string Minimal(string figures) => $$"""
        {
          "formatVersion": "1.0",
          "actors": [{ "id": "army", "name": "Army", "kind": "stateForces" }, { "id": "group", "name": "Group", "kind": "nonStateArmedGroup" }],
          "sources": [{ "id": "afp", "name": "AFP", "kind": "newsAgency" }],
          "engagements": [{
            "id": "attack", "name": "Attack", "type": "attack", "time": { "start": "2025-06-02", "precision": "day" },
            "sides": [{ "id": "attackers", "role": "attacker", "actorIds": ["group"] }, { "id": "defenders", "role": "defender", "actorIds": ["army"] }],
            "statements": [{ "id": "afp", "sourceId": "afp", "stance": "report", "summary": "AFP's count." }],
            "figures": {{figures}}
          }]
        }
        """;

    private static string Section(string heading)
    {
        var guide = System.IO.File.ReadAllText(System.IO.Path.Combine(ReadmeExampleTests.RepositoryRoot(), Guide)).Replace("\r\n", "\n");
        var start = guide.IndexOf("\n## " + heading + "\n", System.StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, $"the guide has a section '{heading}'");
        var end = guide.IndexOf("\n## ", start + 4, System.StringComparison.Ordinal);
        return guide[start..(end < 0 ? guide.Length : end)];
    }

    /// <summary>The prose of the guide's section <paramref name="heading"/> with its lines joined, so that quoted reasons can be found whatever the line breaks.</summary>
    private static string Prose(string heading) => Section(heading).Replace("\n", " ", System.StringComparison.Ordinal);

    /// <summary>The <paramref name="n"/>th JSON code block of the guide's section <paramref name="heading"/>.</summary>
    private static string GuideJsonBlock(string heading, int n)
    {
        var blocks = Regex.Matches(Section(heading), "```json\n(.*?)\n```", RegexOptions.Singleline);
        blocks.Count.Should().BeGreaterThan(n, $"the section '{heading}' has a JSON example");
        return blocks[n].Groups[1].Value;
    }
}
