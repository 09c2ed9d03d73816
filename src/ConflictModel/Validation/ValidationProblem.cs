namespace ConflictModel.Validation;

/// <summary>
/// One problem found by validation: where it is (a JSON path), which rule it breaks (a stable code), how
/// serious it is, a message that says what was expected, and the offending value.
/// </summary>
/// <remarks>
/// <see cref="Path"/> uses the JSON names and indices of the serialized document:
/// <c>engagements[0].figures[2].estimates[1].quantity.low</c>. An empty path means the document (or the
/// engagement, when one engagement is validated on its own and is not part of the document).
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ValidationProblem
{
    /// <summary>Gets the JSON path of the offending member, such as <c>actors[3].parentId</c>.</summary>
    public required string Path { get; init; }

    /// <summary>Gets the stable code of the rule broken, such as <c>CM2002</c> (see <see cref="ValidationRules"/>).</summary>
    public required string Code { get; init; }

    /// <summary>Gets how serious the problem is.</summary>
    public required ValidationSeverity Severity { get; init; }

    /// <summary>Gets a message in English that names the item, gives the value and says what was expected.</summary>
    public required string Message { get; init; }

    /// <summary>Gets the offending value as text (invariant culture), or <see langword="null"/> when it was null or there is none.</summary>
    public string? AttemptedValue { get; init; }

    /// <summary>Returns "path: CODE Severity: message".</summary>
    /// <returns>A one-line text form for logs.</returns>
    public override string ToString() => (Path.Length == 0 ? "(root)" : Path) + ": " + Code + " " + Severity + ": " + Message;
}
