using System.Collections.Generic;

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

    /// <summary>Gets notes on what was split or could not be written, one per engagement and kind ("engagement 'x': 2 sites, split into 2 rows"); at most 1,000.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}
