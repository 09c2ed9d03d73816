using ConflictModel.Engagements;

namespace ConflictModel.Interop.Matching;

/// <summary>One event of one input, as a match names it.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record EventReference
{
    /// <summary>Gets the input's position among the inputs given to <see cref="DatasetMatcher"/>, from 0.</summary>
    public required int Input { get; init; }

    /// <summary>Gets the input's name (its file, as given in <see cref="MatchInput.Name"/>).</summary>
    public required string File { get; init; }

    /// <summary>Gets the event's id as its dataset writes it: the GED <c>id</c> or ACLED <c>event_id_cnty</c> (the engagement's UCDP or ACLED event external id), else the engagement id as read.</summary>
    public required string DatasetId { get; init; }

    /// <summary>Gets the engagement's id in the merged document (qualified by its input when it collided with another input's; see docs/matching.md).</summary>
    public required EngagementId EngagementId { get; init; }
}
