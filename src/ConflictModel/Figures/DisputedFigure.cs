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

    /// <summary>
    /// Gets the figure of the same engagement that this figure counts a part of, or <see langword="null"/>
    /// when it is not declared part of another: "at least 12 civilians, including 4 children" is a figure
    /// of children killed that is part of the figure of civilians killed.
    /// </summary>
    /// <remarks>
    /// <para>
    /// A part counts the same measure and unit as its whole (or killed, or wounded, within a whole of
    /// killed or wounded); its subject may be the same (children among civilians: say which part in
    /// <see cref="Note"/>) or narrower (one side's soldiers among everyone killed). Validation reports a
    /// whole that is not a figure of the engagement, a loop of parts, and a measure that cannot be part of
    /// the whole's as errors, and warns when the part's lowest estimate exceeds its whole's highest.
    /// </para>
    /// <para>
    /// Reconciliation never adds a part to its whole, nor a part's numbers to anything: each figure is
    /// reconciled from its own estimates. A part takes no part in the killed ≤ killed-or-wounded rule (it
    /// neither caps nor is capped), because which part of another toll it corresponds to is not known.
    /// Exporters that sum figures per subject leave parts out.
    /// </para>
    /// </remarks>
    public FigureId? PartOf { get; init; }

    /// <summary>Gets every source's estimate, in the order they were recorded.</summary>
    public EquatableArray<Estimate> Estimates { get; init; }

    /// <summary>Gets an analyst's note on the figure, or <see langword="null"/>.</summary>
    public string? Note { get; init; }
}
