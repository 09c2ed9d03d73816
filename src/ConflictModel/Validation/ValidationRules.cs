using System.Collections.Generic;
using System.Linq;

namespace ConflictModel.Validation;

/// <summary>
/// The catalogue of validation rules: every code <see cref="DatasetValidator"/> can report, with its
/// severity, what it checks, an example and the fix. <c>docs/validation-rules.md</c> documents the same list.
/// </summary>
/// <remarks>
/// Codes are stable: CM1xxx structural, CM2xxx referential, CM3xxx semantic. A code is never reused for
/// another rule; a retired rule keeps its code reserved.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public static class ValidationRules
{
    private static readonly Dictionary<string, ValidationRule> ByCode = Rules.All.ToDictionary(r => r.Code, System.StringComparer.Ordinal);

    /// <summary>Gets every rule, ordered by code.</summary>
    public static IReadOnlyList<ValidationRule> All { get; } = Rules.All.AsReadOnly();

    /// <summary>Finds a rule by its code.</summary>
    /// <param name="code">A code such as <c>CM2002</c>, matched exactly.</param>
    /// <returns>The rule, or <see langword="null"/> when no rule has that code.</returns>
    public static ValidationRule? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var rule) ? rule : null;
}
