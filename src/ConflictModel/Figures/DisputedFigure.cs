using ConflictModel.Collections;

namespace ConflictModel.Figures;

/// <summary>
/// One thing counted (a <see cref="Measure"/> of a <see cref="FigureSubject"/>) with every source's
/// estimate of it, none privileged: "Malian soldiers killed: AFP at least 30; a local official at least 60".
/// </summary>
/// <remarks>
/// A figure stores claims, not a verdict. Use <see cref="FigureReconciler"/> with a
/// <see cref="ReconciliationPolicy"/> to turn the estimates into a low/best/high range with its reasoning.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DisputedFigure
{
    /// <summary>Gets the id of the figure, unique within the document.</summary>
    public required FigureId Id { get; init; }

    /// <summary>Gets what is counted.</summary>
    public required Measure Measure { get; init; }

    /// <summary>Gets whose people or equipment are counted.</summary>
    public required FigureSubject Subject { get; init; }

    /// <summary>
    /// Gets what one unit of the count is when it is not a person ("vehicles", "checkpoints"), or
    /// <see langword="null"/> for people.
    /// </summary>
    public string? Unit { get; init; }

    /// <summary>Gets every source's estimate, in the order they were recorded.</summary>
    public EquatableArray<Estimate> Estimates { get; init; }

    /// <summary>Gets an analyst's note on the figure, or <see langword="null"/>.</summary>
    public string? Note { get; init; }
}
