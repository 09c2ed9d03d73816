using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Figures;
using ConflictModel.Interop.Wikipedia;
using ConflictModel.Time;
using Timbuktu2025;

namespace ConflictModel.Interop.Tests.Wikipedia;

/// <summary>The seed article's infobox against the Timbuktu sample, and the sample rendered as an infobox.</summary>
public class TimbuktuInfoboxTests
{
    private static readonly DatasetDocument Sample = TimbuktuAttack.Build();

    private static Engagements.Engagement Attack => Sample.Engagements.Single(e => e.Id == TimbuktuAttack.AttackId);

    [Fact]
    public void SeedInfobox_ParsesIntoTheFiguresTheSampleEncodes()
    {
        var data = InfoboxReader.FromParameters(SeedParameters());

        data.Name.Should().Be("2025 Timbuktu attack");
        data.PartOf.Should().Be("Mali War");
        data.Date.Should().Be(TemporalExtent.OnDay(2025, 6, 2));
        data.Place.Should().Be("Timbuktu Airport and checkpoints on the outskirts of the city, Timbuktu, Mali");
        data.Result.Should().Be("Timbuktu Airport attack foiled, Several checkpoints captured");
        data.Sides.Select(s => s.Number).Should().Equal(1, 2, 3);
        data.Sides[0].Combatants.Should().Equal("Malian Army", "Wagner Group");
        data.Sides[1].Combatants.Should().Equal("Jama'at Nasr al-Islam wal Muslimin");

        // Column 1 is the Malian side: its combatants are the sample's actors (by name or alias).
        var actorNames = Sample.Actors.SelectMany(a => a.Aliases.Prepend(a.Name)).ToList();
        data.Sides[0].Combatants.Concat(data.Sides[1].Combatants).Should().OnlyContain(n => actorNames.Contains(n));

        AssertSameRange(data.Sides[0].Casualties!, Measure.Killed, TimbuktuAttack.MaliKilled, 30, 60, openEnded: true);
        AssertSameRange(data.Sides[1].Casualties!, Measure.Killed, TimbuktuAttack.JnimKilled, 6, 14, openEnded: false);

        var lynched = data.Sides[2].Casualties!.Estimates.Should().ContainSingle().Subject;
        lynched.Measure.Should().Be(Measure.Lynched);
        lynched.Unit.Should().BeNull();
        var sampleLynched = Attack.Figures.Single(f => f.Id == TimbuktuAttack.Lynched);
        sampleLynched.Measure.Should().Be(Measure.Lynched);
        sampleLynched.Estimates.Select(e => e.Quantity).Should().Equal(lynched.Quantity);
        lynched.Quantity.Should().Be(Quantity.Exactly(1));
    }

    [Fact]
    public void SeedInfobox_BuildsADocumentWhoseFiguresReconcileLikeTheSample()
    {
        var conversion = InfoboxReader.FromParameters(SeedParameters()).ToDocument();

        conversion.Missing.Should().BeEmpty();
        conversion.Skipped.Should().BeEmpty();
        var document = conversion.Document!;
        var engagement = document.Engagements.Should().ContainSingle().Subject;
        var ranges = engagement.Figures.Select(f => (f.Measure, Range: FigureReconciler.Reconcile(f, ReconciliationContext.For(document, engagement), ReconciliationPolicy.FullRange).ToRangeText())).ToList();

        ranges.Should().Equal((Measure.Killed, "30–60+"), (Measure.Killed, "6–14"), (Measure.Lynched, "1"));
        engagement.Figures[2].Subject.Should().Be(FigureSubject.Unknown);
        engagement.Sides.Should().HaveCount(2);
    }

    [Fact]
    public void Render_Timbuktu_PutsTheArticlesCasualtyLinesFirst()
    {
        var fields = Fields(InfoboxRenderer.Render(Sample, Attack));

        fields["conflict"].Should().Be("2025 Timbuktu attack");
        fields["partof"].Should().Be("[[Mali War]]");
        fields["date"].Should().Be("2 June 2025");
        fields["place"].Should().Be("Timbuktu");
        fields["combatant1"].Should().Be("Malian Armed Forces<br />Wagner Group");
        fields["combatant2"].Should().Be("Jama'at Nasr al-Islam wal-Muslimin");
        fields["casualties1"].Should().Be("30–60+ killed<br />dozens killed or wounded<br />several missing<br />2 checkpoints captured");
        fields["casualties2"].Should().Be("6–14 killed<br />14 killed or wounded<br />31 arrested");
        fields["casualties3"].Should().Be("1 person lynched");
    }

    [Fact]
    public void Render_TimbuktuKilledAndLynchedOnly_GivesExactlyTheArticlesCasualtyLines()
    {
        var options = new InfoboxRenderOptions { Measures = [Measure.Killed, Measure.Lynched] };

        var fields = Fields(InfoboxRenderer.Render(Sample, Attack, options));

        fields["casualties1"].Should().Be("30–60+ killed");
        fields["casualties2"].Should().Be("6–14 killed");
        fields["casualties3"].Should().Be("1 person lynched");
    }

    [Fact]
    public void Render_WithSideOrder_SwapsTheColumns()
    {
        var options = new InfoboxRenderOptions { SideOrder = [TimbuktuAttack.JnimSide, TimbuktuAttack.MaliSide], Measures = [Measure.Killed] };

        var fields = Fields(InfoboxRenderer.Render(Sample, Attack, options));

        fields["combatant1"].Should().Be("Jama'at Nasr al-Islam wal-Muslimin");
        fields["casualties1"].Should().Be("6–14 killed");
        fields["casualties2"].Should().Be("30–60+ killed");
        fields.Should().NotContainKey("casualties3", "the lynching is not a killing and was filtered out");
    }

    [Fact]
    public void Render_FiguresOfNobodysSide_GoToCasualties3AndNameThePeople()
    {
        var statement = Attack.Figures.Single(f => f.Id == TimbuktuAttack.MaliKilled).Estimates[0].StatementId;
        var civilians = new DisputedFigure
        {
            Id = new FigureId("timbuktu-civilians-killed"), Measure = Measure.Killed, Subject = FigureSubject.Civilians,
            Estimates = [Estimate.Of(statement, Quantity.Between(1200, 1500))],
        };
        var engagement = Attack with { Figures = Attack.Figures.Add(civilians) };

        var fields = Fields(InfoboxRenderer.Render(Sample with { Engagements = [engagement] }, engagement));

        fields["casualties3"].Should().Be("1,200–1,500 civilians killed<br />1 person lynched");
    }

    [Fact]
    public void Render_ThreeColumns_PutsFiguresOfNobodysSideInNotes()
    {
        var options = new InfoboxRenderOptions
        {
            SideOrder = [TimbuktuAttack.MaliSide, TimbuktuAttack.JnimSide, TimbuktuAttack.ResidentsSide],
            Measures = [Measure.Killed, Measure.Lynched],
        };

        var fields = Fields(InfoboxRenderer.Render(Sample, Attack, options));

        fields["combatant3"].Should().Be("Residents of Timbuktu");
        fields.Should().NotContainKey("casualties3");
        fields["notes"].Should().Be("1 person lynched");
    }

    [Fact]
    public void RenderThenRead_Timbuktu_GivesBackTheEngagementsFacts()
    {
        var text = InfoboxRenderer.Render(Sample, Attack);

        var data = InfoboxReader.Read(text)!;

        data.Name.Should().Be(Attack.Name);
        data.PartOf.Should().Be("Mali War");
        data.Date.Should().Be(TemporalExtent.OnDay(2025, 6, 2));
        data.Place.Should().Be("Timbuktu");
        data.Result.Should().Be(Attack.ResultSummary);
        data.Sides[0].Combatants.Should().Equal("Malian Armed Forces", "Wagner Group");
        data.Sides[1].Combatants.Should().Equal("Jama'at Nasr al-Islam wal-Muslimin");
        data.Sides.Should().OnlyContain(s => s.Casualties == null || s.Casualties.IsComplete);
        data.Sides[0].Casualties!.Estimates.Select(e => e.ToString()).Should().Equal(
            "killed 30-60+", "killedorwounded 'dozens'", "missing 'several'", "captured 2 checkpoints");
        data.Sides[1].Casualties!.Estimates.Select(e => e.ToString()).Should().Equal("killed 6-14", "killedorwounded 14", "arrested 31");
        data.Sides[2].Casualties!.Estimates.Select(e => e.ToString()).Should().Equal("lynched 1");
    }

    [Fact]
    public void RenderReadRender_Timbuktu_IsStable()
    {
        var first = InfoboxRenderer.Render(Sample, Attack);
        var document = InfoboxReader.Read(first)!.ToDocument().Document!;

        var second = InfoboxRenderer.Render(document, document.Engagements[0]);

        second.Should().Be(first);
    }

    private static void AssertSameRange(CasualtyParseResult parsed, Measure measure, FigureId sampleFigure, long low, long high, bool openEnded)
    {
        parsed.IsComplete.Should().BeTrue();
        var estimate = parsed.Estimates.Should().ContainSingle().Subject;
        estimate.Measure.Should().Be(measure);
        estimate.Quantity.Should().Be(Quantity.Between(low, high, openEnded));

        var figure = Attack.Figures.Single(f => f.Id == sampleFigure);
        figure.Measure.Should().Be(measure);
        var reconciled = FigureReconciler.Reconcile(figure, ReconciliationContext.For(Sample, Attack), ReconciliationPolicy.FullRange);
        (reconciled.Low, reconciled.High, reconciled.IsOpenEnded).Should().Be((estimate.Quantity.Low, estimate.Quantity.High, estimate.Quantity.OpenEnded));
    }

    /// <summary>The "Infobox" list of the seed article ("- Casualties1: 30-60+ killed") as parameters.</summary>
    private static List<InfoboxParameter> SeedParameters()
    {
        var lines = TestData.Read("2025-timbuktu-attack.txt").Split('\n');
        return lines.SkipWhile(l => l.Trim() != "Infobox").Skip(1).TakeWhile(l => l.StartsWith("- ", StringComparison.Ordinal))
            .Select(l => l[2..].Split(':', 2))
            .Select(kv => InfoboxParameter.Of(kv[0], kv[1]))
            .ToList();
    }

    private static Dictionary<string, string> Fields(string infobox)
    {
        infobox.Should().StartWith("{{Infobox military conflict\n").And.EndWith("\n}}");
        return infobox.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal))
            .Select(l => l[2..].Split('=', 2))
            .ToDictionary(kv => kv[0].Trim(), kv => kv[1].Trim());
    }
}
