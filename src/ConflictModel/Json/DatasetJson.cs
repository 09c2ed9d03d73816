using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Json;

/// <summary>
/// Writes and reads <see cref="DatasetDocument"/>s as JSON: whole documents to and from strings, UTF-8
/// bytes and streams, and many documents as JSON Lines (see <see cref="ReadLinesAsync"/>). The format is
/// described in docs/json-format.md.
/// </summary>
/// <remarks>
/// <para>
/// <b>Writing</b> is deterministic: the same document always gives the same bytes (members in declaration
/// order, collections in their order, invariant number formatting, two-space indentation, '\n' line ends,
/// a final '\n'). Optional members that are <see langword="null"/> and optional collections that are empty
/// are left out.
/// </para>
/// <para>
/// <b>Reading</b> is strict and safe for untrusted input: unknown or duplicate members, missing required
/// members, nulls where none is allowed, wrong types, numbers out of range, malformed or non-existent
/// dates, unknown enum names, nesting deeper than <see cref="MaxDepth"/>, strings longer than
/// <see cref="MaxStringLength"/>, a byte-order mark, invalid UTF-8 and an unsupported
/// <c>formatVersion</c> all fail with a <see cref="DatasetJsonException"/> that gives the path, line and
/// byte position. Reading checks the form only: validate the document afterwards for its meaning
/// (references resolve, ranges are ordered...).
/// </para>
/// <para>The round trip is lossless: reading what was written gives a document equal to the original.</para>
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static partial class DatasetJson
{
    /// <summary>The deepest nesting of objects and arrays that is read or written: 64.</summary>
    public const int MaxDepth = 64;

    /// <summary>The longest string, in UTF-16 characters, that is read or written: 1,048,576.</summary>
    public const int MaxStringLength = 1_048_576;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes <paramref name="document"/> as indented JSON text.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="DatasetJsonException">The document holds a value JSON cannot carry (a non-finite coordinate, an undefined enum value, an id with no value, a null element).</exception>
    public static string Write(DatasetDocument document)
    {
        using var buffer = WriteToBuffer(document, JsonFormat.IndentedWriter);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes <paramref name="document"/> as indented JSON in UTF-8, without a byte-order mark.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The UTF-8 bytes, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="DatasetJsonException">The document holds a value JSON cannot carry.</exception>
    public static byte[] WriteUtf8(DatasetDocument document)
    {
        using var buffer = WriteToBuffer(document, JsonFormat.IndentedWriter);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes <paramref name="document"/> as indented UTF-8 JSON to <paramref name="utf8Json"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="DatasetJsonException">The document holds a value JSON cannot carry; nothing is written.</exception>
    public static void Write(DatasetDocument document, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = WriteToBuffer(document, JsonFormat.IndentedWriter);
        utf8Json.Write(buffer.WrittenSpan);
    }

    /// <summary>Writes <paramref name="document"/> as indented UTF-8 JSON to <paramref name="utf8Json"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="DatasetJsonException">The document holds a value JSON cannot carry; nothing is written.</exception>
    public static async Task WriteAsync(DatasetDocument document, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = WriteToBuffer(document, JsonFormat.IndentedWriter);
        await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads one document from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document, not yet validated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="DatasetJsonException">The text is not a well-formed dataset document of a supported format version.</exception>
    public static DatasetDocument Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        int length;
        try
        {
            length = StrictUtf8.GetByteCount(json);
        }
        catch (EncoderFallbackException e)
        {
            throw new DatasetJsonException("json.encoding", JsonMessages.UnpairedSurrogate(e.Index), JsonMessages.UnpairedSurrogate(e.Index), "$", null, null, null, e);
        }

        var rented = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            var written = StrictUtf8.GetBytes(json, rented);
            return ReadDocument(rented.AsSpan(0, written), jsonLine: null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Reads one document from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The UTF-8 bytes, without a byte-order mark.</param>
    /// <returns>The document, not yet validated.</returns>
    /// <exception cref="DatasetJsonException">The input is not a well-formed dataset document of a supported format version.</exception>
    public static DatasetDocument ReadUtf8(ReadOnlySpan<byte> utf8Json) => ReadDocument(utf8Json, jsonLine: null);

    /// <summary>Reads one document from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream; read to its end and left open.</param>
    /// <returns>The document, not yet validated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="DatasetJsonException">The input is not a well-formed dataset document of a supported format version.</exception>
    public static DatasetDocument Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var length = 0;
        try
        {
            int read;
            while ((read = utf8Json.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
                if (length == buffer.Length)
                {
                    buffer = Grow(buffer, length);
                }
            }

            return ReadDocument(buffer.AsSpan(0, length), jsonLine: null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads one document from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream; read to its end and left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document, not yet validated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="DatasetJsonException">The input is not a well-formed dataset document of a supported format version.</exception>
    public static async Task<DatasetDocument> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var length = 0;
        try
        {
            int read;
            while ((read = await utf8Json.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
                if (length == buffer.Length)
                {
                    buffer = Grow(buffer, length);
                }
            }

            return ReadDocument(buffer.AsSpan(0, length), jsonLine: null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads one complete document; every failure becomes a located <see cref="DatasetJsonException"/>.</summary>
    /// <param name="utf8">The whole document (the reader relies on it being complete: offsets are into it).</param>
    /// <param name="jsonLine">The one-based JSON Lines line, or <see langword="null"/>.</param>
    /// <returns>The document.</returns>
    internal static DatasetDocument ReadDocument(ReadOnlySpan<byte> utf8, long? jsonLine)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            throw JsonErrorLocator.At(utf8, 0, JsonMessages.ByteOrderMark, jsonLine);
        }

        DatasetDocument? document;
        try
        {
            document = DocumentReader.Read(utf8);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // An unsupported version explains everything else that is wrong, so it is reported first.
            if (JsonErrorLocator.VersionProblem(utf8, out var at, out _, out _) is { } problem)
            {
                throw JsonErrorLocator.At(utf8, at, problem, jsonLine);
            }

            throw JsonErrorLocator.Locate(utf8, e, jsonLine);
        }

        return document ?? throw JsonErrorLocator.At(utf8, utf8.Length, JsonMessages.NullDocument, jsonLine);
    }

    private static PooledBufferWriter WriteToBuffer(DatasetDocument document, JsonWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        var buffer = new PooledBufferWriter(16 * 1024);
        try
        {
            Serialize(buffer, document, options);
            buffer.Write("\n"u8);
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private static void Serialize(IBufferWriter<byte> output, DatasetDocument document, JsonWriterOptions options)
    {
        using var writer = new Utf8JsonWriter(output, options);
        try
        {
            JsonSerializer.Serialize(writer, document, JsonFormat.Document);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            throw new DatasetJsonException("json.unwritable", StripLocation(e.Message), StripLocation(e.Message), null, null, null, null, e);
        }
    }

    private static string StripLocation(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }

    private static byte[] Grow(byte[] buffer, int length)
    {
        var bigger = ArrayPool<byte>.Shared.Rent(checked(buffer.Length * 2));
        buffer.AsSpan(0, length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(buffer);
        return bigger;
    }
}
