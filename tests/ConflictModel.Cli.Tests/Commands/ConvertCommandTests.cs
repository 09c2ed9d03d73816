using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Ged;
using ConflictModel.Json;

namespace ConflictModel.Cli.Tests.Commands;

/// <summary><c>conflictmodel convert</c>, in-process: GED, ACLED, JSON and JSON Lines; bad rows in both modes; exit codes 0, 1, 2.</summary>
public sealed class ConvertCommandTests : System.IDisposable
{
    private static readonly string GedSlice = Repository.PathOf("tests", "ConflictModel.Cli.Tests", "TestData", "ged-slice.csv");
    private static readonly string AcledFile = Repository.PathOf("tests", "ConflictModel.Cli.Tests", "TestData", "acled-synthetic.csv");

    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Convert_GedToJsonToGed_GivesBackTheSameEvents()
    {
        var json = Path.Combine(_files.Path, "ged.json");
        var csv = Path.Combine(_files.Path, "ged.csv");

        var toJson = Cli.Run("convert", "--from", "ged", "--to", "json", GedSlice, json);
        var toGed = Cli.Run("convert", "--from", "json", "--to", "ged", json, csv);

        toJson.ExitCode.Should().Be(0, toJson.Error);
        toJson.Output.Should().BeEmpty("the data goes to the file");
        toJson.Error.Should().StartWith($"{GedSlice}: 25 rows read: 25 imported, 0 rejected, ").And.EndWith($"{json}: 25 engagements written in 1 document\n");
        toGed.ExitCode.Should().Be(0, toGed.Error);
        toGed.Error.Should().Be($"{json}: 1 document read: 1 converted, 0 rejected\n{csv}: 25 engagements written in 25 rows\n");

        var original = await GedImporter.ImportFileAsync(GedSlice);
        DatasetJson.Read(File.ReadAllText(json)).Should().Be(original.Document);
        var back = await GedImporter.ImportFileAsync(csv);
        back.Document.Should().Be(original.Document, "GED -> JSON -> GED keeps every value");
        File.ReadLines(csv).First().Should().Be(File.ReadLines(GedSlice).First());
    }

    [Fact]
    public async Task Convert_AcledToJsonLines_DocumentShape_OneDocumentPerBatch()
    {
        var jsonl = Path.Combine(_files.Path, "acled.jsonl");

        var result = Cli.Run("convert", "--from", "acled", "--to", "jsonl", "--jsonl-shape", "document", "--batch-size", "3", AcledFile, jsonl);

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().Be($"{AcledFile}: 4 rows read: 4 imported, 0 rejected, 0 warnings\n{jsonl}: 4 engagements written in 2 lines\n");
        var lines = File.ReadAllLines(jsonl);
        lines.Should().HaveCount(2);
        var documents = lines.Select(DatasetJson.Read).ToList();
        documents.Select(d => d.Engagements.Count).Should().Equal(3, 1);
        var original = await AcledImporter.ImportFileAsync(AcledFile);
        documents.SelectMany(d => d.Engagements).Should().Equal(original.Document.Engagements);
    }

    [Fact]
    public async Task Convert_GedToJsonLines_ByDefault_OneSelfContainedEngagementPerLine_FormatRecognised()
    {
        var jsonl = Path.Combine(_files.Path, "ged.jsonl");
        var back = Path.Combine(_files.Path, "back.json");

        var result = Cli.Run("convert", "--to", "jsonl", "--batch-size", "4", GedSlice, jsonl);
        var merged = Cli.Run("convert", "--to", "json", jsonl, back);

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().StartWith($"{GedSlice}: 25 rows read: 25 imported, 0 rejected, ").And.EndWith($"{jsonl}: 25 engagements written in 25 lines\n");
        var lines = File.ReadAllLines(jsonl).Select(DatasetJson.Read).ToList();
        lines.Should().HaveCount(25).And.OnlyContain(d => d.Engagements.Count == 1);
        lines.Should().AllSatisfy(d => ConflictModel.Validation.DatasetValidator.Default.Validate(d).HasErrors.Should().BeFalse("each line is a document of its own"));
        lines.Should().AllSatisfy(d => d.Actors.Count.Should().Be(2, "a line declares the two sides' actors, nothing more"));
        merged.ExitCode.Should().Be(0, merged.Error);
        merged.Error.Should().Be($"{jsonl}: 25 lines read: 25 converted, 0 rejected\n{back}: 25 engagements written in 1 document, 1 note on what JSON cannot hold or merged\n{back}: notes: 1 merge.duplicate (--warnings lists each)\n");
        var original = await GedImporter.ImportFileAsync(GedSlice);
        var document = DatasetJson.Read(File.ReadAllText(back));
        document.Engagements.Should().Equal(original.Document.Engagements);
        document.Actors.Should().BeEquivalentTo(original.Document.Actors);
        document.Sources.Should().BeEquivalentTo(original.Document.Sources);
    }

    [Fact]
    public void Convert_JsonLinesWithOneIdDeclaredTwoWays_ToJson_IsAnErrorNamingBothLines_NothingWritten()
    {
        var first = Documents.TimbuktuLine;
        var second = first.Replace("\"name\":\"Agence France-Presse\"", "\"name\":\"AFP\"", StringComparison.Ordinal);
        second.Should().NotBe(first);
        var input = _files.Write("two.jsonl", first + "\n" + second + "\n");
        var output = Path.Combine(_files.Path, "out.json");

        var result = Cli.Run("convert", "--to", "json", input, output);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith($"{input}:2: error merge.conflict: value 'afp', at sources[").And.Contain($"is declared differently at {input}:1 sources[");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void Convert_FromNamedWrongly_SaysWhatTheFileLooksLike()
    {
        var output = Path.Combine(_files.Path, "out.json");

        var result = Cli.Run("convert", "--from", "acled", "--to", "json", GedSlice, output);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith($"{GedSlice}:1: error format.mismatch: --from acled does not fit: the file looks like ged (a header with GED's columns type_of_violence, relid, best, where_prec, side_a), not acled (a CSV header without ACLED's columns (event_id_cnty, event_date, sub_event_type, fatalities, actor1)). Use --from ged, or --from auto.\n");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void Convert_Auto_CannotTell_SaysWhatItSaw()
    {
        var input = _files.Write("notes.txt", "hello world\n");

        var result = Cli.Run("convert", "--to", "json", input, Path.Combine(_files.Path, "out.json"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"{input}:1: error format.unrecognised: Cannot tell the format: it starts with 'hello world⏎' (json: no JSON object at the start; jsonl: no JSON object at the start; ged: no header line of comma-separated names; acled: no header line of comma-separated names; ucdp-api: not JSON; acled-api: not JSON); no format fits. Name it with --from json|jsonl|ged|acled|ucdp-api|acled-api.\n");
    }

    [Fact]
    public void Convert_GedWithAnEventIdInTwoBatches_ToJsonKeepsIdsUnique_ToJsonLinesPerBatch()
    {
        var lines = File.ReadAllLines(GedSlice);
        var input = _files.Write("repeated.csv", string.Join("\n", lines.Append(lines[1])) + "\n");
        var json = Path.Combine(_files.Path, "repeated.json");
        var jsonl = Path.Combine(_files.Path, "repeated.jsonl");

        var toJson = Cli.Run("convert", "--from", "ged", "--to", "json", "--batch-size", "4", "--warnings", input, json);
        var toJsonl = Cli.Run("convert", "--from", "ged", "--to", "jsonl", "--jsonl-shape", "document", "--batch-size", "4", input, jsonl);

        toJson.ExitCode.Should().Be(0, toJson.Error);
        toJson.Error.Should().Contain("csv.duplicate-id");
        var document = DatasetJson.Read(File.ReadAllText(json));
        document.Engagements.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        document.Engagements[^1].Id.Value.Should().EndWith($".line-{lines.Length + 1}");
        ConflictModel.Validation.DatasetValidator.Default.Validate(document).IsValid.Should().BeTrue();
        toJsonl.ExitCode.Should().Be(0, toJsonl.Error);
        var batches = File.ReadAllLines(jsonl).Select(DatasetJson.Read).ToList();
        batches.Should().AllSatisfy(d => ConflictModel.Validation.DatasetValidator.Default.Validate(d).IsValid.Should().BeTrue());
        batches[^1].Engagements[^1].Id.Should().Be(batches[0].Engagements[0].Id, "each JSON Lines document is one batch, whose ids are unique on their own");
    }

    [Fact]
    public void Convert_GedOnSeveralThreads_WritesTheSameFileAndSummary()
    {
        var one = Path.Combine(_files.Path, "one.jsonl");
        var three = Path.Combine(_files.Path, "three.jsonl");

        var onOne = Cli.Run("convert", "--from", "ged", "--to", "jsonl", "--jsonl-shape", "document", "--batch-size", "4", "--threads", "1", "--warnings", GedSlice, one);
        var onThree = Cli.Run("convert", "--from", "ged", "--to", "jsonl", "--jsonl-shape", "document", "--batch-size", "4", "--threads", "3", "--warnings", GedSlice, three);

        onOne.ExitCode.Should().Be(0, onOne.Error);
        onThree.ExitCode.Should().Be(0, onThree.Error);
        File.ReadAllLines(one).Should().HaveCount(7, "25 rows in batches of 4");
        File.ReadAllBytes(three).Should().Equal(File.ReadAllBytes(one));
        onThree.Error.Replace(three, one, StringComparison.Ordinal).Should().Be(onOne.Error);
    }

    [Fact]
    public void Convert_JsonLinesToStandardOutput_WritesTheLines()
    {
        var input = _files.Write("two.jsonl", Documents.TimbuktuLine + "\n" + Documents.TimbuktuLine + "\n");

        var result = Cli.Run("convert", "--from", "jsonl", "--to", "jsonl", input, "-");

        result.ExitCode.Should().Be(0, result.Error);
        var timbuktu = DatasetJson.Read(Documents.Timbuktu);
        var lines = result.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(DatasetJson.Read).ToList();
        lines.SelectMany(l => l.Engagements).Should().Equal([.. timbuktu.Engagements, .. timbuktu.Engagements]);
        lines.Should().HaveCount(2 * LinesOf(timbuktu), "each engagement on its own line, or with those its relations link it to");
        result.Error.Should().Be($"{input}: 2 lines read: 2 converted, 0 rejected\n(standard output): 8 engagements written in {lines.Count} lines\n");
    }

    [Fact]
    public void Convert_BadRow_StopByDefault_OneLocatedLine_NoOutputFile_ExitTwo()
    {
        var (input, line) = AcledWithBadLatitude();
        var output = Path.Combine(_files.Path, "out.json");

        var result = Cli.Run("convert", "--from", "acled", "--to", "json", input, output);

        result.ExitCode.Should().Be(2);
        var errors = result.Error.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        errors[0].Should().StartWith($"{input}:{line}: error ").And.Contain("column 'latitude', value 'north'");
        errors[1].Should().StartWith($"{input}: 2 rows read: 1 imported, 1 rejected, ").And.EndWith("stopped at the first bad row (--bad-rows skip goes on)");
        File.Exists(output).Should().BeFalse("a failed conversion leaves no partial file");
        Directory.GetFiles(_files.Path).Should().HaveCount(1, "nor a temporary one");
    }

    [Fact]
    public void Convert_BadRow_Skip_ReportsIt_ConvertsTheRest_ExitOne()
    {
        var (input, line) = AcledWithBadLatitude();
        var output = Path.Combine(_files.Path, "out.json");

        var result = Cli.Run("convert", "--from", "acled", "--to", "json", "--bad-rows", "skip", input, output);

        result.ExitCode.Should().Be(1);
        var errors = result.Error.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        errors.Should().HaveCount(3);
        errors[0].Should().StartWith($"{input}:{line}: error ").And.Contain("column 'latitude', value 'north'");
        errors[1].Should().Be($"{input}: 4 rows read: 3 imported, 1 rejected, 0 warnings");
        errors[2].Should().Be($"{output}: 3 engagements written in 1 document");
        DatasetJson.Read(File.ReadAllText(output)).Engagements.Should().HaveCount(3);
    }

    [Fact]
    public void Convert_BadJsonLine_BothModes()
    {
        var input = _files.Write("mixed.jsonl", Documents.TimbuktuLine + "\n{\"formatVersion\": \"1.0\", \"engagements\": 3}\n" + Documents.TimbuktuLine + "\n");
        var output = Path.Combine(_files.Path, "out.jsonl");

        var stop = Cli.Run("convert", "--from", "jsonl", "--to", "jsonl", input, output);
        File.Exists(output).Should().BeFalse();
        var skip = Cli.Run("convert", "--from", "jsonl", "--to", "jsonl", "--bad-rows", "skip", input, output);

        var column = "{\"formatVersion\": \"1.0\", \"engagements\": 3}".IndexOf("3}", StringComparison.Ordinal) + 2;
        var problem = $"{input}:2:{column}: error json.invalid-document: at engagements: Expected an array but found a number (3).\n";
        stop.ExitCode.Should().Be(2);
        stop.Error.Should().Be(problem);
        skip.ExitCode.Should().Be(1);
        var lines = 2 * LinesOf(DatasetJson.Read(Documents.Timbuktu));
        skip.Error.Should().Be(problem + $"{input}: 3 lines read: 2 converted, 1 rejected\n{output}: 8 engagements written in {lines} lines\n");
        File.ReadAllLines(output).Should().HaveCount(lines);
    }

    [Fact]
    public void Convert_Warnings_ListsEachOne()
    {
        var json = Path.Combine(_files.Path, "ged.json");
        var ged = Repository.PathOf("tests", "ConflictModel.Interop.Tests", "TestData", "GEDEvent_v26_0_4.csv");

        var quiet = Cli.Run("convert", "--from", "ged", "--to", "json", ged, json);
        var listed = Cli.Run("convert", "--from", "ged", "--to", "json", "--warnings", ged, json);

        var count = int.Parse(quiet.Error.Split(", ")[2].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        count.Should().BePositive("the real GED file has suspicious values (the placeholder actors)");
        listed.ExitCode.Should().Be(0, "warnings do not fail a conversion");
        listed.Error.Split('\n').Count(l => l.StartsWith(ged + ":", System.StringComparison.Ordinal) && l.Contains(": warning ", System.StringComparison.Ordinal)).Should().Be(count);
    }

    [Fact]
    public void Convert_UnreadableInputs_ExitTwo()
    {
        var missing = Path.Combine(_files.Path, "missing.csv");
        var notGed = _files.Write("not-ged.csv", "a,b\n1,2\n");
        var badJson = _files.Write("bad.json", Documents.WithUnknownEnum);
        var output = Path.Combine(_files.Path, "out.json");

        var noFile = Cli.Run("convert", "--from", "ged", "--to", "json", missing, output);
        var noColumns = Cli.Run("convert", "--from", "ged", "--to", "json", notGed, output);
        var unparsable = Cli.Run("convert", "--from", "json", "--to", "ged", badJson, output);
        var noDirectory = Cli.Run("convert", "--from", "json", "--to", "ged", Repository.TimbuktuExample, Path.Combine(_files.Path, "no", "such", "dir.csv"));

        noFile.ExitCode.Should().Be(2);
        noFile.Error.Should().StartWith($"{missing}: error io.unreadable: Cannot read the file: ");
        noColumns.ExitCode.Should().Be(2);
        noColumns.Error.Should().StartWith($"{notGed}:1: error ");
        unparsable.ExitCode.Should().Be(2);
        unparsable.Error.Should().Be($"{badJson}:{Documents.LineOf(Documents.WithUnknownEnum, "newsWire")}:25: error json.invalid-document: at sources[1].kind: Expected one of the SourceKind names (newsAgency, government, armedForces, armedGroup, analyst, localOfficial, stateMedia, socialMedia, organisation, witness, compilation, other; exact case) but found a string (\"newsWire\").\n");
        noDirectory.ExitCode.Should().Be(2);
        noDirectory.Error.Trim().Split('\n').Should().ContainSingle().Which.Should().StartWith("conflictmodel: ");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void Convert_ErrorIsATerminal_ShowsProgressForALargeFile_ThenClearsIt()
    {
        var file = _files.Write("large.jsonl", string.Concat(Enumerable.Repeat(Documents.TimbuktuLine + "\n", 60)));
        using var output = new StringWriter();
        using var error = new StringWriter { NewLine = "\n" };

        var exitCode = CommandLine.Invoke(["convert", "--from", "jsonl", "--to", "jsonl", file, Path.Combine(_files.Path, "out.jsonl")], output, error, errorIsTerminal: true);
        var redirected = Cli.Run("convert", "--from", "jsonl", "--to", "jsonl", file, Path.Combine(_files.Path, "out2.jsonl"));

        exitCode.Should().Be(0);
        error.ToString().Should().StartWith($"\r{file}: 1 documents, ").And.Contain("\r\u001b[K" + file + ": 60 lines read");
        redirected.Error.Should().NotContain("\r");
    }

    [Fact]
    public void Convert_LargeCsv_ErrorIsATerminal_ShowsRowProgress_ThenClearsIt()
    {
        var ged = Repository.PathOf("tests", "ConflictModel.Interop.Tests", "TestData", "GEDEvent_v26_0_4.csv");
        new FileInfo(ged).Length.Should().BeGreaterThan(1024 * 1024, "progress is shown only for files over 1 MiB");
        using var output = new StringWriter();
        using var error = new StringWriter { NewLine = "\n" };

        var exitCode = CommandLine.Invoke(["convert", "--from", "ged", "--to", "ged", ged, Path.Combine(_files.Path, "out.csv")], output, error, errorIsTerminal: true);

        exitCode.Should().Be(0, error.ToString());
        error.ToString().Should().StartWith($"\r{ged}: 1000 rows, ").And.Contain("\r\u001b[K" + ged + ": 1675 rows read: 1675 imported, 0 rejected, ");
        output.ToString().Should().BeEmpty("progress never goes to standard output");
    }

    /// <summary>How many JSON Lines lines the library writes for <paramref name="document"/> by default.</summary>
    private static int LinesOf(DatasetDocument document) => DatasetJson.AppendLines(new System.Buffers.ArrayBufferWriter<byte>(), document);

    /// <summary>The ACLED file with the latitude of its second row made unreadable.</summary>
    private (string File, int Line) AcledWithBadLatitude()
    {
        var text = File.ReadAllText(AcledFile);
        var at = text.IndexOf(",14.1022,", System.StringComparison.Ordinal);
        at.Should().BePositive();
        var line = text[..at].Count(c => c == '\n') + 1;
        return (_files.Write("bad.csv", text[..at] + ",north," + text[(at + ",14.1022,".Length)..]), line);
    }

    [Fact]
    public void Convert_JsonToAcled_CountsTheFactsLeftOut_ByCode_AndExitsZero()
    {
        var csv = Path.Combine(_files.Path, "timbuktu.csv");

        var result = Cli.Run("convert", "--to", "acled", Repository.TimbuktuExample, csv);

        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().Contain($"{csv}: 4 engagements written in 10 rows, 136 notes on what ACLED cannot hold or merged");
        lines.Should().Contain($"{csv}: notes: 80 export.fact-dropped, 9 export.figure-dropped, 4 export.id-derived, 8 export.incident-dropped, 4 export.mapping-rule, 3 export.outcome-dropped, 8 export.relation-dropped, 1 export.sides-dropped, 1 export.sites-split, 18 export.statement-dropped (--warnings lists each)");
        lines.Should().Contain($"{csv}: 127 facts of the input not held by ACLED; --strict makes that an error");
    }

    [Fact]
    public void Convert_Strict_DroppedFacts_AreLocatedErrors_AndExitOne()
    {
        var csv = Path.Combine(_files.Path, "timbuktu.csv");

        var result = Cli.Run("convert", "--to", "ged", "--strict", Repository.TimbuktuExample, csv);

        result.ExitCode.Should().Be(1, result.Error);
        var errors = result.Error.Split('\n').Where(l => l.StartsWith($"{csv}: error export.", StringComparison.Ordinal)).ToList();
        errors.Should().HaveCount(121);
        errors.Should().Contain($"{csv}: error export.figure-dropped: value 'timbuktu-2025-06-02', at engagements[id=timbuktu-2025-06-02].figures[id=timbuktu-jnim-arrested]: GED counts deaths only: the figure arrested of side timbuktu-jnim is not written.");
        result.Error.Should().Contain($"{csv}: --strict: 121 facts of the input not held by GED (listed above); exit code 1");
        result.Error.Should().NotContain("error export.sites-split", "a split loses nothing");
        File.Exists(csv).Should().BeTrue("the output is written, as with --bad-rows skip");
    }

    [Theory]
    [InlineData("ged", "GED")]
    [InlineData("acled", "ACLED")]
    public void Convert_Strict_Timbuktu_ListsEachMemberTheFormatCannotHold_AtItsPath(string to, string name)
    {
        var csv = Path.Combine(_files.Path, "timbuktu-" + to + ".csv");

        var result = Cli.Run("convert", "--to", to, "--strict", Repository.TimbuktuExample, csv);

        result.ExitCode.Should().Be(1, result.Error);
        var attack = "engagements[id=timbuktu-2025-06-02]";
        var members = result.Error.Split('\n').Where(l => l.StartsWith($"{csv}: error export.fact-dropped: value 'timbuktu-2025-06-02', at {attack}.", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(" at ", StringComparison.Ordinal) + 4)..l.IndexOf(": ", l.IndexOf(" at ", StringComparison.Ordinal), StringComparison.Ordinal)])
            .ToList();
        members.Should().Contain(
        [
            attack + ".name", attack + ".aliases", attack + ".tactics", attack + ".time",
            attack + ".sites[id=timbuktu-airport].role", attack + ".sites[id=timbuktu-airport].kind",
            attack + ".sides[id=timbuktu-jnim].role", attack + ".sides[id=timbuktu-jnim].actors[id=jnim].aliases",
            attack + ".sides[id=timbuktu-mali].actors[id=fama].parentId",
        ]);
        members.Should().OnlyHaveUniqueItems();
        result.Error.Should().Contain($"{csv}: error export.fact-dropped: value 'timbuktu-2025-06-02', at {attack}.aliases: {name} has no column for an engagement's aliases: 'Attack on Timbuktu airport' not written.\n");
        result.Error.Should().Contain($"{csv}: error export.fact-dropped: value 'timbuktu-2025-06-02', at {attack}.name: {name} has no column for an engagement's name");
    }

    [Fact]
    public void Convert_Strict_GedToGed_HoldsEveryFact_AndExitsZero()
    {
        var csv = Path.Combine(_files.Path, "again.csv");

        var result = Cli.Run("convert", "--to", "ged", "--strict", GedSlice, csv);

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().NotContain("error");
    }

    [Fact]
    public void Convert_FormulaLikeValues_AreWrittenAsTheyAre_WithAWarning_OrNeutralisedOnRequest()
    {
        var input = _files.Write("formula.csv", File.ReadAllText(GedSlice).Replace("Xinhua News Agency", "=Xinhua News Agency", StringComparison.Ordinal));
        var plain = Path.Combine(_files.Path, "plain.csv");
        var safe = Path.Combine(_files.Path, "safe.csv");

        var asIs = Cli.Run("convert", "--to", "ged", input, plain);
        var neutralised = Cli.Run("convert", "--to", "ged", "--spreadsheet-safe", input, safe);

        asIs.ExitCode.Should().Be(0, asIs.Error);
        asIs.Error.Should().Contain($"{plain}: warning: ").And.Contain("would be run as formulas by a spreadsheet").And.Contain("--spreadsheet-safe");
        neutralised.ExitCode.Should().Be(0, neutralised.Error);
        File.ReadAllText(safe).Should().Contain("'=Xinhua");
        File.ReadAllText(plain).Should().Contain("=Xinhua").And.NotContain("'=Xinhua");
        neutralised.Error.Should().Contain("neutralised for spreadsheets with a leading apostrophe (--spreadsheet-safe)");
        var offices = File.ReadLines(input).Skip(1).Count(l => l.Contains(",=Xinhua", StringComparison.Ordinal));
        offices.Should().BeGreaterThan(0);
        asIs.Error.Should().Contain($"{plain}: warning: {offices} value");
    }

    [Fact]
    public void Convert_MissingRequiredColumn_UnderSkip_SaysTheHeaderStoppedIt_NotABadRow()
    {
        var lines = File.ReadLines(GedSlice).Take(2).Select(l => string.Join(',', l.Split(',').Take(5))).ToArray();
        var input = _files.Write("short.csv", string.Join('\n', lines) + "\n");

        var result = Cli.Run("convert", "--from", "ged", "--bad-rows", "skip", "--to", "json", input, Path.Combine(_files.Path, "out.json"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain($"{input}: 0 rows read: 0 imported, 0 rejected, 0 warnings; stopped: the header cannot be read, so no row can be\n");
        result.Error.Should().NotContain("--bad-rows skip goes on");
    }

    [Fact]
    public void Convert_LayoutTheOutputFormatLacks_IsAUsageError_NamingWhatItHas()
    {
        var output = Path.Combine(_files.Path, "out.jsonl");

        var result = Cli.Run("convert", "--to", "jsonl", "--layout", "monadic", GedSlice, output);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--layout monadic: the jsonl format has one layout only");
        File.Exists(output).Should().BeFalse("nothing is written when the command line is wrong");
    }
}
