using System.Collections.Generic;
using ConflictModel.Interop.Csv;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Formats;

/// <summary>What a read did, the same for every format: records read, imported and rejected, and the problems.</summary>
/// <remarks><see cref="RecordsRead"/> always equals <see cref="RecordsImported"/> plus <see cref="RecordsRejected"/>.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReadSummary
{
    /// <summary>Gets the input's name as problems give it.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the format's name.</summary>
    public required string Format { get; init; }

    /// <summary>Gets what a record of the format is, in the singular: "row", "line" or "document".</summary>
    public required string RecordKind { get; init; }

    /// <summary>Gets the number of records read (a CSV's header and HXL row are not records; blank JSON Lines lines are not either).</summary>
    public required long RecordsRead { get; init; }

    /// <summary>Gets the number of records that became documents or engagements.</summary>
    public required long RecordsImported { get; init; }

    /// <summary>Gets the number of records rejected as unreadable.</summary>
    public required long RecordsRejected { get; init; }

    /// <summary>Gets the number of documents delivered.</summary>
    public required long Documents { get; init; }

    /// <summary>Gets the number of engagements in the documents delivered.</summary>
    public required long Engagements { get; init; }

    /// <summary>Gets the number of warnings, which may exceed the warnings in <see cref="Problems"/>.</summary>
    public required long WarningCount { get; init; }

    /// <summary>Gets the problems found (errors of rejected records, then warnings), at most <see cref="DatasetReadOptions.MaxReportedProblems"/> of each.</summary>
    public required IReadOnlyList<Problem> Problems { get; init; }

    /// <summary>
    /// Gets the name of the <see cref="FormatLayout"/> the input was recognised as (recorded on each engagement read),
    /// or <see langword="null"/> for a format with one layout.
    /// </summary>
    public string? Layout { get; init; }

    /// <summary>
    /// Gets the text encoding the input was decoded from, as its web name (<c>utf-8</c>, <c>windows-1252</c>), or
    /// <see langword="null"/> when the format does not say.
    /// </summary>
    public string? Encoding { get; init; }

    /// <summary>Gets the CSV import's own summary (columns missing, unknown and renamed, the HXL row), or <see langword="null"/> for other formats.</summary>
    public ImportSummary? Csv { get; init; }
}
