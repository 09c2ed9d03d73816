using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Ged;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;

namespace ConflictModel.Interop.Tests.Acled;

public class AcledTests
{
    private static Task<ImportResult> Import(string csv, CsvImportOptions? options = null) =>
        AcledImporter.ImportAsync(new StringReader(csv), options ?? new CsvImportOptions { FileName = "acled.csv" });

    private static async Task<string> Export(DatasetDocument document, CsvExportOptions? options = null)
    {
        var writer = new StringWriter();
        await AcledExporter.ExportAsync(document, writer, options);
        return writer.ToString();
    }

    [Fact]
    public async Task Import_SyntheticFile_MapsEveryPart()
    {
        var result = await Import(TestFiles.Read("acled-synthetic.csv"));
        var doc = result.Document;

        result.Summary.RowsRead.Should().Be(4);
        result.Summary.RowsImported.Should().Be(4);
        result.Summary.MissingColumns.Should().BeEmpty();
        result.Summary.HxlRowSkipped.Should().BeFalse();

        var e = doc.Engagements[0];
        e.Id.Value.Should().Be("acled-MLI90001");
        e.ExternalIds.Should().Equal(ExternalId.Of(ExternalIdScheme.AcledEvent, "MLI90001"));
        e.Type.Should().Be(EngagementType.Battle);
        e.Time.Should().Be(TemporalExtent.OnDay(2025, 6, 2));
        e.Sides.Should().HaveCount(2);
        e.Sides[1].ActorIds.Select(a => doc.Actors.Single(x => x.Id == a).Name).Should().Equal("Military Forces of Mali (2021-)", "Wagner Group");
        e.Sides.Select(s => s.Role).Should().Equal(SideRole.Belligerent, SideRole.Belligerent);
        var jnim = doc.Actors.Single(a => a.Id == e.Sides[0].ActorIds[0]);
        jnim.Kind.Should().Be(ActorKind.NonStateArmedGroup);
        jnim.ExternalIds.Should().Equal(ExternalId.Of(ExternalIdScheme.AcledActor, "JNIM: Group for Support of Islam and Muslims"));

        var site = e.Sites.Single();
        site.Name.Should().Be("Timbuktu");
        site.Coordinates.Should().Be(new Coordinates(16.7735, -3.0074));
        site.Administrative.Should().Be(new AdministrativePath { CountryCode = "ML", Divisions = ["Tombouctou", "Tombouctou", "Tombouctou"], Locality = "Timbuktu" });
        site.Precision.Should().Be(SpatialPrecision.ExactLocation);

        var figure = e.Figures.Single();
        figure.Measure.Should().Be(Measure.Killed);
        figure.Subject.Should().Be(FigureSubject.All);
        figure.Estimates.Single().Quantity.Should().Be(Quantity.Exactly(14));
        figure.Note.Should().Contain("ReconciliationPolicy.Conservative");
        var acled = e.Statements.Single(s => s.Id == figure.Estimates[0].StatementId);
        doc.Sources.Single(s => s.Id == acled.SourceId).Kind.Should().Be(SourceKind.Compilation);
        acled.Summary.Should().Be("On 2 June 2025, JNIM militants attacked the airport and the military camp in Timbuktu (Tombouctou, Tombouctou).\nA \"suicide\" vehicle was used; the army said 14 assailants were killed, other sources gave 30 or more.");
        e.Statements.Where(s => s.Stance == StatementStance.Report).Select(s => doc.Sources.Single(x => x.Id == s.SourceId).Name).Should().Equal("AFP", "Jeune Afrique", "Twitter");
        e.DatasetFields.Should().Contain(DatasetField.Of("acled", "timestamp", "1749600000"));
        e.DatasetFields.Should().Contain(DatasetField.Of("acled", "source_scale", "New media-International"));
    }

    [Fact]
    public async Task Import_Taxonomy_MapsEventTypesToTypeAndTactics()
    {
        var doc = (await Import(TestFiles.Read("acled-synthetic.csv"))).Document;

        doc.Engagements.Select(e => e.Type).Should().Equal(EngagementType.Battle, EngagementType.ViolenceAgainstCivilians, EngagementType.Bombing, EngagementType.Other);
        doc.Engagements[2].Tactics.Should().Equal(Tactic.Airstrike);
        doc.Engagements[1].Time.Qualifier.Should().Be(TemporalQualifier.Approximate, "time_precision 2 means the date is approximate");
        doc.Engagements[1].Sides.Select(s => s.Role).Should().Equal(SideRole.Attacker, SideRole.Defender);
        doc.Engagements[3].Sides.Should().ContainSingle("a protest has only actor1");
    }

    [Theory]
    [InlineData(EngagementType.Battle, new Tactic[0], "Battles", "Armed clash")]
    [InlineData(EngagementType.Bombing, new[] { Tactic.DroneStrike }, "Explosions/Remote violence", "Air/drone strike")]
    [InlineData(EngagementType.Bombing, new[] { Tactic.IndirectFire }, "Explosions/Remote violence", "Shelling/artillery/missile attack")]
    [InlineData(EngagementType.Bombing, new[] { Tactic.SuicideVehicleBorneIed }, "Explosions/Remote violence", "Suicide bomb")]
    [InlineData(EngagementType.ViolenceAgainstCivilians, new[] { Tactic.Abduction }, "Violence against civilians", "Abduction/forced disappearance")]
    [InlineData(EngagementType.Other, new[] { Tactic.MobViolence }, "Riots", "Mob violence")]
    [InlineData(EngagementType.Other, new[] { Tactic.Arrests }, "Strategic developments", "Arrests")]
    [InlineData(EngagementType.Attack, new Tactic[0], "Battles", "Armed clash")]
    public void Taxonomy_ModelToAcled_AndBack(EngagementType type, Tactic[] tactics, string eventType, string subEventType)
    {
        var (_, e, sub) = AcledTaxonomy.FromModel(type, tactics);

        (e, sub).Should().Be((eventType, subEventType));
        var back = AcledTaxonomy.ToModel(e, sub);
        back.Type.Should().Be(type == EngagementType.Attack ? EngagementType.Battle : type, "every type but Attack, Ambush, Raid and Siege survives the round trip");
    }

    [Fact]
    public async Task Export_SyntheticFile_ReproducesEveryColumnValue()
    {
        var text = TestFiles.Read("acled-synthetic.csv");
        var doc = (await Import(text)).Document;

        var written = CsvTable.Parse(await Export(doc, new CsvExportOptions { SpreadsheetSafe = false }));
        var original = CsvTable.Parse(text);

        written.Header.Should().Equal(original.Header);
        written.Rows.Should().HaveCount(4);
        for (var r = 0; r < original.Rows.Count; r++)
        {
            for (var c = 0; c < original.Header.Length; c++)
            {
                CsvTable.SameValue(original.Rows[r][c], written.Rows[r][c]).Should().BeTrue($"row {r + 1} {original.Header[c]}: '{original.Rows[r][c]}' vs '{written.Rows[r][c]}'");
            }
        }

        (await Import(await Export(doc))).Document.Should().Be(doc);
    }

    [Fact]
    public async Task Import_HdxFile_SkipsTheHashtagRow()
    {
        var plain = await Import(TestFiles.Read("acled-synthetic.csv"));

        var hdx = await Import(TestFiles.Read("acled-hdx-synthetic.csv"));

        hdx.Summary.HxlRowSkipped.Should().BeTrue();
        hdx.Summary.RowsRead.Should().Be(4);
        hdx.Summary.Layout.Should().Be("hdx");
        hdx.Document.Engagements.Select(e => e.DatasetFields.Single(f => f.Name == "@layout").Value).Should().OnlyContain(l => l == "hdx");
        hdx.Document.Should().Be(plain.Document with
        {
            Engagements = plain.Document.Engagements.Select(e => e with { DatasetFields = e.DatasetFields.Select(f => f.Name == "@layout" ? DatasetField.Of("acled", "@layout", "hdx") : f).ToArray() }).ToArray(),
        });
        hdx.Summary.Warnings.Should().BeEmpty();
    }

    [Fact]
    public async Task Export_WithHxlRow_WritesHashtagsThatImportSkips()
    {
        var doc = (await Import(TestFiles.Read("acled-synthetic.csv"))).Document;

        var csv = await Export(doc, new CsvExportOptions { IncludeHxlRow = true });
        var table = CsvTable.Parse(csv);
        var back = await Import(csv);

        table.Rows[0][0].Should().Be("#event+code");
        table.Rows[0][Array.IndexOf(table.Header, "fatalities")].Should().Be("#affected+killed");
        back.Summary.HxlRowSkipped.Should().BeTrue();
        back.Summary.Layout.Should().Be("hdx", "the current columns with the HXL row are HDX's layout");
        back.Document.Engagements.Select(e => e with { DatasetFields = e.DatasetFields.Where(f => f.Name != "@layout").ToArray() })
            .Should().Equal(doc.Engagements.Select(e => e with { DatasetFields = e.DatasetFields.Where(f => f.Name != "@layout").ToArray() }));
    }

    [Fact]
    public async Task Import_OlderExport_HistoricalNamesAndLongDates()
    {
        var table = CsvTable.Parse(TestFiles.Read("acled-synthetic.csv"));
        var header = table.Header.Select(h => h switch { "assoc_actor_1" => "ally_actor_1", "assoc_actor_2" => "ally_actor_2", "geo_precision" => "GEO_PRECIS", var x => x }).ToArray();
        var old = new CsvTable { Header = header, Rows = table.Rows }.With(0, "event_date", "2 June 2025").With(0, "inter1", "2").With(0, "inter2", "1");

        var result = await Import(old.ToCsv());

        result.Summary.RenamedColumns.Should().Equal("ally_actor_1 → assoc_actor_1", "ally_actor_2 → assoc_actor_2", "GEO_PRECIS → geo_precision");
        var e = result.Document.Engagements[0];
        e.Time.Should().Be(TemporalExtent.OnDay(2025, 6, 2));
        result.Document.Actors.Single(a => a.Id == e.Sides[1].ActorIds[0]).Kind.Should().Be(ActorKind.StateForces, "numeric inter code 1 is state forces");
        e.DatasetFields.Should().Contain(DatasetField.Of("acled", "event_date", "2 June 2025"));
        CsvTable.Parse(await Export(result.Document)).Get(0, "event_date").Should().Be("2 June 2025");
    }

    [Fact]
    public async Task Import_NegativeFatalities_IsAFigureWithoutEstimateAndAWarning()
    {
        var csv = CsvTable.Parse(TestFiles.Read("acled-synthetic.csv")).With(0, "fatalities", "-1").ToCsv();

        var result = await Import(csv);

        result.Summary.Warnings.Should().ContainSingle(w => w.Code == "acled.negative-count").Which.Value.Should().Be("-1");
        var e = result.Document.Engagements[0];
        e.Figures.Single().Estimates.Should().BeEmpty("-1 is no count");
        e.DatasetFields.Should().ContainSingle(f => f.Name == "fatalities").Which.Value.Should().Be("-1");
        var report = ConflictModel.Validation.DatasetValidator.Default.Validate(result.Document);
        report.AtLeast(ConflictModel.Validation.ValidationSeverity.Error).Should().BeEmpty();
        report.Problems.Should().Contain(p => p.Code == "CM3014");
        CsvTable.Parse(await Export(result.Document)).Get(0, "fatalities").Should().Be("-1");
    }

    [Fact]
    public async Task Import_BadGeoPrecision_IsALocatedError()
    {
        var csv = CsvTable.Parse(TestFiles.Read("acled-synthetic.csv")).With(2, "geo_precision", "5").ToCsv();

        var result = await Import(csv, new CsvImportOptions { BadRows = BadRowHandling.SkipAndReport, FileName = "acled.csv" });

        var error = result.Summary.Errors.Single();
        (error.File, error.Line, error.ColumnName, error.Value, error.Code).Should().Be(("acled.csv", 5L, "geo_precision", "5", "acled.geo-precision-out-of-range"));
        result.Summary.RowsImported.Should().Be(3);
        (result.Summary.RowsImported + result.Summary.RowsRejected).Should().Be(result.Summary.RowsRead);
    }

    [Fact]
    public async Task Export_GedDocument_WritesBestAsFatalitiesAndNotesWhatIsLeftOut()
    {
        var ged = (await GedImporter.ImportAsync(new StringReader(CsvTable.Ged(3).ToCsv()))).Document;
        var writer = new StringWriter();

        var summary = await AcledExporter.ExportAsync(ged, writer);
        var table = CsvTable.Parse(writer.ToString());

        table.Rows.Should().HaveCount(3);
        table.Get(0, "fatalities").Should().Be("13");
        table.Get(0, "actor1").Should().Be("Government of Iran");
        table.Get(0, "iso").Should().Be("364");
        table.Get(0, "admin1").Should().Be("Alborz province");
        table.Get(0, "source").Should().Be("Xinhua News Agency");
        var notes = summary.Notes.Where(n => n.Value == "ged-625373").Select(n => n.Code + " " + n.Path + ": " + n.Message).ToList();
        notes.Should().Equal(
            "export.id-derived engagements[id=ged-625373].externalIds: no event id of the dataset: event_id_cnty is the engagement id without a 'acled-' prefix, 'ged-625373', which an import reads back as engagement 'acled-ged-625373'.",
            "export.figure-dropped engagements[id=ged-625373].figures[id=ged-625373-killed-a]: ACLED's fatalities is the total killed, which another figure gives: the figure killed of side ged-625373-a is not written as such.",
            "export.figure-dropped engagements[id=ged-625373].figures[id=ged-625373-killed-b]: ACLED's fatalities is the total killed, which another figure gives: the figure killed of side ged-625373-b is not written as such.",
            "export.figure-dropped engagements[id=ged-625373].figures[id=ged-625373-killed-civilians]: ACLED's fatalities is the total killed, which another figure gives: the figure killed of civilians is not written as such.",
            "export.figure-dropped engagements[id=ged-625373].figures[id=ged-625373-killed-unknown]: ACLED's fatalities is the total killed, which another figure gives: the figure killed of unknown affiliation is not written as such.",
            "export.estimates-dropped engagements[id=ged-625373].figures[id=ged-625373-killed-all]: 2 estimate(s) of the total killed are written as one value in fatalities (the exact one, else their conservative reconciliation); the estimates as stated, and who stated them, are not written.",
            "export.statement-dropped engagements[id=ged-625373].statements[id=ged-625373-ucdp]: ACLED's source column lists reporting sources, not compilations: the statement of Uppsala Conflict Data Program (UCDP), Georeferenced Event Dataset is not written.",
            "export.statement-dropped engagements[id=ged-625373].statements[id=ged-625373-article-1]: ACLED's source column holds the source's name (Xinhua News Agency): its summary, its date not written.",
            "export.fact-dropped engagements[id=ged-625373].statements[id=ged-625373-article-1].source[id=ged-office-xinhua-news-agency-afb57ca8]: ACLED writes a source as its name (Xinhua News Agency): its kind (NewsAgency; an import gives Other) not written.",
            "export.statement-dropped engagements[id=ged-625373].statements[id=ged-625373-article-2]: ACLED's source column holds the source's name (Xinhua News Agency): its summary, its date not written.",
            "export.statement-dropped engagements[id=ged-625373].statements[id=ged-625373-original-1]: ACLED's source column lists the sources that reported directly: this relayed statement is not written.",
            "export.fact-dropped engagements[id=ged-625373].externalIds: ACLED has no column for the external ids UcdpEvent:625373, UcdpDyad:18868 of the engagement: not written.",
            "export.fact-dropped engagements[id=ged-625373].datasetFields[dataset=ucdp-ged]: ACLED writes the fields of its own dataset only: 7 value(s) of ucdp-ged (relid 'IRN-2026-1-18868-62', active_year 'true', code_status 'Clear', dyad_dset_id '18868', side_a_dset_id '114', side_b_dset_id '9865', event_clarity '1') not written.",
            "export.fact-dropped engagements[id=ged-625373].conflict: ACLED has no column for the conflict an event is part of: 'Iran - Israel, United States of America' is not written.",
            "export.fact-dropped engagements[id=ged-625373].sites[id=ged-625373-site].description: ACLED has no column for a site's description: 'B1 bridge, Karaj' is not written.",
            "export.fact-dropped engagements[id=ged-625373].sites[id=ged-625373-site].externalIds: ACLED has no column for the external ids PrioGrid:181183 of a site: not written.",
            "export.fact-dropped engagements[id=ged-625373].name: ACLED has no column for an engagement's name (an import names the row after sub_event_type, the actors, location and event_date): 'Government of Iran vs Government of Israel, Government of U…' is not written.",
            "export.fact-dropped engagements[id=ged-625373].sides[id=ged-625373-a].actors[id=ucdp-actor-114].kind: ACLED has no column for the kind Government of Government of Iran: an import gives StateForces (ACLED holds an actor's kind as an inter code, here 'State forces').",
            "export.fact-dropped engagements[id=ged-625373].sides[id=ged-625373-a].actors[id=ucdp-actor-114].countryCode: ACLED has no column for the country IR of Government of Iran (ACLED's iso column is the event's country): it is not written.",
            "export.fact-dropped engagements[id=ged-625373].sides[id=ged-625373-a].actors[id=ucdp-actor-114].externalIds: ACLED has no column for the external ids UcdpActor:114, GleditschWard:630 of Government of Iran: not written.",
            "export.fact-dropped engagements[id=ged-625373].sides[id=ged-625373-b].actors[id=ucdp-actor-9865].kind: ACLED has no column for the kind Government of Government of Israel, Government of United States of America: an import gives StateForces (ACLED holds an actor's kind as an inter code, here 'State forces').",
            "export.fact-dropped engagements[id=ged-625373].sides[id=ged-625373-b].actors[id=ucdp-actor-9865].externalIds: ACLED has no column for the external ids UcdpActor:9865 of Government of Israel, Government of United States of America: not written.");
        summary.FactsDropped.Should().Be(summary.NoteCount - 3, "every note but the three derived ids is a fact left out");
        summary.Notes.Should().OnlyContain(n => n.Severity == ConflictModel.Validation.ValidationSeverity.Info);
        summary.NoteCounts["export.figure-dropped"].Should().Be(summary.Notes.Count(n => n.Code == "export.figure-dropped"));
    }

    [Fact]
    public async Task Export_SeveralFatalityEstimates_AreReconciledConservatively()
    {
        var doc = (await Import(TestFiles.Read("acled-synthetic.csv"))).Document;
        var e = doc.Engagements[0];
        var afp = e.Statements.First(s => s.Stance == StatementStance.Report).Id;
        var figure = e.Figures[0] with { Estimates = [Estimate.Of(afp, Quantity.AtLeast(30)), Estimate.Of(e.Figures[0].Estimates[0].StatementId, Quantity.Exactly(14)), Estimate.Of(afp, Quantity.Between(30, 60))] };
        var changed = doc with { Engagements = [e with { Figures = [figure], DatasetFields = [] }] };
        var expected = FigureReconciler.Reconcile(figure, ReconciliationContext.For(changed, changed.Engagements[0]), ReconciliationPolicy.Conservative);

        var table = CsvTable.Parse(await Export(changed));

        table.Get(0, "fatalities").Should().Be((expected.Best ?? expected.Low)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
