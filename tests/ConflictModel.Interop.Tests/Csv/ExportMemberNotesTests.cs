using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Ged;
using ConflictModel.Places;
using ConflictModel.Time;
using ConflictModel.Validation;
using Timbuktu2025;

namespace ConflictModel.Interop.Tests.Csv;

/// <summary>
/// Every member of the model that GED or ACLED cannot hold is a located note (<c>export.fact-dropped</c>, or
/// <c>export.estimates-dropped</c> for who stated a count), and only where the value differs from what an import of
/// the written row gives back: an imported row changed in one member gives exactly one note, at that member's path.
/// </summary>
public class ExportMemberNotesTests
{
    private static readonly DatasetDocument Sample = TimbuktuAttack.Build();

    private static readonly Lazy<DatasetDocument> GedRow = new(() => GedImporter.ImportAsync(new StringReader(CsvTable.Ged(1).ToCsv())).GetAwaiter().GetResult().Document);

    private static readonly Lazy<DatasetDocument> AcledRow = new(() =>
        AcledImporter.ImportAsync(new StringReader(CsvTable.Parse(TestFiles.Read("acled-synthetic.csv")).ToCsv(1))).GetAwaiter().GetResult().Document);

    private static Task<ExportSummary> Export(string format, DatasetDocument document) =>
        format == "ged" ? GedExporter.ExportAsync(document, new StringWriter()) : AcledExporter.ExportAsync(document, new StringWriter());

    private static DatasetDocument Row(string format) => format == "ged" ? GedRow.Value : AcledRow.Value;

    /// <summary>One engagement changed in one member (<paramref name="change"/>) and the path of the note that change must give, after the engagement's.</summary>
    public sealed record Change(string Name, Func<DatasetDocument, DatasetDocument> Apply, Func<Engagement, string> Path, string Code = "export.fact-dropped")
    {
        public override string ToString() => Name;
    }

    private static DatasetDocument WithEngagement(DatasetDocument d, Func<Engagement, Engagement> change) => d with { Engagements = [change(d.Engagements[0])] };

    private static DatasetDocument WithSite(DatasetDocument d, Func<Site, Site> change) => WithEngagement(d, e => e with { Sites = [change(e.Sites[0]), .. e.Sites.Skip(1)] });

    private static DatasetDocument WithSide(DatasetDocument d, Func<Side, Side> change) => WithEngagement(d, e => e with { Sides = [change(e.Sides[0]), .. e.Sides.Skip(1)] });

    private static DatasetDocument WithLeadActor(DatasetDocument d, Func<Actor, Actor> change)
    {
        var id = d.Engagements[0].Sides[0].ActorIds[0];
        return d with { Actors = [.. d.Actors.Select(a => a.Id == id ? change(a) : a)] };
    }

    private static DatasetDocument WithFigure(DatasetDocument d, Func<Figures.DisputedFigure, Figures.DisputedFigure> change) =>
        WithEngagement(d, e => e with { Figures = [change(e.Figures[0]), .. e.Figures.Skip(1)] });

    private static string At(Engagement e, string member) => "engagements[id=" + e.Id.Value + "]" + member;

    private static string Site(Engagement e, string member) => At(e, ".sites[id=" + e.Sites[0].Id.Value + "]" + member);

    private static string SideOf(Engagement e, string member) => At(e, ".sides[id=" + e.Sides[0].Id.Value + "]" + member);

    private static string Actor(Engagement e, string member) => SideOf(e, ".actors[id=" + e.Sides[0].ActorIds[0].Value + "]" + member);

    private static string Figure(Engagement e, string member) => At(e, ".figures[id=" + e.Figures[0].Id.Value + "]" + member);

    /// <summary>The changes both formats must note.</summary>
    private static Change[] Shared() =>
    [
        new("engagement name", d => WithEngagement(d, e => e with { Name = "The battle of the bridge" }), e => At(e, ".name")),
        new("engagement aliases", d => WithEngagement(d, e => e with { Aliases = ["Bridge battle"] }), e => At(e, ".aliases")),
        new("engagement Wikidata id", d => WithEngagement(d, e => e with { ExternalIds = [.. e.ExternalIds, ExternalId.Of(ExternalIdScheme.Wikidata, "Q1")] }), e => At(e, ".externalIds")),
        new("another dataset's field", d => WithEngagement(d, e => e with { DatasetFields = [.. e.DatasetFields, DatasetField.Of("other-dataset", "code", "7")] }), e => At(e, ".datasetFields[dataset=other-dataset]")),
        new("time of day", d => WithEngagement(d, e => e with { Time = TemporalExtent.AtHour(e.Time.Start.Date, 10) }), e => At(e, ".time")),
        new("time zone", d => WithEngagement(d, e => e with { Time = e.Time.InZone("Asia/Tehran") }), e => At(e, ".time")),
        new("time wording", d => WithEngagement(d, e => e with { Time = e.Time.WithWording("on the first day") }), e => At(e, ".time")),
        new("time qualifier before", d => WithEngagement(d, e => e with { Time = e.Time with { Qualifier = TemporalQualifier.Before } }), e => At(e, ".time")),
        new("site role", d => WithSite(d, s => s with { Role = SiteRole.PrimaryTarget }), e => Site(e, ".role")),
        new("site kind", d => WithSite(d, s => s with { Kind = SiteKind.Airport }), e => Site(e, ".kind")),
        new("site aliases", d => WithSite(d, s => s with { Aliases = ["Old name"] }), e => Site(e, ".aliases")),
        new("site within another", d => WithSite(d, s => s with { WithinSiteId = new SiteId("elsewhere") }), e => Site(e, ".withinSiteId")),
        new("site GeoNames id", d => WithSite(d, s => s with { ExternalIds = [.. s.ExternalIds, ExternalId.Of(ExternalIdScheme.GeoNames, "123")] }), e => Site(e, ".externalIds")),
        new("site locality", d => WithSite(d, s => s with { Administrative = s.Administrative! with { Locality = "Another town" } }), e => Site(e, ".administrative.locality")),
        new("site country outside the table", d => WithSite(d, s => s with { Administrative = new AdministrativePath { CountryCode = "AQ" } }), e => Site(e, ".administrative.countryCode")),
        new("side role", d => WithSide(d, s => s with { Role = SideRole.ThirdParty }), e => SideOf(e, ".role")),
        new("side name", d => WithSide(d, s => s with { Name = "The first side" }), e => SideOf(e, ".name")),
        new("actor aliases", d => WithLeadActor(d, a => a with { Aliases = ["Another name"] }), e => Actor(e, ".aliases")),
        new("actor parent", d => WithLeadActor(d, a => a with { ParentId = new ActorId("a-patron"), ParentRelation = ParentRelation.BackedBy }), e => Actor(e, ".parentId")),
        new("actor Wikidata id", d => WithLeadActor(d, a => a with { ExternalIds = [.. a.ExternalIds, ExternalId.Of(ExternalIdScheme.Wikidata, "Q2")] }), e => Actor(e, ".externalIds")),
        new("actor country", d => WithLeadActor(d, a => a with { CountryCode = "AQ" }), e => Actor(e, ".countryCode")),
        new("figure unit", d => WithFigure(d, f => f with { Unit = "soldiers" }), e => Figure(e, ".unit")),
        new("figure note", d => WithFigure(d, f => f with { Note = "Counted at the morgue." }), e => Figure(e, ".note")),
        new("estimate wording", d => WithFigure(d, f => f with { Estimates = [f.Estimates[0] with { Wording = "a dozen" }, .. f.Estimates.Skip(1)] }), e => Figure(e, ".estimates[0].wording")),
        new("estimate attribution", d => WithFigure(d, f => f with { Estimates = [f.Estimates[0] with { StatementId = d.Engagements[0].Statements[1].Id }, .. f.Estimates.Skip(1)] }), e => Figure(e, ".estimates[0]"), "export.estimates-dropped"),
        new("source URL", d => d with { Sources = [.. d.Sources.Select(s => s.Id == d.Engagements[0].Statements[1].SourceId ? s with { Url = "https://example.org/" } : s)] },
            e => At(e, ".statements[id=" + e.Statements[1].Id.Value + "].source[id=" + e.Statements[1].SourceId.Value + "]")),
    ];

    public static TheoryData<Change> GedChanges()
    {
        var data = new TheoryData<Change>();
        foreach (var change in Shared())
        {
            data.Add(change);
        }

        data.Add(new("tactics", d => WithEngagement(d, e => e with { Tactics = [Tactic.Infiltration] }), e => At(e, ".tactics")));
        data.Add(new("approximate time", d => WithEngagement(d, e => e with { Time = e.Time.Approximately() }), e => At(e, ".time")));
        data.Add(new("third administrative level", d => WithSite(d, s => s with { Administrative = s.Administrative! with { Divisions = [.. s.Administrative.Divisions, "A district", "A village"] } }), e => Site(e, ".administrative.divisions")));
        data.Add(new("actor kind", d => WithLeadActor(d, a => a with { Kind = ActorKind.StateForces }), e => Actor(e, ".kind")));
        data.Add(new("conflict Wikidata id", d => WithEngagement(d, e => e with { Conflict = e.Conflict! with { ExternalIds = [.. e.Conflict.ExternalIds, ExternalId.Of(ExternalIdScheme.Wikidata, "Q3")] } }), e => At(e, ".conflict.externalIds")));
        return data;
    }

    public static TheoryData<Change> AcledChanges()
    {
        var data = new TheoryData<Change>();
        foreach (var change in Shared())
        {
            data.Add(change);
        }

        data.Add(new("a tactic the sub-event type does not carry", d => WithEngagement(d, e => e with { Tactics = [Tactic.Infiltration] }), e => At(e, ".tactics")));
        data.Add(new("time range", d => WithEngagement(d, e => e with { Time = TemporalExtent.Between(e.Time.Start.Date, e.Time.Start.Date.PlusDays(2)) }), e => At(e, ".time")));
        data.Add(new("month precision", d => WithEngagement(d, e => e with
        {
            // The month starts on its first day, which an import names the row after.
            Time = TemporalExtent.InMonth(e.Time.Start.Year, e.Time.Start.Month),
            Name = e.Name.Replace(e.Time.Start.Date.ToString("yyyy-MM-dd", null), e.Time.Start.Date.With(NodaTime.DateAdjusters.StartOfMonth).ToString("yyyy-MM-dd", null), StringComparison.Ordinal),
        }), e => At(e, ".time")));
        data.Add(new("site description", d => WithSite(d, s => s with { Description = "By the river." }), e => Site(e, ".description")));
        data.Add(new("site precision", d => WithSite(d, s => s with { Precision = SpatialPrecision.Country }), e => Site(e, ".precision")));
        data.Add(new("actor name", d => WithLeadActor(d, a => a with { Name = "Another spelling" }), e => Actor(e, ".name")));
        data.Add(new("actor kind", d => WithLeadActor(d, a => a with { Kind = ActorKind.Government }), e => Actor(e, ".kind")));
        data.Add(new("conflict", d => WithEngagement(d, e => e with { Conflict = new ConflictReference { Name = "Mali War" } }), e => At(e, ".conflict")));
        return data;
    }

    [Theory]
    [InlineData("ged")]
    [InlineData("acled")]
    public async Task Export_ImportedRow_BackToItsFormat_NotesNothing(string format)
    {
        var summary = await Export(format, Row(format));

        summary.Notes.Should().BeEmpty("what an import built from a row is exactly what the row holds");
        summary.FactsDropped.Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(GedChanges))]
    public Task Export_ToGed_OneMemberChanged_IsOneLocatedNote(Change change) => OneNote("ged", change);

    [Theory]
    [MemberData(nameof(AcledChanges))]
    public Task Export_ToAcled_OneMemberChanged_IsOneLocatedNote(Change change) => OneNote("acled", change);

    private static async Task OneNote(string format, Change change)
    {
        var document = change.Apply(Row(format));

        var summary = await Export(format, document);

        var e = document.Engagements[0];
        summary.Notes.Select(n => n.Code + " " + n.Path).Should().Equal([change.Code + " " + change.Path(e)], "changing the {0} of an imported row loses that member only", change.Name);
        var note = summary.Notes[0];
        note.Value.Should().Be(e.Id.Value);
        note.Severity.Should().Be(ValidationSeverity.Info);
        note.Message.Should().EndWith(".").And.NotContain("{");
        summary.FactsDropped.Should().Be(1, "each such note is a fact the file does not hold");
    }

    [Fact]
    public async Task Export_Timbuktu_ToGed_NotesTheMembersGedCannotHold_AtTheirPaths()
    {
        var summary = await GedExporter.ExportAsync(Sample, new StringWriter());

        var attack = "engagements[id=" + TimbuktuAttack.AttackId.Value + "]";
        var paths = summary.Notes.Where(n => n.Code == "export.fact-dropped").Select(n => n.Path).ToList();
        paths.Should().Contain(
        [
            attack + ".name", attack + ".aliases", attack + ".tactics", attack + ".time",
            attack + ".sites[id=timbuktu-airport].role", attack + ".sites[id=timbuktu-airport].kind", attack + ".sites[id=timbuktu-city].aliases",
            attack + ".sites[id=timbuktu-russian-base].withinSiteId",
            attack + ".sides[id=timbuktu-jnim].role", attack + ".sides[id=timbuktu-mali].role",
            attack + ".sides[id=timbuktu-jnim].actors[id=jnim].aliases",
            attack + ".sides[id=timbuktu-mali].actors[id=fama].parentId", attack + ".sides[id=timbuktu-mali].actors[id=fama].kind",
            attack + ".statements[id=nasr-six-killed].source[id=wassim-nasr]",
        ]);
        summary.Notes.Single(n => n.Path == attack + ".time").Message.Should().Be(
            "GED writes the time as date_start, date_end and date_prec (days): its time of day (2025-06-02T10, precision Hour), its qualifier (Approximate), its time zone (Africa/Bamako), its wording ('At around 10am on June 2') not written.");
        summary.Notes.Single(n => n.Path == attack + ".sides[id=timbuktu-mali].actors[id=fama].parentId").Message.Should().Be(
            "GED has no column for an actor's parent: the parent mali-government (PartOf) of Malian Armed Forces is not written.");
        summary.Notes.Single(n => n.Code == "export.estimates-dropped" && n.Path == attack + ".figures[id=timbuktu-jnim-killed].estimates[0]").Message.Should().Be(
            "GED's counts are the dataset's own: deaths_a holds this estimate's value, but who stated it (Wassim Nasr, statement nasr-six-killed) is not written.");
        paths.Should().OnlyHaveUniqueItems("one note per member");
        summary.FactsDropped.Should().Be(summary.Notes.Count(n => Formats.DatasetWriteSummary.IsDroppedFact(n.Code)));
    }

    [Fact]
    public async Task Export_Timbuktu_ToAcled_NotesTheMembersAcledCannotHold_AtTheirPaths()
    {
        var summary = await AcledExporter.ExportAsync(Sample, new StringWriter());

        var attack = "engagements[id=" + TimbuktuAttack.AttackId.Value + "]";
        var paths = summary.Notes.Where(n => n.Code == "export.fact-dropped").Select(n => n.Path).ToList();
        paths.Should().Contain(
        [
            attack + ".name", attack + ".aliases", attack + ".conflict", attack + ".tactics", attack + ".time",
            attack + ".sites[id=timbuktu-airport].description", attack + ".sides[id=timbuktu-mali].name",
            attack + ".sides[id=timbuktu-mali].actors[id=wagner-group].kind", attack + ".sides[id=timbuktu-mali].actors[id=wagner-group].parentId",
        ]);
        summary.Notes.Single(n => n.Path == attack + ".tactics").Message.Should().Be(
            "ACLED's sub_event_type 'Armed clash' holds no tactic: SuicideVehicleBorneIed, Infiltration, IndirectFire, CheckpointAssault not written.");
        summary.Notes.Single(n => n.Path == attack + ".sides[id=timbuktu-mali].actors[id=wagner-group].kind").Message.Should().Be(
            "ACLED has no column for the kind PrivateMilitaryCompany of Wagner Group: an import gives InternationalForces (ACLED holds an actor's kind as an inter code, here 'External/Other forces').");
        summary.Notes.Single(n => n.Path == attack + ".time").Message.Should().NotContain("qualifier", "approximate is what time_precision 2 says");
    }

    [Theory]
    [InlineData("GEDEvent_v26_0_4.csv")]
    [InlineData("layouts/ged-release-17.csv")]
    [InlineData("layouts/ged-release-5.csv")]
    [InlineData("layouts/ged-api-csv.csv")]
    [InlineData("layouts/ged-spreadsheet-us.csv")]
    [InlineData("layouts/ged-spreadsheet-windows-1252.csv")]
    public async Task Export_EveryGedTestFile_BackToGed_NotesNothing(string file)
    {
        var import = await GedImporter.ImportFileAsync(TestFiles.Path(file));

        var summary = await Formats.FormatRegistry.Default.Find("ged")!.WriteAsync(One(import.Document), Stream.Null);

        summary.NoteCounts.Should().BeEmpty("written in the layout it was read in, a GED file holds every fact of its import");
    }

    [Theory]
    [InlineData("acled-synthetic.csv")]
    [InlineData("acled-hdx-synthetic.csv")]
    [InlineData("acled-pre2023-constructed.csv")]
    [InlineData("acled-hdx-pre2023-constructed.csv")]
    [InlineData("acled-monadic-constructed.csv")]
    [InlineData("acled-legacy-constructed.csv")]
    public async Task Export_EveryAcledTestFile_BackToAcled_NotesNothing(string file)
    {
        var import = await AcledImporter.ImportFileAsync(TestFiles.Path(file));

        var summary = await Formats.FormatRegistry.Default.Find("acled")!.WriteAsync(One(import.Document), Stream.Null);

        summary.NoteCounts.Should().BeEmpty("written in the layout it was read in, an ACLED file holds every fact of its import");
    }

    private static async System.Collections.Generic.IAsyncEnumerable<DatasetDocument> One(DatasetDocument document)
    {
        await Task.Yield();
        yield return document;
    }
}
