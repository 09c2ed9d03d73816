using ConflictModel.Sources;

namespace ConflictModel.Figures;

/// <summary>
/// One source's number for a figure: the typed <see cref="Quantity"/>, the source's own wording, and the
/// statement that made it (which names the source, the date and the relay chain).
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Estimate
{
    /// <summary>Gets the statement of the same engagement that gave this number.</summary>
    public required StatementId StatementId { get; init; }

    /// <summary>Gets the number as typed value.</summary>
    public required Quantity Quantity { get; init; }

    /// <summary>Gets the source's words for the number ("at least 30", "dozens"), or <see langword="null"/>.</summary>
    public string? Wording { get; init; }

    /// <summary>Creates an estimate.</summary>
    /// <param name="statementId">The statement that gave the number.</param>
    /// <param name="quantity">The number.</param>
    /// <param name="wording">The source's words for it, or <see langword="null"/>.</param>
    /// <returns>A new estimate.</returns>
    public static Estimate Of(StatementId statementId, Quantity quantity, string? wording = null) =>
        new() { StatementId = statementId, Quantity = quantity, Wording = wording };

    /// <summary>Returns the quantity followed by the statement id, e.g. "≥30 (afp-toll)".</summary>
    /// <returns>A compact text form for messages.</returns>
    public override string ToString() => Quantity + " (" + StatementId + ")";
}
