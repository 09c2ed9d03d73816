using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Unicode;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Csv;

/// <summary>
/// Decides the text encoding of a CSV input from its bytes and decodes it strictly: a byte order mark names
/// UTF-8, UTF-16 or UTF-32; without one the input is UTF-8 when its bytes are valid UTF-8, else Windows-1252 (what
/// a spreadsheet on Windows saves). Nothing is ever replaced: a byte the chosen encoding cannot decode stops the
/// import with a located error (<c>csv.encoding</c>).
/// </summary>
/// <remarks>
/// A seekable input is checked whole before it is read (UTF-8 validation runs at memory speed), so the decision
/// holds for every byte. A non-seekable one is decided from its first <see cref="HeadBytes"/> bytes; when a later
/// byte is not UTF-8 the import stops there with an error naming the byte offset and line, since the rows before
/// were already read as UTF-8.
/// </remarks>
internal static class TextDecoding
{
    /// <summary>How many bytes of a non-seekable input the decision is made from (1 MiB, what format sniffing reads too).</summary>
    public const int HeadBytes = 1 << 20;

    private static readonly SearchValues<byte> Undefined1252 = SearchValues.Create([0x81, 0x8D, 0x8F, 0x90, 0x9D]);

    private static readonly Encoding Utf8Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Gets Windows-1252 from the runtime's code pages. Its decoder maps the five bytes Windows-1252 leaves undefined
    /// (0x81, 0x8D, 0x8F, 0x90, 0x9D) to control characters; the reader refuses them itself, which keeps the
    /// code page's decoder free of a fallback (none is ever needed).
    /// </summary>
    public static Encoding Windows1252 { get; } = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>Opens <paramref name="input"/> as text: the encoding decided, a strict reader, and the warning to report when it is not UTF-8.</summary>
    /// <param name="input">The bytes, at their start.</param>
    /// <param name="file">The file name for problems.</param>
    /// <returns>The reader, the encoding's web name, and a warning or <see langword="null"/>.</returns>
    public static (TextReader Reader, string Encoding, Problem? Warning) Open(Stream input, string file)
    {
        var head = new byte[4];
        var bom = ReadAtMost(input, head, 0, 4);
        var (encoding, bomLength) = FromBom(head.AsSpan(0, bom));
        byte[] pending;
        if (encoding is not null)
        {
            pending = head[bomLength..bom];
            var name = encoding.WebName;
            return (new StrictReader(input, encoding, pending, bomLength, file), name, Utf16Or32Warning(file, name, bomLength));
        }

        if (CanReadTwice(input))
        {
            var start = input.Position - bom;
            input.Position = start;
            var valid = IsUtf8(input, long.MaxValue, out var badOffset);
            input.Position = start;
            encoding = valid ? Utf8Strict : Windows1252;
            return (new StrictReader(input, encoding, [], 0, file), encoding.WebName, valid ? null : Fallback1252Warning(file, badOffset));
        }

        var buffer = new byte[HeadBytes];
        head.AsSpan(0, bom).CopyTo(buffer);
        var length = bom + ReadAtMost(input, buffer, bom, HeadBytes - bom);
        using (var memory = new MemoryStream(buffer, 0, length, writable: false))
        {
            // A sequence cut at the end of the head is not evidence of anything: the rest of the input completes it.
            var validHead = IsUtf8(memory, length, out var badOffset, final: length < HeadBytes);
            encoding = validHead ? Utf8Strict : Windows1252;
            return (new StrictReader(input, encoding, buffer[..length], 0, file), encoding.WebName, validHead ? null : Fallback1252Warning(file, badOffset));
        }
    }

    /// <summary>
    /// Whether <paramref name="stream"/> can be read to its end and then again from here: it can seek and knows its
    /// length (a pipe made seekable over its first bytes, as the tool's standard input is, gives no length).
    /// </summary>
    public static bool CanReadTwice(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return false;
        }

        try
        {
            return stream.Length < long.MaxValue;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>Decodes the start of an input for sniffing a header: by its byte order mark, as UTF-8 when valid, else as Windows-1252.</summary>
    /// <param name="head">The first bytes, possibly cut inside a character.</param>
    /// <returns>The text.</returns>
    public static string DecodeHead(ReadOnlySpan<byte> head)
    {
        var (encoding, bomLength) = FromBom(head);
        if (encoding is not null)
        {
            var body = head[bomLength..];
            Encoding lenient = encoding switch
            {
                UTF32Encoding => new UTF32Encoding(bigEndian: head[0] == 0, byteOrderMark: false, throwOnInvalidCharacters: false),
                UnicodeEncoding => new UnicodeEncoding(bigEndian: head[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: false),
                _ => Encoding.UTF8,
            };
            var unit = encoding is UTF32Encoding ? 4 : encoding is UnicodeEncoding ? 2 : 1;
            return lenient.GetString(body[..(body.Length - (body.Length % unit))]);
        }

        var status = Utf8.ToUtf16(head, new char[head.Length], out _, out _, replaceInvalidSequences: false, isFinalBlock: false);
        return status is OperationStatus.Done or OperationStatus.NeedMoreData ? Encoding.UTF8.GetString(head) : Windows1252.GetString(head);
    }

    private static (Encoding? Encoding, int Length) FromBom(ReadOnlySpan<byte> head) => head switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Utf8Strict, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2),
        _ => (null, 0),
    };

    private static Problem? Utf16Or32Warning(string file, string name, int bomLength) =>
        name == "utf-8" ? null : CsvProblems.Warning(file, 1, null, name, "csv.encoding-not-utf8",
            $"The file is {name} (its byte order mark says so), not UTF-8; it was decoded as {name}.");

    private static Problem Fallback1252Warning(string file, long badOffset) =>
        CsvProblems.Warning(file, 1, null, "windows-1252", "csv.encoding-not-utf8", string.Create(CultureInfo.InvariantCulture,
            $"The file is not UTF-8 (byte {badOffset} is not part of a UTF-8 character) and has no byte order mark; it was decoded as Windows-1252, the encoding a spreadsheet on Windows saves. Check names with accents if the file came from elsewhere."));

    /// <summary>Whether the next <paramref name="limit"/> bytes of <paramref name="stream"/> are valid UTF-8; <paramref name="badOffset"/> is the first bad byte's offset.</summary>
    private static bool IsUtf8(Stream stream, long limit, out long badOffset, bool final = true)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            long offset = 0;
            var carry = 0;
            while (offset + carry < limit)
            {
                var read = ReadAtMost(stream, buffer, carry, (int)Math.Min(buffer.Length - carry, limit - offset - carry));
                var end = carry + read;
                var last = read == 0;
                var span = buffer.AsSpan(0, end);
                var status = Utf8.ToUtf16(span, Scratch, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: last && final);
                while (status == OperationStatus.DestinationTooSmall)
                {
                    span = span[consumed..];
                    offset += consumed;
                    status = Utf8.ToUtf16(span, Scratch, out consumed, out _, replaceInvalidSequences: false, isFinalBlock: last && final);
                }

                if (status == OperationStatus.InvalidData)
                {
                    badOffset = offset + consumed;
                    return false;
                }

                offset += consumed;
                carry = span.Length - consumed;
                span[consumed..].CopyTo(buffer);
                if (last)
                {
                    break;
                }
            }

            badOffset = -1;
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    [ThreadStatic]
    private static char[]? t_scratch;

    private static char[] Scratch => t_scratch ??= new char[1 << 16];

    private static int ReadAtMost(Stream stream, byte[] buffer, int offset, int count)
    {
        var total = 0;
        while (total < count)
        {
            var n = stream.Read(buffer, offset + total, count - total);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    /// <summary>
    /// A reader that decodes with an exception fallback and turns a byte it cannot decode into a
    /// <see cref="CsvInputException"/> naming the byte offset and the line.
    /// </summary>
    private sealed class StrictReader : TextReader
    {
        private readonly Stream _stream;
        private readonly Decoder _decoder;
        private readonly string _file;
        private readonly string _encoding;
        private readonly byte[] _bytes = new byte[1 << 16];
        private readonly char[] _chars;
        private byte[] _pending;
        private int _pendingAt;
        private long _offset;
        private long _lines = 1;
        private int _charPos;
        private int _charLen;
        private bool _done;

        public StrictReader(Stream stream, Encoding encoding, byte[] pending, long offset, string file)
        {
            _stream = stream;
            _decoder = encoding.GetDecoder();
            _encoding = encoding.WebName;
            _pending = pending;
            _offset = offset;
            _file = file;
            _chars = new char[encoding.GetMaxCharCount(_bytes.Length)];
        }

        public override int Peek() => Fill() ? _chars[_charPos] : -1;

        public override int Read() => Fill() ? _chars[_charPos++] : -1;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            if (buffer.Length == 0 || !Fill())
            {
                return 0;
            }

            var n = Math.Min(buffer.Length, _charLen - _charPos);
            _chars.AsSpan(_charPos, n).CopyTo(buffer);
            _charPos += n;
            return n;
        }

        private bool Fill()
        {
            while (_charPos >= _charLen)
            {
                if (_done)
                {
                    return false;
                }

                int count;
                if (_pendingAt < _pending.Length)
                {
                    count = Math.Min(_bytes.Length, _pending.Length - _pendingAt);
                    _pending.AsSpan(_pendingAt, count).CopyTo(_bytes);
                    _pendingAt += count;
                    if (_pendingAt == _pending.Length)
                    {
                        _pending = [];
                        _pendingAt = 0;
                    }
                }
                else
                {
                    count = _stream.Read(_bytes, 0, _bytes.Length);
                }

                var flush = count == 0;
                _done = flush;
                try
                {
                    if (_encoding == "windows-1252" && _bytes.AsSpan(0, count).IndexOfAny(Undefined1252) is var undefined and >= 0)
                    {
                        // The runtime's code page maps these five to control characters; Windows-1252 leaves them undefined.
                        throw new DecoderFallbackException("undefined in Windows-1252", [_bytes[undefined]], undefined);
                    }

                    _charLen = _decoder.GetChars(_bytes, 0, count, _chars, 0, flush);
                }
                catch (DecoderFallbackException ex)
                {
                    var index = Math.Clamp(ex.Index, 0, count);
                    var at = _offset + index;
                    if (_encoding is "utf-8" or "windows-1252")
                    {
                        // In both a line feed is the byte 0x0A and no other byte is: the bad byte's line is exact.
                        _lines += _bytes.AsSpan(0, index).Count((byte)'\n');
                    }

                    var bytes = ex.BytesUnknown is { Length: > 0 } unknown ? Convert.ToHexString(unknown) : "?";
                    throw new CsvInputException(CsvProblems.Error(_file, _lines, null, "0x" + bytes, "csv.encoding", string.Create(CultureInfo.InvariantCulture,
                        $"Byte 0x{bytes} at byte offset {at} (near line {_lines}) is not {_encoding}, the encoding the file was decoded in (decided from its start or its byte order mark); nothing is replaced. Re-save the file as UTF-8, or give it as a seekable file so that its whole content decides.")));
                }

                _charPos = 0;
                _offset += count;
                _lines += _chars.AsSpan(0, _charLen).Count('\n');
            }

            return true;
        }
    }
}
