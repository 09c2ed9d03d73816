using System;
using System.Globalization;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Csv;

/// <summary>
/// Fits a file's text into the model's text members, within the limits the validator enforces, so that an
/// import never delivers a document that fails validation because of a value's length or blankness: names,
/// list items and external ids hold 1 to 500 characters that are not all white space, summaries and
/// descriptions up to 20,000, ids 1 to 128 ASCII letters, digits, '-', '_', '.' and ':'. A value that does not
/// fit is left out, or replaced where the model requires one (with a warning). The mappers' derived-column
/// check then finds that the model would write another value and keeps the file's own as a dataset field, so
/// nothing is lost and the export writes it back.
/// </summary>
/// <remarks>The limits are the validator's own (<see cref="ModelLimits"/>).</remarks>
internal static class ModelText
{
    /// <summary>The most characters of a name, list item or external id (<see cref="ModelLimits.ShortText"/>).</summary>
    public const int ShortText = ModelLimits.ShortText;

    /// <summary>The most characters of a summary, description or dataset field value (<see cref="ModelLimits.LongText"/>).</summary>
    public const int LongText = ModelLimits.LongText;

    /// <summary>The most characters of a file value used inside an id, leaving room for the mapper's prefix and suffixes.</summary>
    public const int IdPart = 96;

    /// <summary>Whether <paramref name="value"/> is not blank and has at most <paramref name="max"/> characters.</summary>
    /// <param name="value">The file's value.</param>
    /// <param name="max">The member's limit.</param>
    /// <returns><see langword="true"/> when the model can hold the value as it stands.</returns>
    public static bool Fits(string value, int max = ShortText) => value.Length <= max && !string.IsNullOrWhiteSpace(value);

    /// <summary>Whether <paramref name="value"/> is not blank and has at most <paramref name="max"/> characters, without making a string of it.</summary>
    /// <param name="value">The file's value.</param>
    /// <param name="max">The member's limit.</param>
    /// <returns><see langword="true"/> when the model can hold the value as it stands.</returns>
    public static bool Fits(ReadOnlySpan<char> value, int max = ShortText) => value.Length <= max && !value.IsWhiteSpace();

    /// <summary>The value for an optional member: <paramref name="value"/> when it fits, otherwise nothing.</summary>
    /// <param name="value">The file's value.</param>
    /// <param name="max">The member's limit.</param>
    /// <returns>The value, or <see langword="null"/> when it is empty, blank or too long.</returns>
    public static string? Optional(string value, int max = ShortText) => Fits(value, max) ? value : null;

    /// <summary>
    /// The value for a required member: <paramref name="value"/> when it fits; otherwise
    /// <paramref name="placeholder"/> for a blank value, or the value cut to the limit for a longer one.
    /// </summary>
    /// <param name="value">The file's value.</param>
    /// <param name="placeholder">The text used for a blank value.</param>
    /// <param name="max">The member's limit.</param>
    /// <returns>Text the model can hold.</returns>
    public static string Held(string value, string placeholder, int max = ShortText) =>
        Fits(value, max) ? value : string.IsNullOrWhiteSpace(value) ? placeholder : Shorten(value, max);

    /// <summary>
    /// <see cref="Held"/>, with a warning on the row when the value does not fit (see <see cref="WarnUnlessFits"/>).
    /// </summary>
    /// <param name="context">The row, for the warning.</param>
    /// <param name="column">The column the value comes from, as the warning names it.</param>
    /// <param name="value">The file's value.</param>
    /// <param name="what">What the member is, for the warning ("an actor's name").</param>
    /// <param name="placeholder">The text used for a blank value.</param>
    /// <param name="max">The member's limit.</param>
    /// <returns>Text the model can hold.</returns>
    public static string Required(RowContext context, string column, string value, string what, string placeholder, int max = ShortText)
    {
        WarnUnlessFits(context, column, value, what, max);
        return Held(value, placeholder, max);
    }

    /// <summary>
    /// Warns (code <c>csv.text-replaced</c>) when <paramref name="value"/> does not fit a required member. Called
    /// for every row whose value does not fit, also where the member comes from an earlier row (an actor or
    /// source already known), so that the warnings do not depend on which rows were imported first or on
    /// which thread.
    /// </summary>
    /// <param name="context">The row, for the warning.</param>
    /// <param name="column">The column the value comes from.</param>
    /// <param name="value">The file's value.</param>
    /// <param name="what">What the member is, for the warning ("an actor's name").</param>
    /// <param name="max">The member's limit.</param>
    public static void WarnUnlessFits(RowContext context, string column, string value, string what, int max = ShortText)
    {
        if (Fits(value, max))
        {
            return;
        }

        var why = value.Length == 0 ? "empty"
            : string.IsNullOrWhiteSpace(value) ? "blank"
            : string.Create(CultureInfo.InvariantCulture, $"{value.Length} characters long, more than the {max} the model holds");
        context.Warn(column, value, "csv.text-replaced",
            $"{column} is {why}: the model cannot hold it as {what}, so a placeholder or a shortened text stands in, and the file's value is kept in the engagement's dataset fields.");
    }

    /// <summary>
    /// Rejects the row when one of its values is longer than <see cref="LongText"/>: the model has no member
    /// that holds such a value, and a dataset field could not keep it either.
    /// </summary>
    /// <param name="values">The row's values, in the mapper's column order.</param>
    /// <param name="count">How many columns the mapper reads.</param>
    /// <param name="name">The name of a column, for the error.</param>
    /// <exception cref="RowFormatException">A value is too long.</exception>
    public static void CheckLengths(RowValues values, int count, Func<int, string> name)
    {
        for (var c = 0; c < count; c++)
        {
            if (values.Length(c) > LongText)
            {
                throw TooLong(name(c), values[c]);
            }
        }
    }

    /// <summary>Rejects the row when one of its values is longer than <see cref="LongText"/> (see the other overload).</summary>
    /// <param name="values">The row's values, in the mapper's column order.</param>
    /// <param name="name">The name of a column, for the error.</param>
    /// <exception cref="RowFormatException">A value is too long.</exception>
    public static void CheckLengths(string[] values, Func<int, string> name)
    {
        for (var c = 0; c < values.Length; c++)
        {
            if (values[c].Length > LongText)
            {
                throw TooLong(name(c), values[c]);
            }
        }
    }

    /// <summary>The error for a value longer than <see cref="LongText"/>.</summary>
    /// <param name="column">The column's name.</param>
    /// <param name="value">The value, whole.</param>
    /// <returns>The exception that rejects the row.</returns>
    public static RowFormatException TooLong(string column, string value) =>
        new(column, value, "csv.value-too-long", string.Create(CultureInfo.InvariantCulture,
            $"The value has {value.Length} characters; the most the model (or a dataset field) can keep is {LongText}, so the row cannot be imported without losing it."));

    /// <summary>The first <paramref name="max"/> − 1 characters of <paramref name="value"/> and "…", or the value itself when it is not longer than <paramref name="max"/>.</summary>
    /// <param name="value">The text.</param>
    /// <param name="max">The most characters of the result (at least 2).</param>
    /// <returns>Text of at most <paramref name="max"/> characters; a surrogate pair is never split.</returns>
    public static string Shorten(string value, int max)
    {
        if (value.Length <= max)
        {
            return value;
        }

        var cut = max - 1;
        if (char.IsHighSurrogate(value[cut - 1]))
        {
            cut--;
        }

        return string.Concat(value.AsSpan(0, cut), "…");
    }

    /// <summary>Whether <paramref name="value"/> can be used inside an id as it stands: a well-formed id (<see cref="ModelLimits.IsWellFormedId"/>) of at most <see cref="IdPart"/> characters.</summary>
    /// <param name="value">The file's value.</param>
    /// <returns><see langword="true"/> when an id built from it is well formed.</returns>
    public static bool IsIdPart(string value) => value.Length <= IdPart && ModelLimits.IsWellFormedId(value);
}
