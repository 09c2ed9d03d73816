using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Ged;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Interop.Tests.Csv;

public class CsvValuesTests
{
    [Theory]
    [InlineData("2026-04-02", true)]
    [InlineData("2024-02-29", true)]
    [InlineData("0001-01-01", true)]
    [InlineData("9999-12-31", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2026-13-01", false)]
    [InlineData("2026-00-10", false)]
    [InlineData("2026-04-31", false)]
    [InlineData("2026-04-00", false)]
    [InlineData("2026-4-021", false)]
    [InlineData("2026-04-0a", false)]
    [InlineData("+026-04-02", false)]
    [InlineData("0000-01-01", false)]
    public void TryParseIsoDate_ReadsPlainDates_AndNeverDisagreesWithNodaTime(string text, bool fast)
    {
        var parsed = CsvValues.TryParseIsoDate(text, out var date);

        parsed.Should().Be(fast);
        if (parsed)
        {
            date.Should().Be(LocalDatePattern.Iso.Parse(text).Value);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(999)]
    [InlineData(2026)]
    [InlineData(9999)]
    [InlineData(0)]
    [InlineData(-5)]
    public void FormatIsoDate_WritesWhatNodaTimeWrites(int year)
    {
        var date = new LocalDate(year, 3, 7);

        CsvValues.FormatIsoDate(date, " 00:00:00.000").Should().Be(LocalDatePattern.Iso.Format(date) + " 00:00:00.000");
        GedMapping.DateTimeText(date).Should().Be(date.ToString("uuuu'-'MM'-'dd", System.Globalization.CultureInfo.InvariantCulture) + " 00:00:00.000");
    }

    [Fact]
    public void SplitArticles_ListsNotParallelToTheArticles_AreReadFromTheArticleColumn()
    {
        var article = "\"Reuters,2026-04-02,Attack near Gao\";\"AFP,2026-04-03,Two killed; three hurt\"";

        var parallel = GedMapping.SplitArticles(article, "Reuters;AFP", "2026-04-02;2026-04-03", "Attack near Gao;Two killed");
        var fallback = GedMapping.SplitArticles(article, "Reuters;AFP", "2026-04-02;2026-04-03", "Attack near Gao;Two killed; three hurt");

        parallel.Should().Equal(new List<(string, string, string)> { ("Reuters", "2026-04-02", "Attack near Gao"), ("AFP", "2026-04-03", "Two killed") });
        fallback.Should().Equal(new List<(string, string, string)> { ("Reuters", "2026-04-02", "Attack near Gao"), ("AFP", "2026-04-03", "Two killed; three hurt") });
        GedMapping.SplitArticles(string.Empty, string.Empty, string.Empty, string.Empty).Should().BeEmpty();
    }

    [Fact]
    public void RowValues_AreRangesOfTheRowsCharacters_MadeStringsOnlyWhenAsked()
    {
        var chars = ("12" + new string('x', 3_000)).ToCharArray();
        var values = new RowValues(2);
        values.Use(chars);
        values.Set(0, 0, 2);
        values.Set(1, 2, 3_000);

        values.Span(0).ToString().Should().Be("12");
        values[1].Should().HaveLength(3_000).And.Be(new string('x', 3_000));
        values.IsEmpty(0).Should().BeFalse();
        values[0].Should().BeSameAs(values[0], "a string is made once per row and value");

        values.Use("ab".ToCharArray());
        values.Set(0, 0, 0);
        values.Set(1, "abc");
        values[0].Should().BeSameAs(string.Empty);
        values.IsEmpty(0).Should().BeTrue();
        values.Span(1).ToString().Should().Be("abc");
    }
}
