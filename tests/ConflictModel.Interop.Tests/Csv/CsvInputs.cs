using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Interop.Formats;

namespace ConflictModel.Interop.Tests.Csv;

/// <summary>Reads bytes through a format as a file (seekable) or as a pipe (not seekable), gathering documents and the summary.</summary>
internal static class CsvInputs
{
    public static async Task<(IReadOnlyList<DatasetDocument> Documents, ReadSummary Summary)> ReadAsync(DatasetFormat format, byte[] bytes, bool seekable = true, string name = "test.csv")
    {
        using Stream stream = seekable ? new MemoryStream(bytes, writable: false) : new PipeStream(bytes);
        var reading = format.Read(stream, new DatasetReadOptions { Name = name, MaxDegreeOfParallelism = 1 });
        var documents = new List<DatasetDocument>();
        await foreach (var document in reading)
        {
            documents.Add(document);
        }

        return (documents, reading.Summary);
    }

    public static IEnumerable<Engagements.Engagement> Engagements(this IReadOnlyList<DatasetDocument> documents) => documents.SelectMany(d => d.Engagements);

    /// <summary>A stream that can only be read forward, as standard input.</summary>
    public sealed class PipeStream(byte[] bytes) : Stream
    {
        private int _at;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            // Small reads, as a pipe gives them.
            var n = Math.Min(Math.Min(count, 4096), bytes.Length - _at);
            Array.Copy(bytes, _at, buffer, offset, n);
            _at += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
