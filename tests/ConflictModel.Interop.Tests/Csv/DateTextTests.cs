using System.Collections.Generic;
using System.Linq;
using ConflictModel.Interop.Csv;

namespace ConflictModel.Interop.Tests.Csv;

/// <summary>The fast path for spreadsheets' numeric dates gives what the general reader gives, wherever it answers.</summary>
public class DateTextTests
{
    /// <summary>Values around the fast path's spelling: each number's width, each separator, times, and near misses.</summary>
    private static IEnumerable<string> Corpus()
    {
        string[] days = ["1", "01", "2", "12", "13", "31", "0", "00", "123", "a"];
        string[] separators = ["/", "-", ".", " ", "//", ","];
        string[] years = ["2025", "25", "0000", "0025", "20251", "202"];
        string[] times = ["", " 00:00", " 0:00", " 12:00:00 AM", " 23:59:59.000", " 1:2", " :00", " 00", "T00:00", " 00:00Z", " 00:00 x", "  00:00", " 123:00", " 0:00 +01:00"];
        foreach (var d in days)
        {
            foreach (var m in days)
            {
                foreach (var s in separators)
                {
                    foreach (var y in years)
                    {
                        foreach (var t in times)
                        {
                            yield return d + s + m + s + y + t;
                        }
                    }
                }
            }
        }

        yield return "02/06-2025";
        yield return "2/6/2025/";
        yield return "2025-06-02";
        yield return "2 June 2025";
    }

    [Fact]
    public void TryParseNumeric_WhereItAnswers_GivesTheGeneralReadersParts()
    {
        var answered = 0;
        foreach (var value in Corpus())
        {
            if (DateText.TryParseNumeric(value, out var fast))
            {
                answered++;
                fast.Should().Be(DateText.ParseGeneral(value), value);
            }
        }

        answered.Should().BeGreaterThan(1_000, "the corpus exercises the fast path, not only its refusals");
    }

    [Theory]
    [InlineData("02/06/2025 00:00", 2, 6)]
    [InlineData("6/2/2025 0:00", 6, 2)]
    [InlineData("13.12.2025", 13, 12)]
    [InlineData("1-2-2025 12:00:00 AM", 1, 2)]
    public void TryParseNumeric_ReadsTheSpreadsheetSpellings(string value, int first, int second)
    {
        DateText.TryParseNumeric(value, out var parts).Should().BeTrue();
        parts.Should().Be(new DateParts(DateSpelling.Numeric, 2025, first, second, false));
    }

    [Theory]
    [InlineData("02/06/25")]
    [InlineData("2025-06-02")]
    [InlineData("02/06-2025")]
    [InlineData("0/6/2025")]
    [InlineData("02/06/2025T00:00")]
    [InlineData("2 June 2025")]
    public void TryParseNumeric_LeavesOtherSpellingsToTheGeneralReader(string value) =>
        DateText.TryParseNumeric(value, out _).Should().BeFalse();

    private static readonly string[] Spellings = ["02/06/2025 00:00", "2 June 2025", "45810", "02-Jun-25"];

    [Fact]
    public void Parse_TakesTheFastPathAndTheGeneralOneAlike() =>
        Spellings.Select(v => DateText.Parse(v).Spelling)
            .Should().Equal(DateSpelling.Numeric, DateSpelling.NamedMonth, DateSpelling.Serial, DateSpelling.NamedMonth);
}
