using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Formats;
using ConflictModel.Interop.Ged;
using NodaTime;

namespace ConflictModel.Interop.Tests.Csv;

public class DateColumnsTests
{
    [Theory]
    [InlineData("2025-06-02", true)]
    [InlineData("2025-06-02 00:00:00.000", false)]
    [InlineData("2025-06-02T00:00:00", true)]
    [InlineData("2025/06/02", false)]
    [InlineData("2/6/2025", true)]
    [InlineData("6/2/2025", false)]
    [InlineData("02.06.25", true)]
    [InlineData("02-06-2025", true)]
    [InlineData("6/2/2025 0:00", false)]
    [InlineData("02/06/2025 12:00:00 AM", true)]
    [InlineData("2 June 2025", false)]
    [InlineData("02-Jun-25", false)]
    [InlineData("June 2, 2025", true)]
    [InlineData("2-Jun-2025", true)]
    [InlineData("20250602", true)]
    [InlineData("45810", false)]
    [InlineData("45810.5", true)]
    public void Parse_EverySpelling_IsTheSameDay(string value, bool dayFirst)
    {
        DateText.ToDate(DateText.Parse(value), dayFirst ? DateOrder.DayFirst : DateOrder.MonthFirst).Should().Be(new LocalDate(2025, 6, 2));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2025")]
    [InlineData("31/02/2025")]
    [InlineData("13/13/2025")]
    [InlineData("2 Juno 2025")]
    [InlineData("2025-06-02 noon")]
    [InlineData("1/2/3/4")]
    public void Parse_NotADate_IsNone(string value)
    {
        DateText.ToDate(DateText.Parse(value), DateOrder.DayFirst).Should().BeNull();
    }

    [Fact]
    public void Parse_TwoDigitYears_PivotAt50()
    {
        DateText.ToDate(DateText.Parse("1/2/49"), DateOrder.DayFirst).Should().Be(new LocalDate(2049, 2, 1));
        DateText.ToDate(DateText.Parse("1/2/89"), DateOrder.DayFirst).Should().Be(new LocalDate(1989, 2, 1));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Read_UsSpreadsheetResave_ReadsEveryDayMonthFirstFromTheValues(bool seekable)
    {
        var (documents, summary) = await CsvInputs.ReadAsync(GedFormat.Instance, File.ReadAllBytes(TestFiles.Path("layouts/ged-spreadsheet-us.csv")), seekable);
        var (original, _) = await CsvInputs.ReadAsync(GedFormat.Instance, File.ReadAllBytes(TestFiles.Ged));

        documents.Engagements().Select(e => e.Time).Should().Equal(original.Engagements().Take(300).Select(e => e.Time));
        var spellings = summary.Problems.Where(p => p.Code == "csv.date-spellings").ToList();
        spellings.Select(p => p.ColumnName).Should().Equal("date_start", "date_end");
        spellings[0].Message.Should().Contain("month/day/year 300").And.Contain("can only be");
        summary.Problems.Should().NotContain(p => p.Code == "csv.date-order-assumed");
    }

    [Fact]
    public async Task Read_OnlyAmbiguousDays_UsesTheLayoutsConventionAndSaysSo()
    {
        var csv = Rows(("3/4/2026 0:00", "3/4/2026 0:00"), ("5/4/2026 0:00", "6/4/2026 0:00"));

        var (documents, summary) = await CsvInputs.ReadAsync(GedFormat.Instance, Encoding.UTF8.GetBytes(csv));

        documents.Engagements().Select(e => e.Time.Start.Date).Should().Equal(new LocalDate(2026, 4, 3), new LocalDate(2026, 4, 5));
        var assumed = summary.Problems.Single(p => p.Code == "csv.date-order-assumed" && p.ColumnName == "date_start");
        assumed.Message.Should().Contain("day-first").And.Contain("the GED layouts's convention");
        assumed.Severity.Should().Be(Validation.ValidationSeverity.Warning);
    }

    [Fact]
    public async Task Read_SeveralSpellingsInOneColumn_ReadsEachAndListsThem()
    {
        var csv = Rows(("2026-04-02", "2026-04-02"), ("3 April 2026", "03-Apr-26"), ("46116", "46116"), ("20/04/2026", "20/04/2026"), ("4/5/2026", "4/5/2026"));

        var (documents, summary) = await CsvInputs.ReadAsync(GedFormat.Instance, Encoding.UTF8.GetBytes(csv));

        documents.Engagements().Select(e => e.Time.Start.Date).Should().Equal(
            new LocalDate(2026, 4, 2), new LocalDate(2026, 4, 3), new LocalDate(2026, 4, 4), new LocalDate(2026, 4, 20), new LocalDate(2026, 5, 4));
        summary.Problems.Single(p => p.Code == "csv.date-spellings" && p.ColumnName == "date_start").Message
            .Should().Contain("yyyy-MM-dd 1").And.Contain("day/month/year 2").And.Contain("month names").And.Contain("serial").And.Contain("line 5 ('20/04/2026')");
    }

    [Fact]
    public async Task Read_BothOrdersInOneColumn_RejectsTheRowOfTheOtherOrderNamingTheEvidence()
    {
        var csv = Rows(("20/04/2026", "20/04/2026"), ("4/21/2026", "4/21/2026"), ("3/4/2026", "3/4/2026"));

        var reading = GedFormat.Instance.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new DatasetReadOptions { Name = "t.csv", BadRecords = BadRowHandling.SkipAndReport });
        var engagements = new System.Collections.Generic.List<Engagements.Engagement>();
        await foreach (var document in reading)
        {
            engagements.AddRange(document.Engagements);
        }

        engagements.Select(e => e.Time.Start.Date).Should().Equal(new LocalDate(2026, 4, 20), new LocalDate(2026, 4, 3));
        var error = reading.Summary.Problems.Single(p => p.Code == "csv.date-order-conflict");
        (error.Line, error.ColumnName, error.Value).Should().Be((3L, "date_start", "4/21/2026"));
        error.Message.Should().Contain("line 2 ('20/04/2026')");
        reading.Summary.RecordsRead.Should().Be(3);
        reading.Summary.RecordsRejected.Should().Be(1);
    }

    [Fact]
    public async Task Read_PipeAssumedFromItsHeadThenContradicted_StopsWithALocatedError()
    {
        // More ambiguous rows than the head holds, then one that can only be month first.
        var row = CsvTable.Ged(1).With(0, "date_start", "3/4/2026").With(0, "date_end", "3/4/2026");
        var rowChars = row.ToCsv().Length - string.Join(",", row.Header).Length;
        var rows = Enumerable.Repeat(row.Rows[0], (DateColumns.HeadChars / rowChars) + 100).ToList();
        var last = (string[])rows[0].Clone();
        last[Array.IndexOf(row.Header, "date_start")] = "4/25/2026";
        rows.Add(last);
        var bytes = Encoding.UTF8.GetBytes(new CsvTable { Header = row.Header, Rows = rows }.ToCsv());
        bytes.Length.Should().BeGreaterThan(DateColumns.HeadChars);

        var pipe = () => CsvInputs.ReadAsync(GedFormat.Instance, bytes, seekable: false);
        var ex = (await pipe.Should().ThrowAsync<DatasetReadException>()).Which;
        ex.Problem.Code.Should().Be("csv.date-order-contradicted");
        ex.Problem.Value.Should().Be("4/25/2026");
        ex.Problem.Line.Should().Be(rows.Count + 1);

        // The same bytes as a file: the whole column decides month first, so every row reads.
        var (documents, _) = await CsvInputs.ReadAsync(GedFormat.Instance, bytes);
        documents.Engagements().First().Time.Start.Date.Should().Be(new LocalDate(2026, 3, 4));
    }

    [Theory]
    [InlineData("2 June 2025", "9 June 2025", false)]
    [InlineData("02-Jun-25", "09-Jun-25", true)]
    [InlineData("6/2/2025", "6/9/2025", true)]
    public async Task Read_AcledEventDates_OwnOlderSpellingIsNoReSave_ASpreadsheetsIs(string first, string second, bool warned)
    {
        var table = CsvTable.Parse(TestFiles.Read("acled-synthetic.csv"));
        var rows = table.Rows.Select((r, i) =>
        {
            var row = (string[])r.Clone();
            row[System.Array.IndexOf(table.Header, "event_date")] = i % 2 == 0 ? first : second;
            return row;
        }).ToList();
        var csv = new CsvTable { Header = table.Header, Rows = rows }.ToCsv();

        var (documents, summary) = await CsvInputs.ReadAsync(ConflictModel.Interop.Acled.AcledFormat.Instance, Encoding.UTF8.GetBytes(csv));

        documents.Engagements().Select(e => e.Time.Start.Date).Distinct().Should().BeEquivalentTo(new[] { new LocalDate(2025, 6, 2), new LocalDate(2025, 6, 9) });
        summary.Problems.Any(p => p.Code == "csv.date-spellings").Should().Be(warned, "ACLED's own exports wrote 2 June 2025; two-digit years and numeric dates are a spreadsheet's");
    }

    /// <summary>Real rows of the GED file with the given dates.</summary>
    private static string Rows(params (string Start, string End)[] dates)
    {
        var table = CsvTable.Ged(dates.Length);
        for (var i = 0; i < dates.Length; i++)
        {
            table = table.With(i, "date_start", dates[i].Start).With(i, "date_end", dates[i].End);
        }

        return table.ToCsv();
    }
}
