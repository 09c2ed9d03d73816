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

/// <summary>
/// acledR's long format (<c>acled_transform_longer(type = "full_actors")</c>): a row per actor and associated actor,
/// joined per event into the engagement the dyadic row gives, fatalities once; recognised, refused when it cannot be placed.
/// </summary>
public sealed class AcledrLongTests
{
    private const string LongFile = "acled-acledr-long-constructed.csv";

    private static async Task<(DatasetDocument Document, ReadSummary Summary)> Read(byte[] bytes, string name = "long.csv", BadRowHandling bad = BadRowHandling.StopAtFirst)
    {
        var reading = AcledFormat.Instance.Read(new MemoryStream(bytes), new DatasetReadOptions { Name = name, BadRecords = bad, UniqueIdsAcrossBatches = true });
        var documents = new List<DatasetDocument>();
        await foreach (var document in reading)
        {
            documents.Add(document);
        }

        var merged = new DatasetDocument
        {
            Sources = documents.SelectMany(d => d.Sources).DistinctBy(s => s.Id).ToArray(),
            Actors = documents.SelectMany(d => d.Actors).DistinctBy(a => a.Id).ToArray(),
            Engagements = documents.SelectMany(d => d.Engagements).ToArray(),
        };
        return (merged, reading.Summary);
    }

    private static long Fatalities(DatasetDocument doc) => doc.Engagements.Sum(e => e.Figures.Where(f => f.Measure == Figures.Measure.Killed).Sum(f => f.Estimates.Sum(x => x.Quantity.Value ?? 0)));

    private static string[] Names(DatasetDocument doc, Engagement e, int side) => e.Sides[side].ActorIds.Select(a => doc.Actors.Single(x => x.Id == a).Name).ToArray();

    [Theory]
    [InlineData(LongFile, 16, 12)]
    [InlineData("acled-acledr-long-main-constructed.csv", 7, 3)]
    public async Task Read_LongRows_GiveTheEngagementsOfTheDyadicRows_FatalitiesOnce(string file, int rows, int merged)
    {
        var (dyadic, _) = await Read(File.ReadAllBytes(TestFiles.Path("acled-synthetic.csv")), "acled-synthetic.csv");
        var bytes = File.ReadAllBytes(TestFiles.Path(file));
        var table = CsvTable.Parse(Encoding.UTF8.GetString(bytes));
        var rowFatalities = table.Rows.Sum(r => long.Parse(r[System.Array.IndexOf(table.Header, "fatalities")], System.Globalization.CultureInfo.InvariantCulture));

        var (doc, summary) = await Read(bytes);

        (summary.RecordsRead, summary.RecordsImported, summary.RecordsRejected, summary.Engagements).Should().Be((rows, rows, 0, 4), "4 events");
        summary.Csv!.RowsMerged.Should().Be(merged, "imported = engagements + merged");
        summary.Layout.Should().Be("acledr-long");
        summary.Problems.Should().BeEmpty("rows of empty actor columns and NA inter codes are the format's, not problems");
        summary.Csv.UnknownColumns.Should().BeEmpty("type_of_actor and inter_type are the layout's own columns");
        Fatalities(doc).Should().Be(Fatalities(dyadic)).And.BeLessThan(rowFatalities, "each event's fatalities once, not once per row");
        doc.Engagements.Select(e => e.Id).Should().Equal(dyadic.Engagements.Select(e => e.Id));
        doc.Engagements.Select(e => e.Sides).Should().Equal(dyadic.Engagements.Select(e => e.Sides), "the same sides, roles and actors in the same order");
        doc.Engagements.Select(e => (e.Type, e.Time, e.Sites, e.Figures)).Should().Equal(dyadic.Engagements.Select(e => (e.Type, e.Time, e.Sites, e.Figures)));
        doc.Actors.OrderBy(a => a.Id.Value).Should().Equal(dyadic.Actors.OrderBy(a => a.Id.Value), "the actors and their kinds (associated actors' from their names)");
        Names(doc, doc.Engagements[0], 1).Should().Equal("Military Forces of Mali (2021-)", "Wagner Group");
        doc.Engagements.Should().OnlyContain(e => e.DatasetFields.Any(f => f.Name == DatasetFormat.LayoutFieldName && f.Value == "acledr-long"));
        DatasetValidator.Default.Validate(doc).AtLeast(ValidationSeverity.Error).Should().BeEmpty();
    }

    [Fact]
    public async Task Read_LongRows_SplitAssociatedActorsAndOtherOrders_JoinTheirSide()
    {
        var table = CsvTable.Parse(TestFiles.Read(LongFile));
        var assoc2 = table.Rows.FindIndex(r => r[0] == "BFO20002" && r[7] == "assoc_actor_2");
        var extra = (string[])table.Rows[assoc2].Clone();
        extra[8] = "Dozo Militia (Burkina Faso)";
        var rows = table.Rows.ToList();
        rows.Insert(assoc2 + 1, extra);

        // An event's rows in another order: its associated actor first, side 2 before side 1.
        var mali = rows.Where(r => r[0] == "MLI90001").ToList();
        rows.RemoveAll(r => r[0] == "MLI90001");
        rows.AddRange([mali[3], mali[1], mali[2], mali[0]]);
        var csv = new CsvTable { Header = table.Header, Rows = rows }.ToCsv();

        var (doc, summary) = await Read(Encoding.UTF8.GetBytes(csv));

        summary.Engagements.Should().Be(4);
        var attack = doc.Engagements.Single(e => e.Id.Value == "acled-BFO20002");
        Names(doc, attack, 1).Should().Equal("Civilians (Burkina Faso)", "Fulani Ethnic Group (Burkina Faso)", "Dozo Militia (Burkina Faso)");
        doc.Actors.Single(a => a.Name == "Dozo Militia (Burkina Faso)").Kind.Should().Be(AcledTaxonomy.KindFromName("Dozo Militia (Burkina Faso)"));
        var battle = doc.Engagements.Single(e => e.Id.Value == "acled-MLI90001");
        battle.Sides.Select(s => s.Id.Value).Should().Equal("acled-MLI90001-1", "acled-MLI90001-2");
        Names(doc, battle, 0).Should().Equal("JNIM: Group for Support of Islam and Muslims");
        Names(doc, battle, 1).Should().Equal(["Military Forces of Mali (2021-)", "Wagner Group"], "the main actor first, though its associated actor's row came first");
        Fatalities(doc).Should().Be(14 + 3 + 12 + 0);
    }

    [Fact]
    public async Task Read_LongRowWithAnUnknownTypeOfActor_IsALocatedError()
    {
        var csv = CsvTable.Parse(TestFiles.Read(LongFile)).With(1, "type_of_actor", "actor3").ToCsv();

        var (doc, summary) = await Read(Encoding.UTF8.GetBytes(csv), bad: BadRowHandling.SkipAndReport);

        var error = summary.Problems.Single(p => p.Code == "acled.bad-type-of-actor");
        (error.Severity, error.File, error.ColumnName, error.Value).Should().Be((ValidationSeverity.Error, "long.csv", "type_of_actor", "actor3"));
        error.Line.Should().Be(LineOfRow(csv, 1), "the line the second row starts on (the first row's notes hold a line break)");
        error.Message.Should().Be("type_of_actor is 'actor3'; acledR's long format names the column each row's actor came from: actor1, actor2, assoc_actor_1 or assoc_actor_2.");
        (summary.RecordsRead, summary.RecordsRejected).Should().Be((16, 1));
        doc.Engagements.Single(e => e.Id.Value == "acled-MLI90001").Sides.Select(s => s.ActorIds.Count).Should().Equal([1, 1], "the refused row's actor is not guessed onto a side");
        Problems.ProblemCatalogue.All.Should().Contain(c => c.Code == "acled.bad-type-of-actor");
    }

    [Fact]
    public async Task Read_LongRowWhoseInterTypeContradictsItsActor_IsALocatedError()
    {
        var csv = CsvTable.Parse(TestFiles.Read(LongFile)).With(0, "inter_type", "inter2").ToCsv();

        var read = async () => await Read(Encoding.UTF8.GetBytes(csv));

        var problem = (await read.Should().ThrowAsync<DatasetReadException>()).Which.Problem;
        (problem.Code, problem.Line, problem.ColumnName, problem.Value).Should().Be(("acled.bad-type-of-actor", 2, "inter_type", "inter2"));
    }

    [Fact]
    public void Recognise_TheLongHeader_IsAcledInTheAcledrLongLayout()
    {
        var bytes = File.ReadAllBytes(TestFiles.Path(LongFile));

        var (found, verdicts) = FormatRegistry.Default.Sniff(bytes, complete: true);

        found!.Name.Should().Be("acled");
        verdicts.Single(v => v.Format == "acled").Evidence.Should().EndWith("; the acledr-long layout");
        AcledColumns.AcledrLongNames.Should().Equal(CsvTable.Parse(Encoding.UTF8.GetString(bytes)).Header, "the constructed file has acledR's columns in its order");
    }

    [Fact]
    public async Task Write_TheLongLayout_IsRefusedWithWhatToWriteInstead()
    {
        var (doc, _) = await Read(File.ReadAllBytes(TestFiles.Path(LongFile)));

        var write = async () => await AcledFormat.Instance.WriteAsync(CsvExportEngine.One(doc), new MemoryStream(), new DatasetWriteOptions { Layout = "acledr-long" });

        (await write.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().StartWith("The acled format reads acledR's long layout 'acledr-long' but does not write it; write monadic for one row per actor, or current");
        var output = new MemoryStream();
        await AcledFormat.Instance.WriteAsync(CsvExportEngine.One(doc), output);
        var written = CsvTable.Parse(Encoding.UTF8.GetString(output.ToArray()));
        written.Header.Should().Equal(AcledColumns.Names, "an engagement read in the long layout is written in the current one, which acledR made it from");
        written.Rows.Should().HaveCount(4);
        written.Get(0, "assoc_actor_2").Should().Be("Wagner Group");
    }

    private static long LineOfRow(string csv, int row)
    {
        var table = CsvTable.Parse(csv);
        var line = 2L;
        for (var i = 0; i < row; i++)
        {
            line += table.Rows[i].Sum(v => v.Count(c => c == '\n'));
            line++;
        }

        return line;
    }
}
