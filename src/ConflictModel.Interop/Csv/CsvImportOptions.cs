using System;

namespace ConflictModel.Interop.Csv;

/// <summary>Settings for reading a UCDP GED or ACLED CSV file.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record CsvImportOptions
{
    /// <summary>Gets the default options: batches of 1,000 rows, stop at the first bad row.</summary>
    public static CsvImportOptions Default { get; } = new();

    /// <summary>
    /// Gets how many engagements a batch holds before it is handed to the caller. Memory use is bounded by
    /// one batch, whatever the size of the file. The default is 1,000: larger batches cost more in garbage
    /// collection (every engagement of a batch survives until the batch is handed over) without reading faster.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int BatchSize
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(BatchSize));
            field = value;
        }
    } = 1_000;

    /// <summary>
    /// Gets how many threads map rows to engagements. With 1, the default, the whole import runs on the calling
    /// thread (and the thread-pool threads its awaits resume on). With more, that many threads of their own read the
    /// CSV in turns, map blocks of rows and take the results in file order into batches; the batch callback and
    /// <see cref="Progress"/> are then called on those threads, one call at a time, and a callback that does not
    /// complete at once is waited for. The documents, warnings, errors, progress reports and summary are the same as
    /// with 1: actors and sources are still defined by the first row that names them. <see cref="Environment.ProcessorCount"/>
    /// is a good value for whole datasets (docs/performance.md has the figures).
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
    /// Gets whether engagement ids are kept unique across the whole import rather than within each batch. A
    /// document's ids are unique, so a row whose event id an earlier row of the same batch already has is
    /// imported with its line as a suffix (<c>ged-625373.line-8</c>, warning <c>csv.duplicate-id</c>). Rows of
    /// different batches are compared only when this is set, since that means remembering every id of the file
    /// (about 70 bytes a row): set it when the batches are merged into one document.
    /// <see cref="Ged.GedImporter.ImportAsync(System.IO.TextReader, CsvImportOptions?, System.Threading.CancellationToken)"/>,
    /// the ACLED equivalent and the file overloads set it, as does the tool's <c>convert --to json</c>.
    /// </summary>
    public bool UniqueIdsAcrossBatches { get; init; }

    /// <summary>Gets what to do with a row that cannot be imported. The default is <see cref="BadRowHandling.StopAtFirst"/>.</summary>
    public BadRowHandling BadRows { get; init; } = BadRowHandling.StopAtFirst;

    /// <summary>
    /// Gets the name of the file as it should appear in errors and warnings, or <see langword="null"/>
    /// for "(input)". The file-path overloads set it to the path.
    /// </summary>
    public string? FileName { get; init; }

    /// <summary>
    /// Gets the most errors and the most warnings the summary keeps in its lists (the counts stay exact).
    /// The default is 10,000, which bounds memory on files with many suspicious rows.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxReportedIssues
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(MaxReportedIssues));
            field = value;
        }
    } = 10_000;

    /// <summary>Gets where progress is reported as each batch is completed (just before it is handed to the callback), or <see langword="null"/> for none.</summary>
    public IProgress<ImportProgress>? Progress { get; init; }

    /// <summary>
    /// Gets a value indicating whether a leading apostrophe that <see cref="SpreadsheetSafety"/> added in
    /// front of <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return is removed on reading, so
    /// that files this library wrote read back to the original values. The default is <see langword="true"/>.
    /// </summary>
    public bool RestoreNeutralisedFormulas { get; init; } = true;
}
