using ConflictModel.Collections;

namespace ConflictModel.Interop.Matching;

/// <summary>
/// The counts of a match: nothing is lost, so <see cref="EventsIn"/> = <see cref="EngagementsOut"/> +
/// <see cref="EventsMerged"/>.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record MatchSummary
{
    /// <summary>Gets each input's tally, in input order.</summary>
    public required EquatableArray<InputTally> Inputs { get; init; }

    /// <summary>Gets the engagements read from all inputs.</summary>
    public long EventsIn { get; init; }

    /// <summary>Gets the engagements written: one per group of matched events, and every unmatched event as it was.</summary>
    public long EngagementsOut { get; init; }

    /// <summary>Gets the events merged into another (every member of a group but the one whose id the group keeps).</summary>
    public long EventsMerged { get; init; }

    /// <summary>Gets the matched pairs.</summary>
    public long Pairs { get; init; }

    /// <summary>Gets the candidate pairs the index found and the rules scored (for the index's selectivity).</summary>
    public long Candidates { get; init; }

    /// <summary>Gets the groups of matched events (merged engagements).</summary>
    public long Groups { get; init; }

    /// <summary>Gets the events matched to several events of one other input.</summary>
    public long OneToManyEvents { get; init; }

    /// <summary>Gets the disagreement over the merged figures.</summary>
    public required DisagreementSummary Disagreement { get; init; }
}
