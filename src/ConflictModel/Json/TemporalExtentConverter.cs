using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using ConflictModel.Time;
using NodaTime;
using NodaTime.Text;

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
/// <para>NodaTime's invariant patterns do the parsing and formatting (the ISO-like forms are exactly
/// theirs); NodaTime.Serialization.SystemTextJson's converters write full date-times, which would claim
/// more than is known.</para>
/// </remarks>
internal sealed class TemporalExtentConverter : JsonConverter<TemporalExtent>
{
    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText EndName = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText PrecisionName = JsonEncodedText.Encode("precision");
    private static readonly JsonEncodedText QualifierName = JsonEncodedText.Encode("qualifier");
    private static readonly JsonEncodedText TimeZoneIdName = JsonEncodedText.Encode("timeZoneId");
    private static readonly JsonEncodedText WordingName = JsonEncodedText.Encode("wording");

    private static readonly IPattern<LocalDateTime> YearPattern = new DatePattern(LocalDatePattern.CreateWithInvariantCulture("uuuu"));
    private static readonly IPattern<LocalDateTime> MonthPattern = new DatePattern(LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM"));
    private static readonly IPattern<LocalDateTime> DayPattern = new DatePattern(LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd"));
    private static readonly IPattern<LocalDateTime> HourPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH");
    private static readonly IPattern<LocalDateTime> MinutePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    private readonly CamelCaseEnumConverter<TemporalPrecision> _precision;
    private readonly CamelCaseEnumConverter<TemporalQualifier> _qualifier;

    /// <summary>Initializes the converter with the enum converters the options use.</summary>
    /// <param name="precision">The converter for <see cref="TemporalPrecision"/>.</param>
    /// <param name="qualifier">The converter for <see cref="TemporalQualifier"/>.</param>
    public TemporalExtentConverter(CamelCaseEnumConverter<TemporalPrecision> precision, CamelCaseEnumConverter<TemporalQualifier> qualifier)
    {
        _precision = precision;
        _qualifier = qualifier;
    }

    /// <inheritdoc/>
    public override TemporalExtent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonErrors.AtToken(in reader, JsonMessages.Expected("a time (an object with start and precision)", JsonErrors.Describe(in reader)));
        }

        string? start = null, end = null, zone = null, wording = null;
        long startAt = 0, endAt = 0;
        TemporalPrecision? precision = null;
        TemporalQualifier? qualifier = null;
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = Member(ref reader);
            if ((seen & (1 << member)) != 0)
            {
                throw JsonErrors.AtToken(in reader, JsonMessages.DuplicateMember(reader.GetString()!));
            }

            seen |= 1 << member;
            reader.Read();
            switch (member)
            {
                case 0:
                    start = BoundedStringConverter.ReadString(ref reader, "a date such as \"2025-06-02\"");
                    startAt = reader.BytesConsumed;
                    break;
                case 1:
                    end = reader.TokenType == JsonTokenType.Null ? null : BoundedStringConverter.ReadString(ref reader, "a date such as \"2025-06-02\" or null");
                    endAt = reader.BytesConsumed;
                    break;
                case 2:
                    precision = _precision.Read(ref reader, typeof(TemporalPrecision), options);
                    break;
                case 3:
                    qualifier = _qualifier.Read(ref reader, typeof(TemporalQualifier), options);
                    break;
                case 4:
                    zone = reader.TokenType == JsonTokenType.Null ? null : BoundedStringConverter.ReadString(ref reader, "an IANA time zone id such as \"Africa/Bamako\" or null");
                    break;
                default:
                    wording = reader.TokenType == JsonTokenType.Null ? null : BoundedStringConverter.ReadString(ref reader, "a string or null");
                    break;
            }
        }

        if (start is null || precision is null)
        {
            throw JsonErrors.AtToken(in reader, JsonMessages.MissingMembers("a time", start is null ? (precision is null ? "start, precision" : "start") : "precision"));
        }

        return new TemporalExtent
        {
            Start = Parse(start, precision.Value, startAt, "start"),
            End = end is null ? null : Parse(end, precision.Value, endAt, "end"),
            Precision = precision.Value,
            Qualifier = qualifier ?? TemporalQualifier.Exact,
            TimeZoneId = zone,
            Wording = wording,
        };
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TemporalExtent value, JsonSerializerOptions options)
    {
        var pattern = PatternFor(value.Precision)
            ?? throw JsonErrors.Unwritable(JsonMessages.UndefinedEnumValue(nameof(TemporalPrecision), value.Precision.ToString(), _precision.AllowedValues));
        writer.WriteStartObject();
        writer.WriteString(StartName, pattern.Format(value.Start));
        if (value.End is { } end)
        {
            writer.WriteString(EndName, pattern.Format(end));
        }

        writer.WritePropertyName(PrecisionName);
        _precision.Write(writer, value.Precision, options);
        writer.WritePropertyName(QualifierName);
        _qualifier.Write(writer, value.Qualifier, options);
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

    private static int Member(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals(StartName.EncodedUtf8Bytes))
        {
            return 0;
        }

        if (reader.ValueTextEquals(EndName.EncodedUtf8Bytes))
        {
            return 1;
        }

        if (reader.ValueTextEquals(PrecisionName.EncodedUtf8Bytes))
        {
            return 2;
        }

        if (reader.ValueTextEquals(QualifierName.EncodedUtf8Bytes))
        {
            return 3;
        }

        if (reader.ValueTextEquals(TimeZoneIdName.EncodedUtf8Bytes))
        {
            return 4;
        }

        if (reader.ValueTextEquals(WordingName.EncodedUtf8Bytes))
        {
            return 5;
        }

        throw JsonErrors.AtToken(in reader, JsonMessages.UnknownMember(reader.GetString()!, "a time", "start, end, precision, qualifier, timeZoneId, wording"));
    }

    private static LocalDateTime Parse(string text, TemporalPrecision precision, long offset, string member)
    {
        if (TryParse(text, PatternFor(precision)!, out var value))
        {
            return value;
        }

        var form = FormOf(text);
        throw JsonErrors.At(offset, JsonMessages.BadPartialDate(member, text, JsonNamingPolicy.CamelCase.ConvertName(precision.ToString()), Example(precision), form));
    }

    /// <summary>
    /// Parses <paramref name="text"/> and accepts it only in its one canonical form, which refuses what
    /// NodaTime would otherwise accept and change, such as hour 24 (the start of the next day).
    /// </summary>
    private static bool TryParse(string text, IPattern<LocalDateTime> pattern, out LocalDateTime value)
    {
        var result = pattern.Parse(text);
        value = result.Success ? result.Value : default;
        return result.Success && string.Equals(pattern.Format(value), text, StringComparison.Ordinal);
    }

    private static IPattern<LocalDateTime>? PatternFor(TemporalPrecision precision) => precision switch
    {
        TemporalPrecision.Year => YearPattern,
        TemporalPrecision.Month => MonthPattern,
        TemporalPrecision.Day => DayPattern,
        TemporalPrecision.PartOfDay or TemporalPrecision.Hour => HourPattern,
        TemporalPrecision.Minute => MinutePattern,
        _ => null,
    };

    private static string Example(TemporalPrecision precision) => precision switch
    {
        TemporalPrecision.Year => "2025",
        TemporalPrecision.Month => "2025-06",
        TemporalPrecision.Day => "2025-06-02",
        TemporalPrecision.PartOfDay or TemporalPrecision.Hour => "2025-06-02T10",
        _ => "2025-06-02T10:17",
    };

    /// <summary>Names the precision whose form <paramref name="text"/> has, when it has a well-formed one.</summary>
    private static string? FormOf(string text)
    {
        foreach (var (precision, name) in new[] { (TemporalPrecision.Year, "year"), (TemporalPrecision.Month, "month"), (TemporalPrecision.Day, "day"), (TemporalPrecision.Hour, "hour or partOfDay"), (TemporalPrecision.Minute, "minute") })
        {
            if (TryParse(text, PatternFor(precision)!, out _))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Adapts a date pattern to local date-times at midnight, the stored form of coarse precisions.</summary>
    private sealed class DatePattern(LocalDatePattern pattern) : IPattern<LocalDateTime>
    {
        public ParseResult<LocalDateTime> Parse(string text) => pattern.Parse(text).Convert(d => d.AtMidnight());

        public string Format(LocalDateTime value) => pattern.Format(value.Date);

        public System.Text.StringBuilder AppendFormat(LocalDateTime value, System.Text.StringBuilder builder) => pattern.AppendFormat(value.Date, builder);
    }
}
