using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConflictModel.Json;

/// <summary>
/// Reads and writes an enum as its camelCase name (<c>"suicideVehicleBorneIed"</c>), strictly: exact
/// case, one name, no numbers, no white space. The rule itself lives in <see cref="JsonEnum{T}"/>.
/// </summary>
/// <remarks>
/// System.Text.Json's <see cref="JsonStringEnumConverter{TEnum}"/> also accepts other casings and
/// comma-separated combinations ("attack, battle" reads as a value that is no member at all), which a
/// strict reader must reject.
/// </remarks>
/// <typeparam name="T">The enum type.</typeparam>
internal sealed class CamelCaseEnumConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonEnum<T>.Read(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(JsonEnum<T>.NameToWrite(value));
}
