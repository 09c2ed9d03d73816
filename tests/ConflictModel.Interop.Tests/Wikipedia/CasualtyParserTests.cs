using System.Linq;
using ConflictModel.Figures;
using ConflictModel.Interop.Wikipedia;

namespace ConflictModel.Interop.Tests.Wikipedia;

public class CasualtyParserTests
{
    [Fact]
    public void Parse_TimbuktuLine_GivesOneOpenRangeWithItsSpan()
    {
        var result = CasualtyParser.Parse("30-60+ killed");

        var estimate = result.Estimates.Should().ContainSingle().Subject;
        estimate.Quantity.Should().Be(Quantity.Between(30, 60, openEnded: true));
        estimate.Measure.Should().Be(Measure.Killed);
        estimate.MeasureText.Should().Be("killed");
        estimate.Unit.Should().BeNull();
        (estimate.Start, estimate.Length, estimate.Text).Should().Be((0, 13, "30-60+ killed"));
        result.IsComplete.Should().BeTrue();
    }

    [Fact]
    public void Parse_ReferencesAndMarkup_AreReportedAsTheirOwnSpans()
    {
        const string input = "40 killed<ref name=\"bbc\">BBC, 2 June</ref><br />{{flagicon|Mali}} 10 [[tank]]s<!-- check -->";

        var result = CasualtyParser.Parse(input);

        result.Spans.Select(s => (s.Kind, s.Text)).Should().Equal(
            (CasualtySpanKind.Estimate, "40 killed"),
            (CasualtySpanKind.Reference, "<ref name=\"bbc\">BBC, 2 June</ref>"),
            (CasualtySpanKind.Separator, "<br />"),
            (CasualtySpanKind.Markup, "{{flagicon|Mali}}"),
            (CasualtySpanKind.Separator, " "),
            (CasualtySpanKind.Estimate, "10 [[tank]]s"),
            (CasualtySpanKind.Reference, "<!-- check -->"));
        result.Estimates[1].Unit.Should().Be("tanks");
    }

    [Fact]
    public void Parse_UnderstoodAndNot_KeepsTheRestAsUnparsed()
    {
        var result = CasualtyParser.Parse("8 submarines lost by 17 November");

        result.Estimates.Select(e => e.ToString()).Should().Equal("destroyed 8 submarines");
        result.Unparsed.Select(u => u.Text).Should().Equal("by 17 November");
        result.IsComplete.Should().BeFalse();
    }

    [Theory]
    [InlineData("Per Russia: ~5,000 killed", "killed ~5000 @Russia")]
    [InlineData("5,000 killed (Ukrainian claim)", "killed 5000 @Ukraine")]
    [InlineData("14 killed or injured, according to the army", "killedorwounded 14 @the army")]
    [InlineData("37,000 dead (Soviet est.)", "killed 37000 @Soviet Union")]
    [InlineData("402 killed<br><small>(according to Finnish estimates)</small>", "killed 402 @Finland")]
    [InlineData("300 killed (according to the Ukrainian government)", "killed 300 @Ukraine")]
    [InlineData("300 killed (per the Russian Ministry of Defence)", "killed 300 @Russia")]
    public void Parse_Claims_BecomeOneNamePerClaimant(string input, string expected) =>
        CasualtyParser.Parse(input).Estimates.Select(e => e.ToString()).Should().Equal(expected);

    [Fact]
    public void Parse_DemonymAndCountry_AreOneClaimantAndKeepTheirWording()
    {
        var result = CasualtyParser.Parse("500 killed (Ukrainian claim)<br />per Ukraine: 200 wounded");

        result.Estimates.Select(e => (e.Attribution, e.AttributionText)).Should().Equal(("Ukraine", "Ukrainian"), ("Ukraine", "Ukraine"));
        result.Estimates[0].Text.Should().Be("500 killed (Ukrainian claim)");
        result.Spans.Where(s => s.Kind == CasualtySpanKind.Label).Select(s => s.Text).Should().Equal("per Ukraine:");
    }

    [Theory]
    [InlineData("Per Russia: 1,200–1,360 killed and wounded; per Ukraine: 2,500 killed", "killedorwounded 1200-1360 @Russia", "killed 2500 @Ukraine")]
    [InlineData("Per Russia: 1,200 killed, per Ukraine: 2,500 killed", "killed 1200 @Russia", "killed 2500 @Ukraine")]
    [InlineData("Russian claim: 500 killed / Ukrainian claim: 300 killed", "killed 500 @Russia", "killed 300 @Ukraine")]
    [InlineData("According to Israel: 40 killed; according to Hamas: 90 killed", "killed 40 @Israel", "killed 90 @Hamas")]
    [InlineData("Per Russia: 100 killed; 50 wounded", "killed 100 @Russia", "wounded 50 @Russia")]
    public void Parse_ClaimantSegmentsOnOneLine_EachTakeTheirClaimant(string input, params string[] expected)
    {
        var result = CasualtyParser.Parse(input);

        result.Estimates.Select(e => e.ToString()).Should().Equal(expected);
        result.IsComplete.Should().BeTrue();
    }

    [Theory]
    [InlineData("Between 40 and 60 soldiers killed", "killed 40-60")]
    [InlineData("from 40 to 60 killed", "killed 40-60")]
    [InlineData("2 or 3 killed", "killed 2-3")]
    [InlineData("up to 300 wounded", "wounded <=300")]
    [InlineData("20 or more killed", "killed >=20")]
    [InlineData("c. 3,000–4,000 dead or missing", "? ~3000-4000")]
    [InlineData("{{circa|3,000–4,000}} killed", "killed ~3000-4000")]
    [InlineData("about 30 to 40 killed", "killed ~30-40")]
    [InlineData("at least 30–60 killed", "killed 30-60+")]
    public void Parse_RangesInWordsAndApproximateRanges(string input, string expected)
    {
        var result = CasualtyParser.Parse(input);

        result.Estimates.Select(e => e.ToString()).Should().Equal(expected);
        result.IsComplete.Should().BeTrue();
    }

    [Fact]
    public void Parse_ApproximateRange_IsTheModelsApproximateRangeWithItsMeasureWords()
    {
        var estimate = CasualtyParser.Parse("c. 3,000–4,000 dead or missing").Estimates.Single();

        estimate.Quantity.Should().Be(Quantity.AboutBetween(3000, 4000));
        estimate.Measure.Should().BeNull();
        estimate.MeasureText.Should().Be("dead or missing");
    }

    [Fact]
    public void Parse_SeveralSubjects_ShareOneMeasure()
    {
        var result = CasualtyParser.Parse("4 soldiers and 2 civilians killed");

        result.Estimates.Select(e => (e.ToString(), e.Subject)).Should().Equal(("killed 4", "soldiers"), ("killed 2", "civilians"));
    }

    [Theory]
    [InlineData("at least 12 civilians, including 4 children", "? >=12", "? 4 ^0")]
    [InlineData("at least 12 civilians killed, including 4 children and 3 women", "killed >=12", "killed 4 ^0", "killed 3 ^0")]
    [InlineData("100 killed, of whom 30 civilians", "killed 100", "killed 30 ^0")]
    [InlineData("100 killed, among them 30 children", "killed 100", "killed 30 ^0")]
    [InlineData("12 killed, 3 of them civilians", "killed 12", "killed 3 ^0")]
    [InlineData("62,704 casualties (including 15,009 killed)", "killedorwounded 62704", "killed 15009 ^0")]
    [InlineData("100 killed including 20 soldiers and 200 wounded", "killed 100", "killed 20 ^0", "wounded 200")]
    public void Parse_PartsOfAWhole_LinkToTheirWhole(string input, params string[] expected) =>
        CasualtyParser.Parse(input).Estimates.Select(e => e.ToString()).Should().Equal(expected);

    [Fact]
    public void Parse_QualifyingParenthetical_IsARemarkNotAnEstimate()
    {
        var result = CasualtyParser.Parse("13 killed (1 later died in hospital)");

        var estimate = result.Estimates.Should().ContainSingle().Subject;
        estimate.ToString().Should().Be("killed 13");
        estimate.Remark.Should().Be("1 later died in hospital");
        estimate.Text.Should().Be("13 killed (1 later died in hospital)");
        result.IsComplete.Should().BeTrue();
    }

    [Theory]
    [InlineData("12 killed, not including 30 missing", "killed 12", ", not including 30 missing")]
    [InlineData("12 killed excluding 30 wounded", "killed 12", "excluding 30 wounded")]
    [InlineData("Between 40", null, "Between 40")]
    public void Parse_NumbersTheTextDoesNotCount_AreLeftUnparsed(string input, string? expected, string unparsed)
    {
        var result = CasualtyParser.Parse(input);

        result.Estimates.Select(e => e.ToString()).Should().Equal(expected is null ? [] : [expected]);
        result.Unparsed.Select(u => u.Text).Should().Equal(unparsed);
    }

    [Fact]
    public void Parse_Headings_GroupWhatFollows()
    {
        var result = CasualtyParser.Parse("'''Germany:'''<br />8 submarines lost<br />'''Italy:''' 2 submarines lost");

        result.Estimates.Select(e => e.Group).Should().Equal("Germany", "Italy");
        result.Spans.Where(s => s.Kind == CasualtySpanKind.Label).Select(s => s.Text).Should().Equal("Germany:", "Italy:");
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("?")]
    [InlineData("N/A")]
    [InlineData("Killed?")]
    [InlineData("unknown number of aircraft")]
    public void Parse_NoFigure_IsUnderstoodWithoutAnEstimate(string input)
    {
        var result = CasualtyParser.Parse(input);

        result.Estimates.Should().BeEmpty();
        result.IsComplete.Should().BeTrue();
        result.Spans.Should().Contain(s => s.Kind == CasualtySpanKind.NoFigure);
    }

    [Theory]
    [InlineData("dozens killed", "dozens", 24L, 99L)]
    [InlineData("several hundred captured", "several hundred", 300L, 999L)]
    [InlineData("A few trucks", "a few", 2L, 5L)]
    public void Parse_WordsForNumbers_AreQualitativeWithTheTablesRange(string input, string term, long low, long high)
    {
        var quantity = CasualtyParser.Parse(input).Estimates.Single().Quantity;

        quantity.Should().Be(Quantity.Qualitative(term, low, high));
    }

    [Fact]
    public void Parse_CustomTermTable_IsUsed()
    {
        var terms = QualitativeTermTable.Default.With("a great many", 100, null);

        var quantity = CasualtyParser.Parse("a great many killed", terms).Estimates.Single().Quantity;

        quantity.Should().Be(Quantity.Qualitative("a great many", 100, null));
    }

    [Theory]
    [InlineData("killed or wounded", Measure.KilledOrWounded)]
    [InlineData("killed and wounded", Measure.KilledOrWounded)]
    [InlineData("casualties", Measure.KilledOrWounded)]
    [InlineData("POWs", Measure.Captured)]
    [InlineData("taken prisoner", Measure.Captured)]
    [InlineData("MIA", Measure.Missing)]
    [InlineData("lynched", Measure.Lynched)]
    [InlineData("shot down", Measure.Destroyed)]
    public void Parse_MeasureWords_MapToModelMeasures(string words, Measure measure) =>
        CasualtyParser.Parse("12 " + words).Estimates.Single().Measure.Should().Be(measure);

    [Theory]
    [InlineData("12 killed or missing", "killed or missing")]
    [InlineData("1 heavy cruiser slightly damaged", "slightly damaged")]
    public void Parse_MeasuresTheModelLacks_KeepTheirWordsWithoutAMeasure(string input, string words)
    {
        var estimate = CasualtyParser.Parse(input).Estimates.Single();

        estimate.Measure.Should().BeNull();
        estimate.MeasureText.Should().Be(words);
    }

    [Fact]
    public void Parse_ThingsJoinedByAnd_ShareTheMeasureOfTheLast()
    {
        var result = CasualtyParser.Parse("1 [[ammunition dump]] and several mortars destroyed.");

        result.Estimates.Select(e => e.ToString()).Should().Equal("destroyed 1 ammunition dump", "destroyed 'several' mortars");
    }

    [Fact]
    public void Parse_PeopleAndThingsJoinedByAnd_DoNotShareAMeasure() =>
        CasualtyParser.Parse("5 tanks and 200 killed").Estimates.Select(e => e.ToString()).Should().Equal("? 5 tanks", "killed 200");

    [Theory]
    [InlineData("96,000 troops (70,000 Italian, 26,000 German)", "? 96000", "? 70000 ^0", "? 26000 ^0")]
    [InlineData("3 Panzer Divisions", "? 3 Panzer Divisions")]
    public void Parse_ANationalityAlone_CountsPeople(string input, params string[] expected) =>
        CasualtyParser.Parse(input).Estimates.Select(e => e.ToString()).Should().Equal(expected);

    [Fact]
    public void Parse_MeasureListCutByALineBreak_ContinuesTheEstimateAbove()
    {
        const string input = "8,305 killed<br>150,000 killed,<br> wounded or captured{{sfn|Frieser|2007|p=812}}";

        var result = CasualtyParser.Parse(input);

        result.Estimates.Select(e => e.ToString()).Should().Equal("killed 8305", "? 150000");
        result.Estimates[1].MeasureText.Should().Be("killed, wounded or captured");
        result.Estimates[1].Text.Should().Be("150,000 killed,<br> wounded or captured");
        result.IsComplete.Should().BeTrue();
        SpanAssertions.CoverInputWithoutOverlap(result);
    }
}
