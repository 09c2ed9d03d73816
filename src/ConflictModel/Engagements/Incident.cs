using ConflictModel.Actors;
using ConflictModel.Collections;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;

namespace ConflictModel.Engagements;

/// <summary>
/// A sub-event of an engagement: the car bomb at the airport's entrance, the artillery fire on the base,
/// the lynching after the fighting. The engagement's incidents, in order, are its timeline.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Incident
{
    /// <summary>Gets the id of the incident, unique within the document.</summary>
    public required IncidentId Id { get; init; }

    /// <summary>Gets what happened, in one or two sentences.</summary>
    public required string Description { get; init; }

    /// <summary>Gets when it happened, or <see langword="null"/> when only the engagement's time is known.</summary>
    public TemporalExtent? Time { get; init; }

    /// <summary>Gets where it happened: sites of the same engagement.</summary>
    public EquatableArray<SiteId> SiteIds { get; init; }

    /// <summary>Gets who carried it out.</summary>
    public EquatableArray<ActorId> ActorIds { get; init; }

    /// <summary>Gets the means used.</summary>
    public EquatableArray<Tactic> Tactics { get; init; }

    /// <summary>Gets the statements that report it.</summary>
    public EquatableArray<StatementId> StatementIds { get; init; }
}
