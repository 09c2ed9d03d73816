using System;
using System.Collections.Generic;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Csv;

/// <summary>Settings for writing a UCDP GED or ACLED CSV file.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record CsvExportOptions
{
    /// <summary>Gets the default options: values written as they are (not spreadsheet-safe), no extra columns, no HXL row.</summary>
    public static CsvExportOptions Default { get; } = new();

    /// <summary>
    /// Gets a value indicating whether text that a spreadsheet would run as a formula is neutralised with a
    /// leading apostrophe (see <see cref="SpreadsheetSafety"/>). The default is <see langword="false"/>: values are
    /// written as they are, so that a file imported and exported again is unchanged; <see cref="ExportSummary.FormulaLikeValues"/>
    /// counts the values a spreadsheet would run.
    /// </summary>
    public bool SpreadsheetSafe { get; init; }

    /// <summary>
    /// Gets names of columns to write after the format's own, filled from the engagements' dataset fields of
    /// the same name (columns an import found but did not know). The default is none.
    /// </summary>
    public IReadOnlyList<string> AdditionalColumns { get; init; } = [];

    /// <summary>
    /// Gets a value indicating whether an ACLED export writes the HDX distribution's row of HXL hashtags under
    /// the header. Ignored for GED. The default is <see langword="false"/>.
    /// </summary>
    public bool IncludeHxlRow { get; init; }

    /// <summary>
    /// Gets a callback that sees every note as it is made (what was split, could not be written, or was written by a
    /// rule), beyond the first 1,000 that <see cref="ExportSummary.Notes"/> keeps. Called on the exporting thread. The
    /// default is none.
    /// </summary>
    public Action<Problem>? OnNote { get; init; }
}
