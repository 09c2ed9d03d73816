using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Formats;
using ConflictModel.Interop.Ged;
using ConflictModel.Validation;
using Timbuktu2025;

namespace ConflictModel.Interop.Tests.Csv;

/// <summary>Every export accounts for every fact: what GED and ACLED cannot hold is a located note, counted; guesses say so.</summary>
public class ExportNotesTests
{
    private static readonly DatasetDocument Sample = TimbuktuAttack.Build();

    private static async Task<(CsvTable Table, ExportSummary Summary)> Ged(DatasetDocument document)
    {
        var writer = new StringWriter();
        var summary = await GedExporter.ExportAsync(document, writer);
        return (CsvTable.Parse(writer.ToString()), summary);
    }

    private static async Task<(CsvTable Table, ExportSummary Summary)> Acled(DatasetDocument document)
    {
        var writer = new StringWriter();
        var summary = await AcledExporter.ExportAsync(document, writer);
        return (CsvTable.Parse(writer.ToString()), summary);
    }

    /// <summary>The Dioura attack with its defending side made of civilians only.</summary>
    private static DatasetDocument AttackOnCivilians()
    {
        var civilians = new Actor { Id = new ActorId("dioura-civilians"), Name = "Civilians (Mali)", Kind = ActorKind.Civilians };
        var e = Sample.Engagements.Single(x => x.Id == TimbuktuAttack.DiouraId);
        var sides = e.Sides.Select((s, i) => i == 1 ? s with { Role = SideRole.Defender, ActorIds = [civilians.Id] } : s with { Role = SideRole.Attacker }).ToArray();
        e.Type.Should().Be(EngagementType.Attack);
        return Sample with { Actors = [.. Sample.Actors, civilians], Engagements = [e with { Sides = sides, Figures = [] }] };
    }

    [Fact]
    public async Task Export_Timbuktu_ToAcled_NotesEachFigureNotWritten_AtItsPath()
    {
        var (_, summary) = await Acled(Sample);

        var attack = TimbuktuAttack.AttackId.Value;
        var dropped = summary.Notes.Where(n => n.Code == "export.figure-dropped" && n.Value == attack).Select(n => n.Path).ToList();
        var expected = Sample.Engagements.Single(e => e.Id == TimbuktuAttack.AttackId).Figures.Select(f => $"engagements[id={attack}].figures[id={f.Id.Value}]");
        dropped.Should().BeEquivalentTo(expected, "the attack has no total killed: its killed figures are summed, every other measure has no column");
        summary.Notes.Single(n => n.Path == $"engagements[id={attack}].figures[id=timbuktu-jnim-arrested]").Message
            .Should().Be("ACLED counts fatalities only: the figure arrested of side timbuktu-jnim is not written as such.");
        summary.Notes.Where(n => n.Value == attack).Select(n => n.Code).Should().Contain(["export.incident-dropped", "export.outcome-dropped", "export.sides-dropped", "export.statement-dropped", "export.relation-dropped"]);
        summary.NoteCounts.Values.Sum().Should().Be(summary.NoteCount);
        summary.FactsDropped.Should().Be(summary.Notes.Count(n => Formats.DatasetWriteSummary.IsDroppedFact(n.Code)));
        summary.Notes.Should().OnlyContain(n => n.Severity == ValidationSeverity.Info && n.Path!.StartsWith("engagements[id=" + n.Value + "]"));
    }

    [Fact]
    public async Task Export_Timbuktu_ToGed_NotesWoundedArrestedAndKilledOrWounded()
    {
        var (_, summary) = await Ged(Sample);

        var attack = TimbuktuAttack.AttackId.Value;
        var dropped = summary.Notes.Where(n => n.Code == "export.figure-dropped" && n.Value == attack).Select(n => n.Path!.Split("[id=").Last().TrimEnd(']')).ToList();
        dropped.Should().BeEquivalentTo(["timbuktu-mali-killed-or-wounded", "timbuktu-mali-missing", "timbuktu-checkpoints-captured", "timbuktu-jnim-killed-or-wounded", "timbuktu-jnim-arrested", "timbuktu-lynched"]);
        summary.Notes.Where(n => n.Value == attack).Select(n => n.Code).Should().Contain(["export.incident-dropped", "export.outcome-dropped", "export.actors-dropped", "export.summary-dropped"]);
        ProblemCatalogueCodes().Should().Contain(summary.NoteCounts.Keys);
    }

    [Theory]
    [InlineData(null, "their names joined")]
    [InlineData("Malian forces and allies", "the side's name")]
    public async Task Export_SideOfSeveralActors_ToGed_SaysWhatSideAHolds(string? sideName, string holds)
    {
        var attack = Sample.Engagements.Single(e => e.Id == TimbuktuAttack.AttackId);
        var index = attack.Sides.ToList().FindIndex(s => s.ActorIds.Count > 1);
        index.Should().BeGreaterThanOrEqualTo(0).And.BeLessThan(2, "the Timbuktu attack has a written side of several actors");
        var sides = attack.Sides.Select((s, i) => i == index ? s with { Name = sideName } : s).ToArray();

        var (ged, summary) = await Ged(Sample with { Engagements = [attack with { Sides = sides }] });

        var column = index == 0 ? "side_a" : "side_b";
        summary.Notes.Single(n => n.Code == "export.actors-dropped").Message.Should().Contain($"{column} gets {holds},");
        if (sideName is not null)
        {
            ged.Get(0, column).Should().Be(sideName);
        }
    }

    [Fact]
    public async Task Export_AttackOnCivilians_IsOneSidedViolence_AndTheRuleIsNoted()
    {
        var document = AttackOnCivilians();

        var (ged, gedSummary) = await Ged(document);
        var (acled, acledSummary) = await Acled(document);

        ged.Get(0, "type_of_violence").Should().Be("3");
        acled.Get(0, "event_type").Should().Be("Violence against civilians");
        acled.Get(0, "sub_event_type").Should().Be("Attack");
        gedSummary.Notes.Single(n => n.Code == "export.mapping-rule").Message.Should().Be("an Attack whose defending side is civilians is written as type_of_violence 3 (one-sided violence), by rule.");
        acledSummary.Notes.Single(n => n.Code == "export.mapping-rule").Message.Should().Be("an Attack whose defending side is civilians is written as Violence against civilians / Attack, by rule.");
        acledSummary.Notes.Single(n => n.Code == "export.mapping-rule").Path.Should().Be("engagements[id=dioura-2025-05].type");
    }

    [Fact]
    public async Task Export_AttackOnSoldiers_IsAnArmedClash_AndTheRuleIsNoted()
    {
        var (acled, summary) = await Acled(Sample with { Engagements = [Sample.Engagements.Single(e => e.Id == TimbuktuAttack.DiouraId)] });

        acled.Get(0, "event_type").Should().Be("Battles");
        summary.Notes.Single(n => n.Code == "export.mapping-rule").Message.Should().Be("ACLED has no type for Attack: it is written as Battles / Armed clash, by rule.");
    }

    [Fact]
    public async Task Export_AttackOnSoldiers_ToTheLegacyLayout_NotesTheLegacyEventTypeItWrites()
    {
        var document = Sample with { Engagements = [Sample.Engagements.Single(e => e.Id == TimbuktuAttack.DiouraId)] };
        var output = new MemoryStream();

        var summary = await AcledFormat.Instance.WriteAsync(CsvExportEngine.One(document), output, new DatasetWriteOptions { Layout = "legacy" });

        CsvTable.Parse(System.Text.Encoding.UTF8.GetString(output.ToArray())).Get(0, "EVENT_TYPE").Should().Be("Battle-No change of territory");
        summary.Notes.Single(n => n.Code == "export.mapping-rule").Message.Should().Be("ACLED has no type for Attack: it is written as Battle-No change of territory, by rule.");
    }

    [Fact]
    public async Task Export_WithoutEventIds_DerivesTheIdColumns_FromTheEngagementId_AndGedReadsItBack()
    {
        var imported = (await GedImporter.ImportAsync(new StringReader(CsvTable.Ged(2).ToCsv()))).Document;
        var stripped = imported with
        {
            Engagements = imported.Engagements.Select(e => e with { ExternalIds = [.. e.ExternalIds.Where(x => x.Scheme != ExternalIdScheme.UcdpEvent)] }).ToArray(),
        };

        var (ged, gedSummary) = await Ged(stripped);
        var (acled, _) = await Acled(Sample);
        var again = await GedImporter.ImportAsync(new StringReader(ged.ToCsv()));

        ged.Get(0, "id").Should().Be("625373", "the engagement id ged-625373 without the import's prefix");
        again.Document.Engagements.Select(e => e.Id).Should().Equal(imported.Engagements.Select(e => e.Id));
        gedSummary.NoteCounts["export.id-derived"].Should().Be(2);
        acled.Rows.Select(r => r[0]).Should().OnlyContain(id => id.Length > 0, "event_id_cnty is required");
        acled.Get(0, "event_id_cnty").Should().Be("timbuktu-2025-06-02");
        acled.Get(1, "event_id_cnty").Should().Be("timbuktu-2025-06-02-1", "the rows of further sites are suffixed");
    }

    [Fact]
    public async Task Export_EngagementWithoutId_IsRefused_WithALocatedError()
    {
        var e = Sample.Engagements.Single(x => x.Id == TimbuktuAttack.DiouraId);
        var document = Sample with { Engagements = [e with { Id = default }, .. Sample.Engagements.Where(x => x.Id != TimbuktuAttack.DiouraId)] };

        var (table, summary) = await Ged(document);

        summary.EngagementsRefused.Should().Be(1);
        summary.EngagementsWritten.Should().Be(3);
        table.Rows.Should().OnlyContain(r => r[0].Length > 0);
        var error = summary.Notes.Single(n => n.Code == "export.no-id");
        error.Severity.Should().Be(ValidationSeverity.Error);
        error.Path.Should().Be("engagements[0].id");
        error.Message.Should().Be($"the engagement '{e.Name}' has no id, from which the required event id column would be derived: it is not written.");
    }

    [Fact]
    public async Task Export_OnNote_SeesEveryNote_BeyondTheKeptThousand()
    {
        var many = Sample with
        {
            Engagements = Enumerable.Range(0, 120).SelectMany(i => Sample.Engagements.Select(e => e with { Id = new EngagementId(e.Id.Value + "-" + i) })).ToArray(),
        };
        var seen = 0L;

        var summary = await AcledExporter.ExportAsync(many, new StringWriter(), new CsvExportOptions { OnNote = _ => seen++ });

        summary.NoteCount.Should().BeGreaterThan(1000);
        summary.Notes.Should().HaveCount(1000);
        seen.Should().Be(summary.NoteCount);
    }

    private static string[] ProblemCatalogueCodes() => ConflictModel.Interop.Problems.ProblemCatalogue.All.Select(c => c.Code).ToArray();
}
