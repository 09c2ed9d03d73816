using System;
using System.Collections.Generic;
using ConflictModel.Json;

namespace ConflictModel.Interop.Formats;

/// <summary>How a <see cref="DatasetFormat"/> writes: the same options for every format, each using those that apply.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DatasetWriteOptions
{
    /// <summary>Gets the defaults.</summary>
    public static DatasetWriteOptions Default { get; } = new();

    /// <summary>Gets what a JSON Lines line holds. The default is <see cref="JsonLinesShape.Engagement"/>: one self-contained engagement per line.</summary>
    public JsonLinesShape JsonLinesShape { get; init; } = JsonLinesShape.Engagement;

    /// <summary>
    /// Gets whether CSV text that a spreadsheet would run as a formula is neutralised with a leading apostrophe
    /// (see <see cref="Csv.CsvExportOptions.SpreadsheetSafe"/>). The default is <see langword="false"/>: values are
    /// written as they are, and <see cref="DatasetWriteSummary.FormulaLikeValues"/> counts those a spreadsheet would run.
    /// </summary>
    public bool SpreadsheetSafe { get; init; }

    /// <summary>Gets the names of CSV columns to write after the format's own, filled from dataset fields of the same name. The default is none.</summary>
    public IReadOnlyList<string> AdditionalColumns { get; init; } = [];

    /// <summary>
    /// Gets the name of the <see cref="DatasetFormat.Layouts"/> entry to write, or <see langword="null"/> (the default)
    /// for the layout the engagements were read in (their <see cref="DatasetFormat.LayoutFieldName"/> field), or the
    /// format's first layout when they record none. A format refuses a name it does not have with an
    /// <see cref="ArgumentException"/> that lists its layouts.
    /// </summary>
    public string? Layout { get; init; }

    /// <summary>Gets whether an ACLED file gets the HDX distribution's HXL row under its header. The default is <see langword="false"/>.</summary>
    public bool IncludeHxlRow { get; init; }

    /// <summary>
    /// Gets how many threads serialize documents at once (JSON Lines); the output is in order whatever the value.
    /// The default is 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MaxDegreeOfParallelism));
            field = value;
        }
    } = 1;

    /// <summary>
    /// Gets where each document written comes from, for the messages of a writer that merges them (JSON): called as
    /// each document arrives, it returns the file and line to name, or <see langword="null"/> for "document N".
    /// </summary>
    public Func<(string? File, long? Line)>? Origin { get; init; }

    /// <summary>
    /// Gets a callback that sees every note of the write as it is made (what a CSV format split, could not hold or wrote
    /// by a rule), beyond the first 1,000 that <see cref="DatasetWriteSummary.Notes"/> keeps. The default is none.
    /// </summary>
    public Action<Validation.Problem>? OnNote { get; init; }
}
