using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Api;
using ConflictModel.Interop.Ged;
using ConflictModel.Interop.Json;
using ConflictModel.Interop.JsonLines;

namespace ConflictModel.Interop.Formats;

/// <summary>
/// The formats known by name, and recognition of an input's format from its first bytes. <see cref="Default"/> holds
/// every format of this package; <see cref="With"/> returns a registry with one more.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class FormatRegistry
{
    /// <summary>How many bytes of an input recognition looks at: 1 MiB, enough for the first line of a large JSON Lines file.</summary>
    public const int SniffBytes = 1 << 20;

    private readonly ImmutableArray<DatasetFormat> _formats;

    private FormatRegistry(ImmutableArray<DatasetFormat> formats) => _formats = formats;

    /// <summary>Gets the registry of this package's formats: json, jsonl, ged, acled, ucdp-api and acled-api.</summary>
    public static FormatRegistry Default { get; } = new([DatasetJsonFormat.Instance, JsonLinesFormat.Instance, GedFormat.Instance, AcledFormat.Instance, UcdpApiFormat.Instance, AcledApiFormat.Instance]);

    /// <summary>Gets the formats, in registration order.</summary>
    public IReadOnlyList<DatasetFormat> Formats => _formats;

    /// <summary>Gets the names of the formats that can be read, in registration order.</summary>
    public IReadOnlyList<string> ReadableNames => _formats.Where(f => f.CanRead).Select(f => f.Name).ToArray();

    /// <summary>Gets the names of the formats that can be written, in registration order.</summary>
    public IReadOnlyList<string> WritableNames => _formats.Where(f => f.CanWrite).Select(f => f.Name).ToArray();

    /// <summary>Returns a registry with <paramref name="format"/> added, or put in place of the one of the same name.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The new registry; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="format"/> is <see langword="null"/>.</exception>
    public FormatRegistry With(DatasetFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var index = _formats.IndexOf(Find(format.Name)!);
        return new(Find(format.Name) is null ? _formats.Add(format) : _formats.SetItem(index, format));
    }

    /// <summary>Finds a format by name (ordinal, ignoring case).</summary>
    /// <param name="name">The name, such as <c>ged</c>.</param>
    /// <returns>The format, or <see langword="null"/>.</returns>
    public DatasetFormat? Find(string? name) => _formats.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Asks every readable format what it makes of <paramref name="head"/>.</summary>
    /// <param name="head">The first bytes of the input (up to <see cref="SniffBytes"/>).</param>
    /// <param name="complete">Whether <paramref name="head"/> is the whole input.</param>
    /// <returns>The verdicts, in registration order.</returns>
    public IReadOnlyList<FormatRecognition> Recognise(ReadOnlySpan<byte> head, bool complete)
    {
        var verdicts = new FormatRecognition[_formats.Length];
        for (var i = 0; i < verdicts.Length; i++)
        {
            var format = _formats[i];
            verdicts[i] = format switch
            {
                DatasetJsonFormat => DatasetJsonFormat.Recognise(head, complete),
                JsonLinesFormat => JsonLinesFormat.Recognise(head, complete),
                _ => format.Recognise(head),
            };
        }

        // JSON that a format of its own reads (an API page: an object on several lines, or on one line of JSON Lines)
        // is only possibly a dataset document or JSON Lines: the more specific format is the one certain.
        if (Array.Exists(verdicts, v => v.Fit == FormatFit.Certain && v.Format is not ("json" or "jsonl") && Find(v.Format) is ApiJsonFormat))
        {
            for (var i = 0; i < verdicts.Length; i++)
            {
                if (_formats[i] is DatasetJsonFormat or JsonLinesFormat && verdicts[i].Fit == FormatFit.Certain)
                {
                    verdicts[i] = verdicts[i] with { Fit = FormatFit.Possible, Evidence = verdicts[i].Evidence + ", but an API format's marks are there" };
                }
            }
        }

        return verdicts;
    }

    /// <summary>
    /// Decides an input's format from its first bytes: the one readable format that is certain, or else the one that
    /// is possible.
    /// </summary>
    /// <param name="head">The first bytes of the input (up to <see cref="SniffBytes"/>).</param>
    /// <param name="complete">Whether <paramref name="head"/> is the whole input.</param>
    /// <returns>The format and the verdicts, or a <see langword="null"/> format with the verdicts when it cannot tell.</returns>
    public (DatasetFormat? Format, IReadOnlyList<FormatRecognition> Verdicts) Sniff(ReadOnlySpan<byte> head, bool complete)
    {
        var verdicts = Recognise(head, complete);
        var readable = verdicts.Where(v => Find(v.Format)!.CanRead).ToArray();
        foreach (var fit in (ReadOnlySpan<FormatFit>)[FormatFit.Certain, FormatFit.Possible])
        {
            var matches = readable.Where(v => v.Fit == fit).ToArray();
            if (matches.Length == 1)
            {
                return (Find(matches[0].Format), verdicts);
            }

            if (matches.Length > 1)
            {
                break;
            }
        }

        return (null, verdicts);
    }

    /// <summary>Reads the first bytes of a seekable <paramref name="input"/>, sniffs its format and rewinds it.</summary>
    /// <param name="input">A seekable stream at its start.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>As <see cref="Sniff(ReadOnlySpan{byte}, bool)"/>, with the head's first characters for messages.</returns>
    /// <exception cref="ArgumentException"><paramref name="input"/> cannot seek.</exception>
    public async Task<FormatSniff> SniffAsync(Stream input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!input.CanSeek)
        {
            throw new ArgumentException("Sniffing rewinds the stream, so it must be seekable; buffer a pipe first, or name the format.", nameof(input));
        }

        var start = input.Position;
        var buffer = new byte[(int)Math.Min(SniffBytes, Math.Max(0, input.Length - start))];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await input.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        input.Position = start;
        var complete = start + read >= input.Length;
        var (format, verdicts) = Sniff(buffer.AsSpan(0, read), complete);
        return new FormatSniff { Format = format, Verdicts = verdicts, Head = JsonShapes.Describe(buffer.AsSpan(0, read)) };
    }
}
