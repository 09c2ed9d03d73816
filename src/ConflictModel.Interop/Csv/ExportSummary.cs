using System.Collections.Generic;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Csv;

/// <summary>What an export wrote, and what the format could not hold.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ExportSummary
{
    /// <summary>Gets the number of engagements written.</summary>
    public required long EngagementsWritten { get; init; }

    /// <summary>Gets the number of data rows written; larger than <see cref="EngagementsWritten"/> when engagements were split.</summary>
    public required long RowsWritten { get; init; }

    /// <summary>Gets the number of values neutralised for spreadsheets.</summary>
    public required long ValuesNeutralised { get; init; }

    /// <summary>Gets the number of notes, which may exceed the length of <see cref="Notes"/>.</summary>
    public required long NoteCount { get; init; }

    /// <summary>
    /// Gets the notes (severity <see cref="ValidationSeverity.Info"/>) on what was split or could not be written,
    /// one per engagement and kind, at most 1,000: <see cref="Problem.Value"/> is the engagement's id,
    /// <see cref="Problem.Path"/> <c>engagements[id=…]</c>, and the code says what (<c>export.sites-split</c>...).
    /// </summary>
    public required IReadOnlyList<Problem> Notes { get; init; }
}
