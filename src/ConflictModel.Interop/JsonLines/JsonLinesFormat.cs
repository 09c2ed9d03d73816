using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Formats;
using ConflictModel.Json;

namespace ConflictModel.Interop.JsonLines;

/// <summary>
/// JSON Lines as a format of the registry (<c>jsonl</c>): one dataset document per line. Written by default as one
/// engagement per line, each line a self-contained document (<see cref="JsonLinesShape.Engagement"/>), so that
/// jq, DuckDB's <c>read_json</c>, pandas and Spark see one event per row; <see cref="DatasetWriteOptions.JsonLinesShape"/>
/// chooses one line per document instead.
/// </summary>
/// <remarks>
/// <para>
/// Reading holds one line at a time; a bad line is a located problem (its line number, column and path), and either
/// stops the read or is skipped and reported (<see cref="DatasetReadOptions.BadRecords"/>). <see cref="DatasetReading.Origin"/>
/// gives the line of each document delivered.
/// </para>
/// <para>
/// Writing serializes UTF-8 straight into pooled buffers that go to the stream 64 KiB at a time. With
/// <see cref="DatasetWriteOptions.MaxDegreeOfParallelism"/> above 1, documents are serialized on that many workers at
/// once and written in order.
/// </para>
/// </remarks>
/// <threadsafety>Stateless; safe to share between threads.</threadsafety>
public sealed class JsonLinesFormat : DatasetFormat
{
    private const int FlushBytes = 64 * 1024;

    private JsonLinesFormat()
    {
    }

    /// <summary>Gets the instance registered in <see cref="FormatRegistry.Default"/>.</summary>
    public static JsonLinesFormat Instance { get; } = new();

    /// <inheritdoc/>
    public override string Name => "jsonl";

    /// <inheritdoc/>
    public override string Description => "JSON Lines: one self-contained document per line (by default one engagement each)";

    /// <inheritdoc/>
    public override IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson"];

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanWrite => true;

    /// <inheritdoc/>
    public override IReadOnlyList<string> CannotHold { get; } = [];

    /// <inheritdoc/>
    public override FormatRecognition Recognise(ReadOnlySpan<byte> head) => Recognise(head, complete: false);

    /// <summary>Recognises the head, knowing whether it is the whole input.</summary>
    internal static FormatRecognition Recognise(ReadOnlySpan<byte> head, bool complete) => JsonShapes.Of(head, complete) switch
    {
        JsonShape.Lines => new() { Format = "jsonl", Fit = FormatFit.Certain, Evidence = "a JSON object on each line" },
        JsonShape.OneLine => new() { Format = "jsonl", Fit = FormatFit.Possible, Evidence = "one JSON object on one line" },
        JsonShape.Document => new() { Format = "jsonl", Fit = FormatFit.No, Evidence = "a JSON object over several lines (a JSON document, not JSON Lines)" },
        JsonShape.Array => new() { Format = "jsonl", Fit = FormatFit.No, Evidence = "a JSON array, not lines of documents" },
        _ => new() { Format = "jsonl", Fit = FormatFit.No, Evidence = "no JSON object at the start" },
    };

    /// <inheritdoc/>
    public override DatasetReading Read(Stream input, DatasetReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new DatasetReading(Name, "line", options ?? DatasetReadOptions.Default, (tally, cancellationToken) => ReadCore(input, tally, cancellationToken));
    }

    /// <inheritdoc/>
    public override async Task<DatasetWriteSummary> WriteAsync(IAsyncEnumerable<DatasetDocument> documents, Stream output, DatasetWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        var o = options ?? DatasetWriteOptions.Default;
        long received = 0, engagements = 0, lines = 0;
        try
        {
            if (o.MaxDegreeOfParallelism == 1)
            {
                var buffer = new ArrayBufferWriter<byte>(FlushBytes + (16 * 1024));
                await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    received++;
                    engagements += document.Engagements.Count;
                    lines += DatasetJson.AppendLines(buffer, document, o.JsonLinesShape);
                    if (buffer.WrittenCount >= FlushBytes)
                    {
                        await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                        buffer.ResetWrittenCount();
                    }
                }

                await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // Up to N documents are serialized at once on the thread pool; their buffers are written in order, then
                // reused: a document's buffer grows to the size of its lines, and a new one per document would
                // allocate that much again (on the large-object heap, which only full collections reclaim).
                var pending = new Queue<Task<(ArrayBufferWriter<byte> Bytes, int Lines)>>();
                var spare = new ConcurrentBag<ArrayBufferWriter<byte>>();
                await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    received++;
                    engagements += document.Engagements.Count;
                    var shape = o.JsonLinesShape;
                    pending.Enqueue(Task.Run(
                        () =>
                        {
                            var bytes = spare.TryTake(out var reused) ? reused : new ArrayBufferWriter<byte>(FlushBytes);
                            var count = DatasetJson.AppendLines(bytes, document, shape);
                            return (bytes, count);
                        },
                        cancellationToken));
                    if (pending.Count >= o.MaxDegreeOfParallelism)
                    {
                        lines += await WriteFirstAsync(pending, spare, output, cancellationToken).ConfigureAwait(false);
                    }
                }

                while (pending.Count > 0)
                {
                    lines += await WriteFirstAsync(pending, spare, output, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (DatasetJsonException e)
        {
            throw new DatasetWriteException(e.Problem, e);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new DatasetWriteSummary
        {
            Format = Name,
            RecordKind = "line",
            RecordsWritten = lines,
            DocumentsReceived = received,
            EngagementsWritten = engagements,
            NoteCount = 0,
            Notes = [],
        };
    }

    private static async Task<int> WriteFirstAsync(Queue<Task<(ArrayBufferWriter<byte> Bytes, int Lines)>> pending, ConcurrentBag<ArrayBufferWriter<byte>> spare, Stream output, CancellationToken cancellationToken)
    {
        var (bytes, lines) = await pending.Dequeue().ConfigureAwait(false);
        await output.WriteAsync(bytes.WrittenMemory, cancellationToken).ConfigureAwait(false);
        bytes.ResetWrittenCount();
        spare.Add(bytes);
        return lines;
    }

    private static async IAsyncEnumerable<DatasetDocument> ReadCore(Stream input, ReadTally tally, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entry in DatasetJson.ReadLineEntriesAsync(input, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (entry.Document is { } document)
            {
                tally.Imported();
                tally.OriginLine = entry.Line;
                yield return document;
                continue;
            }

            var problem = entry.Error!.Problem with { File = tally.Name };
            if (tally.Options.BadRecords == BadRowHandling.StopAtFirst)
            {
                tally.Rejected(problem, stopping: true);
                throw new DatasetReadException(problem, tally.Summary(), entry.Error);
            }

            tally.Rejected(problem, stopping: false);
        }
    }
}
