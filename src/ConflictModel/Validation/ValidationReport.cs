using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConflictModel.Collections;

namespace ConflictModel.Validation;

/// <summary>The result of validating a dataset document or an engagement: every problem found, at once.</summary>
/// <remarks>
/// A document with warnings and infos but no errors is usable as stated: <see cref="HasErrors"/> is the
/// question to ask before using it. Problems are listed in the order the rules found them: document-wide
/// checks first, then each item in document order.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ValidationReport
{
    /// <summary>Creates a report holding <paramref name="problems"/> in order.</summary>
    /// <param name="problems">The problems; <see langword="null"/> elements are skipped.</param>
    public ValidationReport(IEnumerable<Problem>? problems)
    {
        Problems = EquatableArray.From(problems?.Where(p => p is not null));
        foreach (var problem in Problems)
        {
            switch (problem.Severity)
            {
                case ValidationSeverity.Error:
                    ErrorCount++;
                    break;
                case ValidationSeverity.Warning:
                    WarningCount++;
                    break;
                default:
                    InfoCount++;
                    break;
            }
        }
    }

    /// <summary>Gets a report with no problem.</summary>
    public static ValidationReport Empty { get; } = new([]);

    /// <summary>Gets every problem found, in the order found.</summary>
    public EquatableArray<Problem> Problems { get; }

    /// <summary>Gets the number of problems of severity <see cref="ValidationSeverity.Error"/>.</summary>
    public int ErrorCount { get; }

    /// <summary>Gets the number of problems of severity <see cref="ValidationSeverity.Warning"/>.</summary>
    public int WarningCount { get; }

    /// <summary>Gets the number of problems of severity <see cref="ValidationSeverity.Info"/>.</summary>
    public int InfoCount { get; }

    /// <summary>Gets a value indicating whether any problem is an error, which makes the document unusable as stated.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>Gets a value indicating whether there is no error (warnings and infos may remain).</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>Returns the problems with <paramref name="severity"/> or worse.</summary>
    /// <param name="severity">The least severity to keep.</param>
    /// <returns>The matching problems, in order.</returns>
    public IEnumerable<Problem> AtLeast(ValidationSeverity severity) => Problems.Where(p => p.Severity >= severity);

    /// <summary>Returns a summary line followed by one line per problem.</summary>
    /// <returns>Text for logs and console output.</returns>
    public override string ToString()
    {
        var summary = string.Create(CultureInfo.InvariantCulture, $"{ErrorCount} error(s), {WarningCount} warning(s), {InfoCount} info(s)");
        return Problems.IsEmpty ? summary : summary + "\n" + string.Join("\n", Problems);
    }
}
