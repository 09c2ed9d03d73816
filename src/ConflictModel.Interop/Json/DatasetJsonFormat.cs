using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop.Formats;
using ConflictModel.Json;

namespace ConflictModel.Interop.Json;

/// <summary>
/// The library's own JSON dataset document as a format of the registry (<c>json</c>): one document per file,
/// read strictly by <see cref="DatasetJson"/>. Writing merges the documents it receives into one with
/// <see cref="DocumentMerger"/>: equal repeated declarations are kept once (counted in the notes), and two different
/// declarations of one id stop the write with a <see cref="DatasetWriteException"/> naming both places.
/// </summary>
/// <remarks>A whole document is held in memory to write it: JSON has no streaming form of a document with its references.</remarks>
/// <threadsafety>Stateless; safe to share between threads.</threadsafety>
public sealed class DatasetJsonFormat : DatasetFormat
{
    private DatasetJsonFormat()
    {
    }

    /// <summary>Gets the instance registered in <see cref="FormatRegistry.Default"/>.</summary>
    public static DatasetJsonFormat Instance { get; } = new();

    /// <inheritdoc/>
    public override string Name => "json";

    /// <inheritdoc/>
    public override string Description => "ConflictModel JSON: one dataset document (indented)";

    /// <inheritdoc/>
    public override IReadOnlyList<string> Extensions { get; } = [".json"];

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
        JsonShape.Document => new() { Format = "json", Fit = FormatFit.Certain, Evidence = "a JSON object over several lines" },
        JsonShape.OneLine => new() { Format = "json", Fit = FormatFit.Certain, Evidence = "one JSON object on one line" },
        JsonShape.Lines => new() { Format = "json", Fit = FormatFit.No, Evidence = "a JSON object on each line" },
        JsonShape.Array => new() { Format = "json", Fit = FormatFit.No, Evidence = "a JSON array, not a dataset document (an object)" },
        _ => new() { Format = "json", Fit = FormatFit.No, Evidence = "no JSON object at the start" },
    };

    /// <inheritdoc/>
    public override DatasetReading Read(Stream input, DatasetReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new DatasetReading(Name, "document", options ?? DatasetReadOptions.Default, (tally, cancellationToken) => ReadCore(input, tally, cancellationToken));
    }

    /// <inheritdoc/>
    public override async Task<DatasetWriteSummary> WriteAsync(IAsyncEnumerable<DatasetDocument> documents, Stream output, DatasetWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        var o = options ?? DatasetWriteOptions.Default;
        var merger = new DocumentMerger();
        DatasetDocument? only = null;
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var (file, line) = o.Origin?.Invoke() ?? (null, null);
            only = merger.Documents == 0 ? document : null;
            foreach (var problem in merger.Add(document, file, line))
            {
                if (problem.Severity == Validation.ValidationSeverity.Error)
                {
                    throw new DatasetWriteException(problem);
                }
            }
        }

        // One document is written as it came, not rebuilt (its title, description and order stay exactly).
        var merged = merger.Documents == 1 ? only! : merger.ToDocument();
        try
        {
            await DatasetJson.WriteAsync(merged, output, cancellationToken).ConfigureAwait(false);
        }
        catch (DatasetJsonException e)
        {
            throw new DatasetWriteException(e.Problem, e);
        }

        var notes = merger.Duplicates > 0
            ? new[]
            {
                new Validation.Problem
                {
                    Code = "merge.duplicate",
                    Severity = Validation.ValidationSeverity.Info,
                    Message = $"{merger.Duplicates} declaration(s) of a source, actor or engagement repeated with equal content across the {merger.Documents} documents were kept once.",
                },
            }
            : [];
        foreach (var note in notes)
        {
            o.OnNote?.Invoke(note);
        }

        return new DatasetWriteSummary
        {
            Format = Name,
            RecordKind = "document",
            RecordsWritten = 1,
            DocumentsReceived = merger.Documents,
            EngagementsWritten = merged.Engagements.Count,
            NoteCount = notes.Length,
            NoteCounts = notes.GroupBy(n => n.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.LongCount(), StringComparer.Ordinal),
            Notes = notes,
        };
    }

    private static async IAsyncEnumerable<DatasetDocument> ReadCore(Stream input, ReadTally tally, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var document = await DatasetJson.ReadAsync(input, cancellationToken).ConfigureAwait(false);
        tally.Imported();
        tally.OriginLine = 1;
        yield return document;
    }
}
