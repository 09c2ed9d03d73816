using System;
using ConflictModel.Time;
using NodaTime;

namespace ConflictModel.Tests.Time;

public class TemporalExtentTests
{
    [Fact]
    public void AroundTenOnTheSecondOfJune_IsRepresentableExactlyAsSaid()
    {
        var t = TemporalExtent.AtHour(new LocalDate(2025, 6, 2), 10).Approximately().InZone("Africa/Bamako").WithWording("At around 10am");

        t.Start.Should().Be(new LocalDateTime(2025, 6, 2, 10, 0));
        t.Precision.Should().Be(TemporalPrecision.Hour);
        t.Qualifier.Should().Be(TemporalQualifier.Approximate);
        t.TimeZoneId.Should().Be("Africa/Bamako");
        t.Wording.Should().Be("At around 10am");
        t.WindowEnd.Should().Be(new LocalDateTime(2025, 6, 2, 11, 0));
        t.ToString().Should().Be("~2025-06-02T10 Africa/Bamako");
    }

    [Fact]
    public void Spring2025_IsAnApproximateRangeOfMonths()
    {
        var spring = TemporalExtent.Between(new LocalDateTime(2025, 3, 15, 0, 0), new LocalDateTime(2025, 5, 31, 0, 0), TemporalPrecision.Month)
            .Approximately().WithWording("since the spring of 2025");

        spring.Start.Should().Be(new LocalDateTime(2025, 3, 1, 0, 0));
        spring.End.Should().Be(new LocalDateTime(2025, 5, 1, 0, 0));
        spring.WindowEnd.Should().Be(new LocalDateTime(2025, 6, 1, 0, 0));
        spring.ToString().Should().Be("~2025-03/2025-05");
    }

    [Theory]
    [InlineData(TemporalPrecision.Year, "2025", "2026-01-01T00:00")]
    [InlineData(TemporalPrecision.Month, "2025-06", "2025-07-01T00:00")]
    [InlineData(TemporalPrecision.Day, "2025-06-02", "2025-06-03T00:00")]
    [InlineData(TemporalPrecision.PartOfDay, "2025-06-02T06", "2025-06-02T12:00")]
    [InlineData(TemporalPrecision.Hour, "2025-06-02T10", "2025-06-02T11:00")]
    [InlineData(TemporalPrecision.Minute, "2025-06-02T10:17", "2025-06-02T10:18")]
    public void Precision_TruncatesFormatsAndBoundsTheWindow(TemporalPrecision precision, string text, string windowEnd)
    {
        var value = new LocalDateTime(2025, 6, 2, 10, 17, 45);
        var t = new TemporalExtent { Start = TemporalExtent.Truncate(value, precision), Precision = precision };

        t.ToString().Should().Be(text);
        t.WindowEnd.ToString("uuuu-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture).Should().Be(windowEnd);
    }

    [Fact]
    public void PartOfDay_DerivesTheDayPart()
    {
        var morning = TemporalExtent.InPartOfDay(new LocalDate(2025, 6, 2), DayPart.Morning);

        morning.Start.Hour.Should().Be(6);
        morning.DayPart.Should().Be(DayPart.Morning);
        TemporalExtent.OnDay(2025, 6, 2).DayPart.Should().BeNull();
    }

    [Fact]
    public void Factories_ZeroThePartsBelowThePrecision()
    {
        TemporalExtent.InYear(2025).Start.Should().Be(new LocalDateTime(2025, 1, 1, 0, 0));
        TemporalExtent.InMonth(2025, 6).Start.Should().Be(new LocalDateTime(2025, 6, 1, 0, 0));
        TemporalExtent.AtMinute(new LocalDateTime(2025, 6, 2, 10, 17, 59)).Start.Should().Be(new LocalDateTime(2025, 6, 2, 10, 17));
    }

    [Fact]
    public void Between_EndBeforeStart_ThrowsWithBothValues()
    {
        var act = () => TemporalExtent.Between(new LocalDate(2025, 6, 2), new LocalDate(2025, 6, 1));

        act.Should().Throw<ArgumentException>().WithParameterName("end")
            .WithMessage("The end (2025-06-01T00:00) must not be earlier than the start (2025-06-02T00:00).*");
    }

    [Fact]
    public void Between_SameUnit_HasNoEnd()
    {
        TemporalExtent.Between(new LocalDate(2025, 6, 2), new LocalDate(2025, 6, 2)).End.Should().BeNull();
    }

    [Fact]
    public void Qualifiers_ShowInText()
    {
        (TemporalExtent.OnDay(2025, 6, 2) with { Qualifier = TemporalQualifier.Before }).ToString().Should().Be("<2025-06-02");
        (TemporalExtent.OnDay(2025, 6, 2) with { Qualifier = TemporalQualifier.After }).ToString().Should().Be(">2025-06-02");
    }
}
