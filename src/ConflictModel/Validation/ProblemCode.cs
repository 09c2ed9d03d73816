namespace ConflictModel.Validation;

/// <summary>
/// One entry of the problem catalogue: a stable code that a <see cref="Problem"/> carries, its severity, what
/// it means and how to fix the input. <see cref="ProblemCodes.All"/> lists the core's codes; the interop package's
/// catalogue adds those of its formats, and <c>docs/problem-codes.md</c> is generated from the whole list.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ProblemCode
{
    /// <summary>
    /// Gets the stable code: <c>CM</c> and four digits for validation rules, otherwise the area and a name,
    /// such as <c>json.syntax</c> or <c>ged.high-below-best</c>. A code is never reused for another meaning.
    /// </summary>
    public required string Code { get; init; }

    /// <summary>Gets the severity of every problem reported under this code.</summary>
    public required ValidationSeverity Severity { get; init; }

    /// <summary>Gets what the problem means, in one or two sentences.</summary>
    public required string Meaning { get; init; }

    /// <summary>Gets how to fix the input (or what to do about it), in one or two sentences.</summary>
    public required string Fix { get; init; }

    /// <summary>Gets the area the code belongs to: the part before the first '.', or <c>validation</c> for CM codes.</summary>
    public string Area => Code.StartsWith("CM", System.StringComparison.Ordinal) ? "validation" : Code[..System.Math.Max(0, Code.IndexOf('.', System.StringComparison.Ordinal))];

    /// <summary>Returns "code (Severity): meaning".</summary>
    /// <returns>A compact text form.</returns>
    public override string ToString() => Code + " (" + Severity + "): " + Meaning;
}
