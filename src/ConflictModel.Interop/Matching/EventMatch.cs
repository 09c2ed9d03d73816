using ConflictModel.Collections;

namespace ConflictModel.Interop.Matching;

/// <summary>
/// A pair of events of two inputs found to be the same event: both events, the score and its parts, and the reasons
/// in words.
/// </summary>
/// <remarks>
/// The parts are each from 0 to 1; <see cref="Score"/> is their mean weighted by <see cref="MatchOptions"/>' weights.
/// <see cref="OneToMany"/> is set when either event is matched to several events of the other input (an episode over
/// several days against daily events).
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record EventMatch
{
    /// <summary>Gets the event of the earlier input.</summary>
    public required EventReference Left { get; init; }

    /// <summary>Gets the event of the later input.</summary>
    public required EventReference Right { get; init; }

    /// <summary>Gets the weighted score, from <see cref="MatchOptions.MinScore"/> to 1, rounded to 4 decimals.</summary>
    public required double Score { get; init; }

    /// <summary>Gets the time score: 1 when the days the two times cover overlap, less the further apart they are within the windows.</summary>
    public required double TimeScore { get; init; }

    /// <summary>Gets the distance score: 1 at the same point, 0 at the sum of the two sites' radii.</summary>
    public required double DistanceScore { get; init; }

    /// <summary>Gets the compatibility of the two types (<see cref="TypeCompatibility"/>).</summary>
    public required double TypeScore { get; init; }

    /// <summary>Gets the actor score: how alike the best-paired actors are; 0.5 when one event names none.</summary>
    public required double ActorScore { get; init; }

    /// <summary>Gets the count score: (lower + 1) / (higher + 1) of the two totals killed; 0.5 when either is not stated.</summary>
    public required double CountScore { get; init; }

    /// <summary>Gets the place-name score: the share of words the two nearest-named sites' names have in common (Dice); 0.5 when either has no name.</summary>
    public required double PlaceNameScore { get; init; }

    /// <summary>Gets the distance in kilometres between the two nearest sites.</summary>
    public required double DistanceKm { get; init; }

    /// <summary>Gets the days between the last day of one time and the first of the other (0 when they overlap).</summary>
    public required int GapDays { get; init; }

    /// <summary>Gets a value indicating whether either event is matched to several events of the other input.</summary>
    public bool OneToMany { get; init; }

    /// <summary>Gets the reasons, one per rule: time, place, type, actors, killed and place names, in words.</summary>
    public required EquatableArray<string> Reasons { get; init; }
}
