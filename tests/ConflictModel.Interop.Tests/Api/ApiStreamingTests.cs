using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using ConflictModel.Interop.Api;
using ConflictModel.Interop.Formats;

namespace ConflictModel.Interop.Tests.Api;

/// <summary>The API reader streams: a large generated page set is read with live memory bounded by a batch, not by the input.</summary>
/// <remarks>
/// Live memory is measured for the whole process (<see cref="GC.GetTotalMemory(bool)"/>), so the test runs alone, after
/// the tests that run in parallel (which, in the same process, hold tens of megabytes of their own).
/// </remarks>
[Collection(MeasuresProcessMemory.Name)]
public sealed class ApiStreamingTests
{
    [Fact]
    public async Task Read_LargePageSet_LiveMemoryBoundedByABatch()
    {
        // 40,000 events (about 60 MB of JSON) in pages of 1,000, generated as they are read: nothing holds the whole input.
        var events = File.ReadAllText(TestFiles.Path(Path.Combine("Api", "ged-api-events.json"))).Split('\n')[1].TrimEnd(',');
        var input = new GeneratedPages(events, pages: 40, perPage: 1_000);
        var reading = UcdpApiFormat.Instance.Read(input, new DatasetReadOptions { BatchSize = 500 });
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        long documents = 0;
        await foreach (var document in reading)
        {
            document.Engagements.Count.Should().BeLessThanOrEqualTo(500);
            if (++documents % 10 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }

        input.Position.Should().BeGreaterThan(50_000_000, "the input is large");
        reading.Summary.RecordsRead.Should().Be(40_000);
        reading.Summary.RecordsImported.Should().Be(40_000);
        documents.Should().Be(80);
        peak.Should().BeLessThan(16_000_000, "live memory is a batch of 500 engagements and the reader's buffer, not the 40,000 events read");
    }

    /// <summary>UCDP API pages made on the fly from one event, each event with its own id.</summary>
    private sealed class GeneratedPages(string template, int pages, int perPage) : Stream
    {
        private readonly int _idStart = template.IndexOf("\"id\": ", StringComparison.Ordinal) + 6;
        private byte[] _chunk = [];
        private int _offset;
        private int _page;
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_offset == _chunk.Length)
            {
                if (_page == pages)
                {
                    return 0;
                }

                _chunk = Page(_page++);
                _offset = 0;
            }

            var n = Math.Min(count, _chunk.Length - _offset);
            Array.Copy(_chunk, _offset, buffer, offset, n);
            _offset += n;
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private byte[] Page(int page)
        {
            var text = new StringBuilder();
            text.Append("{\"TotalCount\": ").Append(pages * perPage).Append(", \"TotalPages\": ").Append(pages).Append(", \"Result\": [\n");
            var idEnd = template.IndexOf(',', _idStart);
            for (var i = 0; i < perPage; i++)
            {
                text.Append(i == 0 ? string.Empty : ",\n").Append(template, 0, _idStart).Append(1_000_000 + (page * perPage) + i).Append(template, idEnd, template.Length - idEnd);
            }

            return Encoding.UTF8.GetBytes(text.Append("\n]}\n").ToString());
        }
    }
}

/// <summary>Tests that measure the process's live memory: never run beside other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuresProcessMemory
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Measures the process's live memory";
}
