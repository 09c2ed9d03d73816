using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Ged;
using ConflictModel.Places;
using ConflictModel.Time;
using NodaTime;

namespace ConflictModel.Interop.Tests.Ged;

/// <summary>
/// The parts of a GED row's mapping that the round trip cannot see, because the export writes the same columns back
/// whichever way they were read (the kind of time extent, the kind of site, the kind of actor), and the boundaries of
/// the row's checks. Written against the mutants Stryker.NET left alive in <c>GedRowMapper</c> (docs/testing.md).
/// </summary>
public class GedMappingMutationTests
{
    private static Task<ImportResult> Import(CsvTable table, BadRowHandling badRows = BadRowHandling.StopAtFirst) =>
        GedImporter.ImportAsync(new StringReader(table.ToCsv()), new CsvImportOptions { FileName = "test.csv", BadRows = badRows });

    private static readonly string[] PlaceColumns = ["where_prec", "where_coordinates", "latitude", "longitude", "adm_1", "country"];

    private static CsvTable Dated(string start, string end) =>
        CsvTable.Ged(1).With(0, "date_start", start).With(0, "date_end", end);

    [Theory]
    [InlineData("2026-04-01", "2026-04-30", "month")]
    [InlineData("2026-02-01", "2026-02-28", "month")]
    [InlineData("2024-02-01", "2024-02-29", "month")]
    [InlineData("2026-01-01", "2026-12-31", "year")]
    [InlineData("2026-04-01", "2026-04-29", "between")]
    [InlineData("2026-04-02", "2026-04-30", "between")]
    [InlineData("2026-04-01", "2026-05-31", "between")]
    [InlineData("2026-01-02", "2026-12-31", "between")]
    [InlineData("2026-01-01", "2026-12-30", "between")]
    [InlineData("2025-01-01", "2026-12-31", "between")]
    [InlineData("2026-04-02", "2026-04-03", "between")]
    [InlineData("2026-04-02", "2026-04-02", "day")]
    public async Task Import_DateSpan_IsTheSmallestExtentThatSaysTheSameDays(string start, string end, string kind)
    {
        var result = await Import(Dated(start, end));

        var s = NodaTime.Text.LocalDatePattern.Iso.Parse(start).Value;
        var e = NodaTime.Text.LocalDatePattern.Iso.Parse(end).Value;
        var expected = kind switch
        {
            "month" => TemporalExtent.InMonth(s.Year, s.Month),
            "year" => TemporalExtent.InYear(s.Year),
            "day" => TemporalExtent.OnDay(s),
            _ => TemporalExtent.Between(s, e),
        };
        result.Document.Engagements.Single().Time.Should().Be(expected);
        result.Summary.Warnings.Should().NotContain(w => w.Code == "ged.end-before-start");
    }

    [Fact]
    public async Task Import_EndADayBeforeStart_IsTheStartDayWithAWarning_AndTheEndKept()
    {
        var result = await Import(Dated("2026-04-02", "2026-04-01"));

        var engagement = result.Document.Engagements.Single();
        engagement.Time.Should().Be(TemporalExtent.OnDay(2026, 4, 2));
        result.Summary.Warnings.Should().ContainSingle(w => w.Code == "ged.end-before-start").Which.ColumnName.Should().Be("date_end");
        engagement.DatasetFields.Should().Contain(f => f.Name == "date_end" && f.Value == "2026-04-01");
    }

    [Theory]
    [InlineData("date_start")]
    [InlineData("date_end")]
    public async Task Import_EmptyDate_IsALocatedError(string column)
    {
        var table = CsvTable.Ged(1).With(0, column, string.Empty);

        var ex = (await FluentActions.Awaiting(() => Import(table)).Should().ThrowAsync<CsvImportException>()).Which;

        ex.Error.Code.Should().Be("ged.missing-date");
        ex.Error.ColumnName.Should().Be(column);
        ex.Error.Line.Should().Be(2);
        ex.Error.Message.Should().Contain("The date is empty; GED events need date_start and date_end.");
    }

    [Theory]
    [InlineData("1", SiteKind.Settlement, SpatialPrecision.ExactLocation)]
    [InlineData("2", SiteKind.Settlement, SpatialPrecision.NearLocation)]
    [InlineData("3", SiteKind.Area, SpatialPrecision.SecondOrderAdministrative)]
    [InlineData("6", SiteKind.Area, SpatialPrecision.Country)]
    [InlineData("7", SiteKind.Other, SpatialPrecision.InternationalWatersOrAirspace)]
    public async Task Import_WherePrec_GivesTheSitesPrecisionAndKind(string wherePrec, SiteKind kind, SpatialPrecision precision)
    {
        var result = await Import(CsvTable.Ged(1).With(0, "where_prec", wherePrec));

        var site = result.Document.Engagements.Single().Sites.Single();
        site.Precision.Should().Be(precision);
        ((int)site.Precision).Should().Be(int.Parse(wherePrec, System.Globalization.CultureInfo.InvariantCulture), "the model's precision codes are UCDP's");
        site.Kind.Should().Be(kind);
        site.Role.Should().Be(SiteRole.Setting);
        site.Id.Value.Should().Be("ged-625373-site");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("8")]
    [InlineData("-1")]
    public async Task Import_WherePrecOutsideOneToSeven_IsRejected(string wherePrec)
    {
        var result = await Import(CsvTable.Ged(1).With(0, "where_prec", wherePrec), BadRowHandling.SkipAndReport);

        result.Summary.RowsRejected.Should().Be(1);
        result.Summary.Errors.Single().Code.Should().Be("ged.where-prec-out-of-range");
        result.Summary.Errors.Single().Message.Should().Contain($"where_prec must be 1 to 7 (UCDP's location precision codes); found {wherePrec}.");
    }

    [Fact]
    public async Task Import_NoPlaceAtAll_GivesNoSite()
    {
        var table = CsvTable.Ged(1);
        foreach (var column in PlaceColumns)
        {
            table = table.With(0, column, string.Empty);
        }

        var result = await Import(table);

        result.Document.Engagements.Single().Sites.Should().BeEmpty();
    }

    [Theory]
    [InlineData("where_prec", SpatialPrecision.ExactLocation)]
    [InlineData("where_coordinates", SpatialPrecision.Country)]
    [InlineData("latitude", SpatialPrecision.Country)]
    [InlineData("adm_1", SpatialPrecision.Country)]
    [InlineData("country", SpatialPrecision.Country)]
    public async Task Import_AnyOnePartOfThePlace_GivesASite(string kept, SpatialPrecision precision)
    {
        var table = CsvTable.Ged(1);
        foreach (var column in PlaceColumns.Where(c => c != kept))
        {
            table = table.With(0, column, string.Empty);
        }

        if (kept == "latitude")
        {
            table = table.With(0, "longitude", "51.010278");
        }

        var result = await Import(table);

        var site = result.Document.Engagements.Single().Sites.Should().ContainSingle().Subject;
        site.Precision.Should().Be(precision, "an empty where_prec is read as the country's precision");
        site.Coordinates.Should().Be(kept == "latitude" ? new Coordinates(35.835556, 51.010278) : null);
    }

    [Fact]
    public async Task Import_UnknownGleditschWardCountry_WarnsAndLeavesNoAdministrativePath()
    {
        var result = await Import(CsvTable.Ged(1).With(0, "country_id", "999"));

        var warning = result.Summary.Warnings.Should().ContainSingle(w => w.Code == "ged.unknown-country").Subject;
        warning.ColumnName.Should().Be("country_id");
        warning.Value.Should().Be("999");
        warning.Message.Should().Contain("Gleditsch-Ward code 999 is not in the country table");
        result.Document.Engagements.Single().Sites.Single().Administrative.Should().BeNull();
    }

    [Fact]
    public async Task Import_EmptyCountryId_LeavesNoAdministrativePathAndNoWarning()
    {
        var result = await Import(CsvTable.Ged(1).With(0, "country_id", string.Empty));

        result.Summary.Warnings.Should().NotContain(w => w.Code == "ged.unknown-country");
        result.Document.Engagements.Single().Sites.Single().Administrative.Should().BeNull();
    }

    [Fact]
    public async Task Import_AdministrativeDivisions_StopAtTheFirstEmptyLevel()
    {
        var noAdm2 = await Import(CsvTable.Ged(1).With(0, "adm_2", string.Empty));
        var noAdm1 = await Import(CsvTable.Ged(1).With(0, "adm_1", string.Empty));

        noAdm2.Document.Engagements.Single().Sites.Single().Administrative!.Divisions.Should().Equal("Alborz province");
        noAdm1.Document.Engagements.Single().Sites.Single().Administrative!.Divisions.Should().BeEmpty("a second level without a first is no path");
    }

    [Theory]
    [InlineData("Government of Mali", "9114", ActorKind.Government)]
    [InlineData("Civilians", "555", ActorKind.Civilians)]
    [InlineData("Some name", "1", ActorKind.Civilians)]
    [InlineData("IS", "234", ActorKind.NonStateArmedGroup)]
    [InlineData("Governments of the region", "777", ActorKind.NonStateArmedGroup)]
    public async Task Import_ActorName_AndId_DecideItsKind(string name, string ucdpId, ActorKind kind)
    {
        var result = await Import(CsvTable.Ged(1).With(0, "side_b", name).With(0, "side_b_new_id", ucdpId));

        var actor = result.Document.Actors.Single(a => a.Id == new ActorId("ucdp-actor-" + ucdpId));
        actor.Name.Should().Be(name);
        actor.Kind.Should().Be(kind);
    }

    [Fact]
    public async Task Import_ActorWithoutGleditschWardCode_HasNoCountryAndNoSuchExternalId()
    {
        var result = await Import(CsvTable.Ged(1).With(0, "gwnoa", string.Empty));

        var actor = result.Document.Actors.Single(a => a.Id == new ActorId("ucdp-actor-114"));
        actor.CountryCode.Should().BeNull();
        actor.ExternalIds.Should().Equal(ExternalId.Of(ExternalIdScheme.UcdpActor, "114"));
    }

    [Fact]
    public async Task Import_ActorIdsThatDifferOnlyByLeadingZeros_AreTwoActors()
    {
        var table = CsvTable.Ged(2).With(1, "side_a_new_id", "0114").With(1, "side_a", "Government of Iran");

        var result = await Import(table);

        var ids = result.Document.Engagements.Select(e => e.Sides[0].ActorIds[0].Value).ToArray();
        ids.Should().Equal("ucdp-actor-114", "ucdp-actor-0114");
        result.Document.Actors.Should().Contain(a => a.Id.Value == "ucdp-actor-0114" && a.ExternalIds.Any(x => x.Value == "0114"));
    }

    [Fact]
    public async Task Import_OneActorOnManyRows_IsOneActor()
    {
        var table = CsvTable.Ged();
        var column = Array.IndexOf(table.Header, "side_a_new_id");
        var rows = table.Rows.Where(r => r[column] == "114").Take(3).ToList();

        var result = await Import(new CsvTable { Header = table.Header, Rows = rows });

        rows.Should().HaveCount(3);
        result.Document.Actors.Count(a => a.Id.Value == "ucdp-actor-114").Should().Be(1);
        result.Document.Engagements.Select(e => e.Sides[0].ActorIds[0].Value).Should().AllBe("ucdp-actor-114");
    }

    [Theory]
    [InlineData("9", "9", false)]
    [InlineData("10", "9", true)]
    [InlineData("9", "10", false)]
    public async Task Import_HighBelowBest_IsWarnedOnlyWhenStrictlyBelow(string best, string high, bool warned)
    {
        var table = CsvTable.Ged(1).With(0, "best", best).With(0, "high", high).With(0, "low", "0");

        var result = await Import(table);

        result.Summary.Warnings.Any(w => w.Code == "ged.high-below-best").Should().Be(warned);
    }

    [Theory]
    [InlineData("9", "9", false)]
    [InlineData("9", "10", true)]
    [InlineData("10", "9", false)]
    public async Task Import_LowAboveBest_IsWarnedOnlyWhenStrictlyAbove(string best, string low, bool warned)
    {
        var table = CsvTable.Ged(1).With(0, "best", best).With(0, "low", low).With(0, "high", "100");

        var result = await Import(table);

        result.Summary.Warnings.Any(w => w.Code == "ged.low-above-best").Should().Be(warned);
    }

    [Theory]
    [InlineData("13", false)]
    [InlineData("14", true)]
    [InlineData("12", true)]
    public async Task Import_DeathsThatDoNotAddUpToBest_AreWarned(string best, bool warned)
    {
        // The first real row: 0 + 0 + 8 + 5 = 13.
        var table = CsvTable.Ged(1).With(0, "best", best).With(0, "low", "0").With(0, "high", "100");

        var result = await Import(table);

        result.Summary.Warnings.Any(w => w.Code == "ged.deaths-sum-differs").Should().Be(warned);
    }

    [Fact]
    public async Task Import_OnlyALow_IsAnAtLeastEstimate_AndOnlyAHigh_AnAtMost()
    {
        var lowOnly = await Import(CsvTable.Ged(1).With(0, "best", string.Empty).With(0, "high", string.Empty).With(0, "low", "4"));
        var highOnly = await Import(CsvTable.Ged(1).With(0, "best", string.Empty).With(0, "low", string.Empty).With(0, "high", "9"));

        static Quantity Total(ImportResult r) =>
            r.Document.Engagements.Single().Figures.Single(f => f.Id.Value.EndsWith("killed-all", StringComparison.Ordinal)).Estimates.Single().Quantity;

        Total(lowOnly).Should().Be(new Quantity { Form = QuantityForm.AtLeast, Value = 4 });
        Total(highOnly).Should().Be(new Quantity { Form = QuantityForm.AtMost, Value = 9 });
    }

    [Fact]
    public async Task Import_NoTotalsAtAll_GivesNoTotalFigure()
    {
        var result = await Import(CsvTable.Ged(1).With(0, "best", string.Empty).With(0, "low", string.Empty).With(0, "high", string.Empty));

        result.Document.Engagements.Single().Figures.Should().NotContain(f => f.Id.Value.EndsWith("killed-all", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_ExactCountsOfAnySize_AreExactEstimates()
    {
        var result = await Import(CsvTable.Ged(1).With(0, "deaths_civilians", "255").With(0, "deaths_unknown", "256").With(0, "deaths_a", "0"));

        var byId = result.Document.Engagements.Single().Figures.ToDictionary(f => f.Id.Value);
        byId["ged-625373-killed-civilians"].Estimates.Single().Quantity.Should().Be(Quantity.Exactly(255));
        byId["ged-625373-killed-unknown"].Estimates.Single().Quantity.Should().Be(Quantity.Exactly(256));
        byId["ged-625373-killed-a"].Estimates.Single().Quantity.Should().Be(Quantity.Exactly(0));
        byId["ged-625373-killed-a"].Estimates.Single().Wording.Should().Be("deaths_a");
    }
}
