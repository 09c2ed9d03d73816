using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ConflictModel.Time;
using NodaTime;

namespace ConflictModel.Json;

/// <summary>
/// Reads and writes a <see cref="TemporalExtent"/> with its start and end written only as far as they
/// are known: <c>{"start": "2025-06-02T10", "precision": "hour", "qualifier": "approximate", "timeZoneId": "Africa/Bamako"}</c>.
/// </summary>
/// <remarks>
/// <para>The form of <c>start</c> and <c>end</c> follows <c>precision</c>: year <c>2025</c>, month
/// <c>2025-06</c>, day <c>2025-06-02</c>, partOfDay and hour <c>2025-06-02T10</c>, minute
/// <c>2025-06-02T10:17</c>. Reading refuses any other form, a form that does not match the precision,
/// and dates that do not exist, naming the member and the expected form.</para>
/// <para>The forms are fixed-width ASCII, so they are parsed and formatted here directly, without
/// allocating, with NodaTime's ISO calendar deciding which days exist; a NodaTime pattern would need a
/// string per value and a second formatting pass to refuse non-canonical text such as hour 24.
/// NodaTime.Serialization.SystemTextJson's converters write full date-times, which would claim more than
/// is known.</para>
/// </remarks>
internal sealed class TemporalExtentConverter : JsonConverter<TemporalExtent>
{
    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText EndName = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText PrecisionName = JsonEncodedText.Encode("precision");
    private static readonly JsonEncodedText QualifierName = JsonEncodedText.Encode("qualifier");
    private static readonly JsonEncodedText TimeZoneIdName = JsonEncodedText.Encode("timeZoneId");
    private static readonly JsonEncodedText WordingName = JsonEncodedText.Encode("wording");

    private const int MaxLength = 16;

    /// <summary>Gets the members of a time as read, in declaration order.</summary>
    internal static JsonMembers Members { get; } = new(
        "a time",
        ["start", "end", "precision", "qualifier", "timeZoneId", "wording"],
        required: ["start", "precision"]);

    /// <inheritdoc/>
    public override TemporalExtent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadValue(ref reader);

    /// <summary>Reads a time; shared by this converter and the document reader.</summary>
    /// <param name="reader">The reader, on the value's first token; left on its last.</param>
    /// <returns>The time.</returns>
    /// <exception cref="JsonException">The value is not a time of the format (located, see <see cref="JsonErrors"/>).</exception>
    internal static TemporalExtent ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonErrors.AtToken(in reader, JsonMessages.Expected("a time (an object with start and precision)", JsonErrors.Describe(in reader)));
        }

        // The dates are parsed once the precision is known, which may come after them.
        Span<char> startBuffer = stackalloc char[MaxLength];
        Span<char> endBuffer = stackalloc char[MaxLength];
        scoped ReadOnlySpan<char> start = default, end = default;
        var hasEnd = false;
        string? zone = null, wording = null;
        long startAt = 0, endAt = 0;
        TemporalPrecision precision = default;
        TemporalQualifier? qualifier = null;
        var seen = 0;
        int member;
        while ((member = Members.Next(ref reader, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0:
                    start = ReadDate(ref reader, startBuffer, "a date such as \"2025-06-02\"", out var startLength) is { } startText ? startText : startBuffer[..startLength];
                    startAt = reader.BytesConsumed;
                    break;
                case 1:
                    hasEnd = reader.TokenType != JsonTokenType.Null;
                    end = !hasEnd ? default
                        : ReadDate(ref reader, endBuffer, "a date such as \"2025-06-02\" or null", out var endLength) is { } endText ? endText : endBuffer[..endLength];
                    endAt = reader.BytesConsumed;
                    break;
                case 2:
                    precision = JsonEnum<TemporalPrecision>.Read(ref reader);
                    break;
                case 3:
                    qualifier = JsonEnum<TemporalQualifier>.Read(ref reader);
                    break;
                case 4:
                    zone = reader.TokenType == JsonTokenType.Null ? null : BoundedStringConverter.ReadString(ref reader, "an IANA time zone id such as \"Africa/Bamako\" or null");
                    break;
                default:
                    wording = reader.TokenType == JsonTokenType.Null ? null : BoundedStringConverter.ReadString(ref reader, "a string or null");
                    break;
            }
        }

        return new TemporalExtent
        {
            Start = Parse(start, precision, startAt, "start"),
            End = hasEnd ? Parse(end, precision, endAt, "end") : null,
            Precision = precision,
            Qualifier = qualifier ?? TemporalQualifier.Exact,
            TimeZoneId = zone,
            Wording = wording,
        };
    }

    /// <summary>
    /// Reads the text of a date: a short plain-ASCII token is widened into <paramref name="buffer"/>
    /// without allocating (and <see langword="null"/> returned); any other string is read, and checked, as
    /// every string is.
    /// </summary>
    private static string? ReadDate(ref Utf8JsonReader reader, scoped Span<char> buffer, string expected, out int written)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && reader.ValueSpan.Length <= buffer.Length
            && Ascii.ToUtf16(reader.ValueSpan, buffer, out written) == OperationStatus.Done)
        {
            return null;
        }

        written = 0;
        return BoundedStringConverter.ReadString(ref reader, expected);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TemporalExtent value, JsonSerializerOptions options)
    {
        if (LengthOf(value.Precision) < 0)
        {
            throw JsonErrors.Unwritable(JsonMessages.UndefinedEnumValue(nameof(TemporalPrecision), value.Precision.ToString(), JsonEnum<TemporalPrecision>.AllowedValues));
        }

        Span<byte> text = stackalloc byte[MaxLength];
        writer.WriteStartObject();
        writer.WriteString(StartName, text[..Format(value.Start, value.Precision, text)]);
        if (value.End is { } end)
        {
            writer.WriteString(EndName, text[..Format(end, value.Precision, text)]);
        }

        writer.WriteString(PrecisionName, JsonEnum<TemporalPrecision>.NameToWrite(value.Precision));
        writer.WriteString(QualifierName, JsonEnum<TemporalQualifier>.NameToWrite(value.Qualifier));
        if (value.TimeZoneId is { } zone)
        {
            BoundedStringConverter.CheckWritable(zone);
            writer.WriteString(TimeZoneIdName, zone);
        }

        if (value.Wording is { } wording)
        {
            BoundedStringConverter.CheckWritable(wording);
            writer.WriteString(WordingName, wording);
        }

        writer.WriteEndObject();
    }

    private static LocalDateTime Parse(ReadOnlySpan<char> text, TemporalPrecision precision, long offset, string member)
    {
        if (TryParse(text, precision, out var value))
        {
            return value;
        }

        var form = FormOf(text);
        throw JsonErrors.At(offset, JsonMessages.BadPartialDate(member, text.ToString(), JsonNamingPolicy.CamelCase.ConvertName(precision.ToString()), Example(precision), form));
    }

    /// <summary>The length of the form of <paramref name="precision"/>, or -1 for an undefined precision.</summary>
    private static int LengthOf(TemporalPrecision precision) => precision switch
    {
        TemporalPrecision.Year => 4,
        TemporalPrecision.Month => 7,
        TemporalPrecision.Day => 10,
        TemporalPrecision.PartOfDay or TemporalPrecision.Hour => 13,
        TemporalPrecision.Minute => 16,
        _ => -1,
    };

    /// <summary>
    /// Parses the fixed-width form <c>yyyy-MM-ddTHH:mm</c>, cut after the part <paramref name="precision"/>
    /// keeps: exactly that form (ASCII digits, no sign, no other separator) of a date and time that exist.
    /// </summary>
    private static bool TryParse(ReadOnlySpan<char> text, TemporalPrecision precision, out LocalDateTime value)
    {
        value = default;
        var length = LengthOf(precision);
        if (text.Length != length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            var separator = i switch { 4 or 7 => '-', 10 => 'T', 13 => ':', _ => '\0' };
            if (separator == '\0' ? !char.IsAsciiDigit(text[i]) : text[i] != separator)
            {
                return false;
            }
        }

        var year = (Two(text, 0) * 100) + Two(text, 2);
        var month = length > 4 ? Two(text, 5) : 1;
        var day = length > 7 ? Two(text, 8) : 1;
        var hour = length > 10 ? Two(text, 11) : 0;
        var minute = length > 13 ? Two(text, 14) : 0;
        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month) || hour > 23 || minute > 59)
        {
            return false;
        }

        value = new LocalDateTime(year, month, day, hour, minute);
        return true;
    }

    private static int Two(ReadOnlySpan<char> text, int at) => ((text[at] - '0') * 10) + (text[at + 1] - '0');

    /// <summary>Writes the form of <paramref name="precision"/> into <paramref name="buffer"/>, as ASCII.</summary>
    /// <returns>The number of bytes written.</returns>
    private static int Format(LocalDateTime value, TemporalPrecision precision, Span<byte> buffer)
    {
        if (value.Year is < 0 or > 9999)
        {
            throw JsonErrors.Unwritable(JsonMessages.YearOutOfRange(value.Year));
        }

        var length = LengthOf(precision);
        WriteTwo(buffer, 0, value.Year / 100);
        WriteTwo(buffer, 2, value.Year % 100);
        if (length > 4)
        {
            buffer[4] = (byte)'-';
            WriteTwo(buffer, 5, value.Month);
        }

        if (length > 7)
        {
            buffer[7] = (byte)'-';
            WriteTwo(buffer, 8, value.Day);
        }

        if (length > 10)
        {
            buffer[10] = (byte)'T';
            WriteTwo(buffer, 11, value.Hour);
        }

        if (length > 13)
        {
            buffer[13] = (byte)':';
            WriteTwo(buffer, 14, value.Minute);
        }

        return length;
    }

    private static void WriteTwo(Span<byte> buffer, int at, int value)
    {
        buffer[at] = (byte)('0' + (value / 10));
        buffer[at + 1] = (byte)('0' + (value % 10));
    }

    private static string Example(TemporalPrecision precision) => precision switch
    {
        TemporalPrecision.Year => "2025",
        TemporalPrecision.Month => "2025-06",
        TemporalPrecision.Day => "2025-06-02",
        TemporalPrecision.PartOfDay or TemporalPrecision.Hour => "2025-06-02T10",
        _ => "2025-06-02T10:17",
    };

    /// <summary>Names the precision whose form <paramref name="text"/> has, when it has a well-formed one.</summary>
    private static string? FormOf(ReadOnlySpan<char> text)
    {
        foreach (var (precision, name) in new[] { (TemporalPrecision.Year, "year"), (TemporalPrecision.Month, "month"), (TemporalPrecision.Day, "day"), (TemporalPrecision.Hour, "hour or partOfDay"), (TemporalPrecision.Minute, "minute") })
        {
            if (TryParse(text, precision, out _))
            {
                return name;
            }
        }

        return null;
    }
}
