namespace ConflictModel.Validation;

/// <summary>
/// The limits <see cref="DatasetValidator"/> enforces on text and ids, for code that builds documents from
/// other data (an importer, a form) and wants them to validate without trying: text longer than these is a
/// validation error (CM1004), and an id that <see cref="IsWellFormedId"/> refuses is one too (CM1006).
/// </summary>
/// <remarks>The limits are part of the format: changing one is a format change.</remarks>
public static class ModelLimits
{
    /// <summary>The most characters of a name, term, alias, list item, external id and other short text: 500.</summary>
    public const int ShortText = 500;

    /// <summary>The most characters of a description, summary, quote, note, dataset field value and other long text: 20,000.</summary>
    public const int LongText = 20_000;

    /// <summary>The most characters of an id: 128.</summary>
    public const int IdLength = 128;

    /// <summary>Whether <paramref name="value"/> is a well-formed id: 1 to <see cref="IdLength"/> ASCII letters, digits, '-', '_', '.' and ':'.</summary>
    /// <param name="value">The candidate id.</param>
    /// <returns><see langword="true"/> when the validator accepts the id's form (whether it is unique or resolves is another matter).</returns>
    public static bool IsWellFormedId(string? value)
    {
        if (value is null || value.Length is 0 or > IdLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
            {
                return false;
            }
        }

        return true;
    }
}
