using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ConflictModel.Figures;
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
        "between ", "from ", " or ", "including ", "of whom ", " of them ", "excluding ", "not ", "up to ", " soldiers", " civilians",
        " children", "(1 later died)", " per Ukraine", "Ukrainian claim: ", "{{circa|3,000–4,000}}", "c. 3,000–4,000", "12", "4", "2 or 3",
        " more", "among them ", "(initially)", "7 tanks (5 T-26, 2 T-38)", "/", " / ",
    ];

    private static readonly Regex Digits = new(@"(?<n>\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*(?<scale>thousand|million|billion)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Dictionary<string, long> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100,
        ["thousand"] = 1000, ["million"] = 1_000_000,
    };

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
    public void Parse_AnyText_EveryNumberOfAnEstimateIsWrittenInItsSpan()
    {
        var text = Gen.OneOf(
            Gen.Int[0, Pieces.Length - 1].Array[0, 25].Select(ix => string.Concat(ix.Select(i => Pieces[i]))),
            Gen.Char["0123456789,.+-–~() <>/:;abcdefghiklmnorstuvwy\n"].Array[0, 60].Select(cs => new string(cs)));

        text.Sample(input => NumbersOf(CasualtyParser.Parse(input)).Should().BeEmpty(), iter: 3000);
    }

    [Fact]
    public void Parse_TheCorpus_EveryNumberOfAnEstimateIsWrittenInItsSpan()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(TestData.Path("casualty-corpus.json")));
        var texts = json.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("text").GetString()!).ToList();

        texts.SelectMany(t => NumbersOf(CasualtyParser.Parse(t))).Should().BeEmpty();
    }

    [Fact]
    public void NumbersOf_ANumberNotInTheSpan_IsReported()
    {
        // The property's own check must be able to fail: an estimate whose span does not hold its number.
        var result = CasualtyParser.Parse("40 killed");
        var forged = result with { Estimates = [result.Estimates[0] with { Quantity = Quantity.Between(40, 60) }] };

        NumbersOf(forged).Should().Equal("60 is not written in \"40 killed\"");
    }

    /// <summary>
    /// Gets each bound of a numeric estimate that its span does not write: as digits (with separators and a scale
    /// word, "2.5 million", which also scales a low end written without one, "1.5 to 2 million"), as number words, or as
    /// zero words. An empty list means every number came from its text.
    /// </summary>
    private static List<string> NumbersOf(CasualtyParseResult result)
    {
        var problems = new List<string>();
        foreach (var estimate in result.Estimates.Where(e => e.Quantity.Form != QuantityForm.Qualitative))
        {
            var written = new HashSet<long>();
            var matches = Digits.Matches(estimate.Text);

            // A scale word written after a range scales its low end too ("20–30 thousand", "1.5 to 2 million").
            var scalesWritten = matches.Where(m => m.Groups["scale"].Success).Select(m => Words[m.Groups["scale"].Value]).ToList();
            foreach (Match m in matches)
            {
                var scales = m.Groups["scale"].Success ? [Words[m.Groups["scale"].Value]] : scalesWritten.Prepend(1L).ToList();
                if (decimal.TryParse(m.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                {
                    foreach (var scale in scales.Where(scale => number * scale <= long.MaxValue && number * scale == decimal.Truncate(number * scale)))
                    {
                        written.Add((long)(number * scale));
                    }
                }
            }

            var words = Regex.Split(estimate.Text.ToLowerInvariant(), @"[^a-z]+").Where(w => w.Length > 0).ToList();
            var hasNumberWords = words.Any(Words.ContainsKey);
            var hasZeroWords = words.Any(w => w is "none" or "nil" or "zero" or "no");
            foreach (var bound in new[] { estimate.Quantity.Value, estimate.Quantity.Low, estimate.Quantity.High }.OfType<long>())
            {
                if (!written.Contains(bound) && !hasNumberWords && !(bound == 0 && hasZeroWords))
                {
                    problems.Add($"{bound} is not written in \"{estimate.Text}\"");
                }
            }
        }

        return problems;
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
