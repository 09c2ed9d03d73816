using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Json;

/// <content>JSON Lines: one self-contained document per line, streamed in both directions.</content>
public static partial class DatasetJson
{
    /// <summary>
    /// Writes each document as one line of compact JSON followed by '\n', holding at most one document's
    /// bytes in memory.
    /// </summary>
    /// <param name="documents">The documents, in order.</param>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <param name="cancellationToken">Cancels the write between documents.</param>
    /// <returns>A task that completes when every document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument or a document is <see langword="null"/>.</exception>
    /// <exception cref="DatasetJsonException">A document holds a value JSON cannot carry; the documents before it are written.</exception>
    public static async Task WriteLinesAsync(IAsyncEnumerable<DatasetDocument> documents, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new PooledBufferWriter(16 * 1024);
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await WriteLineAsync(buffer, document, utf8Json, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Writes each document as one line of compact JSON followed by '\n', holding at most one document's
    /// bytes in memory.
    /// </summary>
    /// <param name="documents">The documents, in order.</param>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <param name="cancellationToken">Cancels the write between documents.</param>
    /// <returns>A task that completes when every document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument or a document is <see langword="null"/>.</exception>
    /// <exception cref="DatasetJsonException">A document holds a value JSON cannot carry; the documents before it are written.</exception>
    public static async Task WriteLinesAsync(IEnumerable<DatasetDocument> documents, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new PooledBufferWriter(16 * 1024);
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteLineAsync(buffer, document, utf8Json, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads a JSON Lines stream lazily, one document per line, holding at most one line in memory
    /// (see <see cref="JsonLinesReadOptions.MaxLineBytes"/>) however long the stream is.
    /// </summary>
    /// <remarks>
    /// Lines end with '\n' (a '\r' before it is ignored); empty or white-space-only lines are skipped and
    /// counted. A bad line's <see cref="DatasetJsonException"/> has its one-based line number in
    /// <see cref="DatasetJsonException.JsonLine"/>; what happens next depends on
    /// <see cref="JsonLinesReadOptions.ErrorHandling"/>.
    /// </remarks>
    /// <param name="utf8Json">The stream; read to its end and left open.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="JsonLinesReadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The documents, in line order, not yet validated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are inconsistent (skip-and-report without a callback, a non-positive line limit).</exception>
    /// <exception cref="DatasetJsonException">A line is not a readable document and the options say to stop.</exception>
    public static IAsyncEnumerable<DatasetDocument> ReadLinesAsync(Stream utf8Json, JsonLinesReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= JsonLinesReadOptions.Default;
        options.Check();
        return ReadLinesCore(utf8Json, options, cancellationToken);
    }

    private static async IAsyncEnumerable<DatasetDocument> ReadLinesCore(Stream stream, JsonLinesReadOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(64 * 1024, options.MaxLineBytes + 1));
        int start = 0, end = 0;
        long line = 0;
        var endOfStream = false;
        var discarding = false;
        try
        {
            while (true)
            {
                var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline < 0 && !endOfStream)
                {
                    if (!discarding && end - start > options.MaxLineBytes)
                    {
                        // The line is too long to hold: report it, then drop bytes up to its end.
                        discarding = true;
                        var error = new DatasetJsonException(JsonMessages.JsonLine(line + 1) + JsonMessages.LineTooLong(options.MaxLineBytes), "$", line, 0, line + 1, null);
                        Report(error, options);
                    }

                    if (discarding)
                    {
                        start = end = 0;
                    }
                    else if (start > 0)
                    {
                        buffer.AsSpan(start, end - start).CopyTo(buffer);
                        end -= start;
                        start = 0;
                    }

                    if (end == buffer.Length)
                    {
                        buffer = Grow(buffer, end);
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
                    endOfStream = read == 0;
                    end += read;
                    continue;
                }

                if (newline < 0 && start == end)
                {
                    break;
                }

                var length = newline < 0 ? end - start : newline;
                var lineStart = start;
                start = newline < 0 ? end : start + newline + 1;
                line++;
                if (discarding)
                {
                    discarding = false;
                    continue;
                }

                if (TryReadLine(buffer, lineStart, length, line, out var document, out var failure))
                {
                    if (document is not null)
                    {
                        yield return document;
                    }
                }
                else
                {
                    Report(failure!, options);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool TryReadLine(byte[] buffer, int start, int length, long line, out DatasetDocument? document, out DatasetJsonException? failure)
    {
        var span = buffer.AsSpan(start, length);
        if (span.Length > 0 && span[^1] == (byte)'\r')
        {
            span = span[..^1];
        }

        document = null;
        failure = null;
        if (span.Trim(" \t\r"u8).IsEmpty)
        {
            return true;
        }

        try
        {
            document = ReadDocument(span, line);
            return true;
        }
        catch (DatasetJsonException e)
        {
            failure = e;
            return false;
        }
    }

    private static void Report(DatasetJsonException error, JsonLinesReadOptions options)
    {
        if (options.ErrorHandling == JsonLinesErrorHandling.Stop)
        {
            throw error;
        }

        options.OnInvalidLine!(error);
    }

    private static async Task WriteLineAsync(PooledBufferWriter buffer, DatasetDocument document, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        buffer.Clear();
        Serialize(buffer, document, JsonFormat.CompactWriter);
        buffer.Write("\n"u8);
        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }
}
