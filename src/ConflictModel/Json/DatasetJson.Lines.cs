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
    /// <summary>How many bytes of lines are gathered before they are written to the stream.</summary>
    private const int FlushBytes = 64 * 1024;

    /// <summary>
    /// Writes the documents as JSON Lines: by default one engagement per line as a self-contained document
    /// (<see cref="JsonLinesShape.Engagement"/>), or one line per document. Lines are compact UTF-8 JSON ending in
    /// '\n', serialized straight into a pooled buffer that is written out every 64 KiB, so memory stays bounded by
    /// one document.
    /// </summary>
    /// <param name="documents">The documents, in order.</param>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <param name="shape">What a line holds.</param>
    /// <param name="cancellationToken">Cancels the write between documents.</param>
    /// <returns>The number of lines written.</returns>
    /// <exception cref="ArgumentNullException">An argument or a document is <see langword="null"/>.</exception>
    /// <exception cref="DatasetJsonException">A document holds a value JSON cannot carry; the lines before it are written.</exception>
    public static async Task<long> WriteLinesAsync(IAsyncEnumerable<DatasetDocument> documents, Stream utf8Json, JsonLinesShape shape = JsonLinesShape.Engagement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new PooledBufferWriter(FlushBytes + (16 * 1024));
        long lines = 0;
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            lines += AppendLines(buffer, document, shape);
            if (buffer.WrittenCount >= FlushBytes)
            {
                await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                buffer.Clear();
            }
        }

        await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        return lines;
    }

    /// <summary>
    /// Writes the documents as JSON Lines: by default one engagement per line as a self-contained document
    /// (<see cref="JsonLinesShape.Engagement"/>), or one line per document.
    /// </summary>
    /// <param name="documents">The documents, in order.</param>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <param name="shape">What a line holds.</param>
    /// <param name="cancellationToken">Cancels the write between documents.</param>
    /// <returns>The number of lines written.</returns>
    /// <exception cref="ArgumentNullException">An argument or a document is <see langword="null"/>.</exception>
    /// <exception cref="DatasetJsonException">A document holds a value JSON cannot carry; the lines before it are written.</exception>
    public static Task<long> WriteLinesAsync(IEnumerable<DatasetDocument> documents, Stream utf8Json, JsonLinesShape shape = JsonLinesShape.Engagement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return WriteLinesAsync(ToAsync(documents, cancellationToken), utf8Json, shape, cancellationToken);
    }

    /// <summary>
    /// Serializes <paramref name="document"/> as JSON Lines into <paramref name="output"/>, for writers that
    /// serialize on several threads and write the buffers in order.
    /// </summary>
    /// <param name="output">Where the UTF-8 lines go.</param>
    /// <param name="document">The document.</param>
    /// <param name="shape">What a line holds.</param>
    /// <returns>The number of lines appended.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="DatasetJsonException">The document holds a value JSON cannot carry.</exception>
    public static int AppendLines(IBufferWriter<byte> output, DatasetDocument document, JsonLinesShape shape = JsonLinesShape.Engagement)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(document);
        if (shape == JsonLinesShape.Document)
        {
            AppendLine(output, document);
            return 1;
        }

        var parts = DocumentSplitter.Split(document);
        foreach (var part in parts)
        {
            AppendLine(output, part);
        }

        return parts.Count;
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
        return DocumentsOf(ReadEntriesCore(utf8Json, options.MaxLineBytes, cancellationToken), options, cancellationToken);
    }

    /// <summary>
    /// Reads a JSON Lines stream lazily, one entry per non-blank line with its number: the document, or the
    /// located error of a line that is not one. Nothing is thrown for a bad line, whatever
    /// <see cref="JsonLinesReadOptions.ErrorHandling"/> says; only <see cref="JsonLinesReadOptions.MaxLineBytes"/> is used.
    /// </summary>
    /// <remarks>Use this to show each document's own problems (validation, merging) at its line.</remarks>
    /// <param name="utf8Json">The stream; read to its end and left open.</param>
    /// <param name="options">The line limit; <see langword="null"/> for the default.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entries, in line order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The line limit is not positive.</exception>
    public static IAsyncEnumerable<JsonLinesEntry> ReadLineEntriesAsync(Stream utf8Json, JsonLinesReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= JsonLinesReadOptions.Default;
        options.Check();
        return ReadEntriesCore(utf8Json, options.MaxLineBytes, cancellationToken);
    }

    /// <summary>
    /// Sets <see cref="Validation.Problem.Line"/> of each problem that has a path to the line where that member of
    /// <paramref name="utf8Json"/> starts (a member that is missing: the line of the object that lacks it).
    /// </summary>
    /// <param name="utf8Json">The well-formed JSON document the problems are about (as read by <see cref="ReadUtf8"/>).</param>
    /// <param name="problems">The problems, such as a validation report's.</param>
    /// <returns>The problems, in order, located.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<Validation.Problem> Locate(ReadOnlySpan<byte> utf8Json, IReadOnlyList<Validation.Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            return problems;
        }

        var map = JsonLineMap.Build(utf8Json);
        var located = new Validation.Problem[problems.Count];
        for (var i = 0; i < located.Length; i++)
        {
            var problem = problems[i];
            located[i] = problem.Path is { } path ? problem with { Line = map.LineOf(path) } : problem;
        }

        return located;
    }

    private static async IAsyncEnumerable<DatasetDocument> DocumentsOf(IAsyncEnumerable<JsonLinesEntry> entries, JsonLinesReadOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (entry.Document is { } document)
            {
                yield return document;
            }
            else
            {
                Report(entry.Error!, options);
            }
        }
    }

    private static async IAsyncEnumerable<JsonLinesEntry> ReadEntriesCore(Stream stream, int maxLineBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(64 * 1024, maxLineBytes + 1));
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
                    if (!discarding && end - start > maxLineBytes)
                    {
                        // The line is too long to hold: report it, then drop bytes up to its end.
                        discarding = true;
                        var error = new DatasetJsonException("json.line-too-long", JsonMessages.LineTooLong(maxLineBytes), JsonMessages.JsonLine(line + 1) + JsonMessages.LineTooLong(maxLineBytes), "$", line, 0, line + 1, null);
                        yield return new JsonLinesEntry { Line = line + 1, Error = error };
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
                        yield return new JsonLinesEntry { Line = line, Document = document };
                    }
                }
                else
                {
                    yield return new JsonLinesEntry { Line = line, Error = failure };
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

    private static void AppendLine(IBufferWriter<byte> output, DatasetDocument document)
    {
        Serialize(output, document, JsonFormat.CompactWriter);
        output.Write("\n"u8);
    }

    private static async IAsyncEnumerable<DatasetDocument> ToAsync(IEnumerable<DatasetDocument> documents, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return document;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
