using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ConflictModel.Interop.Formats;
using ConflictModel.Interop.Ged;

namespace ConflictModel.Interop.Tests.Csv;

public class TextDecodingTests
{
    private static readonly Lazy<Task<DatasetDocument[]>> Original = new(async () =>
        (await CsvInputs.ReadAsync(GedFormat.Instance, File.ReadAllBytes(TestFiles.Ged))).Documents.ToArray());

    private static byte[] Layout(string name) => File.ReadAllBytes(TestFiles.Path(Path.Combine("layouts", name)));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Read_Windows1252CopyOfRealRows_DecodesEveryAccentAndSaysWhichEncoding(bool seekable)
    {
        var (documents, summary) = await CsvInputs.ReadAsync(GedFormat.Instance, Layout("ged-spreadsheet-windows-1252.csv"), seekable);

        summary.Encoding.Should().Be("windows-1252");
        summary.Problems.Should().ContainSingle(p => p.Code == "csv.encoding-not-utf8").Which.Message.Should().Contain("Windows-1252");
        summary.RecordsRead.Should().Be(300);
        summary.RecordsImported.Should().Be(300);

        // Every name, description and headline reads as in the UTF-8 original: é, ô, ’, – and “ ” included.
        var original = (await Original.Value).Engagements().ToDictionary(e => e.Id);
        var read = documents.Engagements().ToList();
        read.Should().HaveCount(300);
        var texts = read.SelectMany(e => e.Sites.Select(s => s.Name + "|" + s.Description).Concat(e.Statements.Select(s => s.Summary))).ToList();
        texts.Should().Contain(t => t.Contains('é')).And.Contain(t => t.Contains('’')).And.Contain(t => t.Contains('–'));
        foreach (var e in read)
        {
            var o = original[e.Id];
            e.Sites.Should().Equal(o.Sites);
            e.Statements.Should().Equal(o.Statements);
            e.Name.Should().Be(o.Name);
        }

        documents.SelectMany(d => d.Sources).Select(s => s.Name).Should().NotContain(n => n.Contains('\uFFFD') || n.Contains('Ã'));
    }

    [Fact]
    public async Task Read_Utf8WithAndWithoutBom_IsUtf8WithoutWarning()
    {
        var bytes = File.ReadAllBytes(TestFiles.Ged);
        var (plain, plainSummary) = await CsvInputs.ReadAsync(GedFormat.Instance, bytes);
        var (bom, bomSummary) = await CsvInputs.ReadAsync(GedFormat.Instance, [0xEF, 0xBB, 0xBF, .. bytes], seekable: false);

        plainSummary.Encoding.Should().Be("utf-8");
        bomSummary.Encoding.Should().Be("utf-8");
        plainSummary.Problems.Concat(bomSummary.Problems).Should().NotContain(p => p.Code.StartsWith("csv.encoding", StringComparison.Ordinal));
        bom.Engagements().Should().Equal(plain.Engagements());
    }

    [Fact]
    public async Task Read_Utf16CopyWithBom_ReadsTheSameEngagements()
    {
        var (documents, summary) = await CsvInputs.ReadAsync(GedFormat.Instance, Layout("ged-utf16.csv"));

        summary.Encoding.Should().Be("utf-16");
        summary.Problems.Should().ContainSingle(p => p.Code == "csv.encoding-not-utf8");
        documents.Engagements().Should().Equal((await Original.Value).Engagements().Take(300));
        FormatRegistry.Default.Sniff(Layout("ged-utf16.csv").AsSpan(0, 1 << 16), complete: false).Format.Should().Be(GedFormat.Instance);
    }

    [Fact]
    public async Task Read_PipeValidUtf8ForItsFirstMiBThenNot_StopsAtTheByteWithItsLine()
    {
        var table = CsvTable.Ged();
        var last = table.Rows.Count - 1;
        var bytes = Encoding.UTF8.GetBytes(table.With(last, "where_description", "Caf\u00e9 Zaf\u00e9").ToCsv()).ToList();
        var at = IndexOf(bytes, "Caf\u00e9"u8.ToArray());
        bytes.RemoveAt(at + 4);
        bytes[at + 3] = 0xE9; // Windows-1252's é, alone: not UTF-8
        at.Should().BeGreaterThan(TextDecodingHeadBytes, "the bad byte must come after the head the encoding is decided from");
        var line = 1 + bytes.Take(at + 3).Count(b => b == (byte)'\n');

        var act = () => CsvInputs.ReadAsync(GedFormat.Instance, bytes.ToArray(), seekable: false);

        var ex = (await act.Should().ThrowAsync<DatasetReadException>()).Which;
        ex.Problem.Code.Should().Be("csv.encoding");
        ex.Problem.Line.Should().Be(line);
        ex.Problem.Value.Should().Be("0xE9");
        ex.Problem.Message.Should().Contain($"byte offset {at + 3}").And.Contain("utf-8");
    }

    [Fact]
    public async Task Read_FileAsciiForItsFirstMiBThenAWindows1252Byte_IsDecodedWholeAsWindows1252()
    {
        // ASCII rows of the real file, repeated past the first MiB (a pipe would be decided from it), then one é.
        var ged = CsvTable.Ged();
        var ascii = ged.Rows.Where(r => r.All(v => v.All(char.IsAscii))).ToList();
        var rows = Enumerable.Range(0, 4).SelectMany(k => ascii.Select(r => r.Select((v, i) => ged.Header[i] == "id" ? v + k : v).ToArray())).ToList();
        var table = new CsvTable { Header = ged.Header, Rows = rows }.With(rows.Count - 1, "where_description", "CafX");
        var bytes = Encoding.ASCII.GetBytes(table.ToCsv());
        var at = bytes.AsSpan().IndexOf("CafX"u8) + 3;
        bytes[at] = 0xE9;
        at.Should().BeGreaterThan(TextDecodingHeadBytes);

        var (documents, summary) = await CsvInputs.ReadAsync(GedFormat.Instance, bytes);

        summary.Encoding.Should().Be("windows-1252");
        summary.Problems.Single(p => p.Code == "csv.encoding-not-utf8").Message.Should().Contain($"byte {at} ");
        documents.Engagements().Last().Sites.Single().Description.Should().Be("Caf\u00e9");
        summary.RecordsRead.Should().Be(rows.Count);
    }

    [Fact]
    public async Task Read_ByteUndefinedInWindows1252_StopsRatherThanReplacing()
    {
        var csv = CsvTable.Ged(3).With(1, "where_description", "X\u00e9Y").ToCsv();
        var bytes = Encoding.GetEncoding("ISO-8859-1").GetBytes(csv).ToList();
        var at = IndexOf(bytes, [(byte)'X', 0xE9, (byte)'Y']);
        bytes[at + 1] = 0x81; // undefined in Windows-1252 (and not UTF-8)

        var act = () => CsvInputs.ReadAsync(GedFormat.Instance, bytes.ToArray());

        var ex = (await act.Should().ThrowAsync<DatasetReadException>()).Which;
        ex.Problem.Code.Should().Be("csv.encoding");
        ex.Problem.Value.Should().Be("0x81");
        ex.Problem.Line.Should().Be(1 + bytes.Take(at).Count(b => b == (byte)'\n'));
    }

    private const int TextDecodingHeadBytes = 1 << 20;

    private static int IndexOf(System.Collections.Generic.List<byte> bytes, byte[] pattern)
    {
        var array = bytes.ToArray();
        return array.AsSpan().IndexOf(pattern);
    }
}
