using System;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Csv;

/// <summary>
/// Thrown while reading when the input stops being what it was decided to be: a byte its encoding cannot decode
/// (<c>csv.encoding</c>), or, in a non-seekable input, a date that contradicts the day/month order the column was
/// read in (<c>csv.date-order-contradicted</c>). The engine stops the import with <see cref="Problem"/>.
/// </summary>
internal sealed class CsvInputException(Problem problem) : Exception(problem.Message)
{
    public Problem Problem { get; } = problem;
}
