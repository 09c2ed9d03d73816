using System;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Csv;

/// <summary>
/// Thrown when a CSV file cannot be imported: a required column is missing, or a row is bad and
/// <see cref="CsvImportOptions.BadRows"/> is <see cref="BadRowHandling.StopAtFirst"/>.
/// </summary>
/// <remarks>The message is the located error; <see cref="Error"/> has its parts and <see cref="Summary"/> what had been done.</remarks>
public sealed class CsvImportException : FormatException
{
    /// <summary>Creates the exception for <paramref name="error"/>.</summary>
    /// <param name="error">The located error.</param>
    /// <param name="summary">The summary up to and including the bad row.</param>
    public CsvImportException(Problem error, ImportSummary summary)
        : base(error?.ToString())
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(summary);
        Error = error;
        Summary = summary;
    }

    /// <summary>Gets the located error that stopped the import.</summary>
    public Problem Error { get; }

    /// <summary>Gets the summary of the import up to the error; rows read = imported + rejected holds.</summary>
    public ImportSummary Summary { get; }
}
