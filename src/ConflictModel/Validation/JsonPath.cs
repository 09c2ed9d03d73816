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

    public static string Describe(string path) => path.Length == 0 ? "the document" : "'" + From(path) + "'";
}
