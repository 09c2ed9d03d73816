using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Json;
using ConflictModel.Testing;

namespace ConflictModel.Tests.Json;

public class DatasetJsonLinesTests
{
    private static readonly string Good = """{"formatVersion":"1.0","title":"ok"}""";

    [Fact]
    public async Task WriteLinesAsync_WritesOneCompactDocumentPerLine()
    {
        var documents = new[] { DocumentGenerator.Generate(1, 2), DocumentGenerator.Generate(2, 3) };
        using var stream = new MemoryStream();

        await DatasetJson.WriteLinesAsync(ToAsync(documents), stream, JsonLinesShape.Document);

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        lines.Should().HaveCount(3);
        lines[2].Should().BeEmpty("every line, the last included, ends with '\\n'");
        lines[0].Should().StartWith("{\"formatVersion\":\"1.0\",").And.NotContain("\r");
        DatasetJson.Read(lines[1]).Should().Be(documents[1]);
    }

    [Fact]
    public async Task ReadLinesAsync_BadLine_StopsWithTheOneBasedLineNumber()
    {
        var input = Good + "\n" + Good + "\n" + """{"formatVersion":"1.0","title":5}""" + "\n" + Good + "\n";
        var read = new List<DatasetDocument>();

        var act = async () =>
        {
            await foreach (var document in DatasetJson.ReadLinesAsync(Stream(input)))
            {
                read.Add(document);
            }
        };

        var error = (await act.Should().ThrowExactlyAsync<DatasetJsonException>()).Which;
        error.JsonLine.Should().Be(3);
        error.LineNumber.Should().Be(2);
        error.Path.Should().Be("$.title");
        error.BytePositionInLine.Should().Be(32, "just past the 5");
        error.Message.Should().StartWith("JSON Lines line 3: Expected a string but found a number (5).");
        read.Should().HaveCount(2, "the documents before the bad line were read");
    }

    [Fact]
    public async Task ReadLinesAsync_SkipAndReport_ReportsEachBadLineAndReadsTheRest()
    {
        var input = Good + "\n{\"formatVersion\":\"1.0\"\n" + Good + "\r\n\n   \n" + """{"formatVersion":"9.0"}""" + "\n" + Good;
        var errors = new List<DatasetJsonException>();
        var options = new JsonLinesReadOptions { ErrorHandling = JsonLinesErrorHandling.SkipAndReport, OnInvalidLine = errors.Add };

        var documents = await ReadAll(Stream(input), options);

        documents.Should().HaveCount(3).And.OnlyContain(d => d.Title == "ok");
        errors.Select(e => e.JsonLine).Should().Equal(2, 6);
        errors[0].Path.Should().Be("$.formatVersion");
        errors[1].Message.Should().Contain("major version this library cannot read");
        errors[1].LineNumber.Should().Be(5);
    }

    [Fact]
    public async Task ReadLinesAsync_LineLongerThanTheLimit_IsReportedWithoutBeingHeld()
    {
        var longLine = "{\"formatVersion\":\"1.0\",\"title\":\"" + new string('x', 5000) + "\"}";
        var input = Good + "\n" + longLine + "\n" + Good + "\n";
        var errors = new List<DatasetJsonException>();
        var options = new JsonLinesReadOptions { MaxLineBytes = 1000, ErrorHandling = JsonLinesErrorHandling.SkipAndReport, OnInvalidLine = errors.Add };

        var documents = await ReadAll(new TrickleStream(Encoding.UTF8.GetBytes(input), 64), options);

        documents.Should().HaveCount(2);
        errors.Should().ContainSingle().Which.JsonLine.Should().Be(2);
        errors[0].Message.Should().Contain("longer than the limit of 1000 bytes");
    }

    [Fact]
    public async Task ReadLinesAsync_ManyDocumentsInSmallReads_AreAllRead()
    {
        var documents = Enumerable.Range(0, 50).Select(i => DocumentGenerator.Generate(100 + i, 2)).ToList();
        using var written = new MemoryStream();
        await DatasetJson.WriteLinesAsync(documents, written, JsonLinesShape.Document);

        var back = await ReadAll(new TrickleStream(written.ToArray(), 7), null);

        back.Zip(documents).Should().HaveCount(50).And.OnlyContain(pair => pair.First.Equals(pair.Second));
    }

    [Fact]
    public async Task ReadLinesAsync_LastLineWithoutNewline_IsRead()
    {
        var documents = await ReadAll(Stream(Good + "\n" + Good), null);

        documents.Should().HaveCount(2);
    }

    [Fact]
    public void ReadLinesAsync_SkipAndReportWithoutCallback_IsRefusedAtOnce()
    {
        var act = () => DatasetJson.ReadLinesAsync(Stream(Good), new JsonLinesReadOptions { ErrorHandling = JsonLinesErrorHandling.SkipAndReport });

        act.Should().Throw<ArgumentException>().WithParameterName("OnInvalidLine");
    }

    [Fact]
    public async Task ReadLinesAsync_Cancelled_Stops()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var act = async () => await ReadAll(Stream(Good + "\n" + Good), null, cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    private static async Task<List<DatasetDocument>> ReadAll(Stream stream, JsonLinesReadOptions? options, CancellationToken cancellationToken = default)
    {
        var documents = new List<DatasetDocument>();
        await foreach (var document in DatasetJson.ReadLinesAsync(stream, options, cancellationToken))
        {
            documents.Add(document);
        }

        return documents;
    }

    private static async IAsyncEnumerable<DatasetDocument> ToAsync(IEnumerable<DatasetDocument> documents, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var document in documents)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return document;
        }
    }

    /// <summary>A read-only stream that returns at most <paramref name="chunk"/> bytes per read, to exercise buffer boundaries.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }
}
