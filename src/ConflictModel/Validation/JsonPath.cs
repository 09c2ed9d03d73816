using System;
using System.Text;

namespace ConflictModel.Validation;

/// <summary>
/// Turns FluentValidation property paths (C# names, <c>Engagements[0].Figures[2].Quantity.Low</c>) into
/// the JSON paths of the serialized document (<c>engagements[0].figures[2].quantity.low</c>): the
/// serializer writes every property as its C# name camel-cased, without renames.
/// </summary>
/// <remarks>Done per problem, after validation, so that no global FluentValidation option is touched.</remarks>
internal static class JsonPath
{
    public static string From(string? propertyPath)
    {
        if (string.IsNullOrEmpty(propertyPath))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(propertyPath.Length);
        var segmentStart = true;
        foreach (var c in propertyPath)
        {
            builder.Append(segmentStart ? char.ToLowerInvariant(c) : c);
            segmentStart = c == '.';
        }

        return builder.ToString();
    }

    public static string Join(string prefix, string relative) =>
        prefix.Length == 0 ? relative : relative.Length == 0 ? prefix : relative[0] == '[' ? prefix + relative : prefix + "." + relative;

    public static string Index(string collection, int index) => collection + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    public static string Describe(string path) => path.Length == 0 ? "the document" : "'" + From(path) + "'";

    public static ReadOnlySpan<char> LastSegment(string path)
    {
        var dot = path.LastIndexOf('.');
        return dot < 0 ? path : path.AsSpan(dot + 1);
    }
}
