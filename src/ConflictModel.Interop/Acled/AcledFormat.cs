using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Formats;

namespace ConflictModel.Interop.Acled;

/// <summary>
/// ACLED CSV as a format of the registry (<c>acled</c>) in each layout ACLED has published (<see cref="Layouts"/>): the
/// current export and API columns, the pre-2023 columns, HDX's copies, the monadic files and the exports before 2019.
/// Read with <see cref="AcledImporter"/>'s mapping (a monadic file's rows joined into one engagement per event) and
/// written with <see cref="AcledExporter"/>'s, in the layout the engagements were read in unless
/// <see cref="DatasetWriteOptions.Layout"/> names another.
/// </summary>
/// <threadsafety>Stateless; safe to share between threads.</threadsafety>
public sealed class AcledFormat : CsvFormat
{
    private static readonly Dictionary<AcledLayoutKind, AcledFormat> Fixed = [];

    /// <summary>The layout this instance writes, or <see langword="null"/> for the registered one, which chooses.</summary>
    private readonly AcledLayoutKind? _fixed;

    static AcledFormat()
    {
        foreach (var kind in AcledLayoutKinds.All)
        {
            Fixed[kind] = new AcledFormat(kind);
        }
    }

    private AcledFormat(AcledLayoutKind? kind = null) => _fixed = kind;

    /// <summary>Gets the instance registered in <see cref="Formats.FormatRegistry.Default"/>.</summary>
    public static AcledFormat Instance { get; } = new();

    /// <inheritdoc/>
    public override string Name => "acled";

    /// <inheritdoc/>
    public override string Description => "ACLED CSV (export, API, HDX; dyadic or monadic): one engagement per event";

    /// <inheritdoc/>
    /// <remarks><c>current</c> is written by default; docs/interop.md describes each layout and what converting between them drops.</remarks>
    public override IReadOnlyList<FormatLayout> Layouts { get; } = AcledLayoutKinds.All.Select(k => new FormatLayout(k.Name(), k.Description())).ToArray();

    /// <inheritdoc/>
    public override IReadOnlyList<string> CannotHold { get; } =
    [
        "more than one site on a row (an engagement with several sites is split into rows, fatalities on the first)",
        "more than two sides",
        "figures other than the total killed (wounded, arrested, per-side counts...)",
        "more than one estimate per figure (reconciled conservatively, as ACLED does)",
        "incidents, outcomes, quotes and relay chains of statements",
    ];

    /// <inheritdoc/>
    private protected override IReadOnlyList<string> MarkColumns { get; } = ["event_id_cnty", "event_date", "sub_event_type", "fatalities", "actor1"];

    /// <inheritdoc/>
    private protected override string DatasetName => "ACLED";

    /// <inheritdoc/>
    private protected override CsvLayout Layout => AcledLayout.For(_fixed ?? AcledLayoutKind.Current);

    /// <inheritdoc/>
    /// <remarks>The evidence names the layout the header shows (and the HXL row under it, when the first bytes hold it).</remarks>
    public override FormatRecognition Recognise(ReadOnlySpan<byte> head)
    {
        var recognition = base.Recognise(head);
        if (recognition.Fit != FormatFit.Certain)
        {
            return recognition;
        }

        var kind = AcledRowMapper.Recognise(HeaderLine(head, out var rest).Split(',').Select(n => n.Trim().Trim('"')));
        if (kind is AcledLayoutKind.Current or AcledLayoutKind.PreV2023 && HeaderLine(rest, out _).TrimStart().StartsWith('#'))
        {
            kind = kind == AcledLayoutKind.Current ? AcledLayoutKind.Hdx : AcledLayoutKind.HdxPreV2023;
        }

        return recognition with { Evidence = recognition.Evidence + $"; the {kind.Name()} layout" };
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><see cref="DatasetWriteOptions.Layout"/> names a layout the format does not have.</exception>
    public override async Task<DatasetWriteSummary> WriteAsync(IAsyncEnumerable<DatasetDocument> documents, Stream output, DatasetWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        if (_fixed is { } kind)
        {
            if (!kind.IsHdx())
            {
                return await base.WriteAsync(documents, output, options, cancellationToken).ConfigureAwait(false);
            }

            // HDX's files end their lines with CRLF; Sep writes the platform's line end.
            var crlf = new CrlfStream(output);
            await using (crlf.ConfigureAwait(false))
            {
                return await base.WriteAsync(documents, crlf, options, cancellationToken).ConfigureAwait(false);
            }
        }

        AcledLayoutKind? asked = null;
        if (options?.Layout is { } name)
        {
            asked = AcledLayoutKinds.Find(name) ?? throw new ArgumentException(
                string.Equals(name, AcledLayoutKind.AcledrLong.Name(), StringComparison.OrdinalIgnoreCase)
                    ? $"The acled format reads acledR's long layout '{name}' but does not write it; write monadic for one row per actor, or current (acledR's acled_transform_longer makes the long format from it)."
                    : $"The acled format has no layout '{name}'; it has {string.Join(", ", Layouts.Select(l => l.Name))}.", nameof(options));
        }

        var enumerator = documents.GetAsyncEnumerator(cancellationToken);
        await using (enumerator.ConfigureAwait(false))
        {
            // The layout the first engagement was read in, unless one is asked for: the header is written before any row.
            var held = new List<DatasetDocument>();
            string? recorded = null;
            while (asked is null && recorded is null && await enumerator.MoveNextAsync().ConfigureAwait(false))
            {
                held.Add(enumerator.Current);
                recorded = enumerator.Current.Engagements.Select(e => e.DatasetFields.FirstOrDefault(f => f.Dataset == AcledMapping.Dataset && f.Name == LayoutFieldName)?.Value).FirstOrDefault();
            }

            var chosen = asked ?? AcledLayoutKinds.Find(recorded) ?? AcledLayoutKind.Current;
            return await Fixed[chosen].WriteAsync(Rest(held, enumerator, cancellationToken), output, options, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    private protected override RowMapper CreateMapper(bool restoreNeutralisedFormulas) => new AcledRowMapper(restoreNeutralisedFormulas);

    /// <summary>The first line of <paramref name="head"/> (a UTF-8 BOM skipped), and the bytes after it.</summary>
    private static string HeaderLine(ReadOnlySpan<byte> head, out ReadOnlySpan<byte> rest)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        var end = head.IndexOfAny((byte)'\n', (byte)'\r');
        rest = end < 0 ? [] : head[(end + 1)..].TrimStart("\n"u8);
        return Encoding.UTF8.GetString(end < 0 ? head : head[..end]);
    }

    /// <summary>The documents held while choosing the layout, then the others.</summary>
    private static async IAsyncEnumerable<DatasetDocument> Rest(List<DatasetDocument> held, IAsyncEnumerator<DatasetDocument> enumerator, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var document in held)
        {
            yield return document;
        }

        cancellationToken.ThrowIfCancellationRequested();
        while (await enumerator.MoveNextAsync().ConfigureAwait(false))
        {
            yield return enumerator.Current;
        }
    }

    /// <summary>
    /// Writes CSV bytes with CRLF line ends: a line feed outside quotes that no carriage return precedes gets one, line
    /// breaks inside quoted values are left as they are (UTF-8: quote and line feed bytes are never part of another character).
    /// </summary>
    private sealed class CrlfStream(Stream inner) : Stream
    {
        private bool _quoted;
        private byte _last;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var start = 0;
            for (var i = 0; i < buffer.Length; i++)
            {
                var b = buffer[i];
                if (b == (byte)'"')
                {
                    _quoted = !_quoted;
                }
                else if (b == (byte)'\n' && !_quoted && (i > 0 ? buffer[i - 1] : _last) != (byte)'\r')
                {
                    inner.Write(buffer[start..i]);
                    inner.Write("\r"u8);
                    start = i;
                }
            }

            inner.Write(buffer[start..]);
            if (buffer.Length > 0)
            {
                _last = buffer[^1];
            }
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }
    }
}
