using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Ged;
using ConflictModel.Json;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;
using ConflictModel.Validation;
using NodaTime;

namespace ConflictModel.Interop.Tests.Csv;

/// <summary>
/// Values the model cannot hold as they stand (blank or over-long text, out-of-range coordinates and numbers,
/// repeated ids, an extent ending before it starts): each case is imported into a document that validates
/// without errors, with the warning or error the docs name, and exported back to the file's values.
/// </summary>
public class UnholdableValuesTests
{
    private static readonly CsvTable Acled = CsvTable.Parse(TestFiles.Read("acled-synthetic.csv"));

    [Theory]
    [InlineData("")]
    [InlineData(" \t ")]
    [InlineData("\u00A0")]
    public async Task Ged_BlankActorName_PlaceholderNameWarnedAndWrittenBack(string name)
    {
        var table = CsvTable.Ged(1).With(0, "side_a", name);

        var result = await ImportGed(table);

        var actor = result.Document.Actors.Single(a => a.Id.Value == "ucdp-actor-" + table.Get(0, "side_a_new_id"));
        actor.Name.Should().Be("UCDP actor " + table.Get(0, "side_a_new_id"));
        result.Summary.Warnings.Should().ContainSingle(w => w.Code == "csv.text-replaced").Which.ColumnName.Should().Be("side_a");
        await ShouldWriteBackGed(result.Document, table);
    }

    [Fact]
    public async Task Ged_ActorNameLongerThanTheModelHolds_ShortenedToTheLimitAndWrittenBack()
    {
        var name = string.Concat(Enumerable.Repeat("Front for the Liberation of the Northern Provinces, ", 12));
        var table = CsvTable.Ged(1).With(0, "side_b", name);

        var result = await ImportGed(table);

        var actor = result.Document.Actors.Single(a => a.Name.StartsWith("Front for", StringComparison.Ordinal));
        actor.Name.Should().HaveLength(ModelText.ShortText).And.EndWith("…").And.StartWith(name[..(ModelText.ShortText - 1)]);
        result.Document.Engagements[0].Name.Length.Should().BeLessThanOrEqualTo(ModelText.ShortText);
        result.Summary.Warnings.Should().ContainSingle(w => w.Code == "csv.text-replaced").Which.Message.Should().Contain($"{name.Length} characters long");
        await ShouldWriteBackGed(result.Document, table);
    }

    [Theory]
    [InlineData("where_coordinates", "  ")]
    [InlineData("conflict_name", "")]
    [InlineData("source_original", "\t")]
    public async Task Ged_OtherRequiredTextBlank_PlaceholderWarnedAndWrittenBack(string column, string value)
    {
        var table = CsvTable.Ged(1).With(0, column, value);

        var result = await ImportGed(table);

        result.Summary.Warnings.Should().Contain(w => w.Code == "csv.text-replaced" && w.ColumnName == column);
        await ShouldWriteBackGed(result.Document, table);
    }

    [Theory]
    [InlineData("Xinhua News Agency", "")]
    [InlineData(" ", "Death toll rises to 13")]
    public async Task Ged_ArticleWithBlankOfficeOrHeadline_PlaceholderWarnedAndWrittenBack(string office, string headline)
    {
        var table = CsvTable.Ged(1)
            .With(0, "source_article", $"\"{office},2026-04-02,{headline}\"")
            .With(0, "source_office", office)
            .With(0, "source_date", "2026-04-02")
            .With(0, "source_headline", headline)
            .With(0, "number_of_sources", "1");
        var column = headline.Length == 0 ? "source_headline" : "source_office";

        var result = await ImportGed(table);

        result.Summary.Warnings.Should().Contain(w => w.Code == "csv.text-replaced" && w.ColumnName == column);
        await ShouldWriteBackGed(result.Document, table);
    }

    [Fact]
    public async Task Ged_BlankAdministrativeLevel_EndsThePathAndIsWrittenBack()
    {
        var table = CsvTable.Ged(1).With(0, "adm_1", " ").With(0, "adm_2", "Karaj county");

        var result = await ImportGed(table);

        result.Document.Engagements[0].Sites[0].Administrative!.Divisions.Should().BeEmpty();
        await ShouldWriteBackGed(result.Document, table);
    }

    [Theory]
    [InlineData("91", "51.0")]
    [InlineData("-90.5", "51.0")]
    [InlineData("35.8", "180.25")]
    [InlineData("35.8", "1e308")]
    public async Task Ged_CoordinatesOutOfRange_SiteWithoutCoordinatesWarnedAndWrittenBack(string latitude, string longitude)
    {
        var table = CsvTable.Ged(1).With(0, "latitude", latitude).With(0, "longitude", longitude);

        var result = await ImportGed(table);

        result.Document.Engagements[0].Sites[0].Coordinates.Should().BeNull();
        result.Summary.Warnings.Should().ContainSingle(w => w.Code == "csv.coordinates-out-of-range");
        await ShouldWriteBackGed(result.Document, table);
    }

    [Fact]
    public async Task Ged_EndBeforeStart_TheStartDayStandsAndDateEndIsWrittenBack()
    {
        var table = CsvTable.Ged(1).With(0, "date_start", "2026-04-02 00:00:00.000").With(0, "date_end", "2026-03-30 00:00:00.000");

        var result = await ImportGed(table);

        result.Document.Engagements[0].Time.Should().Be(TemporalExtent.OnDay(new LocalDate(2026, 4, 2)));
        result.Summary.Warnings.Should().ContainSingle(w => w.Code == "ged.end-before-start");
        await ShouldWriteBackGed(result.Document, table);
    }

    [Fact]
    public async Task Ged_NumbersBeyond64Bits_DoNotThrow()
    {
        var table = CsvTable.Ged(1)
            .With(0, "deaths_a", long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With(0, "deaths_b", "1")
            .With(0, "gwnoa", "99999999999999999999");

        var result = await ImportGed(table);

        result.Summary.RowsImported.Should().Be(1);
        result.Summary.Warnings.Select(w => w.Code).Should().Contain("ged.deaths-sum-differs");
        result.Document.Actors.Single(a => a.Id.Value == "ucdp-actor-" + table.Get(0, "side_a_new_id")).CountryCode.Should().BeNull();
        await ShouldWriteBackGed(result.Document, table);
    }

    [Theory]
    [InlineData("62 53")]
    [InlineData("#625373")]
    public async Task Ged_EventIdThatCannotBePartOfAnId_IsMadeIntoASlugAndWrittenBack(string id)
    {
        var table = CsvTable.Ged(1).With(0, "id", id);

        var result = await ImportGed(table);

        result.Document.Engagements[0].Id.Value.Should().MatchRegex("^ged-[a-z0-9-]+$");
        await ShouldWriteBackGed(result.Document, table);
    }

    [Fact]
    public async Task Ged_ValueLongerThanAnythingCanKeep_IsABadRowNamingItsColumn()
    {
        var description = new string('d', ModelText.LongText + 1);
        var table = CsvTable.Ged(2).With(1, "where_description", description);

        var result = await GedImporter.ImportAsync(new StringReader(table.ToCsv()), new CsvImportOptions { BadRows = BadRowHandling.SkipAndReport });

        result.Summary.RowsImported.Should().Be(1);
        var error = result.Summary.Errors.Should().ContainSingle().Which;
        (error.Line, error.ColumnName, error.Code).Should().Be((3, "where_description", "csv.value-too-long"));
        error.Value.Should().Be(description);
    }

    [Fact]
    public async Task Ged_RepeatedEventIdInABatch_LaterRowGetsItsLineAsSuffix()
    {
        var table = CsvTable.Ged(2);
        table = new CsvTable { Header = table.Header, Rows = [table.Rows[0], table.Rows[1], table.Rows[0]] };
        var id = table.Get(0, "id");

        var result = await ImportGed(table);

        result.Document.Engagements.Select(e => e.Id.Value).Should().Equal($"ged-{id}", $"ged-{table.Get(1, "id")}", $"ged-{id}.line-4");
        var warning = result.Summary.Warnings.Should().ContainSingle(w => w.Code == "csv.duplicate-id").Which;
        warning.Line.Should().Be(4);
        warning.Message.Should().Contain("line 2");
        await ShouldWriteBackGed(result.Document, table);
    }

    [Fact]
    public async Task Ged_RepeatedEventIdInAnotherBatch_ComparedOnlyAcrossTheImportWhenAsked()
    {
        var table = CsvTable.Ged(2);
        table = new CsvTable { Header = table.Header, Rows = [table.Rows[0], table.Rows[1], table.Rows[0]] };
        var batches = new System.Collections.Generic.List<DatasetDocument>();

        await GedImporter.ImportAsync(new StringReader(table.ToCsv()), (d, _) => { batches.Add(d); return ValueTask.CompletedTask; }, new CsvImportOptions { BatchSize = 2 });
        var merged = await GedImporter.ImportAsync(new StringReader(table.ToCsv()), new CsvImportOptions { BatchSize = 2 });

        batches.SelectMany(b => b.Engagements).Select(e => e.Id.Value).Should().Equal($"ged-{table.Get(0, "id")}", $"ged-{table.Get(1, "id")}", $"ged-{table.Get(0, "id")}");
        batches.Should().AllSatisfy(b => DatasetValidator.Default.Validate(b).AtLeast(ValidationSeverity.Error).Should().BeEmpty());
        merged.Document.Engagements[2].Id.Value.Should().Be($"ged-{table.Get(0, "id")}.line-4");
        DatasetValidator.Default.Validate(merged.Document).AtLeast(ValidationSeverity.Error).Should().BeEmpty();
    }

    [Fact]
    public async Task Ged_ExportSplitBySite_ReadsBackIntoAValidDocument()
    {
        var document = (await ImportGed(CsvTable.Ged(1))).Document;
        var engagement = document.Engagements[0];
        var second = engagement.Sites[0] with { Id = new SiteId(engagement.Id.Value + "-site-2"), Name = "Second site" };
        var split = document with { Engagements = [engagement with { Sites = [engagement.Sites[0], second] }] };
        var written = new StringWriter();
        await GedExporter.ExportAsync(split, written);

        var back = await GedImporter.ImportAsync(new StringReader(written.ToString()));

        back.Document.Engagements.Should().HaveCount(2);
        back.Summary.Warnings.Should().ContainSingle(w => w.Code == "csv.duplicate-id");
        DatasetValidator.Default.Validate(back.Document).AtLeast(ValidationSeverity.Error).Should().BeEmpty();
    }

    [Fact]
    public async Task Acled_SameActorOnBothSides_SideTwoGetsASecondActorAndIsWrittenBack()
    {
        var table = Acled.With(0, "actor2", Acled.Get(0, "actor1")).With(0, "assoc_actor_2", string.Empty);

        var result = await ImportAcled(table);

        var sides = result.Document.Engagements[0].Sides;
        sides[1].ActorIds.Single().Value.Should().Be(sides[0].ActorIds.Single().Value + "-side-2");
        result.Document.Actors.Single(a => a.Id == sides[1].ActorIds[0]).Name.Should().Be(Acled.Get(0, "actor1"));
        result.Summary.Warnings.Should().ContainSingle(w => w.Code == "acled.same-actor-both-sides");
        await ShouldWriteBackAcled(result.Document, table);
    }

    [Theory]
    [InlineData("notes", "")]
    [InlineData("location", " ")]
    [InlineData("actor1", "\t")]
    public async Task Acled_BlankText_ImportedValidAndWrittenBack(string column, string value)
    {
        var table = Acled.With(1, column, value);

        var result = await ImportAcled(table);

        result.Summary.RowsImported.Should().Be(Acled.Rows.Count);
        await ShouldWriteBackAcled(result.Document, table);
    }

    [Fact]
    public async Task Acled_DateOutsideTheFormatsYears_IsABadRow()
    {
        var table = Acled.With(2, "event_date", "-0001-01-01");

        var result = await AcledImporter.ImportAsync(new StringReader(table.ToCsv()), new CsvImportOptions { BadRows = BadRowHandling.SkipAndReport });

        var error = result.Summary.Errors.Should().ContainSingle().Which;
        (error.ColumnName, error.Value, error.Code).Should().Be(("event_date", "-0001-01-01", "acled.bad-date"));
        DatasetJson.Read(DatasetJson.Write(result.Document)).Should().Be(result.Document);
    }

    [Fact]
    public async Task Limits_AreTheValidators()
    {
        var fits = new string('a', ModelText.ShortText);
        var over = fits + "a";
        static bool Valid(Actor actor) =>
            DatasetValidator.Default.Validate(new DatasetDocument { Actors = [actor] }).AtLeast(ValidationSeverity.Error).Any() is false;
        var actor = new Actor { Id = new ActorId("a"), Name = "A", Kind = ActorKind.NonStateArmedGroup };

        Valid(actor with { Name = fits }).Should().BeTrue();
        Valid(actor with { Name = over }).Should().BeFalse();
        Valid(actor with { Name = ModelText.Shorten(over, ModelText.ShortText) }).Should().BeTrue();
        Valid(actor with { Id = new ActorId("ucdp-actor-" + new string('9', ModelText.IdPart) + "-side-b") }).Should().BeTrue();
        var document = (await ImportGed(CsvTable.Ged(1))).Document;
        bool ValidField(string value) => DatasetValidator.Default.Validate(document with
        {
            Engagements = [document.Engagements[0] with { DatasetFields = [DatasetField.Of("d", "f", value)] }],
        }).AtLeast(ValidationSeverity.Error).Any() is false;
        ValidField(new string('v', ModelText.LongText)).Should().BeTrue();
        ValidField(new string('v', ModelText.LongText + 1)).Should().BeFalse();
        (ModelText.Fits(fits), ModelText.Fits(over), ModelText.Fits(" "), ModelText.Fits(string.Empty)).Should().Be((true, false, false, false));
        ModelText.Shorten("ab\U0001F600cd", 4).Should().Be("ab…", "a surrogate pair is not split");
    }

    private static Task<ImportResult> ImportGed(CsvTable table) => Import(table, GedImporter.ImportAsync);

    private static Task<ImportResult> ImportAcled(CsvTable table) => Import(table, AcledImporter.ImportAsync);

    private static Task ShouldWriteBackGed(DatasetDocument document, CsvTable expected) => ShouldWriteBack(document, expected, GedExporter.ExportAsync);

    private static Task ShouldWriteBackAcled(DatasetDocument document, CsvTable expected) => ShouldWriteBack(document, expected, AcledExporter.ExportAsync);

    private static async Task<ImportResult> Import(CsvTable table, Func<TextReader, CsvImportOptions?, System.Threading.CancellationToken, Task<ImportResult>> import)
    {
        var result = await import(new StringReader(table.ToCsv()), new CsvImportOptions { RestoreNeutralisedFormulas = false }, default);
        result.Summary.RowsRejected.Should().Be(0);
        DatasetValidator.Default.Validate(result.Document).AtLeast(ValidationSeverity.Error).Should().BeEmpty();
        return result;
    }

    private static async Task ShouldWriteBack(
        DatasetDocument document, CsvTable expected, Func<DatasetDocument, TextWriter, CsvExportOptions?, System.Threading.CancellationToken, Task<ExportSummary>> export)
    {
        var written = new StringWriter();
        await export(document, written, new CsvExportOptions { SpreadsheetSafe = false }, default);
        var table = CsvTable.Parse(written.ToString());
        table.Rows.Should().HaveCount(expected.Rows.Count);
        CsvTable.Differences(expected.Header, expected.Rows, table).Should().BeEmpty();
    }
}
