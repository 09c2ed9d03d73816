using System;
using System.Collections.Generic;
using System.IO;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Csv;

/// <summary>
/// The text of one CSV import and what was decided before its rows are mapped: its encoding (for bytes, see
/// <see cref="TextDecoding"/>) and its date columns' formats (<see cref="DateColumns"/>), pre-scanned whole when the
/// bytes can be read twice, else from the head of the text.
/// </summary>
internal sealed class CsvText
{
    private readonly Stream? _stream;
    private readonly TextReader? _reader;

    private CsvText(Stream? stream, TextReader? reader) => (_stream, _reader) = (stream, reader);

    /// <summary>Gets the encoding's web name once opened, or <see langword="null"/> for text the caller decoded.</summary>
    public string? Encoding { get; private set; }

    /// <summary>Gets the warnings of opening (an encoding other than UTF-8).</summary>
    public List<Problem> Warnings { get; } = [];

    /// <summary>Text the caller has decoded.</summary>
    public static CsvText Of(TextReader reader) => new(null, reader);

    /// <summary>Bytes to decode; a seekable stream is read twice when there are date columns to decide.</summary>
    public static CsvText Of(Stream stream) => new(stream, null);

    /// <summary>Opens the text, deciding the encoding and the date columns' formats.</summary>
    /// <param name="specs">The mapper's date columns.</param>
    /// <param name="file">The file name for problems.</param>
    /// <param name="dates">The decision of each date column the header has, by name.</param>
    /// <returns>The reader to import from, at the start of the text.</returns>
    /// <exception cref="CsvInputException">A byte cannot be decoded.</exception>
    public TextReader Open(IReadOnlyList<DateColumnSpec> specs, string file, out IReadOnlyDictionary<string, DateColumn> dates)
    {
        dates = new Dictionary<string, DateColumn>();
        TextReader reader;
        if (_stream is { } stream)
        {
            var twice = TextDecoding.CanReadTwice(stream);
            var start = twice ? stream.Position : 0;
            (reader, var encoding, var warning) = TextDecoding.Open(stream, file);
            Encoding = encoding;
            if (warning is not null)
            {
                Warnings.Add(warning);
            }

            if (specs.Count == 0)
            {
                return reader;
            }

            if (twice)
            {
                dates = DateColumns.Scan(reader, specs, complete: true);
                stream.Position = start;
                return TextDecoding.Open(stream, file).Reader;
            }
        }
        else
        {
            reader = _reader!;
            if (specs.Count == 0)
            {
                return reader;
            }
        }

        var head = new char[DateColumns.HeadChars];
        var length = 0;
        while (length < head.Length && reader.Read(head, length, head.Length - length) is var n and > 0)
        {
            length += n;
        }

        using (var text = new StringReader(new string(head, 0, length)))
        {
            dates = DateColumns.Scan(text, specs, complete: length < head.Length);
        }

        return new PrefixedReader(head, length, reader);
    }

    /// <summary>A head already read, then the rest of the reader.</summary>
    private sealed class PrefixedReader(char[] head, int length, TextReader rest) : TextReader
    {
        private int _at;

        public override int Peek() => _at < length ? head[_at] : rest.Peek();

        public override int Read() => _at < length ? head[_at++] : rest.Read();

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            if (_at < length)
            {
                var n = Math.Min(buffer.Length, length - _at);
                head.AsSpan(_at, n).CopyTo(buffer);
                _at += n;
                return n;
            }

            return rest.Read(buffer);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                rest.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
