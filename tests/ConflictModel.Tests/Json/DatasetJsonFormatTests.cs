using System;
using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Json;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;
using NodaTime;

namespace ConflictModel.Tests.Json;

/// <summary>The shape of what is written, member by member, and the messages a person reads.</summary>
public class DatasetJsonFormatTests
{
    private static readonly Side Attackers = new() { Id = new("a"), Role = SideRole.Attacker, ActorIds = [new("jnim")] };

    private static DatasetDocument WithEngagement(Engagement engagement) => new() { Engagements = [engagement] };

    private static Engagement Engagement(TemporalExtent time) => new()
    {
        Id = new("e"),
        Name = "Attack",
        Type = EngagementType.Attack,
        Time = time,
        Sides = [Attackers],
    };

    [Theory]
    [InlineData(TemporalPrecision.Year, "2025")]
    [InlineData(TemporalPrecision.Month, "2025-06")]
    [InlineData(TemporalPrecision.Day, "2025-06-02")]
    [InlineData(TemporalPrecision.PartOfDay, "2025-06-02T06")]
    [InlineData(TemporalPrecision.Hour, "2025-06-02T10")]
    [InlineData(TemporalPrecision.Minute, "2025-06-02T10:17")]
    public void Write_Time_WritesOnlyWhatIsKnown(TemporalPrecision precision, string expected)
    {
        var start = TemporalExtent.Truncate(new LocalDateTime(2025, 6, 2, 10, 17), precision == TemporalPrecision.PartOfDay ? TemporalPrecision.Hour : precision);
        if (precision == TemporalPrecision.PartOfDay)
        {
            start = new LocalDateTime(2025, 6, 2, 6, 0);
        }

        var document = WithEngagement(Engagement(new TemporalExtent { Start = start, Precision = precision }));

        var json = DatasetJson.Write(document);

        json.Should().Contain($$"""
                  "time": {
                    "start": "{{expected}}",
                    "precision": "{{JsonNamingPolicyName(precision)}}",
                    "qualifier": "exact"
                  },
            """.Replace("\r", string.Empty, StringComparison.Ordinal));
        DatasetJson.Read(json).Should().Be(document);
    }

    [Fact]
    public void Write_TimeWithEverything_KeepsZoneWordingEndAndQualifier()
    {
        var time = TemporalExtent.AtHour(new LocalDate(2025, 6, 2), 10).Approximately().InZone("Africa/Bamako").WithWording("at around 10am") with { End = new LocalDateTime(2025, 6, 2, 12, 0) };

        var json = DatasetJson.Write(WithEngagement(Engagement(time)));

        json.Should().Contain("""
              "time": {
                "start": "2025-06-02T10",
                "end": "2025-06-02T12",
                "precision": "hour",
                "qualifier": "approximate",
                "timeZoneId": "Africa/Bamako",
                "wording": "at around 10am"
              },
        """);
    }

    [Fact]
    public void Write_MinimalDocument_LeavesOutNullsAndEmptyCollections()
    {
        DatasetJson.Write(new DatasetDocument()).Should().Be("{\n  \"formatVersion\": \"1.0\"\n}\n");
    }

    [Fact]
    public void Write_RequiredEmptyCollection_IsWrittenSoItCanBeReadBack()
    {
        var engagement = Engagement(TemporalExtent.InYear(2025)) with { Sides = [] };

        var json = DatasetJson.Write(WithEngagement(engagement));

        json.Should().Contain("\"sides\": []");
        DatasetJson.Read(json).Engagements[0].Sides.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Write_IdsEnumsQuantitiesAndCoordinates_HaveTheirDocumentedShape()
    {
        var document = new DatasetDocument
        {
            Actors = [new Actor { Id = new("jnim"), Name = "JNIM", Kind = ActorKind.NonStateArmedGroup, ParentId = new("aq"), ParentRelation = ParentRelation.AffiliatedWith, ExternalIds = [ExternalId.Of(ExternalIdScheme.Wikidata, "Q2370392")] }],
            Engagements =
            [
                Engagement(TemporalExtent.OnDay(2025, 6, 2)) with
                {
                    Tactics = [Tactic.SuicideVehicleBorneIed],
                    Sites = [new Site { Id = new("airport"), Name = "Timbuktu airport", Role = SiteRole.PrimaryTarget, Kind = SiteKind.Airport, Precision = SpatialPrecision.ExactLocation, Coordinates = new Coordinates(16.7305, -3.0075) }],
                    Figures = [new DisputedFigure { Id = new("k"), Measure = Measure.Killed, Subject = FigureSubject.OfSide(new("a")), Estimates = [Estimate.Of(new("st"), Quantity.Between(30, 60, openEnded: true)), Estimate.Of(new("st"), Quantity.AtLeast(30))] }],
                },
            ],
        };

        var json = DatasetJson.Write(document);

        json.Should().Contain("\"id\": \"jnim\"").And.Contain("\"kind\": \"nonStateArmedGroup\"").And.Contain("\"parentId\": \"aq\"")
            .And.Contain("\"scheme\": \"wikidata\"").And.Contain("\"suicideVehicleBorneIed\"")
            .And.Contain("\"coordinates\": {\n            \"latitude\": 16.7305,\n            \"longitude\": -3.0075\n          }")
            .And.Contain("\"form\": \"range\",\n                \"low\": 30,\n                \"high\": 60,\n                \"openEnded\": true")
            .And.Contain("\"form\": \"atLeast\",\n                \"value\": 30\n              }")
            .And.Contain("\"parentRelation\": \"affiliatedWith\"");
        json.Should().NotContain("lowerBound").And.NotContain("windowEnd").And.NotContain("isNumeric").And.NotContain("dayPart");
        DatasetJson.Read(json).Should().Be(document);
    }

    [Fact]
    public void Write_ApproximateRange_CarriesApproximateTrue_AndOmitsItWhenFalse()
    {
        var document = new DatasetDocument
        {
            Engagements =
            [
                Engagement(TemporalExtent.OnDay(2025, 6, 2)) with
                {
                    Figures = [new DisputedFigure { Id = new("k"), Measure = Measure.Killed, Subject = FigureSubject.Civilians, Estimates = [Estimate.Of(new("st"), Quantity.AboutBetween(3000, 4000)), Estimate.Of(new("st"), Quantity.Between(1, 2))] }],
                },
            ],
        };

        var json = DatasetJson.Write(document);

        json.Should().Contain("\"form\": \"range\",\n                \"low\": 3000,\n                \"high\": 4000,\n                \"approximate\": true\n              }")
            .And.Contain("\"form\": \"range\",\n                \"low\": 1,\n                \"high\": 2\n              }");
        DatasetJson.Read(json).Should().Be(document);
    }

    [Fact]
    public void Write_Text_KeepsNonAsciiReadableAndEscapesWhatJsonRequires()
    {
        // Characters outside the Basic Multilingual Plane (emoji) are escaped as a surrogate pair.
        var document = new DatasetDocument { Title = "Tombouctou « Ménaka » تمبكتو 🛩", Description = "a \"quote\", a \\ and a\nnew line\t\u0001" };

        var json = DatasetJson.Write(document);

        json.Should().Contain("\"title\": \"Tombouctou « Ménaka » تمبكتو \\uD83D\\uDEE9\"");
        json.Should().Contain("\"description\": \"a \\\"quote\\\", a \\\\ and a\\nnew line\\t\\u0001\"");
        DatasetJson.Read(json).Should().Be(document);
    }

    [Fact]
    public void Write_FormatVersion_IsTheFirstMember()
    {
        DatasetJson.Write(new DatasetDocument { Title = "t" }).Should().StartWith("{\n  \"formatVersion\": \"1.0\",\n  \"title\": \"t\"");
    }

    [Fact]
    public void Read_DocumentOfANewerMinorVersion_IsRead()
    {
        DatasetJson.Read("""{"formatVersion": "1.9", "title": "t"}""").FormatVersion.Should().Be("1.9");
    }

    [Fact]
    public void Read_NewerMinorVersionWithAnUnknownMember_SaysToUpgrade()
    {
        var act = () => DatasetJson.Read("""{"formatVersion": "1.9", "casualtyModel": {}}""");

        act.Should().ThrowExactly<DatasetJsonException>().WithMessage(
            "The member 'casualtyModel' is not part of DatasetDocument; allowed members: formatVersion, title, description, sources, actors, engagements. Check its spelling (names are camelCase) or remove it. " +
            "The document declares formatVersion '1.9', newer than this library's 1.0: it may use members this version does not know; upgrade ConflictModel. " +
            "Path: $.casualtyModel | LineNumber: 0 | BytePositionInLine: 41.");
    }

    [Fact]
    public void Read_UnsupportedMajorVersion_IsReportedBeforeAnythingElse()
    {
        var act = () => DatasetJson.Read("""{"engagements": [{"battle": true}], "formatVersion": "2.1"}""");

        act.Should().ThrowExactly<DatasetJsonException>().WithMessage(
            "The document has formatVersion '2.1', a major version this library cannot read (it reads 1.x and writes 1.0): " +
            "use a version of ConflictModel that supports it, or convert the document. Path: $.formatVersion | LineNumber: 0 | BytePositionInLine: 58.");
    }

    [Fact]
    public void Actor_WithoutParent_HasNoParentRelation_InEitherDirection()
    {
        const string Json = """{"formatVersion": "1.0", "actors": [{"id": "a", "name": "A", "kind": "militia"}]}""";

        var document = DatasetJson.Read(Json);

        document.Actors[0].ParentRelation.Should().BeNull();
        DatasetJson.Write(document).Should().NotContain("parentRelation");
        DatasetJson.Read(DatasetJson.Write(document)).Should().Be(document);
        DatasetJson.Read(Json.Replace("\"militia\"", "\"militia\", \"parentRelation\": null", StringComparison.Ordinal)).Should().Be(document);
    }

    [Theory]
    [InlineData("""{"formatVersion": "1.0", "engagements": [{"id": "e", "name": "n", "type": "Attack"}]}""",
        "Expected one of the EngagementType names (attack, battle, ambush, raid, bombing, siege, violenceAgainstCivilians, other; exact case) but found a string (\"Attack\").")]
    [InlineData("""{"formatVersion": "1.0", "actors": [{"id": "a", "name": "A", "kind": "militia", "parentRelation": "partOf", "countryCode": 12}]}""",
        "Expected a string but found a number (12).")]
    [InlineData("""{"formatVersion": "1.0", "engagements": [{"time": {"start": "2025-06", "precision": "day"}}]}""",
        "The start '2025-06' has the form of month precision but precision is 'day': write it as '2025-06-02' or change the precision.")]
    [InlineData("""{"formatVersion": "1.0", "engagements": [{"time": {"start": "2025-02-29", "precision": "day"}}]}""",
        "The start '2025-02-29' is not a date at day precision: expected the form '2025-06-02', with a month, day and time that exist.")]
    [InlineData("""{"formatVersion": "1.0", "engagements": [{"figures": [{"estimates": [{"quantity": {"form": "exact", "value": -0.5}}]}]}]}""",
        "Expected a whole number from -9223372036854775808 to 9223372036854775807 or null but found a number (-0.5).")]
    [InlineData("""{"formatVersion": "1.0", "engagements": [{"sites": [{"coordinates": {"latitude": 1}}]}]}""",
        "Required members of coordinates are missing: longitude.")]
    [InlineData("""{"formatVersion": "1.0", "engagements": [{"time": {"start": "2025", "precision": "year", "zone": "UTC"}}]}""",
        "The member 'zone' is not part of a time; allowed members: start, end, precision, qualifier, timeZoneId, wording. Check its spelling (names are camelCase) or remove it.")]
    [InlineData("""{"formatVersion": "1.0", "actors": [{"id": "a", "name": "A", "kind": "militia", "parentRelation": "partOf", "aliases": ["x", null]}]}""",
        "The array's element at index 1 is null, which the format does not allow: remove it.")]
    [InlineData("""{"formatVersion": "1.0", "actors": [{"id": "a", "name": null, "kind": "militia"}]}""",
        "The member 'name' of Actor cannot be null: give it a value.")]
    [InlineData("""{"formatVersion": "1.0", "actors": [{"id": "a", "name": "A", "kind": "militia", "parentRelation": "partOf", "alias": []}]}""",
        "The member 'alias' is not part of Actor; allowed members: id, name, aliases, kind, parentId, parentRelation, countryCode, externalIds. Check its spelling (names are camelCase) or remove it.")]
    [InlineData("""{"formatVersion": "1.0", "actors": [{"id": "a", "kind": "militia", "parentRelation": "partOf"}]}""",
        "Required members of Actor are missing: name.")]
    [InlineData("""{"formatVersion": "1.0", "sources": [{"id": "a", "id": "b"}]}""",
        "The member 'id' appears twice in the same object: keep one.")]
    public void Read_BadValue_SaysWhatWasExpectedAndWhatWasFound(string json, string reason)
    {
        var act = () => DatasetJson.Read(json);

        act.Should().ThrowExactly<DatasetJsonException>().Which.Message.Should().StartWith(reason + " Path: $.");
    }

    [Fact]
    public void Write_ValueJsonCannotCarry_ThrowsDatasetJsonException()
    {
        var nan = WithEngagement(Engagement(TemporalExtent.InYear(2025)) with
        {
            Sites = [new Site { Id = new("s"), Name = "S", Role = SiteRole.Target, Kind = SiteKind.Area, Precision = SpatialPrecision.Country, Coordinates = new Coordinates(double.NaN, 1) }],
        });
        var undefinedEnum = WithEngagement(Engagement(TemporalExtent.InYear(2025)) with { Type = (EngagementType)99 });
        var defaultId = WithEngagement(Engagement(TemporalExtent.InYear(2025)) with { Id = default });
        var nullElement = new DatasetDocument { Sources = [null!] };
        var yearMinusFive = WithEngagement(Engagement(new TemporalExtent { Start = new LocalDateTime(-5, 1, 1, 0, 0), Precision = TemporalPrecision.Year }));
        var badPrecision = WithEngagement(Engagement(TemporalExtent.InYear(2025) with { Precision = (TemporalPrecision)42 }));

        FluentActions.Invoking(() => DatasetJson.Write(nan)).Should().ThrowExactly<DatasetJsonException>().WithMessage("Coordinates (NaN, 1) are not finite numbers and cannot be written.");
        FluentActions.Invoking(() => DatasetJson.Write(undefinedEnum)).Should().ThrowExactly<DatasetJsonException>().WithMessage("The EngagementType value 99 is not a defined member and cannot be written.*");
        FluentActions.Invoking(() => DatasetJson.Write(defaultId)).Should().ThrowExactly<DatasetJsonException>().WithMessage("A default EngagementId (one with no Value) cannot be written: give every id a value.");
        FluentActions.Invoking(() => DatasetJson.Write(nullElement)).Should().ThrowExactly<DatasetJsonException>().WithMessage("An array of Source holds a null element at index 0, which cannot be written.");
        FluentActions.Invoking(() => DatasetJson.Write(yearMinusFive)).Should().ThrowExactly<DatasetJsonException>().WithMessage("The year -5 is outside 0000–9999 and cannot be written as a date of the format.");
        FluentActions.Invoking(() => DatasetJson.Write(badPrecision)).Should().ThrowExactly<DatasetJsonException>().WithMessage("The TemporalPrecision value 42 is not a defined member*");
    }

    [Fact]
    public void Write_StringOverTheLimit_IsRefusedSoThatEverythingWrittenCanBeRead()
    {
        var document = new DatasetDocument { Sources = [new Source { Id = new("s"), Name = new string('x', DatasetJson.MaxStringLength + 1), Kind = SourceKind.Analyst }] };

        FluentActions.Invoking(() => DatasetJson.Write(document)).Should().ThrowExactly<DatasetJsonException>()
            .WithMessage("A string of 1048577 characters exceeds the format's limit of 1048576 characters and cannot be written.");
    }

    [Fact]
    public void Write_NullArguments_AreRefused()
    {
        FluentActions.Invoking(() => DatasetJson.Write(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DatasetJson.Read((string)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DatasetJson.Read((System.IO.Stream)null!)).Should().Throw<ArgumentNullException>();
    }

    private static string JsonNamingPolicyName(TemporalPrecision precision) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(precision.ToString());
}
