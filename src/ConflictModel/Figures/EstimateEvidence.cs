using ConflictModel.Sources;

namespace ConflictModel.Figures;

/// <summary>
/// What a policy's own admission rule (<see cref="ReconciliationPolicyBuilder.SetAsideWhen"/>) sees of one
/// estimate: the estimate, the statement that made it, its source and its effective credibility.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record EstimateEvidence
{
    /// <summary>Gets the figure that holds the estimate.</summary>
    public required DisputedFigure Figure { get; init; }

    /// <summary>Gets the estimate's position in <see cref="DisputedFigure.Estimates"/>.</summary>
    public required int EstimateIndex { get; init; }

    /// <summary>Gets the estimate.</summary>
    public required Estimate Estimate { get; init; }

    /// <summary>Gets the statement that made the estimate.</summary>
    public required SourcedStatement Statement { get; init; }

    /// <summary>Gets the statement's source, or <see langword="null"/> when the document does not declare it.</summary>
    public Source? Source { get; init; }

    /// <summary>Gets the statement's grade, or else its source's, or <see langword="null"/> when neither is graded.</summary>
    public Credibility? Credibility { get; init; }
}
