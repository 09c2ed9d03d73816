namespace ConflictModel.Interop.Csv;

/// <summary>What an importer does when a row cannot be turned into an engagement.</summary>
public enum BadRowHandling
{
    /// <summary>
    /// Stop at the first bad row: the batch built so far is delivered, then a
    /// <see cref="CsvImportException"/> is thrown that carries the row's <see cref="Validation.Problem"/> and the summary.
    /// </summary>
    StopAtFirst = 1,

    /// <summary>Skip the bad row, record its <see cref="Validation.Problem"/> in the summary and go on.</summary>
    SkipAndReport = 2,
}
