using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Engagements;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Csv;
using ConflictModel.Places;
using ConflictModel.Time;

namespace ConflictModel.Interop.Tests.Acled;

/// <summary>
/// The parts of an ACLED row's mapping that the round trip cannot see, because the export writes the same columns
/// back whichever way they were read (the site's precision, the time's qualifier, the administrative path), and the
/// boundaries of the row's checks. Written against the mutants Stryker.NET left alive in <c>AcledRowMapper</c>
/// (docs/testing.md).
/// </summary>
public class AcledMappingMutationTests
{
    private static CsvTable Synthetic(int rows = 1)
    {
        var table = CsvTable.Parse(TestFiles.Read("acled-synthetic.csv"));
        return new CsvTable { Header = table.Header, Rows = table.Rows.Take(rows).ToList() };
    }

    private static Task<ImportResult> Import(CsvTable table, BadRowHandling badRows = BadRowHandling.StopAtFirst) =>
        AcledImporter.ImportAsync(new StringReader(table.ToCsv()), new CsvImportOptions { FileName = "acled.csv", BadRows = badRows });

    [Theory]
    [InlineData("1", SpatialPrecision.ExactLocation)]
    [InlineData("2", SpatialPrecision.NearLocation)]
    [InlineData("3", SpatialPrecision.FirstOrderAdministrative)]
    public async Task Import_GeoPrecision_GivesTheSitesPrecision(string geoPrecision, SpatialPrecision precision)
    {
        var result = await Import(Synthetic().With(0, "geo_precision", geoPrecision));

        var site = result.Document.Engagements.Single().Sites.Single();
        site.Precision.Should().Be(precision);
        site.Kind.Should().Be(SiteKind.Settlement);
        site.Role.Should().Be(SiteRole.Setting);
        site.Id.Value.Should().Be("acled-MLI90001-site");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("4")]
    public async Task Import_GeoPrecisionOutsideOneToThree_IsRejected(string geoPrecision)
    {
        var result = await Import(Synthetic().With(0, "geo_precision", geoPrecision), BadRowHandling.SkipAndReport);

        result.Summary.RowsRejected.Should().Be(1);
        var error = result.Summary.Errors.Single();
        error.Code.Should().Be("acled.geo-precision-out-of-range");
        error.ColumnName.Should().Be("geo_precision");
        error.Message.Should().Contain($"geo_precision must be 1, 2 or 3; found {geoPrecision}.");
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("1", false)]
    [InlineData(" 1 ", false)]
    [InlineData("2", true)]
    [InlineData("3", true)]
    public async Task Import_TimePrecision_TwoAndThreeMakeTheDayApproximate(string timePrecision, bool approximate)
    {
        var result = await Import(Synthetic().With(0, "time_precision", timePrecision));

        var time = result.Document.Engagements.Single().Time;
        time.Should().Be(approximate ? TemporalExtent.OnDay(2025, 6, 2).Approximately() : TemporalExtent.OnDay(2025, 6, 2));
        time.Qualifier.Should().Be(approximate ? TemporalQualifier.Approximate : TemporalExtent.OnDay(2025, 6, 2).Qualifier);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("x")]
    public async Task Import_TimePrecisionOutsideOneToThree_IsRejected(string timePrecision)
    {
        var result = await Import(Synthetic().With(0, "time_precision", timePrecision), BadRowHandling.SkipAndReport);

        var error = result.Summary.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be("acled.time-precision-out-of-range");
        error.ColumnName.Should().Be("time_precision");
        error.Message.Should().Contain($"time_precision must be 1, 2 or 3; found {timePrecision}.");
    }

    [Fact]
    public async Task Import_UnknownIsoNumericCountry_WarnsAndBuildsNoAdministrativePath()
    {
        var result = await Import(Synthetic().With(0, "iso", "999"));

        var warning = result.Summary.Warnings.Should().ContainSingle(w => w.Code == "acled.unknown-country").Subject;
        warning.ColumnName.Should().Be("iso");
        warning.Value.Should().Be("999");
        warning.Message.Should().Contain("ISO 3166-1 numeric code 999 is not in the country table");
        result.Document.Engagements.Single().Sites.Single().Administrative.Should().BeNull();
    }

    [Fact]
    public async Task Import_EmptyIso_BuildsNoAdministrativePathAndWarnsOfNothing()
    {
        var result = await Import(Synthetic().With(0, "iso", string.Empty));

        result.Summary.Warnings.Should().NotContain(w => w.Code == "acled.unknown-country");
        result.Document.Engagements.Single().Sites.Single().Administrative.Should().BeNull();
    }

    [Theory]
    [InlineData("admin3", new[] { "Tombouctou", "Tombouctou" })]
    [InlineData("admin2", new[] { "Tombouctou" })]
    [InlineData("admin1", new string[0])]
    public async Task Import_AdministrativeDivisions_StopAtTheFirstEmptyLevel(string emptied, string[] divisions)
    {
        var result = await Import(Synthetic().With(0, emptied, string.Empty));

        var path = result.Document.Engagements.Single().Sites.Single().Administrative!;
        path.CountryCode.Should().Be("ML");
        path.Divisions.Should().Equal(divisions);
        path.Locality.Should().Be("Timbuktu");
    }

    [Fact]
    public async Task Import_EmptyEventId_NamesTheEngagementAfterTheLineWithAWarning()
    {
        var result = await Import(Synthetic().With(0, "event_id_cnty", string.Empty));

        var engagement = result.Document.Engagements.Single();
        engagement.Id.Value.Should().Be("acled-line-2");
        engagement.ExternalIds.Should().BeEmpty();
        result.Summary.Warnings.Should().ContainSingle(w => w.Code == "acled.empty-id").Which.ColumnName.Should().Be("event_id_cnty");
        engagement.Statements.Where(s => s.Stance == Sources.StatementStance.Report).Select(s => s.Summary).Should()
            .AllBe("Reported the event ACLED codes as line-2.");
    }

    [Fact]
    public async Task Import_EventIdWithOtherCharacters_IsMadeIntoASlug_ButKeptAsTheExternalId()
    {
        var result = await Import(Synthetic().With(0, "event_id_cnty", "MLI 9000/1"));

        var engagement = result.Document.Engagements.Single();
        engagement.Id.Value.Should().NotBe("acled-MLI 9000/1").And.StartWith("acled-");
        engagement.Id.Value.Should().NotContain(" ").And.NotContain("/");
        engagement.ExternalIds.Single().Value.Should().Be("MLI 9000/1");
    }

    [Fact]
    public async Task Import_NoFirstActor_GivesNoSideAndAWarning()
    {
        var result = await Import(Synthetic().With(0, "actor1", string.Empty).With(0, "assoc_actor_1", string.Empty)
            .With(0, "actor2", string.Empty).With(0, "assoc_actor_2", string.Empty));

        var engagement = result.Document.Engagements.Single();
        engagement.Sides.Should().BeEmpty();
        result.Summary.Warnings.Should().ContainSingle(w => w.Code == "acled.empty-actor").Which.ColumnName.Should().Be("actor1");
    }

    [Fact]
    public async Task Import_NoSecondActor_GivesOneSideAndANameWithoutVs()
    {
        var result = await Import(Synthetic().With(0, "actor2", string.Empty).With(0, "assoc_actor_2", string.Empty));

        var engagement = result.Document.Engagements.Single();
        engagement.Sides.Should().ContainSingle().Which.Id.Value.Should().Be("acled-MLI90001-1");
        engagement.Name.Should().Be("Armed clash: JNIM: Group for Support of Islam and Muslims, Timbuktu, 2025-06-02");
        result.Summary.Warnings.Should().NotContain(w => w.Code == "acled.empty-actor");
    }

    [Fact]
    public async Task Import_Name_JoinsSubEventActorsPlaceAndDay()
    {
        var result = await Import(Synthetic());

        result.Document.Engagements.Single().Name.Should().Be(
            "Armed clash: JNIM: Group for Support of Islam and Muslims vs Military Forces of Mali (2021-), Timbuktu, 2025-06-02");
    }

    [Fact]
    public async Task Import_SourceList_OneStatementPerNamedSource_EmptyItemsDropped()
    {
        var result = await Import(Synthetic().With(0, "source", "AFP;  ; Reuters;"));

        var engagement = result.Document.Engagements.Single();
        var reports = engagement.Statements.Where(s => s.Stance == Sources.StatementStance.Report).ToList();
        reports.Select(s => s.Id.Value).Should().Equal("acled-MLI90001-source-1", "acled-MLI90001-source-2");
        reports.Select(s => result.Document.Sources.Single(x => x.Id == s.SourceId).Name).Should().Equal("AFP", "Reuters");
        reports.Should().OnlyContain(s => s.Summary == "Reported the event ACLED codes as MLI90001.");
    }

    [Fact]
    public async Task Import_EmptyFatalities_GivesNoFigure()
    {
        var result = await Import(Synthetic().With(0, "fatalities", string.Empty));

        result.Document.Engagements.Single().Figures.Should().BeEmpty();
    }

    [Fact]
    public async Task Import_ZeroFatalities_IsAnExactZero()
    {
        var result = await Import(Synthetic().With(0, "fatalities", "0"));

        var figure = result.Document.Engagements.Single().Figures.Single();
        figure.Id.Value.Should().Be("acled-MLI90001-killed");
        figure.Estimates.Single().Quantity.Should().Be(Figures.Quantity.Exactly(0));
        figure.Estimates.Single().Wording.Should().Be("fatalities");
        result.Summary.Warnings.Should().NotContain(w => w.Code == "acled.negative-count");
    }

    [Fact]
    public async Task Import_NoNotes_TheAcledStatementSaysSo()
    {
        var result = await Import(Synthetic().With(0, "notes", string.Empty));

        var acled = result.Document.Engagements.Single().Statements.Single(s => s.Id.Value == "acled-MLI90001-acled");
        acled.Summary.Should().Be("ACLED gave no notes for this event.");
    }

    [Fact]
    public async Task Import_OneActorOnBothSides_SideTwoGetsATwinWithAWarning()
    {
        var table = Synthetic().With(0, "actor2", "Unidentified Armed Group (Mali)").With(0, "actor1", "Unidentified Armed Group (Mali)")
            .With(0, "assoc_actor_2", string.Empty);

        var result = await Import(table);

        var engagement = result.Document.Engagements.Single();
        var (one, two) = (engagement.Sides[0].ActorIds.Single(), engagement.Sides[1].ActorIds.Single());
        two.Value.Should().Be(one.Value + "-side-2");
        result.Document.Actors.Single(a => a.Id == two).Name.Should().Be("Unidentified Armed Group (Mali)");
        result.Summary.Warnings.Should().ContainSingle(w => w.Code == "acled.same-actor-both-sides").Which.ColumnName.Should().Be("actor2");
    }
}
