using System;
using System.Globalization;

namespace ConflictModel.Interop.Csv;

/// <summary>
/// Neutralises CSV values that a spreadsheet would run as a formula ("CSV injection"), and undoes it.
/// </summary>
/// <remarks>
/// <para>
/// A value is dangerous when it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return and is not a plain number (so <c>-1</c> and <c>-3.0026</c> are left alone). Such a value is
/// written with a leading apostrophe, which spreadsheets show as text and do not evaluate (OWASP's advice).
/// </para>
/// <para>
/// Round trip: the importers remove that apostrophe again when
/// <see cref="CsvImportOptions.RestoreNeutralisedFormulas"/> is set (the default), so a file we wrote reads
/// back to the original values. The one value that cannot survive is a genuine text that itself begins
/// with an apostrophe followed by one of the trigger characters; write with
/// <see cref="CsvExportOptions.SpreadsheetSafe"/> off when a byte-exact copy matters more than safety.
/// </para>
/// </remarks>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class SpreadsheetSafety
{
    /// <summary>Gets a value indicating whether <paramref name="value"/> would be run as a formula by a spreadsheet.</summary>
    /// <param name="value">The value as it would be written.</param>
    /// <returns><see langword="true"/> when the value needs neutralising.</returns>
    public static bool IsDangerous(ReadOnlySpan<char> value) =>
        value.Length > 0 && IsTrigger(value[0]) &&
        !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    /// <summary>Returns <paramref name="value"/> with a leading apostrophe when it is dangerous; otherwise unchanged.</summary>
    /// <param name="value">The value to write.</param>
    /// <returns>The value to put in the file.</returns>
    public static string Neutralise(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return IsDangerous(value) ? "'" + value : value;
    }

    /// <summary>Removes the apostrophe that <see cref="Neutralise"/> adds; any other value is returned unchanged.</summary>
    /// <param name="value">The value read from a file.</param>
    /// <returns>The original value.</returns>
    public static string Restore(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length > 1 && value[0] == '\'' && IsDangerous(value.AsSpan(1)) ? value[1..] : value;
    }

    /// <summary>The span form of <see cref="Restore"/>: <paramref name="value"/> without the added apostrophe, if it has one.</summary>
    internal static ReadOnlySpan<char> Restored(ReadOnlySpan<char> value) =>
        value.Length > 1 && value[0] == '\'' && IsDangerous(value[1..]) ? value[1..] : value;

    private static bool IsTrigger(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';
}
