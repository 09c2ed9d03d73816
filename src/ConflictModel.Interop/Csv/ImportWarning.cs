using System.Globalization;

namespace ConflictModel.Interop.Csv;

/// <summary>
/// A suspicious but real value that was imported as it stands (high below best, a -1 sentinel, an empty id),
/// reported so that a person or a validator can look at it. Nothing is dropped because of a warning.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ImportWarning
{
    /// <summary>Gets the file name as given in <see cref="CsvImportOptions.FileName"/>, or "(input)".</summary>
    public required string File { get; init; }

    /// <summary>Gets the 1-based line on which the row starts.</summary>
    public required long Line { get; init; }

    /// <summary>Gets the column's name, or <see langword="null"/> when the warning concerns several.</summary>
    public string? Column { get; init; }

    /// <summary>Gets the value concerned, or <see langword="null"/>.</summary>
    public string? Value { get; init; }

    /// <summary>Gets a stable code, such as <c>ged.high-below-best</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Gets what is suspicious.</summary>
    public required string Message { get; init; }

    /// <summary>Returns "file, line N, column 'c': message".</summary>
    /// <returns>The located message.</returns>
    public override string ToString() =>
        File + ", line " + Line.ToString(CultureInfo.InvariantCulture) +
        (Column is null ? string.Empty : ", column '" + Column + "'") + ": " + Message + " [" + Code + "]";
}
