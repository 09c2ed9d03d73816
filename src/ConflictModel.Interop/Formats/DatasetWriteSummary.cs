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

    /// <summary>Gets the number of engagements not written because a required id column could not be filled (see <see cref="Csv.ExportSummary.EngagementsRefused"/>). The default is 0.</summary>
    public long EngagementsRefused { get; init; }

    /// <summary>Gets the number of CSV values neutralised for spreadsheets.</summary>
    public long ValuesNeutralised { get; init; }

    /// <summary>Gets the number of CSV values written that a spreadsheet would run as formulas, neutralised or not (see <see cref="Csv.ExportSummary.FormulaLikeValues"/>). The default is 0.</summary>
    public long FormulaLikeValues { get; init; }

    /// <summary>Gets the number of notes that report a fact the output does not hold (see <see cref="Csv.ExportSummary.FactsDropped"/>); 0 for JSON and JSON Lines. The default is 0.</summary>
    public long FactsDropped { get; init; }

    /// <summary>Gets the number of notes of each code, exact. The default is empty.</summary>
    public IReadOnlyDictionary<string, long> NoteCounts { get; init; } = new Dictionary<string, long>();

    /// <summary>Gets the number of notes, which may exceed the length of <see cref="Notes"/>.</summary>
    public required long NoteCount { get; init; }

    /// <summary>
    /// Gets the notes on what the format split or could not hold, and what merging found, as problems (severity
    /// info), at most 1,000.
    /// </summary>
    public required IReadOnlyList<Problem> Notes { get; init; }

    /// <summary>
    /// Gets a value indicating whether a note of <paramref name="code"/> reports a fact of the model that the output does
    /// not hold (<c>export.figure-dropped</c>, <c>export.statement-dropped</c>...), as counted in <see cref="FactsDropped"/>;
    /// notes on a split, a mapping rule or a derived id do not.
    /// </summary>
    /// <param name="code">A note's code.</param>
    /// <returns><see langword="true"/> for the codes of dropped facts.</returns>
    public static bool IsDroppedFact(string code) => Csv.ExportNotes.IsDroppedFact(code);
}
