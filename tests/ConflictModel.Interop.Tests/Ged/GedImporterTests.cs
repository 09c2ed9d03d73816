using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Ged;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;
using ConflictModel.Validation;
using NodaTime;

namespace ConflictModel.Interop.Tests.Ged;

public class GedImporterTests
{
    private static Task<ImportResult> Import(string csv, CsvImportOptions? options = null) =>
        GedImporter.ImportAsync(new StringReader(csv), options ?? new CsvImportOptions { FileName = "test.csv" });

    [Fact]
    public async Task Import_FirstRealEvent_MapsEveryPart()
    {
        var result = await Import(CsvTable.Ged(1).ToCsv());
        var doc = result.Document;
        var e = doc.Engagements.Single();

        e.Id.Should().Be(new EngagementId("ged-625373"));
        e.ExternalIds.Should().Equal(ExternalId.Of(ExternalIdScheme.UcdpEvent, "625373"), ExternalId.Of(ExternalIdScheme.UcdpDyad, "18868"));
        e.Type.Should().Be(EngagementType.Battle);
        e.Conflict!.Name.Should().Be("Iran - Israel, United States of America");
        e.Conflict.ExternalIds.Should().Equal(ExternalId.Of(ExternalIdScheme.UcdpConflict, "16905"));
        e.Time.Should().Be(TemporalExtent.OnDay(2026, 4, 2));

        var iran = doc.Actors.Single(a => a.Id == new ActorId("ucdp-actor-114"));
        iran.Name.Should().Be("Government of Iran");
        iran.Kind.Should().Be(ActorKind.Government);
        iran.CountryCode.Should().Be("IR");
        iran.ExternalIds.Should().Equal(ExternalId.Of(ExternalIdScheme.UcdpActor, "114"), ExternalId.Of(ExternalIdScheme.GleditschWard, "630"));
        e.Sides.Select(s => s.ActorIds.Single().Value).Should().Equal("ucdp-actor-114", "ucdp-actor-9865");

        var site = e.Sites.Single();
        site.Name.Should().Be("Karaj town");
        site.Description.Should().Be("B1 bridge, Karaj");
        site.Coordinates.Should().Be(new Coordinates(35.835556, 51.010278));
        site.Precision.Should().Be(SpatialPrecision.ExactLocation);
        site.Administrative!.CountryCode.Should().Be("IR");
        site.Administrative.Divisions.Should().Equal("Alborz province", "Karaj county");
        site.ExternalIds.Should().Equal(ExternalId.Of(ExternalIdScheme.PrioGrid, "181183"));

        var byId = e.Figures.ToDictionary(f => f.Id.Value);
        byId["ged-625373-killed-civilians"].Estimates.Single().Quantity.Should().Be(Quantity.Exactly(8));
        byId["ged-625373-killed-unknown"].Estimates.Single().Quantity.Should().Be(Quantity.Exactly(5));
        byId["ged-625373-killed-all"].Estimates.Select(x => x.Quantity).Should().Equal(Quantity.Exactly(13), Quantity.Between(13, 13));
        e.Figures.SelectMany(f => f.Estimates).Select(x => x.StatementId).Distinct().Should().Equal(new StatementId("ged-625373-ucdp"));

        var ucdp = e.Statements.Single(s => s.Id.Value == "ged-625373-ucdp");
        doc.Sources.Single(s => s.Id == ucdp.SourceId).Kind.Should().Be(SourceKind.Compilation);
        var articles = e.Statements.Where(s => s.Id.Value.Contains("-article-", StringComparison.Ordinal)).ToList();
        articles.Select(a => a.Summary).Should().Equal(
            "1st LD Writethru: 8 killed, 95 wounded in U.S.-Israeli attacks on bridge in N. Iran",
            "Urgent: Death toll rises to 13 from U.S.-Israeli attacks on bridge in N. Iran -- media");
        articles.Select(a => a.ReportedAt).Should().Equal(TemporalExtent.OnDay(2026, 4, 2), TemporalExtent.OnDay(2026, 4, 3));
        articles.Select(a => doc.Sources.Single(s => s.Id == a.SourceId).Name).Should().Equal("Xinhua News Agency", "Xinhua News Agency");
        var original = e.Statements.Single(s => s.Id.Value.EndsWith("-original-1", StringComparison.Ordinal));
        doc.Sources.Single(s => s.Id == original.SourceId).Name.Should().Be("director general of the provincial Foundation of Martyrs and Veterans Affairs, semi-official Mehr news agency");
        original.Via.Should().Equal(articles[0].SourceId);

        e.DatasetFields.Should().Contain(DatasetField.Of("ucdp-ged", "code_status", "Clear"));
        e.DatasetFields.Should().Contain(DatasetField.Of("ucdp-ged", "relid", "IRN-2026-1-18868-62"));
    }

    [Fact]
    public async Task Import_OneSidedViolence_CivilianSideIsDefender()
    {
        var table = CsvTable.Ged();
        var row = table.Rows.FindIndex(r => r[Array.IndexOf(table.Header, "type_of_violence")] == "3");
        var result = await Import(new CsvTable { Header = table.Header, Rows = [table.Rows[row]] }.ToCsv());
        var e = result.Document.Engagements.Single();

        e.Type.Should().Be(EngagementType.ViolenceAgainstCivilians);
        e.Sides.Select(s => s.Role).Should().Equal(SideRole.Attacker, SideRole.Defender);
        result.Document.Actors.Single(a => a.Id == e.Sides[1].ActorIds[0]).Kind.Should().Be(ActorKind.Civilians);
    }

    [Fact]
    public async Task Import_RealFile_SuspiciousValuesAreImportedAndWarned()
    {
        var result = await GedImporter.ImportFileAsync(TestFiles.Ged);

        result.Summary.Warnings.Count(w => w.Code == "ged.high-below-best").Should().Be(5);
        result.Summary.Warnings.Count(w => w.Code == "ged.low-above-best").Should().Be(3);
        result.Summary.Warnings.Count(w => w.Code == "ged.low-above-high").Should().Be(5);
        result.Summary.Warnings.Count(w => w.Code == "ged.same-actor-both-sides").Should().Be(310, "the Candidate file codes unidentified parties as the same placeholder actor XXX<country> on both sides");
        result.Summary.WarningCount.Should().Be(323);
        var warning = result.Summary.Warnings.First(w => w.Code == "ged.high-below-best");
        warning.File.Should().Be(TestFiles.Ged);
        warning.ColumnName.Should().Be("high");
        warning.Line.Should().BeGreaterThan(1);
    }

    [Fact]
    public async Task Import_RealFile_ValidatesWithoutErrors_ItsInconsistenciesAreWarnings()
    {
        var result = await GedImporter.ImportFileAsync(TestFiles.Ged);

        var report = DatasetValidator.Default.Validate(result.Document);

        // The 310 placeholder rows (side A = side B) import as two actors, so they are import warnings, not
        // "actor on both sides" errors; the 5 rows with low above high carry low and high as an "at least" and an
        // "at most" estimate of UCDP's statement, which the validator reports as a warning (CM3021), not as a
        // broken range (CM3009).
        report.AtLeast(ValidationSeverity.Error).Should().BeEmpty();
        report.Problems.Count(p => p.Code == "CM3021").Should().Be(5);
        result.Summary.Warnings.Count(w => w.Code == "ged.same-actor-both-sides").Should().Be(310);
        var placeholderRow = result.Document.Engagements.First(e => e.Sides[1].ActorIds[0].Value.EndsWith("-side-b", System.StringComparison.Ordinal));
        placeholderRow.Sides[0].ActorIds[0].Should().NotBe(placeholderRow.Sides[1].ActorIds[0]);
    }

    [Fact]
    public async Task Import_LowAboveHigh_KeepsBothNumbersAsBoundsAndExportsThemBack()
    {
        var csv = CsvTable.Ged(1).With(0, "low", "12").With(0, "best", "10").With(0, "high", "9").ToCsv();

        var result = await Import(csv);

        var total = result.Document.Engagements[0].Figures.Single(f => f.Id.Value.EndsWith("killed-all", StringComparison.Ordinal));
        total.Estimates.Select(e => (e.Quantity.Form, e.Quantity.Value, e.Wording)).Should().Equal(
            (QuantityForm.Exact, 10L, "best"), (QuantityForm.AtLeast, 12L, "low"), (QuantityForm.AtMost, 9L, "high"));
        result.Summary.Warnings.Should().Contain(w => w.Code == "ged.low-above-high" && w.ColumnName == "low" && w.Value == "12");
        var report = DatasetValidator.Default.Validate(result.Document);
        report.Problems.Where(p => p.Code == "CM3021").Should().ContainSingle().Which.Severity.Should().Be(ValidationSeverity.Warning);

        var exported = new StringWriter();
        await GedExporter.ExportAsync(result.Document, exported);
        var row = CsvTable.Parse(exported.ToString());
        row.Get(0, "low").Should().Be("12");
        row.Get(0, "best").Should().Be("10");
        row.Get(0, "high").Should().Be("9");
    }

    [Fact]
    public async Task Import_SentinelsAndEmptyIds_AreImportedWithWarnings()
    {
        var csv = CsvTable.Ged(2).With(0, "deaths_a", "-1").With(0, "id", "").With(1, "side_b_new_id", "").ToCsv();

        var result = await Import(csv);

        result.Summary.RowsImported.Should().Be(2);
        result.Summary.Warnings.Select(w => w.Code).Should().Contain(["ged.negative-count", "ged.empty-id", "ged.empty-actor-id"]);
        result.Document.Engagements[0].Id.Value.Should().Be("ged-line-2");
        var first = result.Document.Engagements[0];
        first.Figures.Single(f => f.Id.Value.EndsWith("killed-a", StringComparison.Ordinal)).Estimates.Should().BeEmpty("-1 is no count");
        first.DatasetFields.Should().ContainSingle(f => f.Name == "deaths_a").Which.Value.Should().Be("-1");

        var report = DatasetValidator.Default.Validate(result.Document);
        report.AtLeast(ValidationSeverity.Error).Should().BeEmpty("suspicious values are warnings, not errors");
        report.Problems.Should().Contain(p => p.Code == "CM3014" && p.Path == "engagements[0].figures[0].estimates");

        var exported = new StringWriter();
        await GedExporter.ExportAsync(result.Document, exported);
        CsvTable.Parse(exported.ToString()).Get(0, "deaths_a").Should().Be("-1");
    }

    [Fact]
    public async Task Import_NegativeTotals_AreLeftOutOfTheEstimatesAndWrittenBack()
    {
        var csv = CsvTable.Ged(1).With(0, "best", "-1").With(0, "low", "-1").With(0, "high", "-1").ToCsv();

        var result = await Import(csv);

        var total = result.Document.Engagements[0].Figures.Single(f => f.Id.Value.EndsWith("killed-all", StringComparison.Ordinal));
        total.Estimates.Should().BeEmpty();
        DatasetValidator.Default.Validate(result.Document).AtLeast(ValidationSeverity.Error).Should().BeEmpty();
        var exported = new StringWriter();
        await GedExporter.ExportAsync(result.Document, exported);
        var row = CsvTable.Parse(exported.ToString());
        (row.Get(0, "best"), row.Get(0, "low"), row.Get(0, "high")).Should().Be(("-1", "-1", "-1"));
    }

    [Theory]
    [InlineData("", "1", "3")]
    [InlineData("-1", "3", "7")]
    [InlineData("-1", "1", "1")]
    [InlineData("", "4", "")]
    [InlineData("", "", "9")]
    [InlineData("5", "", "")]
    [InlineData("", "", "")]
    [InlineData("7", "9", "8")]
    public async Task Import_UnusualTotals_ExportTheSameValuesBack(string best, string low, string high)
    {
        var csv = CsvTable.Ged(1).With(0, "best", best).With(0, "low", low).With(0, "high", high).ToCsv();

        var result = await Import(csv);
        var exported = new StringWriter();
        await GedExporter.ExportAsync(result.Document, exported);

        var row = CsvTable.Parse(exported.ToString());
        (row.Get(0, "best"), row.Get(0, "low"), row.Get(0, "high")).Should().Be((best, low, high));
    }

    [Fact]
    public async Task Import_SentinelHigh_IsNotReportedAsLowAboveHigh()
    {
        var csv = CsvTable.Ged(1).With(0, "low", "3").With(0, "best", "3").With(0, "high", "-1").ToCsv();

        var result = await Import(csv);

        result.Summary.Warnings.Select(w => w.Code).Should().Contain("ged.negative-count").And.NotContain("ged.low-above-high");
        var total = result.Document.Engagements[0].Figures.Single(f => f.Id.Value.EndsWith("killed-all", StringComparison.Ordinal));
        total.Estimates.Select(e => e.Quantity.Form).Should().Equal(QuantityForm.Exact, QuantityForm.AtLeast);
    }

    [Fact]
    public async Task Import_BadValue_StopAtFirst_ThrowsLocatedError()
    {
        var csv = CsvTable.Ged(3).With(1, "deaths_b", "two").ToCsv();
        var delivered = 0;

        var act = () => GedImporter.ImportAsync(new StringReader(csv), (d, _) => { delivered += d.Engagements.Count; return ValueTask.CompletedTask; }, new CsvImportOptions { FileName = "bad.csv" });

        var ex = (await act.Should().ThrowAsync<CsvImportException>()).Which;
        ex.Error.File.Should().Be("bad.csv");
        ex.Error.Line.Should().Be(3, "row 1 spans line 2 only and row 2 starts on line 3");
        ex.Error.ColumnName.Should().Be("deaths_b");
        ex.Error.Value.Should().Be("two");
        ex.Error.Code.Should().Be("csv.not-an-integer");
        ex.Message.Should().Be("bad.csv:3: error csv.not-an-integer: column 'deaths_b', value 'two': 'two' is not a whole number; expected digits such as 12, or an empty value.");
        ex.Summary.RowsRead.Should().Be(2);
        ex.Summary.RowsImported.Should().Be(1);
        ex.Summary.RowsRejected.Should().Be(1);
        delivered.Should().Be(1);
    }

    [Fact]
    public async Task Import_BadRows_SkipAndReport_KeepsCountsBalanced()
    {
        var csv = CsvTable.Ged(6).With(1, "date_start", "2026-13-01").With(3, "where_prec", "9").With(4, "latitude", "north").ToCsv();

        var result = await Import(csv, new CsvImportOptions { BadRows = BadRowHandling.SkipAndReport, FileName = "bad.csv" });

        var s = result.Summary;
        s.RowsRead.Should().Be(6);
        s.RowsImported.Should().Be(3);
        s.RowsRejected.Should().Be(3);
        (s.RowsImported + s.RowsRejected).Should().Be(s.RowsRead);
        s.Errors.Select(e => (e.ColumnName, e.Value, e.Code)).Should().Equal(
            ("date_start", "2026-13-01", "ged.bad-date"),
            ("where_prec", "9", "ged.where-prec-out-of-range"),
            ("latitude", "north", "csv.not-a-number"));
        result.Document.Engagements.Should().HaveCount(3);
    }

    [Fact]
    public async Task Import_RowWithTooFewValues_IsRejectedWithLine()
    {
        var csv = CsvTable.Ged(1).ToCsv() + "1,2,3\n";

        var result = await Import(csv, new CsvImportOptions { BadRows = BadRowHandling.SkipAndReport });

        result.Summary.Errors.Single().Code.Should().Be("csv.column-count");
        result.Summary.Errors.Single().Message.Should().Contain("has 3 values but the header has 49 columns");
        result.Summary.RowsRead.Should().Be(2);
    }

    [Fact]
    public async Task Import_MissingRequiredColumn_ThrowsAtHeader()
    {
        var table = CsvTable.Ged(1);
        var keep = Enumerable.Range(0, table.Header.Length).Where(i => table.Header[i] != "best").ToArray();
        var csv = new CsvTable { Header = keep.Select(i => table.Header[i]).ToArray(), Rows = [keep.Select(i => table.Rows[0][i]).ToArray()] }.ToCsv();

        var ex = (await FluentActions.Awaiting(() => Import(csv)).Should().ThrowAsync<CsvImportException>()).Which;

        ex.Error.Line.Should().Be(1);
        ex.Error.Code.Should().Be("csv.missing-columns");
        ex.Error.Message.Should().StartWith("The header lacks the required column(s) 'best'.");
    }

    [Fact]
    public async Task Import_ReorderedUpperCaseAndHistoricalHeaders_AreMatchedByName()
    {
        var table = CsvTable.Ged(3);
        var order = Enumerable.Range(0, table.Header.Length).Reverse().Where(i => table.Header[i] != "code_status").ToArray();
        var header = order.Select(i => table.Header[i] switch { "best" => "best_est", "low" => "low_est", "high" => "high_est", var h => h.ToUpperInvariant() }).ToArray();
        var moved = new CsvTable { Header = [.. header, "my_note"], Rows = table.Rows.Select(r => order.Select(i => r[i]).Append("kept").ToArray()).ToList() };
        var expected = await Import(table.ToCsv());

        var result = await Import(moved.ToCsv());

        result.Summary.MissingColumns.Should().Equal("code_status");
        result.Summary.UnknownColumns.Should().Equal("my_note");
        result.Summary.Layout.Should().Be("release-17", "the header lacks code_status, as GED 17.1–19.1 did");
        result.Summary.RenamedColumns.Should().Contain(["best_est → best", "low_est → low", "high_est → high", "ID → id"]);
        var strip = (DatasetDocument d) => d.Engagements.Select(e => e with { DatasetFields = e.DatasetFields.Where(f => f.Name is not ("code_status" or "my_note" or "@layout")).ToArray() }).ToArray();
        strip(result.Document).Should().Equal(strip(expected.Document));
        result.Document.Engagements[0].DatasetFields.Should().Contain(DatasetField.Of("ucdp-ged", "my_note", "kept"));
    }

    [Fact]
    public async Task Import_Batches_AreBoundedAndProgressIsReported()
    {
        var sizes = new List<int>();
        var progress = new List<ImportProgress>();
        var options = new CsvImportOptions { BatchSize = 400, Progress = new SyncProgress(progress.Add) };

        var summary = await GedImporter.ImportAsync(new StringReader(TestFiles.Read("GEDEvent_v26_0_4.csv")), (d, _) => { sizes.Add(d.Engagements.Count); return ValueTask.CompletedTask; }, options);

        sizes.Should().Equal(400, 400, 400, 400, 75);
        summary.Batches.Should().Be(5);
        progress.Select(p => p.RowsImported).Should().Equal(400, 800, 1200, 1600, 1675);
        progress[^1].Should().Be(new ImportProgress(1675, 1675, 0, 5));
    }

    [Fact]
    public async Task Import_EachBatchDeclaresTheActorsAndSourcesItUses()
    {
        var documents = new List<DatasetDocument>();
        await GedImporter.ImportAsync(new StringReader(TestFiles.Read("GEDEvent_v26_0_4.csv")), (d, _) => { documents.Add(d); return ValueTask.CompletedTask; }, new CsvImportOptions { BatchSize = 100 });

        foreach (var d in documents)
        {
            var actors = d.Actors.Select(a => a.Id).ToHashSet();
            var sources = d.Sources.Select(s => s.Id).ToHashSet();
            d.Engagements.SelectMany(e => e.Sides).SelectMany(s => s.ActorIds).Should().OnlyContain(a => actors.Contains(a));
            d.Engagements.SelectMany(e => e.Statements).SelectMany(s => s.Via.Append(s.SourceId)).Should().OnlyContain(s => sources.Contains(s));
        }
    }

    [Fact]
    public async Task Import_Cancelled_StopsWithOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        var batches = 0;

        var act = () => GedImporter.ImportAsync(
            new StringReader(TestFiles.Read("GEDEvent_v26_0_4.csv")),
            (_, _) => { if (++batches == 2) { cts.Cancel(); } return ValueTask.CompletedTask; },
            new CsvImportOptions { BatchSize = 100 },
            cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        batches.Should().Be(2);
    }

    [Fact]
    public async Task Import_EmptyInput_ThrowsLocatedError()
    {
        var ex = (await FluentActions.Awaiting(() => Import(string.Empty)).Should().ThrowAsync<CsvImportException>()).Which;

        ex.Error.Code.Should().Be("csv.empty");
        ex.Summary.RowsRead.Should().Be(0);
    }

    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
