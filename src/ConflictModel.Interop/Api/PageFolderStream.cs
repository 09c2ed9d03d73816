using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Interop.Api;

/// <summary>
/// A folder of saved API pages read as one stream: its <c>.json</c> files one after the other, in page order, so that
/// an API format reads the folder as it reads pages concatenated in one file, and names each page's file in its
/// problems (<see cref="FileAt"/>).
/// </summary>
/// <remarks>
/// <para>
/// Page order is the files' names in natural order: runs of digits compare as numbers, the rest ordinally ignoring
/// case, so <c>page-2.json</c> comes before <c>page-10.json</c> and <c>gedevents_25.1_p9.json</c> before
/// <c>gedevents_25.1_p10.json</c>. Files whose names start with a dot are left out, and so are sub-folders.
/// </para>
/// <para>
/// The stream can be rewound to its start (for format recognition) and its position read, nothing else; its length
/// is the sum of the files' lengths when the folder was opened.
/// </para>
/// </remarks>
/// <threadsafety>One reader at a time, like any stream.</threadsafety>
public sealed class PageFolderStream : Stream
{
    private readonly List<(long Start, string File)> _starts = [];
    private FileStream? _current;
    private int _next;
    private long _position;

    private PageFolderStream(string folder, IReadOnlyList<string> files)
    {
        Folder = folder;
        Files = files;
        Length = files.Sum(f => new FileInfo(f).Length);
    }

    /// <summary>Gets the folder as it was named.</summary>
    public string Folder { get; }

    /// <summary>Gets the page files, in the order they are read (paths as the folder was named, joined with the file names).</summary>
    public IReadOnlyList<string> Files { get; }

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <summary>Gets a value indicating that the stream can be rewound to its start (and to nowhere else).</summary>
    public override bool CanSeek => true;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <summary>Gets the sum of the page files' lengths when the folder was opened.</summary>
    public override long Length { get; }

    /// <summary>Gets the number of bytes read; set it only to 0 (to read again from the first page) or to where it is.</summary>
    /// <exception cref="NotSupportedException">The value is neither 0 nor the current position.</exception>
    public override long Position
    {
        get => _position;
        set
        {
            if (value == _position)
            {
                return;
            }

            if (value != 0)
            {
                throw new NotSupportedException("A folder of pages can be rewound to its start only.");
            }

            _current?.Dispose();
            _current = null;
            _next = 0;
            _position = 0;
            _starts.Clear();
        }
    }

    /// <summary>Lists the page files of <paramref name="folder"/> in page order (see the remarks).</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>The files' paths; empty when the folder holds no <c>.json</c> file.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<string> ListPages(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return Directory.EnumerateFiles(folder, "*.json", SearchOption.TopDirectoryOnly)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && Path.GetExtension(f).Equals(".json", StringComparison.OrdinalIgnoreCase))
            .Order(NaturalOrder.Instance)
            .ToArray();
    }

    /// <summary>Opens <paramref name="folder"/>'s pages (see <see cref="ListPages"/>) as one stream.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>The stream, positioned before the first page's first byte.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="IOException">The folder holds no <c>.json</c> file.</exception>
    public static PageFolderStream Open(string folder)
    {
        var files = ListPages(folder);
        if (files.Count == 0)
        {
            throw new IOException($"The folder {folder} holds no .json files; a folder of API pages is read as its *.json files, in page order.");
        }

        return new PageFolderStream(folder, files);
    }

    /// <summary>Gets the page file that holds the byte at <paramref name="position"/> (of those read so far).</summary>
    /// <param name="position">A position in the stream, below <see cref="Position"/>.</param>
    /// <returns>The file's path, or the folder when nothing has been read.</returns>
    public string FileAt(long position)
    {
        var file = Folder;
        foreach (var (start, name) in _starts)
        {
            if (start > position)
            {
                break;
            }

            file = name;
        }

        return file;
    }

    /// <summary>Gets where each page file read so far starts in the stream, in order (an empty file starts where the next one does).</summary>
    internal IReadOnlyList<(long Start, string File)> Starts => _starts;

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            if (_current is null && !OpenNext())
            {
                return 0;
            }

            var n = _current!.Read(buffer);
            if (n > 0)
            {
                _position += n;
                return n;
            }

            _current.Dispose();
            _current = null;
        }

        return 0;
    }

    /// <inheritdoc/>
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (buffer.Length > 0)
        {
            if (_current is null && !OpenNext())
            {
                return 0;
            }

            var n = await _current!.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (n > 0)
            {
                _position += n;
                return n;
            }

            await _current.DisposeAsync().ConfigureAwait(false);
            _current = null;
        }

        return 0;
    }

    /// <inheritdoc/>
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <summary>Rewinds to the start (<paramref name="offset"/> 0 from the beginning) or stays where it is; nothing else.</summary>
    /// <param name="offset">The offset.</param>
    /// <param name="origin">Where it counts from.</param>
    /// <returns>The new position.</returns>
    /// <exception cref="NotSupportedException">Any other move.</exception>
    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => throw new NotSupportedException("A folder of pages can be rewound to its start only."),
    };

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException("A folder of pages is read-only.");

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("A folder of pages is read-only.");

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _current?.Dispose();
            _current = null;
        }

        base.Dispose(disposing);
    }

    private bool OpenNext()
    {
        if (_next >= Files.Count)
        {
            return false;
        }

        var file = Files[_next++];
        _starts.Add((_position, file));
        _current = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        return true;
    }

    /// <summary>Compares file names with their runs of digits as numbers.</summary>
    private sealed class NaturalOrder : IComparer<string>
    {
        public static NaturalOrder Instance { get; } = new();

        public int Compare(string? x, string? y)
        {
            var a = Path.GetFileName(x ?? string.Empty).AsSpan();
            var b = Path.GetFileName(y ?? string.Empty).AsSpan();
            while (a.Length > 0 && b.Length > 0)
            {
                var ra = Run(a);
                var rb = Run(b);
                int order;
                if (char.IsAsciiDigit(a[0]) && char.IsAsciiDigit(b[0]))
                {
                    var da = a[..ra].TrimStart('0');
                    var db = b[..rb].TrimStart('0');
                    order = da.Length != db.Length ? da.Length.CompareTo(db.Length) : da.SequenceCompareTo(db);
                }
                else
                {
                    order = string.Compare(a[..ra].ToString(), b[..rb].ToString(), StringComparison.OrdinalIgnoreCase);
                }

                if (order != 0)
                {
                    return order;
                }

                a = a[ra..];
                b = b[rb..];
            }

            var length = a.Length.CompareTo(b.Length);
            return length != 0 ? length : string.CompareOrdinal(x, y);
        }

        /// <summary>The length of the run of digits, or of other characters, at the start.</summary>
        private static int Run(ReadOnlySpan<char> text)
        {
            var digits = char.IsAsciiDigit(text[0]);
            var i = 1;
            while (i < text.Length && char.IsAsciiDigit(text[i]) == digits)
            {
                i++;
            }

            return i;
        }
    }
}
