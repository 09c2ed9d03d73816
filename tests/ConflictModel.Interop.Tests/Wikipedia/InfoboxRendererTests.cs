using ConflictModel.Interop.Wikipedia;
using ConflictModel.Time;
using NodaTime;

namespace ConflictModel.Interop.Tests.Wikipedia;

public class InfoboxRendererTests
{
    public static TheoryData<TemporalExtent, string> Dates() => new()
    {
        { TemporalExtent.OnDay(2025, 6, 2), "2 June 2025" },
        { TemporalExtent.AtHour(new LocalDate(2025, 6, 2), 10).Approximately(), "2 June 2025" },
        { TemporalExtent.OnDay(2025, 6, 2).Approximately(), "c. 2 June 2025" },
        { TemporalExtent.InMonth(2025, 6), "June 2025" },
        { TemporalExtent.InYear(2025), "2025" },
        { TemporalExtent.Between(new LocalDate(1941, 5, 26), new LocalDate(1941, 5, 27)), "26–27 May 1941" },
        { TemporalExtent.Between(new LocalDate(1942, 5, 26), new LocalDate(1942, 6, 11)), "26 May – 11 June 1942" },
        { TemporalExtent.Between(new LocalDate(1943, 12, 26), new LocalDate(1944, 1, 16)), "26 December 1943 – 16 January 1944" },
        { TemporalExtent.Between(new LocalDateTime(1944, 9, 1, 0, 0), new LocalDateTime(1944, 11, 1, 0, 0), TemporalPrecision.Month), "September – November 1944" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void FormatDate_GivesInfoboxStyle_AndReadsBack(TemporalExtent time, string expected)
    {
        var text = InfoboxRenderer.FormatDate(time);

        text.Should().Be(expected);
        if (!text.StartsWith("c. ", System.StringComparison.Ordinal) && time.Precision <= TemporalPrecision.Day)
        {
            InfoboxReader.FromParameters([InfoboxParameter.Of("date", text)]).Date.Should().Be(time);
        }
    }
}
