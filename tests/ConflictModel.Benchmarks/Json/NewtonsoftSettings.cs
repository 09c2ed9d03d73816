using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using ConflictModel.Actors;
using ConflictModel.Collections;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Benchmarks.Json;

/// <summary>
/// Newtonsoft.Json set up to write and read the same format as <c>DatasetJson</c> (the peer a user would
/// otherwise reach for): camelCase, enums as camelCase strings, ids as strings, partial dates, nulls,
/// empty optional collections and computed members left out, unknown members refused.
/// </summary>
internal static class NewtonsoftSettings
{
    /// <summary>Creates the settings.</summary>
    /// <returns>Settings for <see cref="JsonSerializer"/>.</returns>
    public static JsonSerializerSettings Create() => new()
    {
        ContractResolver = new FormatContractResolver(),
        NullValueHandling = NullValueHandling.Ignore,
        MissingMemberHandling = MissingMemberHandling.Error,
        DateParseHandling = DateParseHandling.None,
        Formatting = Formatting.Indented,
        Converters =
        {
            new StringEnumConverter(new CamelCaseNamingStrategy(), allowIntegerValues: false),
            new IdConverter(),
            new EquatableArrayConverter(),
            new TemporalExtentConverter(),
        },
    };

    private sealed class FormatContractResolver : CamelCasePropertyNamesContractResolver
    {
        protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            if (!property.Writable)
            {
                property.Ignored = true;
            }

            var type = property.PropertyType!;
            var required = member.GetCustomAttribute<System.Runtime.CompilerServices.RequiredMemberAttribute>() is not null;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>) && !required)
            {
                var provider = property.ValueProvider!;
                property.ShouldSerialize = o => provider.GetValue(o) is ICollection { Count: > 0 } or IReadOnlyCollection<object> { Count: > 0 } || NonEmpty(provider.GetValue(o));
            }

            if (type == typeof(bool) && !required)
            {
                var provider = property.ValueProvider!;
                property.ShouldSerialize = o => provider.GetValue(o) is true;
            }

            return property;
        }

        private static bool NonEmpty(object? value) => value is IEnumerable items && items.GetEnumerator().MoveNext();
    }

    private sealed class IdConverter : JsonConverter
    {
        private static readonly HashSet<Type> Ids = [typeof(ActorId), typeof(EngagementId), typeof(IncidentId), typeof(SideId), typeof(FigureId), typeof(SiteId), typeof(SourceId), typeof(StatementId)];

        public override bool CanConvert(Type objectType) => Ids.Contains(Nullable.GetUnderlyingType(objectType) ?? objectType);

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
            reader.TokenType == JsonToken.Null ? null : Activator.CreateInstance(Nullable.GetUnderlyingType(objectType) ?? objectType, (string)reader.Value!);

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => writer.WriteValue(value!.ToString());
    }

    private sealed class EquatableArrayConverter : JsonConverter
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, (Type List, MethodInfo From)> Cache = new();

        public override bool CanConvert(Type objectType) => objectType.IsGenericType && objectType.GetGenericTypeDefinition() == typeof(EquatableArray<>);

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            var (listType, from) = Cache.GetOrAdd(objectType, static type =>
            {
                var element = type.GetGenericArguments()[0];
                return (typeof(List<>).MakeGenericType(element), typeof(EquatableArray).GetMethod(nameof(EquatableArray.From))!.MakeGenericMethod(element));
            });
            return from.Invoke(null, [serializer.Deserialize(reader, listType)]);
        }

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            writer.WriteStartArray();
            foreach (var item in (IEnumerable)value!)
            {
                serializer.Serialize(writer, item);
            }

            writer.WriteEndArray();
        }
    }

    private sealed class TemporalExtentConverter : JsonConverter<TemporalExtent>
    {
        private static readonly LocalDatePattern Year = LocalDatePattern.CreateWithInvariantCulture("uuuu");
        private static readonly LocalDatePattern Month = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM");
        private static readonly LocalDatePattern Day = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");
        private static readonly LocalDateTimePattern Hour = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH");
        private static readonly LocalDateTimePattern Minute = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

        public override TemporalExtent? ReadJson(JsonReader reader, Type objectType, TemporalExtent? existingValue, bool hasExistingValue, JsonSerializer serializer)
        {
            string? start = null, end = null, zone = null, wording = null;
            TemporalPrecision precision = default;
            var qualifier = TemporalQualifier.Exact;
            while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
            {
                var name = (string)reader.Value!;
                reader.Read();
                switch (name)
                {
                    case "start": start = (string)reader.Value!; break;
                    case "end": end = (string?)reader.Value; break;
                    case "precision": precision = serializer.Deserialize<TemporalPrecision>(reader); break;
                    case "qualifier": qualifier = serializer.Deserialize<TemporalQualifier>(reader); break;
                    case "timeZoneId": zone = (string?)reader.Value; break;
                    case "wording": wording = (string?)reader.Value; break;
                    default: throw new JsonSerializationException("Unknown member " + name);
                }
            }

            return new TemporalExtent { Start = Parse(start!, precision), End = end is null ? null : Parse(end, precision), Precision = precision, Qualifier = qualifier, TimeZoneId = zone, Wording = wording };
        }

        public override void WriteJson(JsonWriter writer, TemporalExtent? value, JsonSerializer serializer)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("start");
            writer.WriteValue(Format(value!.Start, value.Precision));
            if (value.End is { } end)
            {
                writer.WritePropertyName("end");
                writer.WriteValue(Format(end, value.Precision));
            }

            writer.WritePropertyName("precision");
            serializer.Serialize(writer, value.Precision);
            writer.WritePropertyName("qualifier");
            serializer.Serialize(writer, value.Qualifier);
            if (value.TimeZoneId is { } zone)
            {
                writer.WritePropertyName("timeZoneId");
                writer.WriteValue(zone);
            }

            if (value.Wording is { } wording)
            {
                writer.WritePropertyName("wording");
                writer.WriteValue(wording);
            }

            writer.WriteEndObject();
        }

        private static LocalDateTime Parse(string text, TemporalPrecision precision) => precision switch
        {
            TemporalPrecision.Year => Year.Parse(text).Value.AtMidnight(),
            TemporalPrecision.Month => Month.Parse(text).Value.AtMidnight(),
            TemporalPrecision.Day => Day.Parse(text).Value.AtMidnight(),
            TemporalPrecision.PartOfDay or TemporalPrecision.Hour => Hour.Parse(text).Value,
            _ => Minute.Parse(text).Value,
        };

        private static string Format(LocalDateTime value, TemporalPrecision precision) => precision switch
        {
            TemporalPrecision.Year => Year.Format(value.Date),
            TemporalPrecision.Month => Month.Format(value.Date),
            TemporalPrecision.Day => Day.Format(value.Date),
            TemporalPrecision.PartOfDay or TemporalPrecision.Hour => Hour.Format(value),
            _ => Minute.Format(value),
        };
    }
}
