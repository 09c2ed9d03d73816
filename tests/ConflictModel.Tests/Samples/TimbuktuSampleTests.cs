using System.Diagnostics;
using System.IO;
using System.Linq;
using ConflictModel.Figures;
using ConflictModel.Reporting;
using Timbuktu2025;

namespace ConflictModel.Tests.Samples;

public class TimbuktuSampleTests
{
    private static readonly DatasetDocument Document = TimbuktuAttack.Build();

    private static ReconciledFigure Reconcile(FigureId id, ReconciliationPolicy policy)
    {
        var engagement = Document.Engagements.Single(e => e.Id == TimbuktuAttack.AttackId);
        return FigureReconciler.Reconcile(engagement.Figures.Single(f => f.Id == id), ReconciliationContext.For(Document, engagement), policy);
    }

    [Fact]
    public void FullRange_MalianSide_Is30To60Plus()
    {
        var r = Reconcile(TimbuktuAttack.MaliKilled, ReconciliationPolicy.FullRange);

        r.ToRangeText().Should().Be("30–60+");
        r.Explain().Should().Contain("low 30: Agence France-Presse").And.Contain("high 60+: A local elected official in Timbuktu via Agence France-Presse");
        r.Contributions.Should().Contain(c => c.Role == ContributionRole.SetAside && c.Reason.Contains("qualitative term"),
            "Wikipedia's own 'several dozen' is a word where numbers exist");
    }

    [Fact]
    public void FullRange_Jnim_Is6To14_AndTheExplanationSaysWhere14ComesFrom()
    {
        var r = Reconcile(TimbuktuAttack.JnimKilled, ReconciliationPolicy.FullRange);

        r.ToRangeText().Should().Be("6–14");
        var cap = r.Contributions.Single(c => c.Value == 14);
        cap.FigureId.Should().Be(TimbuktuAttack.JnimKilledOrWounded);
        cap.Reason.Should().Contain("Malian army").And.Contain("fourteen jihadists were killed or injured").And.Contain("killed or wounded caps killed");
    }

    [Fact]
    public void Lynched_IsOnePerson()
    {
        Reconcile(TimbuktuAttack.Lynched, ReconciliationPolicy.FullRange).ToRangeText().Should().Be("1");
    }

    [Fact]
    public void OtherPolicies_GiveTheirOwnReadings()
    {
        Reconcile(TimbuktuAttack.MaliKilled, ReconciliationPolicy.Conservative).Best.Should().Be(30);
        Reconcile(TimbuktuAttack.MaliKilled, ReconciliationPolicy.BestEstimate).Best.Should().Be(60);
        Reconcile(TimbuktuAttack.JnimKilled, ReconciliationPolicy.Conservative).Best.Should().Be(6);
        Reconcile(TimbuktuAttack.JnimKilled, ReconciliationPolicy.BestEstimate).Best.Should().Be(6);
        Reconcile(TimbuktuAttack.MaliMissing, ReconciliationPolicy.BestEstimate).ToRangeText().Should().Be("several");
    }

    [Fact]
    public void Document_EncodesTheArticlesKeyFacts()
    {
        var attack = Document.Engagements.Single(e => e.Id == TimbuktuAttack.AttackId);

        attack.Time.ToString().Should().Be("~2025-06-02T10 Africa/Bamako");
        attack.Sites.Select(s => s.Name).Should().Contain(["Timbuktu Airport", "Assadi checkpoint", "Ber checkpoint", "Arwen checkpoint"]);
        attack.Outcomes.Should().Contain(o => o.Result == Engagements.OutcomeResult.Captured && o.HeldLongTerm == false);
        attack.Statements.Should().Contain(s => s.Quote == "thwarted an infiltration attempt");
        attack.Statements.Should().Contain(s => s.Stance == Sources.StatementStance.ClaimOfResponsibility);
        attack.Statements.Single(s => s.Id.Value == "official-at-least-60").Via.Select(v => v.Value).Should().Equal("afp");
        attack.Relations.Select(r => r.TargetId).Should().Contain([TimbuktuAttack.DiouraId, TimbuktuAttack.BoulikessiId]);
        Document.Engagements.Single(e => e.Id == TimbuktuAttack.DiouraId).Figures.Single().Estimates.Single().Quantity.Should().Be(Quantity.Exactly(40));
    }

    [Fact]
    public void Summary_ContainsTheFiguresTableWithEveryPolicy()
    {
        var text = DocumentSummaryWriter.ToText(Document);

        text.Should().Contain("Figures").And.Contain("full range").And.Contain("conservative").And.Contain("best estimate");
        text.Should().MatchRegex(@"Malian Army and Wagner Group: killed\s+\| Agence France-Presse\s+\| ≥30 .*\| 30–60\+\s+\| 30\s+\| 60 \(30–60\+\)");
        text.Should().MatchRegex(@"Jama'at Nasr al-Islam wal-Muslimin: killed\s+\| Wassim Nasr\s+\| 6 .*\| 6–14 ");
        text.Should().Contain("Timeline").And.Contain("Outcomes").And.Contain("Sides");
    }

#if NET10_0_OR_GREATER // the sample program itself is built for net10.0 only
    [Fact]
    public void Sample_RunsAsAProcessAndPrintsTheSummary()
    {
        var dll = Path.Combine(System.AppContext.BaseDirectory, "Timbuktu2025.dll");
        var start = new ProcessStartInfo("dotnet", [dll]) { RedirectStandardOutput = true, RedirectStandardError = true };

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit(60_000).Should().BeTrue();

        process.ExitCode.Should().Be(0, errors);
        output.Replace("\r\n", "\n").Should().Be(DocumentSummaryWriter.ToText(Document));
    }
#endif
}
