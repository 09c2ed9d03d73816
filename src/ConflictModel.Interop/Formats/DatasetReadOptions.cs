using System;
using ConflictModel.Interop.Csv;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Formats;

/// <summary>How a <see cref="DatasetFormat"/> reads: the same options for every format, each using those that apply.</summary>
/// <threadsafety>Immutable; the callbacks are called one at a time, on the reading thread or a worker.</threadsafety>
public sealed record DatasetReadOptions
{
    /// <summary>Gets the defaults: stop at the first bad record, batches of 1,000, one thread.</summary>
    public static DatasetReadOptions Default { get; } = new();

    /// <summary>Gets the name of the input as problems should give it (a path), or <see langword="null"/> for "(input)".</summary>
    public string? Name { get; init; }

    /// <summary>
    /// Gets what happens to a record (a CSV row, a JSON Lines line) that cannot be read: stop with a
    /// <see cref="DatasetReadException"/> (the default), or skip it, report it through <see cref="OnProblem"/> and the
    /// summary, and go on.
    /// </summary>
    public BadRowHandling BadRecords { get; init; } = BadRowHandling.StopAtFirst;

    /// <summary>Gets how many engagements a document of a CSV import holds at most (see <see cref="CsvImportOptions.BatchSize"/>). The default is 1,000.</summary>
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

    /// <summary>Gets how many threads a CSV import maps rows on (see <see cref="CsvImportOptions.MaxDegreeOfParallelism"/>). The default is 1.</summary>
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
    /// Gets whether the engagement ids of a CSV import are unique across batches, not only within each (see
    /// <see cref="CsvImportOptions.UniqueIdsAcrossBatches"/>): set it when the documents will be merged into one.
    /// </summary>
    public bool UniqueIdsAcrossBatches { get; init; }

    /// <summary>Gets where progress is reported (after each batch or line), or <see langword="null"/>.</summary>
    public IProgress<ReadProgress>? Progress { get; init; }

    /// <summary>
    /// Gets a callback for each problem as it is found (a skipped record's error, a warning on a value imported as
    /// it stands), or <see langword="null"/>. The summary keeps them too, up to <see cref="MaxReportedProblems"/>.
    /// </summary>
    public Action<Problem>? OnProblem { get; init; }

    /// <summary>Gets the most problems the summary keeps (the counts stay exact). The default is 10,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxReportedProblems
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(MaxReportedProblems));
            field = value;
        }
    } = 10_000;
}
