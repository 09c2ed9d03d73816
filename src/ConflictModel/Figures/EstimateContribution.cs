using ConflictModel.Sources;

namespace ConflictModel.Figures;

/// <summary>One step of a reconciliation's reasoning: which estimate did what, and why.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record EstimateContribution
{
    /// <summary>Gets the figure that holds the estimate: the reconciled figure, or a related one for a ceiling.</summary>
    public required FigureId FigureId { get; init; }

    /// <summary>Gets the estimate's position in that figure's <see cref="DisputedFigure.Estimates"/>.</summary>
    public required int EstimateIndex { get; init; }

    /// <summary>Gets the statement that made the estimate.</summary>
    public required StatementId StatementId { get; init; }

    /// <summary>Gets what the estimate did.</summary>
    public required ContributionRole Role { get; init; }

    /// <summary>Gets the value the estimate contributed for this role, or <see langword="null"/> when it contributed none.</summary>
    public long? Value { get; init; }

    /// <summary>Gets the reasoning in plain English, naming the source and its words.</summary>
    public required string Reason { get; init; }
}
