using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Formats;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Tests.Acled;

/// <summary>ACLED's published layouts: recognised, recorded, written back, converted; monadic rows joined per event.</summary>
public class AcledLayoutTests
{
    public static TheoryData<string, string> LayoutFiles => new()
    {
        { "acled-synthetic.csv", "current" },
        { "acled-hdx-synthetic.csv", "hdx" },
        { "acled-pre2023-constructed.csv", "pre-2023" },
        { "acled-hdx-pre2023-constructed.csv", "hdx-pre-2023" },
        { "acled-monadic-constructed.csv", "monadic" },
        { "acled-legacy-constructed.csv", "legacy" },
    };

    private static async Task<(DatasetDocument Document, ReadSummary Summary)> Read(byte[] bytes, DatasetReadOptions? options = null)
    {
        var reading = AcledFormat.Instance.Read(new MemoryStream(bytes), options ?? new DatasetReadOptions { Name = "acled.csv", UniqueIdsAcrossBatches = true });
        var engagements = new List<Engagement>();
        var actors = new Dictionary<ActorId, Actor>();
        var sources = new Dictionary<Sources.SourceId, Sources.Source>();
        await foreach (var doc in reading)
        {
            engagements.AddRange(doc.Engagements);
            foreach (var a in doc.Actors)
            {
                actors.TryAdd(a.Id, a);
            }

            foreach (var s in doc.Sources)
            {
                sources.TryAdd(s.Id, s);
            }
        }

        return (new DatasetDocument { Engagements = engagements.ToArray(), Actors = actors.Values.ToArray(), Sources = sources.Values.ToArray() }, reading.Summary);
    }

    private static async Task<(byte[] Bytes, DatasetWriteSummary Summary)> Write(DatasetDocument document, string? layout = null)
    {
        var output = new MemoryStream();
        var summary = await AcledFormat.Instance.WriteAsync(CsvExportEngine.One(document), output, new DatasetWriteOptions { Layout = layout });
        return (output.ToArray(), summary);
    }

    private static string? LayoutOf(Engagement e) => e.DatasetFields.SingleOrDefault(f => f.Dataset == "acled" && f.Name == DatasetFormat.LayoutFieldName)?.Value;

    private static long Fatalities(DatasetDocument doc) => doc.Engagements.Sum(e => e.Figures.Where(f => f.Measure == Figures.Measure.Killed).Sum(f => f.Estimates.Sum(x => x.Quantity.Value ?? 0)));

    [Theory]
    [MemberData(nameof(LayoutFiles))]
    public async Task Read_EachLayout_IsRecognisedRecordedAndAccountedFor(string file, string layout)
    {
        var bytes = File.ReadAllBytes(TestFiles.Path(file));

        var recognition = AcledFormat.Instance.Recognise(bytes);
        var (doc, summary) = await Read(bytes);

        recognition.Fit.Should().Be(FormatFit.Certain);
        recognition.Evidence.Should().EndWith($"the {layout} layout");
        FormatRegistry.Default.Recognise(bytes, complete: true).Single(r => r.Fit == FormatFit.Certain).Format.Should().Be("acled");
        summary.Layout.Should().Be(layout);
        summary.Csv!.Layout.Should().Be(layout);
        summary.Csv.MissingColumns.Should().BeEmpty($"the file has every column of the {layout} layout");
        summary.Csv.UnknownColumns.Should().BeEmpty();
        summary.RecordsRead.Should().Be(summary.RecordsImported + summary.RecordsRejected);
        summary.RecordsRejected.Should().Be(0);
        doc.Engagements.Should().NotBeEmpty().And.OnlyContain(e => LayoutOf(e) == layout);
        doc.Engagements.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        summary.Engagements.Should().Be(doc.Engagements.Count);
        summary.Problems.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(LayoutFiles))]
    public async Task Write_EachLayout_WritesTheLayoutReadBack(string file, string layout)
    {
        var bytes = File.ReadAllBytes(TestFiles.Path(file));
        var (doc, _) = await Read(bytes);

        var (written, summary) = await Write(doc);
        var (again, readAgain) = await Read(written);

        readAgain.Layout.Should().Be(layout);
        again.Should().Be(doc);
        summary.NoteCounts.Should().NotContainKey("export.column-dropped");
        // A monadic file's rows come out grouped by event (the event's first row first): compare rows in event order.
        static CsvTable Sorted(CsvTable t) => new CsvTable { Header = t.Header, Rows = t.Rows.Select((r, i) => (r, i)).OrderBy(x => x.r[Array.FindIndex(t.Header, h => h.Equals("event_id_cnty", StringComparison.OrdinalIgnoreCase))], StringComparer.Ordinal).ThenBy(x => x.i).Select(x => x.r).ToList() };
        var original = Sorted(CsvTable.Parse(Encoding.UTF8.GetString(bytes)));
        var table = Sorted(CsvTable.Parse(Encoding.UTF8.GetString(written)));
        table.Header.Should().Equal(original.Header);
        table.Rows.Should().HaveCount(original.Rows.Count);
        for (var r = 0; r < original.Rows.Count; r++)
        {
            for (var c = 0; c < original.Header.Length; c++)
            {
                CsvTable.SameValue(original.Rows[r][c], table.Rows[r][c]).Should().BeTrue($"row {r + 1} {original.Header[c]}: '{original.Rows[r][c]}' vs '{table.Rows[r][c]}'");
            }
        }
    }

    [Fact]
    public async Task Read_PreV2023_NumericInterCodesMeanTheActorTypes()
    {
        var (doc, summary) = await Read(File.ReadAllBytes(TestFiles.Path("acled-pre2023-constructed.csv")));

        var kinds = doc.Engagements.Select(e => e.Sides.Select(s => doc.Actors.Single(a => a.Id == s.ActorIds[0]).Kind).ToArray()).ToArray();
        kinds[0].Should().Equal(ActorKind.StateForces, ActorKind.NonStateArmedGroup);
        kinds[1].Should().Equal(ActorKind.Militia, ActorKind.Civilians);
        kinds[2].Should().Equal(ActorKind.Residents);
        var e = doc.Engagements[0];
        e.DatasetFields.Should().Contain(DatasetField.Of("acled", "data_id", "8812001"));
        e.DatasetFields.Should().Contain(DatasetField.Of("acled", "iso3", "NER"));
        e.DatasetFields.Select(f => f.Name).Should().NotContain(["inter1", "inter2", "interaction", "event_id_no_cnty"], "the model gives them back");
        summary.Csv!.MissingColumns.Should().BeEmpty("disorder_type, civilian_targeting and tags are not columns of the pre-2023 layout");
    }

    [Fact]
    public async Task Convert_PreV2023ToCurrent_WritesInterCodesInWords_AndBack()
    {
        var (doc, _) = await Read(File.ReadAllBytes(TestFiles.Path("acled-pre2023-constructed.csv")));

        var (current, summary) = await Write(doc, "current");
        var table = CsvTable.Parse(Encoding.UTF8.GetString(current));

        table.Header.Should().Equal(AcledColumns.Names);
        table.Get(0, "inter1").Should().Be("State forces");
        table.Get(0, "inter2").Should().Be("Rebel group");
        table.Get(0, "interaction").Should().Be("State forces-Rebel group");
        table.Get(2, "interaction").Should().Be("Protesters only");
        summary.NoteCounts["export.column-dropped"].Should().Be(6, "data_id and iso3 of three rows have no column in the current layout");

        var (back, _) = await Read(current);
        var (pre, _) = await Write(back, "pre-2023");
        var preTable = CsvTable.Parse(Encoding.UTF8.GetString(pre));
        preTable.Get(1, "interaction").Should().Be("37");
        preTable.Get(1, "event_id_no_cnty").Should().Be("7002");
        preTable.Get(1, "data_id").Should().BeEmpty("data_id was not carried by the current layout");
    }

    [Fact]
    public async Task Convert_CurrentToPreV2023_NotesEachValueThatLayoutCannotHold()
    {
        var csv = CsvTable.Parse(TestFiles.Read("acled-synthetic.csv")).With(0, "tags", "crowd size=no report").With(1, "civilian_targeting", "Civilian targeting").ToCsv();
        var (doc, _) = await Read(Encoding.UTF8.GetBytes(csv));

        var (pre, summary) = await Write(doc, "pre-2023");

        CsvTable.Parse(Encoding.UTF8.GetString(pre)).Header.Should().Equal(AcledColumns.PreV2023Names);
        summary.Notes.Where(n => n.Code == "export.column-dropped").Select(n => n.Path).Should()
            .Contain([$"engagements[id={doc.Engagements[0].Id}].datasetFields[name=tags]", $"engagements[id={doc.Engagements[1].Id}].datasetFields[name=civilian_targeting]"]);
        summary.FactsDropped.Should().BeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task Read_Monadic_OneEngagementPerEvent_FatalitiesCountedOnce()
    {
        var bytes = File.ReadAllBytes(TestFiles.Path("acled-monadic-constructed.csv"));
        var rowFatalities = CsvTable.Parse(Encoding.UTF8.GetString(bytes)).Rows.Select(r => r[25]).ToArray();

        var (doc, summary) = await Read(bytes);

        summary.RecordsRead.Should().Be(6);
        summary.RecordsImported.Should().Be(6);
        summary.Csv!.RowsMerged.Should().Be(2);
        doc.Engagements.Select(e => e.Id.Value).Should().Equal("acled-DRC91001", "acled-DRC91003", "acled-DRC91002", "acled-DRC91004");
        summary.Engagements.Should().Be(4, "events read = engagements produced");
        Fatalities(doc).Should().Be(19, "12 + 7 + 0 + 0, though the rows' fatalities sum to {0}", rowFatalities.Sum(long.Parse));

        string[] Names(Engagement e, int side) => e.Sides[side].ActorIds.Select(a => doc.Actors.Single(x => x.Id == a).Name).ToArray();
        var battle = doc.Engagements[0];
        battle.Sides.Should().HaveCount(2);
        Names(battle, 0).Should().Equal("Military Forces of the Democratic Republic of Congo (2019-)");
        Names(battle, 1).Should().Equal("M23: March 23 Movement");
        battle.Sides.Select(s => s.Role).Should().Equal(SideRole.Belligerent, SideRole.Belligerent);
        var attack = doc.Engagements[1];
        Names(attack, 1).Should().Equal("Civilians (Democratic Republic of Congo)", "Hema Ethnic Group (Democratic Republic of Congo)");
        attack.Sides.Select(s => s.Role).Should().Equal(SideRole.Attacker, SideRole.Defender);
        doc.Engagements[2].Sides.Should().ContainSingle("Protesters only");
        doc.Engagements.Should().OnlyContain(e => !e.DatasetFields.Any(f => f.Name == "@row"), "the stage's own field is removed");
        battle.DatasetFields.Select(f => f.Name).Should().NotContain(["interaction", "actor2", "inter2"], "the joined event gives them back");
        attack.DatasetFields.Should().Contain(DatasetField.Of("acled", "interaction", "Identity militia-Civilians"), "the model's militia is written as a political militia, so the file's value is kept");
        DatasetValidator.Default.Validate(doc).AtLeast(ValidationSeverity.Error).Should().BeEmpty();
    }

    [Fact]
    public async Task Convert_MonadicToCurrent_OneRowPerEvent_AndCurrentToMonadic_OneRowPerActor()
    {
        var (doc, _) = await Read(File.ReadAllBytes(TestFiles.Path("acled-monadic-constructed.csv")));

        var (dyadic, _) = await Write(doc, "current");
        var table = CsvTable.Parse(Encoding.UTF8.GetString(dyadic));
        table.Rows.Should().HaveCount(4);
        table.Get(0, "actor2").Should().Be("M23: March 23 Movement");
        table.Get(0, "interaction").Should().Be("State forces-Rebel group");
        table.Get(1, "assoc_actor_2").Should().Be("Hema Ethnic Group (Democratic Republic of Congo)");

        var (current, _) = await Read(File.ReadAllBytes(TestFiles.Path("acled-synthetic.csv")));
        var (monadic, _) = await Write(current, "monadic");
        var rows = CsvTable.Parse(Encoding.UTF8.GetString(monadic));
        rows.Header.Should().Equal(AcledColumns.MonadicNames);
        var twoActors = current.Engagements.Count(e => e.Sides.Count == 2);
        rows.Rows.Should().HaveCount(current.Engagements.Count + twoActors);
        rows.Get(1, "actor1").Should().Be("Military Forces of Mali (2021-)");
        rows.Get(1, "assoc_actor_1").Should().Be("Wagner Group");
        rows.Get(1, "fatalities").Should().Be(rows.Get(0, "fatalities"), "a monadic file repeats the event's fatalities on each actor's row");
        var (joined, _) = await Read(monadic);
        Fatalities(joined).Should().Be(Fatalities(current));
        joined.Engagements.Select(e => e.Sides.Count).Should().Equal(current.Engagements.Select(e => e.Sides.Count));
    }

    [Fact]
    public async Task Read_Monadic_RowsOfOneEventFarApart_AreJoinedWithinTheWindow_AndARowLaterStillIsRejected()
    {
        var table = CsvTable.Parse(TestFiles.Read("acled-monadic-constructed.csv"));
        var first = table.Rows[0];
        var second = table.Rows[1];
        var filler = table.Rows[3];
        var rows = new List<string[]> { first };
        for (var i = 0; i < 500; i++)
        {
            var row = (string[])filler.Clone();
            row[0] = "DRC8" + i.ToString("0000", System.Globalization.CultureInfo.InvariantCulture);
            rows.Add(row);
        }

        rows.Add(second);
        for (var i = 0; i < AcledMonadicStage.Window; i++)
        {
            var row = (string[])filler.Clone();
            row[0] = "DRC7" + i.ToString("00000", System.Globalization.CultureInfo.InvariantCulture);
            rows.Add(row);
        }

        rows.Add(second);
        var csv = new CsvTable { Header = table.Header, Rows = rows }.ToCsv();

        var (doc, summary) = await Read(Encoding.UTF8.GetBytes(csv), new DatasetReadOptions { Name = "far.csv", BadRecords = BadRowHandling.SkipAndReport, BatchSize = 256, UniqueIdsAcrossBatches = true });

        var battle = doc.Engagements.Single(e => e.Id.Value == "acled-DRC91001");
        battle.Sides.Should().HaveCount(2, "the second actor's row came 501 rows later, within the window");
        doc.Engagements.Should().HaveCount(1 + 500 + AcledMonadicStage.Window);
        summary.RecordsRead.Should().Be(rows.Count);
        summary.RecordsRejected.Should().Be(1);
        summary.RecordsImported.Should().Be(rows.Count - 1);
        var error = summary.Problems.Single(p => p.Code == "acled.monadic-late-row");
        error.Severity.Should().Be(ValidationSeverity.Error);
        error.Line.Should().Be(rows.Count + 1);
        ProblemCatalogueContains(error.Code).Should().BeTrue();
        Fatalities(doc).Should().Be(12, "the battle's 12 once, the fillers' 0; the late row is not a second battle");
    }

    [Fact]
    public async Task Read_Monadic_LateRow_StopsTheReadUnderStopAtFirst_WithTheEventsBeforeHandedOn()
    {
        var table = CsvTable.Parse(TestFiles.Read("acled-monadic-constructed.csv"));
        var rows = new List<string[]> { table.Rows[0], table.Rows[1] };
        for (var i = 0; i < AcledMonadicStage.Window; i++)
        {
            var row = (string[])table.Rows[3].Clone();
            row[0] = "DRC7" + i.ToString("00000", System.Globalization.CultureInfo.InvariantCulture);
            rows.Add(row);
        }

        rows.Add(table.Rows[0]);
        var csv = new CsvTable { Header = table.Header, Rows = rows }.ToCsv();
        var reading = AcledFormat.Instance.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new DatasetReadOptions { Name = "late.csv" });

        var act = async () =>
        {
            await foreach (var _ in reading)
            {
            }
        };

        (await act.Should().ThrowAsync<DatasetReadException>()).Which.Message.Should().Contain("acled.monadic-late-row");
    }

    [Fact]
    public async Task Read_Monadic_RowsThatDisagree_KeepTheFirstAndWarn()
    {
        var csv = CsvTable.Parse(TestFiles.Read("acled-monadic-constructed.csv")).With(1, "fatalities", "13").ToCsv();

        var (doc, summary) = await Read(Encoding.UTF8.GetBytes(csv));

        Fatalities(doc).Should().Be(19);
        var warning = summary.Problems.Single(p => p.Code == "acled.monadic-rows-differ");
        warning.Line.Should().Be(3);
        ProblemCatalogueContains(warning.Code).Should().BeTrue();
    }

    [Fact]
    public async Task Write_Hdx_HasTheHxlRowAndCrlfLineEnds_ExceptInsideQuotedValues()
    {
        var (doc, _) = await Read(File.ReadAllBytes(TestFiles.Path("acled-synthetic.csv")));

        var (hdx, _) = await Write(doc, "hdx");
        var text = Encoding.UTF8.GetString(hdx);

        var lines = text.Split("\r\n");
        lines[1].Should().StartWith("#event+code,#date+occurred");
        text.Replace("\r\n", string.Empty, StringComparison.Ordinal).Should().Contain("\n", "the line break inside the first row's notes stays as it was");
        text.Count(c => c == '\r').Should().Be(2 + doc.Engagements.Count, "each line of header, HXL row and data rows ends with CRLF");
        var (back, summary) = await Read(hdx);
        summary.Layout.Should().Be("hdx");
        back.Engagements.Select(e => e with { DatasetFields = e.DatasetFields.Where(f => f.Name != DatasetFormat.LayoutFieldName).ToArray() })
            .Should().Equal(doc.Engagements.Select(e => e with { DatasetFields = e.DatasetFields.Where(f => f.Name != DatasetFormat.LayoutFieldName).ToArray() }));
    }

    [Fact]
    public async Task Write_UnknownLayout_IsRefusedWithTheLayoutsListed()
    {
        var (doc, _) = await Read(File.ReadAllBytes(TestFiles.Path("acled-synthetic.csv")));

        var act = () => Write(doc, "dyadic-2031");

        (await act.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("current, pre-2023, hdx, hdx-pre-2023, monadic, legacy");
        AcledFormat.Instance.Layouts.Select(l => l.Name).Should().Equal("current", "pre-2023", "hdx", "hdx-pre-2023", "monadic", "legacy");
        AcledFormat.Instance.FindLayout("PRE-2023")!.Description.Should().Contain("numeric");
    }

    [Fact]
    public async Task Read_Legacy_GwnoGivesTheCountry_AndOldEventTypesMap()
    {
        var (doc, _) = await Read(File.ReadAllBytes(TestFiles.Path("acled-legacy-constructed.csv")));

        doc.Engagements[0].Sites[0].Administrative!.CountryCode.Should().Be("ML");
        doc.Engagements.Select(e => e.Type).Should().Equal(EngagementType.Battle, EngagementType.Bombing, EngagementType.Other);
        doc.Actors.Single(a => a.Name == "Military Forces of France").Kind.Should().Be(ActorKind.InternationalForces);
        var (current, _) = await Write(doc, "current");
        CsvTable.Parse(Encoding.UTF8.GetString(current)).Get(0, "iso").Should().Be("466");
    }

    [Theory]
    [InlineData("event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,fatalities", "current")]
    [InlineData("event_id_cnty,event_date,event_type,actor1,ally_actor_1,actor2,fatalities", "legacy")]
    [InlineData("GWNO,EVENT_ID_CNTY,EVENT_DATE,EVENT_TYPE,ACTOR1,ACTOR2,FATALITIES", "legacy")]
    [InlineData("data_id,event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,fatalities", "pre-2023")]
    [InlineData("event_id_cnty,event_date,event_type,sub_event_type,actor1,fatalities", "monadic")]
    [InlineData("event_id_cnty,event_date,event_type,sub_event_type,actor1,ally_actor_1,actor2,fatalities", "current")]
    public void Recognise_TheHeaderShowsTheLayout(string header, string layout) =>
        AcledFormat.Instance.Recognise(Encoding.UTF8.GetBytes(header + "\n")).Evidence.Should().EndWith($"the {layout} layout");

    [Theory]
    [InlineData("12", 1, 2)]
    [InlineData("60", 6, 0)]
    [InlineData("State forces-Rebel group", 1, 2)]
    [InlineData("Rebel group-State forces", 1, 2)]
    [InlineData("Protesters only", 6, 0)]
    [InlineData("Identity militias-Civilians", 4, 7)]
    public void InteractionCodes_ReadEitherSpelling(string value, int low, int high) =>
        AcledTaxonomy.InteractionCodes(value).Should().Be((low, high));

    [Theory]
    [InlineData("19")]
    [InlineData("State forces-Aliens")]
    [InlineData("")]
    public void InteractionCodes_RefuseOthers(string value) => AcledTaxonomy.InteractionCodes(value).Should().BeNull();

    [Fact]
    public async Task Read_UnknownInterCode_IsAWarningAndKept()
    {
        var csv = CsvTable.Parse(TestFiles.Read("acled-synthetic.csv")).With(0, "inter1", "9").ToCsv();

        var (doc, summary) = await Read(Encoding.UTF8.GetBytes(csv));

        summary.Problems.Single(p => p.Code == "acled.unknown-inter").Line.Should().Be(2);
        doc.Engagements[0].DatasetFields.Should().Contain(DatasetField.Of("acled", "inter1", "9"));
    }

    private static bool ProblemCatalogueContains(string code) => Problems.ProblemCatalogue.All.Any(c => c.Code == code);
}
