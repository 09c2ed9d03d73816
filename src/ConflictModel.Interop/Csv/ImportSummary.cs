using System.Collections.Generic;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Csv;

/// <summary>What an import did: how many rows were read, imported and rejected, and every error and warning.</summary>
/// <remarks>
/// <see cref="RowsRead"/> always equals <see cref="RowsImported"/> plus <see cref="RowsRejected"/>. The
/// lists keep at most <see cref="CsvImportOptions.MaxReportedIssues"/> items each; the counts are exact.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ImportSummary
{
    /// <summary>Gets the file name used in errors and warnings.</summary>
    public required string File { get; init; }

    /// <summary>Gets the number of data rows read (the header and an HXL hashtag row are not data rows).</summary>
    public required long RowsRead { get; init; }

    /// <summary>Gets the number of rows that became engagements.</summary>
    public required long RowsImported { get; init; }

    /// <summary>Gets the number of rows rejected as bad.</summary>
    public required long RowsRejected { get; init; }

    /// <summary>Gets the number of batches delivered.</summary>
    public required int Batches { get; init; }

    /// <summary>Gets the located errors of the rejected rows (at most <see cref="CsvImportOptions.MaxReportedIssues"/>).</summary>
    public required IReadOnlyList<Problem> Errors { get; init; }

    /// <summary>Gets the total number of warnings, which may exceed the length of <see cref="Warnings"/>.</summary>
    public required long WarningCount { get; init; }

    /// <summary>Gets the warnings on suspicious values that were imported (at most <see cref="CsvImportOptions.MaxReportedIssues"/>).</summary>
    public required IReadOnlyList<Problem> Warnings { get; init; }

    /// <summary>Gets the expected columns that the file does not have, by their current names.</summary>
    public required IReadOnlyList<string> MissingColumns { get; init; }

    /// <summary>Gets the file's columns that the importer does not know; their values are kept verbatim as dataset fields.</summary>
    public required IReadOnlyList<string> UnknownColumns { get; init; }

    /// <summary>Gets the file's columns that were recognised under a historical name, as "old → current".</summary>
    public required IReadOnlyList<string> RenamedColumns { get; init; }

    /// <summary>Gets a value indicating whether an HXL hashtag row (the HDX distribution's second line) was recognised and skipped.</summary>
    public required bool HxlRowSkipped { get; init; }

    /// <summary>
    /// Gets the text encoding the bytes were decoded from, as its web name (<c>utf-8</c>, <c>windows-1252</c>,
    /// <c>utf-16</c>...), or <see langword="null"/> when the import was given text its caller decoded.
    /// </summary>
    public string? Encoding { get; init; }

    /// <summary>Gets the name of the layout the header was recognised as (GED's <c>release</c>, <c>release-5</c>...), or <see langword="null"/> when the dataset has one.</summary>
    public string? Layout { get; init; }

    /// <summary>
    /// Gets the number of imported rows that joined an earlier row's event rather than making an engagement of their own
    /// (ACLED's monadic files: one row per actor), so that <see cref="RowsImported"/> = engagements + <see cref="RowsMerged"/>.
    /// </summary>
    public long RowsMerged { get; init; }
}
