using System;
using System.Linq;
using ConflictModel.Interop.Wikipedia;
using CsCheck;

namespace ConflictModel.Interop.Tests.Wikipedia;

public class CasualtyParserPropertyTests
{
    // Pieces of real casualty fields, so that random strings exercise the rules, not only the "unparsed" path.
    private static readonly string[] Pieces =
    [
        "30", "1,346", "60", "+", "-", "–", " to ", " ", "  ", "\n", "<br />", "<br>", "killed", " killed", " wounded", " or ", " and ", ",", ";",
        "(", ")", "~", "c. ", "at least ", "over ", "dozens", "several", "six", "unknown", "?", "N/A", "none", "Per Russia: ", "(Ukrainian claim)",
        " according to the army", "<ref>", "</ref>", "<ref name=x/>", "{{efn|", "{{circa|", "{{formatnum:", "}}", "{{", "[[", "]]", "|", "'''",
        "<!--", "-->", "&nbsp;", "&", "* ", ":", " tanks", " POW", "{{ubl|", "{{flagicon|Mali}}", "<small>", "</small>", "2.5", " million", "\r",
    ];

    [Fact]
    public void Parse_AnyText_NeverThrowsAndSpansCoverTheInput()
    {
        var text = Gen.OneOf(
            Gen.String,
            Gen.Int[0, Pieces.Length - 1].Array[0, 25].Select(ix => string.Concat(ix.Select(i => Pieces[i]))),
            Gen.Char["0123456789,.+-–~()[]{}|<>/=!?:;*#' \nabkilrefdxn&"].Array[0, 60].Select(cs => new string(cs)));

        text.Sample(input =>
        {
            var result = CasualtyParser.Parse(input);
            result.Input.Should().Be(input);
            SpanAssertions.CoverInputWithoutOverlap(result);
        }, iter: 3000);
    }

    [Fact]
    public void Parse_Null_GivesAnEmptyResult()
    {
        var result = CasualtyParser.Parse(null);

        result.Input.Should().BeEmpty();
        result.Spans.Should().BeEmpty();
        result.Estimates.Should().BeEmpty();
        result.IsComplete.Should().BeTrue();
    }

    [Fact]
    public void Parse_DeeplyNestedTemplates_DoesNotOverflow()
    {
        var input = string.Concat(Enumerable.Repeat("{{a|", 5000)) + "5 killed" + string.Concat(Enumerable.Repeat("}}", 5000));

        var result = CasualtyParser.Parse(input);

        SpanAssertions.CoverInputWithoutOverlap(result);
    }
}
