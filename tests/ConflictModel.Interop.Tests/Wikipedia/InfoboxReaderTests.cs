using System.Linq;
using System.Text.Json;
using ConflictModel.Figures;
using ConflictModel.Interop.Wikipedia;
using ConflictModel.Time;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Tests.Wikipedia;

public class InfoboxReaderTests
{
    internal const string BirHakeim = """
        {{Infobox military conflict
        |conflict    = Battle of Bir Hakeim
        |partof      = the [[Battle of Gazala]] during the [[Second World War]]
        |date        = 26 May – 11 June 1942
        |place       = [[Bir Hakeim]], [[Italian Libya]]
        |result      = See ''[[Battle of Bir Hakeim#Aftermath|Aftermath]]'' section<!--Please refer to the guidance-->
        |combatant1  = {{flag|Free French Forces}}<br />{{flag|United Kingdom}}
        |combatant2  = {{flagcountry|Kingdom of Italy}}<br>{{flagcountry|Nazi Germany}}
        |commander1  = {{flagicon|Free French}} [[Marie-Pierre Kœnig]]
        |commander2  = {{flagicon|Nazi Germany}} [[Erwin Rommel]]
        |strength1   = 3,703 men
        |strength2   = 37,000 Axis troops<ref name="a">Smith | p. 4</ref>
        |casualties1 = 141 killed <br /> 229 wounded <br /> 814 captured<br /> 53 guns
        |casualties2 = 3,300 killed or wounded <br /> 227–845 captured <br /> 1 tank damaged
        }}
        """;

    [Fact]
    public void Read_ABlock_ReadsEveryPiece()
    {
        var data = InfoboxReader.Read("Some lead text.\n" + BirHakeim + "\nMore text.")!;

        data.Name.Should().Be("Battle of Bir Hakeim");
        data.PartOf.Should().Be("the Battle of Gazala during the Second World War");
        data.Date.Should().Be(TemporalExtent.Between(new NodaTime.LocalDate(1942, 5, 26), new NodaTime.LocalDate(1942, 6, 11)));
        data.Place.Should().Be("Bir Hakeim, Italian Libya");
        data.Result.Should().Be("See Aftermath section");
        data.Sides.Should().HaveCount(2);
        data.Sides[0].Combatants.Should().Equal("Free French Forces", "United Kingdom");
        data.Sides[1].Combatants.Should().Equal("Kingdom of Italy", "Nazi Germany");
        data.Sides[0].Commanders.Should().Equal("Marie-Pierre Kœnig");
        data.Sides[1].Commanders.Should().Equal("Erwin Rommel");
        data.Sides[1].Strength!.Estimates.Select(e => e.ToString()).Should().Equal("? 37000");
        data.Sides[0].Casualties!.Estimates.Select(e => e.ToString()).Should().Equal("killed 141", "wounded 229", "captured 814", "? 53 guns");
        data.Parameters.Should().Contain(p => p.Name == "strength2" && p.Value.EndsWith("</ref>"), "a '|' inside a reference does not end the parameter");
    }

    [Fact]
    public void ToDocument_ABlock_MapsColumnsToSidesAndEstimatesToFigures()
    {
        var conversion = InfoboxReader.Read(BirHakeim)!.ToDocument();

        conversion.Succeeded.Should().BeTrue();
        conversion.Skipped.Should().Equal("casualties2: '1 tank damaged': the model has no measure for 'damaged'");
        var document = conversion.Document!;
        var engagement = document.Engagements.Single();
        engagement.Conflict!.Name.Should().Be("Battle of Gazala during the Second World War");
        engagement.Sides.Select(s => s.ActorIds.Count).Should().Equal(2, 2);
        document.Actors.Select(a => a.Name).Should().Equal("Free French Forces", "United Kingdom", "Kingdom of Italy", "Nazi Germany");
        engagement.Figures.Select(f => (f.Measure, f.Unit, f.Subject.SideId!.Value.Value)).Should().Equal(
            (Measure.Strength, null, "battle-of-bir-hakeim-side-1"),
            (Measure.Killed, null, "battle-of-bir-hakeim-side-1"),
            (Measure.Wounded, null, "battle-of-bir-hakeim-side-1"),
            (Measure.Captured, null, "battle-of-bir-hakeim-side-1"),
            (Measure.Destroyed, "guns", "battle-of-bir-hakeim-side-1"),
            (Measure.Strength, null, "battle-of-bir-hakeim-side-2"),
            (Measure.KilledOrWounded, null, "battle-of-bir-hakeim-side-2"),
            (Measure.Captured, null, "battle-of-bir-hakeim-side-2"));
        engagement.DatasetFields.Should().Contain(f => f.Dataset == InfoboxData.DatasetName && f.Name == "place" && f.Value == "[[Bir Hakeim]], [[Italian Libya]]");
        var statementIds = engagement.Statements.Select(s => s.Id).ToHashSet();
        engagement.Figures.SelectMany(f => f.Estimates).Should().OnlyContain(e => statementIds.Contains(e.StatementId));
    }

    [Fact]
    public void ToDocument_AttributedEstimates_CiteTheClaimantViaTheArticle()
    {
        var data = InfoboxReader.Read("""
            {{Infobox military conflict
            | conflict = Battle of Example
            | date = March 2023
            | combatant1 = {{flag|Russia}}
            | combatant2 = {{flag|Ukraine}}
            | casualties1 = ''Per Ukraine:''<br />20,000+ killed
            | casualties2 = 5,000 killed (Russian claim)<br />2,000 killed (Ukrainian claim)
            }}
            """)!;

        var document = data.ToDocument().Document!;

        data.Date.Should().Be(TemporalExtent.InMonth(2023, 3));
        var engagement = document.Engagements.Single();
        document.Sources.Select(s => s.Name).Should().Equal("Wikipedia: Battle of Example", "Ukraine", "Russia");
        engagement.Figures.Should().HaveCount(2, "the two claims of side 2's dead are estimates of one disputed figure");
        var disputed = engagement.Figures[1];
        disputed.Estimates.Select(e => e.Quantity).Should().Equal(Quantity.Exactly(5000), Quantity.Exactly(2000));
        engagement.Statements.Should().OnlyContain(s => s.Via.Count == 1);
        FigureReconciler.Reconcile(disputed, ReconciliationContext.For(document, engagement), ReconciliationPolicy.FullRange).ToRangeText().Should().Be("2000–5000");
    }

    [Fact]
    public void ToDocument_WithoutDateOrSides_SaysWhatIsMissing()
    {
        var conversion = InfoboxReader.Read("{{Infobox military conflict|conflict=Skirmish|date=sometime|combatant1=A}}")!.ToDocument();

        conversion.Succeeded.Should().BeFalse();
        conversion.Missing.Should().Equal(
            "date: 'sometime' is not a date the reader understands",
            "combatant1, combatant2: the engagement needs at least two sides with combatants");
    }

    [Fact]
    public void Read_NoInfobox_GivesNull() => InfoboxReader.Read("{{Infobox person|name=X}} text").Should().BeNull();

    [Theory]
    [InlineData("June 2, 2025", "2025-06-02")]
    [InlineData("2 June 2025", "2025-06-02")]
    [InlineData("{{start date|2025|6|2}}", "2025-06-02")]
    [InlineData("June 2025", "2025-06")]
    [InlineData("2025", "2025")]
    [InlineData("26–27 May 1941", "1941-05-26/1941-05-27")]
    [InlineData("17/18 July 1941", "1941-07-17/1941-07-18")]
    [InlineData("1 – 9 November 1943", "1943-11-01/1943-11-09")]
    [InlineData("30 January–2 February 1944", "1944-01-30/1944-02-02")]
    [InlineData("26 December 1943&nbsp;– 16 January 1944", "1943-12-26/1944-01-16")]
    [InlineData("June 29, 1944 – July 4, 1944", "1944-06-29/1944-07-04")]
    [InlineData("July 25–27, 1944", "1944-07-25/1944-07-27")]
    [InlineData("September–November 1944", "1944-09/1944-11")]
    [InlineData("29 October 1944 – 13 February 1945<br/><small>(108 days)</small>", "1944-10-29/1945-02-13")]
    [InlineData("12 July 1943{{efn|name=Date}}", "1943-07-12")]
    public void Read_Date_KeepsThePrecisionTheTextGives(string date, string expected)
    {
        var data = InfoboxReader.FromParameters([InfoboxParameter.Of("date", date)]);

        data.Date!.ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("2022 – present")]
    [InlineData("sometime in spring")]
    [InlineData("31 February 1944")]
    public void Read_DateNotUnderstood_GivesNullButKeepsTheText(string date)
    {
        var data = InfoboxReader.FromParameters([InfoboxParameter.Of("date", date)]);

        data.Date.Should().BeNull();
        data.DateText.Should().NotBeNull();
    }

    [Fact]
    public void Read_TheFiftySampleInfoboxes_ReadsNamesSidesAndMostDates()
    {
        using var json = JsonDocument.Parse(TestData.Read("infoboxes-sample.json"));
        var boxes = json.RootElement.EnumerateArray().Select(x => InfoboxReader.Read(x.GetProperty("infobox_wikitext").GetString()!)).ToList();

        boxes.Should().HaveCount(50).And.OnlyContain(b => b != null && b.Name != null);
        boxes.Count(b => b!.Date is not null).Should().Be(50);
        boxes.Should().OnlyContain(b => b!.ToDocument().Succeeded);
        var skorpion = boxes[0]!;
        skorpion.Sides[1].Combatants.Should().Equal(["Germany"], "an image flag is dropped and the link's label kept");
        skorpion.Sides[1].Commanders.Should().Equal("Maximilian von Herff");
    }

    [Fact]
    public void ToDocument_PartsAndApproximateRanges_BecomeLinkedFiguresThatValidate()
    {
        var data = InfoboxReader.Read("""
            {{Infobox military conflict
            | conflict = Battle of Example
            | date = March 2023
            | combatant1 = {{flag|Russia}}
            | combatant2 = {{flag|Ukraine}}
            | casualties1 = c. 3,000–4,000 killed
            | casualties3 = at least 12 civilians killed, including 4 children
            }}
            """)!;

        var document = data.ToDocument().Document!;

        var figures = document.Engagements.Single().Figures;
        figures.Select(f => (f.Id.ToString(), f.Measure, f.PartOf?.ToString(), f.Note)).Should().Equal(
            ("battle-of-example-side-1-killed", Measure.Killed, null, null),
            ("battle-of-example-civilians-killed", Measure.Killed, null, null),
            ("battle-of-example-part-1-killed", Measure.Killed, "battle-of-example-civilians-killed", "Part: children"));
        figures[0].Estimates.Single().Quantity.Should().Be(Quantity.AboutBetween(3000, 4000));
        figures[1].Estimates.Single().Quantity.Should().Be(Quantity.AtLeast(12));
        figures[2].Estimates.Single().Quantity.Should().Be(Quantity.Exactly(4));
        DatasetValidator.Default.Validate(document).AtLeast(ValidationSeverity.Error).Should().BeEmpty();
    }
}
