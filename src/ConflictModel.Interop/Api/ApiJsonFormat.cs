using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Formats;

namespace ConflictModel.Interop.Api;

/// <summary>
/// What the JSON of the datasets' web APIs (UCDP's <c>gedevents</c>, ACLED's <c>acled/read</c>) share as formats:
/// a page is an envelope object with the records in one array member (or the records alone, as a bare JSON array),
/// each record an object with the same field names as the dataset's CSV columns. Records are mapped by the dataset's
/// CSV row mapper, so a record and the CSV row of the same event give the same engagement.
/// </summary>
/// <remarks>
/// <para>
/// One input may hold one page, several pages one after the other (concatenated, with or without white space or new
/// lines between them), or the bare array; a folder of pages is read through <see cref="ReadFolder"/> (or
/// <see cref="PageFolderStream"/> as the stream). The input is read with <see cref="Utf8JsonReader"/> over a buffer
/// refilled from the stream, never as a whole document: memory is bounded by a batch (and the largest single value).
/// </para>
/// <para>
/// Field values may be strings, numbers (read as the digits written), <c>true</c>/<c>false</c> or <c>null</c> (an
/// empty value, as an empty CSV cell); a missing field is empty too. The fields are bound by name to the dataset's
/// columns from the first record; a field that a later record adds is reported (<c>api.unknown-field</c>) and not
/// imported. A record that cannot be mapped is located by file, line and JSON path (<c>Result[12].best</c>).
/// </para>
/// </remarks>
/// <threadsafety>Stateless; each read has its own state, so one instance serves parallel calls.</threadsafety>
public abstract class ApiJsonFormat : DatasetFormat
{
    /// <summary>Creates the format; the API formats of this package are its only subclasses.</summary>
    private protected ApiJsonFormat()
    {
    }

    /// <inheritdoc/>
    public override IReadOnlyList<string> Extensions { get; } = [".json"];

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <summary>Gets <see langword="false"/>: the API JSON is read only; write the dataset's CSV format, JSON or JSON Lines instead.</summary>
    public override bool CanWrite => false;

    /// <summary>Gets <see langword="true"/>: a folder of saved pages is read as one input, in page order.</summary>
    public override bool CanReadFolder => true;

    /// <summary>Gets the name of the envelope's member that holds the records (<c>Result</c>, <c>data</c>), matched ignoring case.</summary>
    private protected abstract string RecordsMember { get; }

    /// <summary>Gets the dataset's name in messages: "UCDP GED", "ACLED".</summary>
    private protected abstract string DatasetName { get; }

    /// <summary>Gets the envelope members that mark a page of the API (two must be there).</summary>
    private protected abstract IReadOnlyList<string> EnvelopeMarks { get; }

    /// <summary>Gets the record fields that mark the dataset (two must be there).</summary>
    private protected abstract IReadOnlyList<string> RecordMarks { get; }

    /// <inheritdoc/>
    public override FormatRecognition Recognise(ReadOnlySpan<byte> head)
    {
        var (shape, envelope, record) = Scan(head, RecordsMember);
        var envelopeMarks = EnvelopeMarks.Where(m => envelope.Contains(m)).ToArray();
        var recordMarks = RecordMarks.Where(m => record.Contains(m)).ToArray();
        var layout = record.Count > 0 && LayoutOf(record) is { } l ? "; the " + l + " layout" : string.Empty;
        if (shape == '{' && envelopeMarks.Length >= 2 && (record.Count == 0 || recordMarks.Length >= 2))
        {
            return new() { Format = Name, Fit = FormatFit.Certain, Evidence = $"a {DatasetName} API page (members {string.Join(", ", envelopeMarks)}){layout}" };
        }

        if (recordMarks.Length >= 2)
        {
            return new() { Format = Name, Fit = FormatFit.Certain, Evidence = $"{(shape == '[' ? "a JSON array of" : "a JSON object with")} {DatasetName} records (fields {string.Join(", ", recordMarks)}){layout}" };
        }

        if (shape == '{' && envelopeMarks.Length >= 2)
        {
            return new() { Format = Name, Fit = FormatFit.Possible, Evidence = $"an API page (members {string.Join(", ", envelopeMarks)}) whose first record lacks {DatasetName}'s fields ({string.Join(", ", RecordMarks)})" };
        }

        return new() { Format = Name, Fit = FormatFit.No, Evidence = shape == ' ' ? "not JSON" : $"JSON, but no {DatasetName} API page or records" };
    }

    /// <inheritdoc/>
    public override DatasetReading Read(Stream input, DatasetReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var o = options ?? DatasetReadOptions.Default;
        return new DatasetReading(Name, "record", o, (tally, cancellationToken) => ReadCore(input, tally, dispose: false, cancellationToken));
    }

    /// <inheritdoc/>
    public override DatasetReading ReadFolder(string folder, DatasetReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var pages = PageFolderStream.Open(folder);
        var o = options ?? DatasetReadOptions.Default;
        return new DatasetReading(Name, "record", o with { Name = o.Name ?? folder }, (tally, cancellationToken) => ReadCore(pages, tally, dispose: true, cancellationToken));
    }

    /// <summary>The layout the first record's fields show, for the evidence of <see cref="Recognise"/>, or <see langword="null"/> when it is not worth naming.</summary>
    /// <param name="fields">The first record's field names (matched ignoring case).</param>
    /// <returns>The layout's name, or <see langword="null"/>.</returns>
    private protected virtual string? LayoutOf(IReadOnlySet<string> fields) => null;

    /// <summary>Creates the dataset's CSV row mapper, which maps each record.</summary>
    /// <returns>A new mapper, for one read.</returns>
    private protected abstract RowMapper CreateMapper();

    /// <summary>Checks a page's envelope once its end is read: the problem that stops the read (a failure the API reported), or warnings.</summary>
    /// <param name="page">The page's envelope members and what was read of it.</param>
    /// <param name="warn">Reports a warning located at the page.</param>
    /// <returns>An error that stops the read, or <see langword="null"/>.</returns>
    private protected abstract string? CheckPage(ApiPage page, Action<string, string> warn);

    /// <summary>Checks the pages once all are read (counts the envelopes promise), reporting warnings.</summary>
    /// <param name="pages">Every page's envelope, in order (bare arrays have none).</param>
    /// <param name="records">The records read.</param>
    /// <param name="warn">Reports a warning on the whole input: the code and the message.</param>
    private protected abstract void CheckPages(IReadOnlyList<ApiPage> pages, long records, Action<string, string> warn);

    /// <summary>What the first bytes show: '{', '[' or ' ' (not JSON), the envelope's member names and the first record's field names.</summary>
    private static (char Shape, HashSet<string> Envelope, HashSet<string> Record) Scan(ReadOnlySpan<byte> head, string recordsMember)
    {
        var envelope = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var record = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        var start = head.IndexOfAnyExcept(" \t\r\n"u8);
        if (start < 0 || head[start] is not ((byte)'{' or (byte)'['))
        {
            return (' ', envelope, record);
        }

        var shape = (char)head[start];
        var reader = new Utf8JsonReader(head[start..], isFinalBlock: false, default);
        var recordDepth = shape == '[' ? 1 : -1;
        var inRecords = false;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName when shape == '{' && reader.CurrentDepth == 1:
                        var name = reader.GetString()!;
                        envelope.Add(name);
                        inRecords = string.Equals(name, recordsMember, StringComparison.OrdinalIgnoreCase);
                        break;
                    case JsonTokenType.StartArray when inRecords && reader.CurrentDepth == 1:
                        recordDepth = 2;
                        break;
                    case JsonTokenType.StartObject when reader.CurrentDepth == recordDepth:
                        inRecords = false;
                        break;
                    case JsonTokenType.PropertyName when reader.CurrentDepth == recordDepth + 1:
                        record.Add(reader.GetString()!);
                        break;
                    case JsonTokenType.EndObject when reader.CurrentDepth == recordDepth:
                        return (shape, envelope, record);
                    case JsonTokenType.EndObject or JsonTokenType.EndArray when reader.CurrentDepth == 0:
                        return (shape, envelope, record);
                    default:
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The head is cut, or not JSON after all: what was seen up to here decides.
        }

        return (shape, envelope, record);
    }

    private async IAsyncEnumerable<DatasetDocument> ReadCore(Stream input, ReadTally tally, bool dispose, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            var reader = new ApiRecordReader(this, input, tally, CreateMapper());
            while (true)
            {
                var step = reader.Process(cancellationToken);
                while (reader.TryTake(out var document))
                {
                    yield return document;
                }

                if (step == ApiRecordReader.Step.Finished)
                {
                    break;
                }

                if (step == ApiRecordReader.Step.Failed)
                {
                    throw reader.Failure();
                }

                if (step == ApiRecordReader.Step.NeedData)
                {
                    await reader.FillAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            reader.Finish(tally);
        }
        finally
        {
            if (dispose)
            {
                await input.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>The hooks <see cref="ApiRecordReader"/> calls.</summary>
    internal string Records => RecordsMember;

    internal string Dataset => DatasetName;

    internal string? Check(ApiPage page, Action<string, string> warn) => CheckPage(page, warn);

    internal void Check(IReadOnlyList<ApiPage> pages, long records, Action<string, string> warn) => CheckPages(pages, records, warn);
}
