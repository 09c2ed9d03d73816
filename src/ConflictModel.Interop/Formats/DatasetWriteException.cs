using System;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Formats;

/// <summary>Thrown when documents cannot be written as asked: two declarations of one id differ where the output holds one document, or a value cannot be written.</summary>
/// <remarks>The message is the problem's text; <see cref="Problem"/> has its parts.</remarks>
public sealed class DatasetWriteException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">The located error.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    public DatasetWriteException(Problem problem, Exception? innerException = null)
        : base(problem?.ToString(), innerException)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Problem = problem;
    }

    /// <summary>Gets the located error.</summary>
    public Problem Problem { get; }
}
