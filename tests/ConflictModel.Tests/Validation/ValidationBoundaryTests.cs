using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;
using ConflictModel.Validation;
using static ConflictModel.Tests.Validation.Documents;

namespace ConflictModel.Tests.Validation;

/// <summary>
/// Each bound of the rules from both sides: the value at the bound is accepted, the value just beyond it is reported
/// (the rule cases give one failing value per rule; these pin where the failing values start). Written against the
/// mutants Stryker.NET left alive in the Validation folder (docs/testing.md).
/// </summary>
public class ValidationBoundaryTests
{
    private static IEnumerable<Problem> Problems(DatasetDocument document, string code) =>
        DatasetValidator.Default.Validate(document).Problems.Where(p => p.Code == code);

    public static TheoryData<string, bool> Latitudes => new() { { "90", false }, { "-90", false }, { "90.000001", true }, { "-90.000001", true }, { "NaN", true }, { "Infinity", true } };

    [Theory]
    [MemberData(nameof(Latitudes))]
    public void Latitude_IsReportedOnlyOutsideMinus90To90(string latitude, bool reported)
    {
        var value = double.Parse(latitude, System.Globalization.CultureInfo.InvariantCulture);

        var problems = Problems(WithSite(s => s with { Coordinates = new Coordinates(value, 10) }), "CM3001").ToList();

        (problems.Count > 0).Should().Be(reported);
        problems.Where(p => p.Path != "engagements[0].sites[0].coordinates.latitude").Should().BeEmpty();
    }

    public static TheoryData<string, bool> Longitudes => new() { { "180", false }, { "-180", false }, { "180.000001", true }, { "-180.000001", true }, { "-Infinity", true } };

    [Theory]
    [MemberData(nameof(Longitudes))]
    public void Longitude_IsReportedOnlyOutsideMinus180To180(string longitude, bool reported)
    {
        var value = double.Parse(longitude, System.Globalization.CultureInfo.InvariantCulture);

        var problems = Problems(WithSite(s => s with { Coordinates = new Coordinates(10, value) }), "CM3002").ToList();

        (problems.Count > 0).Should().Be(reported);
        problems.Where(p => p.Path != "engagements[0].sites[0].coordinates.longitude").Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, 0, true)]
    [InlineData(0, 0.5, false)]
    [InlineData(0.5, 0, false)]
    public void NullIsland_IsOnlyBothZero(double latitude, double longitude, bool reported)
    {
        Problems(WithSite(s => s with { Coordinates = new Coordinates(latitude, longitude) }), "CM3003").Any().Should().Be(reported);
    }

    [Theory]
    [InlineData(500, false)]
    [InlineData(501, true)]
    public void ShortText_IsAtMost500Characters(int length, bool reported)
    {
        Problems(WithActor(0, a => a with { Name = new string('x', length) }), "CM1004").Any().Should().Be(reported);
        Problems(WithSite(s => s with { Name = new string('x', length) }), "CM1004").Any().Should().Be(reported);
    }

    [Theory]
    [InlineData(20_000, false)]
    [InlineData(20_001, true)]
    public void LongText_IsAtMost20000Characters(int length, bool reported)
    {
        Problems(WithIncident(i => i with { Description = new string('x', length) }), "CM1004").Any().Should().Be(reported);
        Problems(WithEngagement(e => e with { ResultSummary = new string('x', length) }), "CM1004").Any().Should().Be(reported);
    }

    [Theory]
    [InlineData(2_048, false)]
    [InlineData(2_049, true)]
    public void Url_IsAtMost2048Characters(int length, bool reported)
    {
        const string start = "https://www.afp.com/";
        var url = start + new string('a', length - start.Length);

        var problems = Problems(WithSource(0, s => s with { Url = url }), "CM1004").ToList();

        (problems.Count > 0).Should().Be(reported);
        problems.Where(p => !(p.Path == "sources[0].url" && p.Message.Contains($"has {length} characters; the most allowed is 2048.", StringComparison.Ordinal))).Should().BeEmpty();
        Problems(WithSource(0, s => s with { Url = url }), "CM1010").Should().BeEmpty("a long URL is too long, not malformed");
    }

    [Theory]
    [InlineData("http://example.org/a", false)]
    [InlineData("https://example.org/a", false)]
    [InlineData("ftp://example.org/a", true)]
    [InlineData("example.org/a", true)]
    public void Url_IsAnAbsoluteHttpOrHttpsUrl(string url, bool reported)
    {
        Problems(WithSource(0, s => s with { Url = url }), "CM1010").Any().Should().Be(reported);
    }

    [Theory]
    [InlineData(128, false)]
    [InlineData(129, true)]
    public void Id_IsAtMost128Characters(int length, bool reported)
    {
        var id = new string('a', length);

        var problems = Problems(WithSite(s => s with { Id = new SiteId(id) }), "CM1006").ToList();

        (problems.Count > 0).Should().Be(reported);
        if (reported)
        {
            problems[0].Message.Should().Contain("'" + new string('a', 77) + "...'", "an id beyond 80 characters is shortened in the message");
        }
    }

    [Theory]
    [InlineData(80, false)]
    [InlineData(81, true)]
    public void Messages_ShortenValuesBeyond80Characters(int length, bool shortened)
    {
        var zone = new string('z', length);

        var message = Problems(WithEngagement(e => e with { Time = e.Time with { TimeZoneId = zone } }), "CM3005").Single().Message;

        message.Should().Contain(shortened ? "'" + new string('z', 77) + "...'" : "'" + zone + "'");
    }

    [Theory]
    [InlineData("a-b_c.d:e", false)]
    [InlineData("a b", true)]
    [InlineData("é", true)]
    [InlineData("a/b", true)]
    public void Id_IsAsciiLettersDigitsAndDashUnderscoreDotColon(string id, bool reported)
    {
        Problems(WithSite(s => s with { Id = new SiteId(id) }), "CM1006").Any().Should().Be(reported);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(-1, true)]
    public void Counts_AreReportedOnlyBelowZero(long value, bool reported)
    {
        Problems(WithQuantity(new Quantity { Form = QuantityForm.Exact, Value = value }), "CM3008").Any().Should().Be(reported);
        Problems(WithQuantity(new Quantity { Form = QuantityForm.Range, Low = value, High = 5 }), "CM3008").Any().Should().Be(reported);
        Problems(WithQuantity(new Quantity { Form = QuantityForm.Range, Low = -5, High = value }), "CM3008")
            .Select(p => p.Path).Should().Contain("engagements[0].figures[0].estimates[0].quantity.low")
            .And.HaveCount(reported ? 2 : 1);
    }

    [Theory]
    [InlineData(QuantityForm.Range, 5, 5, false)]
    [InlineData(QuantityForm.Range, 6, 5, true)]
    [InlineData(QuantityForm.Qualitative, 6, 5, true)]
    [InlineData(QuantityForm.Qualitative, 5, 5, false)]
    public void LowAboveHigh_IsReportedOnlyWhenStrictlyAbove(QuantityForm form, long low, long high, bool reported)
    {
        var quantity = new Quantity { Form = form, Low = low, High = high, Term = form == QuantityForm.Qualitative ? "dozens" : null };

        Problems(WithQuantity(quantity), "CM3009").Any().Should().Be(reported);
    }

    [Fact]
    public void EndBeforeStart_IsReportedOnlyWhenStrictlyBefore()
    {
        var day = new NodaTime.LocalDate(2025, 6, 2);

        Problems(WithEngagement(e => e with { Time = TemporalExtent.OnDay(day) with { End = day.AtMidnight() } }), "CM3006").Should().BeEmpty("an end equal to the start is not before it");
        Problems(WithEngagement(e => e with { Time = TemporalExtent.Between(day, day.PlusDays(1)) }), "CM3006").Should().BeEmpty();
        Problems(WithEngagement(e => e with { Time = TemporalExtent.OnDay(day) with { End = day.AtMidnight().PlusDays(-1) } }), "CM3006")
            .Should().ContainSingle().Which.Path.Should().Be("engagements[0].time.end");
    }

    [Theory]
    [InlineData("ml", ". Write it in upper case: 'ML'.")]
    [InlineData("MLI", ". Alpha-3 codes are not accepted; use the two-letter code.")]
    [InlineData("xq", ".")]
    [InlineData("XQ", ".")]
    [InlineData("ABCD", ".")]
    public void UnknownCountry_HintFitsTheMistake(string code, string ending)
    {
        var message = Problems(WithActor(1, a => a with { CountryCode = code }), "CM3004").Single().Message;

        message.Should().EndWith("alpha-2 code" + ending);
    }

    [Fact]
    public void AssignedCountry_IsNotReported()
    {
        Problems(WithActor(1, a => a with { CountryCode = "ML" }), "CM3004").Should().BeEmpty();
        Problems(WithActor(1, a => a with { CountryCode = null }), "CM3004").Should().BeEmpty();
    }
}

/// <summary>
/// Each member a quantity's form forbids or needs, one at a time: the mismatch (CM1011) is reported at that member.
/// Written against the survivors of the Stryker run on the Validation folder (docs/testing.md).
/// </summary>
public class QuantityFormMemberTests
{
    private const string At = "engagements[0].figures[0].estimates[0].quantity.";

    public static TheoryData<string, Quantity, string> Misfits => new()
    {
        { "exact with a high", new Quantity { Form = QuantityForm.Exact, Value = 3, High = 5 }, "high" },
        { "exact with a term", new Quantity { Form = QuantityForm.Exact, Value = 3, Term = "few" }, "term" },
        { "range with a value", new Quantity { Form = QuantityForm.Range, Low = 1, High = 5, Value = 3 }, "value" },
        { "range with a term", new Quantity { Form = QuantityForm.Range, Low = 1, High = 5, Term = "few" }, "term" },
        { "range without a low", new Quantity { Form = QuantityForm.Range, High = 5 }, "low" },
        { "qualitative without a low", new Quantity { Form = QuantityForm.Qualitative, Term = "dozens", High = 99 }, "low" },
        { "qualitative with a value", new Quantity { Form = QuantityForm.Qualitative, Term = "dozens", Low = 24, High = 99, Value = 30 }, "value" },
        { "qualitative open-ended", new Quantity { Form = QuantityForm.Qualitative, Term = "dozens", Low = 24, High = 99, OpenEnded = true }, "openEnded" },
    };

    [Theory]
    [MemberData(nameof(Misfits))]
    public void AMemberTheFormDoesNotTake_IsReportedAtThatMember(string name, Quantity quantity, string member)
    {
        var paths = DatasetValidator.Default.Validate(WithQuantity(quantity)).Problems.Where(p => p.Code == "CM1011").Select(p => p.Path);

        paths.Should().Equal([At + member], name);
    }

    [Fact]
    public void ATermOrATimesWordingBeyond500Characters_IsTooLong()
    {
        var term = new Quantity { Form = QuantityForm.Qualitative, Term = new string('x', 501), Low = 2 };
        var wording = WithEngagement(e => e with { Time = e.Time with { Wording = new string('x', 501) } });

        DatasetValidator.Default.Validate(WithQuantity(term)).Problems.Should().Contain(p => p.Code == "CM1004" && p.Path == At + "term");
        DatasetValidator.Default.Validate(wording).Problems.Should().Contain(p => p.Code == "CM1004" && p.Path == "engagements[0].time.wording");
    }

    [Fact]
    public void AnUndefinedTimeQualifier_IsReported()
    {
        var document = WithEngagement(e => e with { Time = e.Time with { Qualifier = (TemporalQualifier)99 } });

        DatasetValidator.Default.Validate(document).Problems.Should().Contain(p => p.Path == "engagements[0].time.qualifier" && p.Message.Contains("which is not a TemporalQualifier", StringComparison.Ordinal));
    }
}
