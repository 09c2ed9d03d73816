using ConflictModel.Actors;
using ConflictModel.Collections;

namespace ConflictModel.Engagements;

/// <summary>One side of an engagement: an ordered set of actors fighting together, with their role.</summary>
/// <remarks>
/// The first actor is the leading one (the Malian Armed Forces before the Wagner Group). An actor must not
/// appear on two sides of the same engagement (validation checks).
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Side
{
    /// <summary>Gets the id figures use to count this side's losses, unique within the document.</summary>
    public required SideId Id { get; init; }

    /// <summary>Gets the role the side played.</summary>
    public required SideRole Role { get; init; }

    /// <summary>Gets the actors on this side, leading actor first.</summary>
    public required EquatableArray<ActorId> ActorIds { get; init; }

    /// <summary>Gets a display name for the side ("Mali and allies"), or <see langword="null"/> to use the actors' names.</summary>
    public string? Name { get; init; }
}
