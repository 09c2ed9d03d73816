using ConflictModel.Collections;
using ConflictModel.Sources;
using ConflictModel.Time;

namespace ConflictModel.Figures;

/// <summary>
/// One step of a figure's evolution (<see cref="FigureReconciler.Evolution"/>): the statements that became
/// known at one reporting time, and the figure reconciled as of then.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record FigureEvolutionStep
{
    /// <summary>Gets the reporting time of this step: the <see cref="SourcedStatement.ReportedAt"/> of its first statement.</summary>
    public required TemporalExtent ReportedAt { get; init; }

    /// <summary>Gets the statements whose reporting window ends at this step, in engagement order.</summary>
    public required EquatableArray<StatementId> StatementIds { get; init; }

    /// <summary>Gets the figure reconciled with every statement known by the end of this step.</summary>
    public required ReconciledFigure Result { get; init; }
}
