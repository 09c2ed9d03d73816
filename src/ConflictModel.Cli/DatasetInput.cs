using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop.Api;
using ConflictModel.Interop.Formats;
using ConflictModel.Validation;

namespace ConflictModel.Cli;

/// <summary>
/// Opens a command's input, a file, a folder of API pages (read as one input, in page order: see
/// <see cref="PageFolderStream"/>) or <c>-</c> for standard input, and decides its format from the registry: the one
/// named, or for <c>auto</c> the one its first bytes show. Failures are written in one located line.
/// </summary>
internal static class DatasetInput
{
    /// <summary>The name standard input is given in messages.</summary>
    internal const string StandardInputName = "(standard input)";

    /// <summary>Opens <paramref name="path"/> and decides its format.</summary>
    /// <param name="path">A file, a folder of API pages, or <c>-</c> for standard input.</param>
    /// <param name="from"><c>auto</c> or a readable format's name.</param>
    /// <param name="registry">The formats.</param>
    /// <param name="error">Where a failure is written.</param>
    /// <param name="standardInput">Opens standard input (the console's, unless a test gives another).</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The open stream (the caller disposes it), its format and its name for messages; or <see langword="null"/> when it cannot be read (the reason was written).</returns>
    internal static async Task<(Stream Stream, DatasetFormat Format, string Name)?> OpenAsync(string path, string from, FormatRegistry registry, TextWriter error, Func<Stream>? standardInput, CancellationToken cancellationToken)
    {
        var name = path == "-" ? StandardInputName : path;
        Stream stream;
        try
        {
            stream = path == "-"
                ? await BufferedHead.OpenAsync((standardInput ?? Console.OpenStandardInput)(), cancellationToken).ConfigureAwait(false)
                : Directory.Exists(path)
                    ? PageFolderStream.Open(path)
                    : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(new Problem { Code = "io.unreadable", Severity = ValidationSeverity.Error, Message = "Cannot read the file: " + e.Message, File = name }.ToString());
            return null;
        }

        var sniff = await registry.SniffAsync(stream, cancellationToken).ConfigureAwait(false);
        var readable = string.Join("|", registry.ReadableNames);
        DatasetFormat? format;
        if (from == "auto")
        {
            format = sniff.Format;
            if (format is null)
            {
                error.WriteLine(new Problem { Code = "format.unrecognised", Severity = ValidationSeverity.Error, Message = $"Cannot tell the format: {sniff.Explain()}. Name it with --from {readable}.", File = name, Line = 1 }.ToString());
            }
        }
        else
        {
            format = registry.Find(from);
            var verdict = sniff.Verdicts.First(v => v.Format == format!.Name);
            if (verdict.Fit != FormatFit.Certain && sniff.Format is { } other && other != format && sniff.Verdicts.First(v => v.Format == other.Name).Fit == FormatFit.Certain)
            {
                error.WriteLine(new Problem
                {
                    Code = "format.mismatch",
                    Severity = ValidationSeverity.Error,
                    Message = $"--from {format!.Name} does not fit: the file looks like {other.Name} ({sniff.Verdicts.First(v => v.Format == other.Name).Evidence}), not {format.Name} ({verdict.Evidence}). Use --from {other.Name}, or --from auto.",
                    File = name,
                    Line = 1,
                }.ToString());
                format = null;
            }
        }

        if (format is not null && stream is PageFolderStream && !format.CanReadFolder)
        {
            error.WriteLine(new Problem { Code = "io.unreadable", Severity = ValidationSeverity.Error, Message = $"{path} is a folder, and the {format.Name} format reads one file; folders of pages are read by {string.Join(", ", registry.Formats.Where(f => f.CanReadFolder).Select(f => f.Name))}.", File = name }.ToString());
            format = null;
        }

        if (format is null)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            return null;
        }

        return (stream, format, name);
    }

    /// <summary>
    /// A pipe made seekable over its first bytes: the head that sniffing reads is kept in memory and read again, and the
    /// rest streams on. Seeking is possible only within the head, which is all that sniffing needs.
    /// </summary>
    private sealed class BufferedHead(byte[] head, int length, Stream rest) : Stream
    {
        private long _position;

        public static async Task<Stream> OpenAsync(Stream pipe, CancellationToken cancellationToken)
        {
            var head = new byte[FormatRegistry.SniffBytes];
            var length = await pipe.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            return new BufferedHead(head, length, pipe);
        }

        public override bool CanRead => true;

        public override bool CanSeek => _position <= length;

        public override bool CanWrite => false;

        /// <summary>Gets the head's length, or more when the pipe has more: a pipe's length is unknown, and sniffing only needs to know whether the head is all there is.</summary>
        public override long Length => length < head.Length ? length : long.MaxValue;

        public override long Position
        {
            get => _position;
            set
            {
                if (value < 0 || value > length || _position > length)
                {
                    throw new NotSupportedException("Standard input can be rewound only within its first bytes.");
                }

                _position = value;
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position < length)
            {
                var n = (int)Math.Min(buffer.Length, length - _position);
                head.AsSpan((int)_position, n).CopyTo(buffer);
                _position += n;
                return n;
            }

            var read = rest.Read(buffer);
            _position += read;
            return read;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_position < length)
            {
                return Read(buffer.Span);
            }

            var read = await rest.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            _position += read;
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => throw new NotSupportedException("The length of standard input is not known."),
        };

        public override void SetLength(long value) => throw new NotSupportedException("Standard input is read-only.");

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("Standard input is read-only.");

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                rest.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
