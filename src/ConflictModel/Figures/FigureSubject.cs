using ConflictModel.Actors;
using ConflictModel.Collections;
using ConflictModel.Engagements;

namespace ConflictModel.Figures;

/// <summary>Whose people or equipment a figure counts: a side, particular actors, civilians, unknown, or everyone.</summary>
/// <remarks>
/// Two figures with equal subjects and related measures constrain each other (killed ≤ killed-or-wounded).
/// <see cref="SideId"/> is set only for <see cref="SubjectKind.Side"/> and <see cref="ActorIds"/> only for
/// <see cref="SubjectKind.Actors"/>; validation reports any other combination.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record FigureSubject
{
    /// <summary>Gets which kind of subject this is.</summary>
    public required SubjectKind Kind { get; init; }

    /// <summary>Gets the side counted, for <see cref="SubjectKind.Side"/>; otherwise <see langword="null"/>.</summary>
    public SideId? SideId { get; init; }

    /// <summary>Gets the actors counted, for <see cref="SubjectKind.Actors"/>; otherwise empty.</summary>
    public EquatableArray<ActorId> ActorIds { get; init; }

    /// <summary>Gets everyone involved, without distinction.</summary>
    public static FigureSubject All { get; } = new() { Kind = SubjectKind.All };

    /// <summary>Gets civilians not belonging to any side.</summary>
    public static FigureSubject Civilians { get; } = new() { Kind = SubjectKind.Civilians };

    /// <summary>Gets people whose affiliation is not known.</summary>
    public static FigureSubject Unknown { get; } = new() { Kind = SubjectKind.Unknown };

    /// <summary>Creates a subject for one side of the engagement.</summary>
    /// <param name="sideId">The side.</param>
    /// <returns>A subject of kind <see cref="SubjectKind.Side"/>.</returns>
    public static FigureSubject OfSide(SideId sideId) => new() { Kind = SubjectKind.Side, SideId = sideId };

    /// <summary>Creates a subject for particular actors.</summary>
    /// <param name="actorIds">The actors; order is kept.</param>
    /// <returns>A subject of kind <see cref="SubjectKind.Actors"/>.</returns>
    public static FigureSubject OfActors(params ActorId[] actorIds) => new() { Kind = SubjectKind.Actors, ActorIds = actorIds };

    /// <summary>Returns "side:mali", "actors:[wagner]", "civilians" and so on.</summary>
    /// <returns>A compact text form for messages.</returns>
    public override string ToString() => Kind switch
    {
        SubjectKind.Side => "side:" + SideId,
        SubjectKind.Actors => "actors:" + ActorIds,
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
