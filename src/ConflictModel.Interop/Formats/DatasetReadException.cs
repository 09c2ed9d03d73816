using System;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Formats;

/// <summary>
/// Thrown while a <see cref="DatasetReading"/> is enumerated when the input cannot be read on: a required column is
/// missing, the JSON is malformed, or a record is bad and <see cref="DatasetReadOptions.BadRecords"/> says to stop.
/// </summary>
/// <remarks>The message is the problem's text; <see cref="Problem"/> has its parts, <see cref="Summary"/> what had been read.</remarks>
public sealed class DatasetReadException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">The located error.</param>
    /// <param name="summary">What had been read up to it.</param>
    /// <param name="innerException">The format's own exception, or <see langword="null"/>.</param>
    public DatasetReadException(Problem problem, ReadSummary summary, Exception? innerException)
        : base(problem?.ToString(), innerException)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(summary);
        Problem = problem;
        Summary = summary;
    }

    /// <summary>Gets the located error that stopped the read.</summary>
    public Problem Problem { get; }

    /// <summary>Gets what had been read up to the error; records read = imported + rejected holds.</summary>
    public ReadSummary Summary { get; }
}
