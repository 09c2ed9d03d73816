using System.Collections.Generic;

namespace ConflictModel.Tables;

/// <summary>What <see cref="TidyTableExporter"/> wrote.</summary>
public sealed record TableExportSummary
{
    /// <summary>Gets how many documents were read from the input.</summary>
    public required long Documents { get; init; }

    /// <summary>Gets how many engagements were read; each has exactly one row in <c>engagements</c>.</summary>
    public required long Engagements { get; init; }

    /// <summary>Gets the number of rows written per table, keyed by the table's name (<c>engagements</c>, <c>sides</c>, <c>sites</c>, <c>figures</c>, <c>estimates</c>, <c>statements</c>, <c>reconciled</c>), in that order.</summary>
    public required IReadOnlyList<KeyValuePair<string, long>> RowsPerTable { get; init; }

    /// <summary>Gets the paths of the files written, relative to the output folder, with '/' separators.</summary>
    public required IReadOnlyList<string> Files { get; init; }
}
