using System.Collections.Generic;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Csv;

/// <summary>What an export wrote, and what the format could not hold.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ExportSummary
{
    /// <summary>Gets the number of engagements written.</summary>
    public required long EngagementsWritten { get; init; }

    /// <summary>
    /// Gets the number of engagements not written because the required event id column could not be filled (an
    /// engagement without an id); each has a note of severity error, code <c>export.no-id</c>. The default is 0.
    /// </summary>
    public long EngagementsRefused { get; init; }

    /// <summary>Gets the number of data rows written; larger than <see cref="EngagementsWritten"/> when engagements were split.</summary>
    public required long RowsWritten { get; init; }

    /// <summary>Gets the number of values neutralised for spreadsheets.</summary>
    public required long ValuesNeutralised { get; init; }

    /// <summary>
    /// Gets the number of values written that a spreadsheet would run as formulas (see <see cref="SpreadsheetSafety"/>):
    /// without <see cref="CsvExportOptions.SpreadsheetSafe"/> they are written as they are, with it each is neutralised
    /// (and also counted in <see cref="ValuesNeutralised"/>). The default is 0.
    /// </summary>
    public long FormulaLikeValues { get; init; }

    /// <summary>Gets the number of notes, which may exceed the length of <see cref="Notes"/>.</summary>
    public required long NoteCount { get; init; }

    /// <summary>
    /// Gets the number of notes that report a fact of the model the file does not hold (a figure, estimates, a
    /// statement, a side, actors, an incident, an outcome, a relation, a result summary), as opposed to notes on a
    /// split or a mapping rule. <c>conflictmodel convert --strict</c> fails when it is not 0. The default is 0.
    /// </summary>
    public long FactsDropped { get; init; }

    /// <summary>Gets the number of notes of each code (exact, whatever the length of <see cref="Notes"/>). The default is empty.</summary>
    public IReadOnlyDictionary<string, long> NoteCounts { get; init; } = new Dictionary<string, long>();

    /// <summary>
    /// Gets the notes (severity <see cref="ValidationSeverity.Info"/>; <see cref="ValidationSeverity.Error"/> for an
    /// engagement refused) on what was split, could not be written or was written by a rule, one per fact, at most
    /// 1,000 (<see cref="CsvExportOptions.OnNote"/> sees every one): <see cref="Problem.Value"/> is the engagement's id,
    /// <see cref="Problem.Path"/> the member (<c>engagements[id=e1].figures[id=f2]</c>), and the code says what
    /// (<c>export.figure-dropped</c>...; docs/problem-codes.md lists them).
    /// </summary>
    public required IReadOnlyList<Problem> Notes { get; init; }
}
