using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Api;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Formats;
using ConflictModel.Interop.Ged;
using ConflictModel.Interop.Problems;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Tests.Api;

/// <summary>
/// The ucdp-api and acled-api formats: every shape (one page, a folder of pages, pages concatenated, the bare array),
/// numbers as strings, nulls, folder order, located bad records, the envelopes' counts, recognition, and the same
/// engagements as the CSV import of the same rows.
/// </summary>
public sealed class ApiFormatTests : IDisposable
{
    private static readonly string Pages = TestFiles.Path(Path.Combine("Api", "ged-api-pages"));
    private static readonly string[] PageNames = ["gedevents_p9.json", "gedevents_p10.json", "gedevents_p11.json"];

    private readonly string _temp = Directory.CreateTempSubdirectory("conflictmodel-api-tests-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static Task<ImportResult> GedRows() => GedImporter.ImportFileAsync(TestFiles.Path(Path.Combine("Api", "ged-api-rows.csv")));

    private static Task<ImportResult> AcledRows() => AcledImporter.ImportFileAsync(TestFiles.Path("acled-synthetic.csv"));

    private static DatasetReadOptions Options(BadRowHandling bad = BadRowHandling.StopAtFirst, List<Problem>? problems = null) =>
        new() { Name = "in.json", BadRecords = bad, UniqueIdsAcrossBatches = true, OnProblem = problems is null ? null : problems.Add };

    /// <summary>Reads everything into one document, as the CSV importer's ReadAll does.</summary>
    private static async Task<(DatasetDocument Document, ReadSummary Summary)> ReadAll(DatasetReading reading)
    {
        var documents = new List<DatasetDocument>();
        await foreach (var document in reading)
        {
            documents.Add(document);
        }

        return (Merge(documents), reading.Summary);
    }

    private static DatasetDocument Merge(IReadOnlyList<DatasetDocument> documents) => new()
    {
        Sources = documents.SelectMany(d => d.Sources).DistinctBy(s => s.Id).ToArray(),
        Actors = documents.SelectMany(d => d.Actors).DistinctBy(a => a.Id).ToArray(),
        Engagements = documents.SelectMany(d => d.Engagements).ToArray(),
    };

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static string Concatenated() => string.Concat(PageNames.Select(n => File.ReadAllText(Path.Combine(Pages, n))));

    private string CopyPages(Func<string, string, string>? change = null, params string[] names)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_temp, Guid.NewGuid().ToString("N"))).FullName;
        foreach (var name in names.Length == 0 ? PageNames : names)
        {
            var text = File.ReadAllText(Path.Combine(Pages, name));
            File.WriteAllText(Path.Combine(folder, name), change?.Invoke(name, text) ?? text);
        }

        return folder;
    }

    [Fact]
    public void ListPages_NaturalOrder_NumbersCompareAsNumbers()
    {
        PageFolderStream.ListPages(Pages).Select(Path.GetFileName).Should().Equal(PageNames);
    }

    [Fact]
    public void TestData_PagesExerciseNumbersStringsAndNulls()
    {
        // The equivalence tests below are only worth something while the pages keep these shapes.
        var p9 = File.ReadAllText(Path.Combine(Pages, "gedevents_p9.json"));
        var p10 = File.ReadAllText(Path.Combine(Pages, "gedevents_p10.json"));
        p9.Should().Contain("\"best\": 2,").And.Contain(": null").And.Contain("\"active_year\": true");
        p10.Should().Contain("\"best\": \"").And.Contain("\"id\": \"").And.NotContain(": null");
    }

    [Fact]
    public async Task ReadFolder_GedPages_SameEngagementsAsTheCsvRows()
    {
        var csv = await GedRows();
        var (document, summary) = await ReadAll(UcdpApiFormat.Instance.ReadFolder(Pages, Options() with { Name = null }));

        document.Should().Be(csv.Document);
        summary.Name.Should().Be(Pages);
        summary.Format.Should().Be("ucdp-api");
        summary.RecordKind.Should().Be("record");
        (summary.RecordsRead, summary.RecordsImported, summary.RecordsRejected, summary.Engagements).Should().Be((12, 12, 0, 12));
        summary.WarningCount.Should().Be(0, "TotalCount 12 and TotalPages 3 are what was read: {0}", string.Join("; ", summary.Problems));
    }

    [Fact]
    public async Task Read_ConcatenatedPages_SameEngagementsAsTheCsvRows()
    {
        var csv = await GedRows();
        var (document, summary) = await ReadAll(UcdpApiFormat.Instance.Read(Utf8(Concatenated()), Options()));

        document.Should().Be(csv.Document);
        summary.RecordsRead.Should().Be(12);
        summary.WarningCount.Should().Be(0);
    }

    [Fact]
    public async Task Read_BareArrayOfEvents_SameEngagementsAsTheCsvRows()
    {
        var csv = await GedRows();
        await using var input = File.OpenRead(TestFiles.Path(Path.Combine("Api", "ged-api-events.json")));
        var (document, summary) = await ReadAll(UcdpApiFormat.Instance.Read(input, Options()));

        document.Should().Be(csv.Document);
        (summary.RecordsRead, summary.RecordsImported).Should().Be((12, 12));
    }

    [Fact]
    public async Task Read_OnePage_ImportsItsEventsAndWarnsThatTheOtherPagesAreMissing()
    {
        var csv = await GedRows();
        await using var input = File.OpenRead(Path.Combine(Pages, "gedevents_p10.json"));
        var (document, summary) = await ReadAll(UcdpApiFormat.Instance.Read(input, Options()));

        document.Engagements.Should().Equal(csv.Document.Engagements.Skip(4).Take(4));
        var warning = summary.Problems.Should().ContainSingle().Subject;
        warning.Code.Should().Be("api.count-differs");
        warning.Severity.Should().Be(ValidationSeverity.Warning);
        warning.Message.Should().Be("The pages hold 4 events, but TotalCount says 12 in 3 pages; 1 page was read: pages are missing or repeated, or the data changed between requests.");
    }

    [Fact]
    public async Task Read_SmallBatches_EveryRecordOnceInBoundedDocuments()
    {
        var (documents, summary) = (new List<DatasetDocument>(), (ReadSummary?)null);
        var reading = UcdpApiFormat.Instance.Read(Utf8(Concatenated()), Options() with { BatchSize = 5 });
        await foreach (var document in reading)
        {
            documents.Add(document);
        }

        summary = reading.Summary;
        documents.Select(d => d.Engagements.Count).Should().Equal(5, 5, 2);
        summary.Documents.Should().Be(3);
        summary.Engagements.Should().Be(12);
        Merge(documents).Should().Be((await GedRows()).Document);
    }

    [Fact]
    public async Task ReadFolder_BadRecord_LocatedByFileLineAndJsonPath()
    {
        var folder = CopyPages((name, text) => name == "gedevents_p10.json" ? ReplaceNth(text, "\"where_prec\": \"1\"", 1, "\"where_prec\": \"9\"") : text);

        var skipped = new List<Problem>();
        var (document, summary) = await ReadAll(UcdpApiFormat.Instance.ReadFolder(folder, Options(BadRowHandling.SkipAndReport, skipped)));

        (summary.RecordsRead, summary.RecordsImported, summary.RecordsRejected).Should().Be((12, 11, 1));
        document.Engagements.Should().HaveCount(11);
        var error = skipped.Should().ContainSingle().Subject;
        error.Code.Should().Be("ged.where-prec-out-of-range");
        error.File.Should().Be(Path.Combine(folder, "gedevents_p10.json"));
        error.Path.Should().Be("Result[1].where_prec");
        error.ColumnName.Should().Be("where_prec");
        error.Value.Should().Be("9");
        error.Line.Should().Be(LineOf(File.ReadAllText(Path.Combine(folder, "gedevents_p10.json")), "{", 3), "the second record's opening brace is the page's third");

        var stop = async () => await ReadAll(UcdpApiFormat.Instance.ReadFolder(folder, Options()));
        var thrown = (await stop.Should().ThrowAsync<DatasetReadException>()).Which;
        thrown.Problem.Should().Be(error);
        (thrown.Summary.RecordsRead, thrown.Summary.RecordsImported, thrown.Summary.RecordsRejected).Should().Be((6, 5, 1));
    }

    [Fact]
    public async Task Read_ConcatenatedPages_ProblemLinesCountFromTheFileStart()
    {
        var text = Concatenated();
        var bad = ReplaceNth(text, "\"where_prec\": 1", 5, "\"where_prec\": 0");
        var problems = new List<Problem>();
        var (_, summary) = await ReadAll(UcdpApiFormat.Instance.Read(Utf8(bad), Options(BadRowHandling.SkipAndReport, problems)));

        summary.RecordsRejected.Should().Be(1);
        var error = problems.Single();
        error.Path.Should().Be("Result[1].where_prec", "the sixth numeric where_prec is the second record of the third page (the second page's are strings)");
        var recordStart = bad.LastIndexOf("    {", bad.IndexOf("\"where_prec\": 0", StringComparison.Ordinal), StringComparison.Ordinal);
        error.Line.Should().Be(bad[..recordStart].Count(c => c == '\n') + 1);
    }

    [Fact]
    public async Task ReadFolder_PageCutShort_IsASyntaxErrorInThatFile()
    {
        var folder = CopyPages((name, text) => name == "gedevents_p10.json" ? text[..(text.Length / 2)] : text);

        var read = async () => await ReadAll(UcdpApiFormat.Instance.ReadFolder(folder, Options(BadRowHandling.SkipAndReport)));

        var thrown = (await read.Should().ThrowAsync<DatasetReadException>()).Which;
        thrown.Problem.Code.Should().Be("json.syntax");
        thrown.Problem.File.Should().Be(Path.Combine(folder, "gedevents_p10.json"));
        thrown.Problem.Message.Should().Be("The page file ends inside its JSON (a download cut short?); each page file must hold whole JSON values.");
        thrown.Summary.RecordsRead.Should().Be(thrown.Summary.RecordsImported + thrown.Summary.RecordsRejected);
        thrown.Summary.RecordsImported.Should().BeGreaterThanOrEqualTo(4, "the first page was read before");
    }

    [Fact]
    public async Task ReadFolder_PageMissing_WarnsWithTheCounts()
    {
        var folder = CopyPages(null, "gedevents_p9.json", "gedevents_p11.json");

        var (_, summary) = await ReadAll(UcdpApiFormat.Instance.ReadFolder(folder, Options()));

        summary.RecordsRead.Should().Be(8);
        summary.Problems.Should().ContainSingle(p => p.Code == "api.count-differs")
            .Which.Message.Should().Be("The pages hold 8 events, but TotalCount says 12 in 3 pages; 2 pages were read: pages are missing or repeated, or the data changed between requests.");
    }

    [Fact]
    public async Task Read_RecordShapes_NotARecordNestedValueDuplicateAndUnknownField()
    {
        var events = File.ReadAllText(TestFiles.Path(Path.Combine("Api", "ged-api-events.json"))).Split('\n');
        var first = events[1].TrimEnd(',');
        var second = events[2].TrimEnd(',');
        var nested = new System.Text.RegularExpressions.Regex("\"best\": \\d+").Replace(events[3].TrimEnd(','), "\"best\": {\"value\": 2}", 1);
        var duplicate = events[4].TrimEnd(',').Replace("\"best\":", "\"BEST\": 1, \"best\":", StringComparison.Ordinal);
        var unknown = events[5].TrimEnd(',').Replace("{\"id\"", "{\"extra\": \"x\", \"id\"", StringComparison.Ordinal);
        var json = "[\n" + string.Join(",\n", first, "42", second, nested, duplicate, unknown) + "\n]";
        var problems = new List<Problem>();

        var (document, summary) = await ReadAll(UcdpApiFormat.Instance.Read(Utf8(json), Options(BadRowHandling.SkipAndReport, problems)));

        (summary.RecordsRead, summary.RecordsImported, summary.RecordsRejected).Should().Be((6, 3, 3));
        document.Engagements.Should().HaveCount(3);
        problems.Select(p => (p.Code, p.Path, p.Line)).Should().Equal(
            ("api.not-a-record", "[1]", 3L),
            ("api.nested-value", "[3].best", 5L),
            ("api.duplicate-field", "[4].best", 6L),
            ("api.unknown-field", "[5].extra", 7L));
        problems[^1].Severity.Should().Be(ValidationSeverity.Warning);
    }

    [Fact]
    public async Task Read_RepeatedPage_LaterEventsGetSuffixedIdsAndAWarning()
    {
        var page = File.ReadAllText(Path.Combine(Pages, "gedevents_p9.json"));
        var (document, summary) = await ReadAll(UcdpApiFormat.Instance.Read(Utf8(page + page), Options()));

        document.Engagements.Should().HaveCount(8);
        document.Engagements.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        document.Engagements[4].Id.Value.Should().Be(document.Engagements[0].Id.Value + ".record-5");
        summary.Problems.Count(p => p.Code == "csv.duplicate-id").Should().Be(4);
        summary.Problems.Should().Contain(p => p.Code == "api.count-differs", "8 events against a TotalCount of 12");
    }

    [Theory]
    [InlineData("{\"TotalCount\": 0, \"TotalPages\": 0, \"Result\": 5}", "api.unexpected-shape", "The page's 'Result' is a number; expected an array of records.")]
    [InlineData("{\"Message\": \"An error has occurred.\"}", "api.unexpected-shape", "The page has no 'Result' array of records: it is not a UCDP GED API page of events, or the API answered with an error. Its message: An error has occurred.")]
    [InlineData("\"events\"", "api.unexpected-shape", "The input starts with a string; expected a UCDP GED API page (an object with a 'Result' array of records) or an array of records.")]
    [InlineData("   ", "api.empty", "The input holds no JSON; expected a UCDP GED API page or an array of records.")]
    [InlineData("[{\"id\": 1,}]", "json.syntax", null)]
    public async Task Read_NotAPage_IsALocatedError(string json, string code, string? message)
    {
        var read = async () => await ReadAll(UcdpApiFormat.Instance.Read(Utf8(json), Options(BadRowHandling.SkipAndReport)));

        var problem = (await read.Should().ThrowAsync<DatasetReadException>()).Which.Problem;
        problem.Code.Should().Be(code);
        problem.File.Should().Be("in.json");
        if (message is not null)
        {
            problem.Message.Should().Be(message);
        }

        ProblemCatalogue.Find(code).Should().NotBeNull();
    }

    [Fact]
    public async Task Read_FirstRecordLacksRequiredFields_IsAMissingColumnsError()
    {
        var read = async () => await ReadAll(UcdpApiFormat.Instance.Read(Utf8("[{\"id\": 1, \"relid\": \"x\"}]"), Options()));

        var problem = (await read.Should().ThrowAsync<DatasetReadException>()).Which.Problem;
        problem.Code.Should().Be("csv.missing-columns");
        problem.Path.Should().Be("[0]");
        problem.Message.Should().StartWith("The first record, whose fields the import is bound to, lacks the required field(s) 'date_start', ");
    }

    [Fact]
    public async Task AcledApi_EnvelopeWithStrings_SameEngagementsAsTheCsvRows()
    {
        var csv = await AcledRows();
        await using var input = File.OpenRead(TestFiles.Path(Path.Combine("Api", "acled-api-strings.json")));

        var (document, summary) = await ReadAll(AcledApiFormat.Instance.Read(input, Options()));

        File.ReadAllText(TestFiles.Path(Path.Combine("Api", "acled-api-strings.json"))).Should().Contain("\"fatalities\": \"14\"", "the values are strings");
        document.Should().Be(csv.Document);
        (summary.Format, summary.RecordsRead, summary.RecordsImported, summary.WarningCount).Should().Be(("acled-api", 4, 4, 0));
    }

    [Fact]
    public async Task AcledApi_BareDataArrayWithNumbers_SameEngagementsAsTheCsvRows()
    {
        var csv = await AcledRows();
        await using var input = File.OpenRead(TestFiles.Path(Path.Combine("Api", "acled-api-numbers.json")));

        var (document, _) = await ReadAll(AcledApiFormat.Instance.Read(input, Options()));

        File.ReadAllText(TestFiles.Path(Path.Combine("Api", "acled-api-numbers.json"))).Should().Contain("\"fatalities\": 14,", "the values are numbers");
        document.Should().Be(csv.Document);
    }

    [Fact]
    public async Task AcledApi_FailedResponse_StopsWithWhatTheApiSaid()
    {
        var json = "{\"status\": 403, \"success\": false, \"error\": {\"status\": 403, \"message\": \"Access denied\"}}";

        var read = async () => await ReadAll(AcledApiFormat.Instance.Read(Utf8(json), Options(BadRowHandling.SkipAndReport)));

        var problem = (await read.Should().ThrowAsync<DatasetReadException>()).Which.Problem;
        problem.Code.Should().Be("api.failed-response");
        problem.Line.Should().Be(1);
        problem.Message.Should().Be("The ACLED API answered with a failure (status 403, success false); the page's events cannot be trusted to be complete. It says: Access denied.");
    }

    [Fact]
    public async Task AcledApi_CountDiffersFromData_IsAWarning()
    {
        var json = File.ReadAllText(TestFiles.Path(Path.Combine("Api", "acled-api-strings.json"))).Replace("\"count\": 4", "\"count\": 5", StringComparison.Ordinal);

        var (_, summary) = await ReadAll(AcledApiFormat.Instance.Read(Utf8(json), Options()));

        summary.Problems.Should().ContainSingle().Which.Message.Should().Be("The page's count says 5 events, but its data array holds 4: the page was saved incompletely or edited.");
    }

    [Theory]
    [InlineData("Api/ged-api-pages/gedevents_p9.json", "ucdp-api")]
    [InlineData("Api/ged-api-events.json", "ucdp-api")]
    [InlineData("Api/acled-api-strings.json", "acled-api")]
    [InlineData("Api/acled-api-numbers.json", "acled-api")]
    [InlineData("Api/ged-api-rows.csv", "ged")]
    public void Sniff_EachShape_IsTheApiFormat(string file, string format)
    {
        var head = File.ReadAllBytes(TestFiles.Path(file.Replace('/', Path.DirectorySeparatorChar)));

        var (found, verdicts) = FormatRegistry.Default.Sniff(head, complete: true);

        found.Should().NotBeNull(string.Join("; ", verdicts.Select(v => v.Format + " " + v.Fit + ": " + v.Evidence)));
        found!.Name.Should().Be(format);
    }

    [Fact]
    public void Sniff_CompactPagesOnePerLine_IsUcdpApiNotJsonLines()
    {
        var compact = string.Join("\n", PageNames.Select(n => System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Pages, n)))!.ToJsonString())) + "\n";

        var (found, verdicts) = FormatRegistry.Default.Sniff(Encoding.UTF8.GetBytes(compact), complete: true);

        found!.Name.Should().Be("ucdp-api");
        verdicts.Single(v => v.Format == "jsonl").Fit.Should().Be(FormatFit.Possible);
    }

    [Fact]
    public void Sniff_DatasetDocument_StaysJson()
    {
        var document = ConflictModel.Json.DatasetJson.Write(new DatasetDocument { Sources = [], Actors = [], Engagements = [] });

        FormatRegistry.Default.Sniff(Encoding.UTF8.GetBytes(document), complete: true).Format!.Name.Should().Be("json");
        UcdpApiFormat.Instance.Recognise(Encoding.UTF8.GetBytes(document)).Fit.Should().Be(FormatFit.No);
        AcledApiFormat.Instance.Recognise(Encoding.UTF8.GetBytes(document)).Fit.Should().Be(FormatFit.No);
    }

    [Fact]
    public void Formats_AreRegisteredReadOnlyAndReadFolders()
    {
        foreach (var name in (string[])["ucdp-api", "acled-api"])
        {
            var format = FormatRegistry.Default.Find(name)!;
            (format.CanRead, format.CanWrite, format.CanReadFolder).Should().Be((true, false, true));
            format.CannotHold.Should().NotBeEmpty();
        }

        GedFormat.Instance.CanReadFolder.Should().BeFalse();
        var folder = () => GedFormat.Instance.ReadFolder(Pages);
        folder.Should().Throw<NotSupportedException>().WithMessage("The ged format reads one file, not a folder of them.");
    }

    [Fact]
    public void ReadFolder_EmptyFolder_SaysItHoldsNoPages()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_temp, "empty")).FullName;

        var read = () => UcdpApiFormat.Instance.ReadFolder(empty);

        read.Should().Throw<IOException>().WithMessage($"The folder {empty} holds no .json files; a folder of API pages is read as its *.json files, in page order.");
    }

    private static string ReplaceNth(string text, string find, int n, string replacement)
    {
        var at = -1;
        for (var i = 0; i <= n; i++)
        {
            at = text.IndexOf(find, at + 1, StringComparison.Ordinal);
            at.Should().BeGreaterThanOrEqualTo(0, "the test data has {0} '{1}'", n + 1, find);
        }

        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }

    /// <summary>The one-based line of the <paramref name="n"/>th line that starts (after spaces) with <paramref name="start"/>.</summary>
    private static long LineOf(string text, string start, int n)
    {
        var lines = text.Split('\n');
        var seen = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith(start, StringComparison.Ordinal) && ++seen == n)
            {
                return i + 1;
            }
        }

        throw new InvalidOperationException("Not found.");
    }
}
