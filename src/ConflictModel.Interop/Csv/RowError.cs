using System.Globalization;

namespace ConflictModel.Interop.Csv;

/// <summary>Why a row of a CSV file could not be imported, and exactly where.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record RowError
{
    /// <summary>Gets the file name as given in <see cref="CsvImportOptions.FileName"/>, or "(input)".</summary>
    public required string File { get; init; }

    /// <summary>Gets the 1-based line on which the row starts (line 1 is the header).</summary>
    public required long Line { get; init; }

    /// <summary>Gets the column's name as the file spells it, or <see langword="null"/> when the whole row is at fault.</summary>
    public string? Column { get; init; }

    /// <summary>Gets the offending value as read, or <see langword="null"/> when there is none.</summary>
    public string? Value { get; init; }

    /// <summary>Gets a stable code for the kind of error, such as <c>csv.not-an-integer</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Gets what is wrong and what was expected.</summary>
    public required string Reason { get; init; }

    /// <summary>Returns "file, line N, column 'c': value 'v': reason".</summary>
    /// <returns>The located message.</returns>
    public override string ToString()
    {
        var text = File + ", line " + Line.ToString(CultureInfo.InvariantCulture);
        if (Column is not null)
        {
            text += ", column '" + Column + "'";
        }

        if (Value is not null)
        {
            text += ", value '" + Value + "'";
        }

        return text + ": " + Reason + " [" + Code + "]";
    }
}
