namespace ConflictModel.Validation;

/// <summary>
/// The description of one validation rule: its stable code, category and severity, what it checks, an
/// example of a failing value and how to fix it. <see cref="ValidationRules.All"/> lists every rule, and
/// <c>docs/validation-rules.md</c> documents the same list.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ValidationRule
{
    /// <summary>Gets the stable code, such as <c>CM2002</c>; a code is never reused for another rule.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the kind of rule.</summary>
    public required RuleCategory Category { get; init; }

    /// <summary>Gets the severity of every problem the rule reports.</summary>
    public required ValidationSeverity Severity { get; init; }

    /// <summary>Gets what the rule checks, in one sentence.</summary>
    public required string Checks { get; init; }

    /// <summary>Gets an example of a value that breaks the rule.</summary>
    public required string Example { get; init; }

    /// <summary>Gets how to fix a document that breaks the rule.</summary>
    public required string Fix { get; init; }

    /// <summary>Returns the code and what the rule checks, e.g. "CM2002 (Error): ...".</summary>
    /// <returns>A compact text form.</returns>
    public override string ToString() => Code + " (" + Severity + "): " + Checks;
}
