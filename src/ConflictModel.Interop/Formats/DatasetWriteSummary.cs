using System.Collections.Generic;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Formats;

/// <summary>What a write did, the same for every format.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DatasetWriteSummary
{
    /// <summary>Gets the format's name.</summary>
    public required string Format { get; init; }

    /// <summary>Gets what a record of the output is, in the singular: "row", "line" or "document".</summary>
    public required string RecordKind { get; init; }

    /// <summary>Gets the number of records written (CSV rows, JSON Lines lines, 1 for JSON).</summary>
    public required long RecordsWritten { get; init; }

    /// <summary>Gets the number of documents received.</summary>
    public required long DocumentsReceived { get; init; }

    /// <summary>Gets the number of engagements written.</summary>
    public required long EngagementsWritten { get; init; }

    /// <summary>Gets the number of CSV values neutralised for spreadsheets.</summary>
    public long ValuesNeutralised { get; init; }

    /// <summary>Gets the number of notes, which may exceed the length of <see cref="Notes"/>.</summary>
    public required long NoteCount { get; init; }

    /// <summary>
    /// Gets the notes on what the format split or could not hold, and what merging found, as problems (severity
    /// info), at most 1,000.
    /// </summary>
    public required IReadOnlyList<Problem> Notes { get; init; }
}
