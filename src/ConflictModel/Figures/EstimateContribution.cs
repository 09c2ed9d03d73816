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

    /// <summary>
    /// Gets the statement that superseded the estimate's, or <see langword="null"/> when it was not
    /// superseded. Set whether the policy then set the estimate aside (<see cref="ContributionRole.Superseded"/>)
    /// or kept it (<see cref="ReconciliationPolicy.KeepSuperseded"/>), so a chart can draw it faded either way.
    /// </summary>
    public StatementId? SupersededBy { get; init; }

    /// <summary>Gets the estimate's effective grade (its statement's, or else its source's), or <see langword="null"/> when ungraded.</summary>
    public Credibility? Credibility { get; init; }

    /// <summary>Gets a value indicating whether the estimate's source speaks for a side of the engagement.</summary>
    public bool IsPartisan { get; init; }

    /// <summary>Gets the reasoning in plain English, naming the source and its words.</summary>
    public required string Reason { get; init; }
}
