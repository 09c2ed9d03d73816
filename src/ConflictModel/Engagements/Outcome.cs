using ConflictModel.Collections;
using ConflictModel.Places;
using ConflictModel.Sources;

namespace ConflictModel.Engagements;

/// <summary>
/// What became of one objective: "airport: repelled"; "checkpoints at Assadi, Ber and Arwen: two
/// captured, not held long-term". An engagement's result usually differs by objective.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Outcome
{
    /// <summary>Gets the objective in words ("Timbuktu Airport and its military base").</summary>
    public required string Objective { get; init; }

    /// <summary>Gets the sites of the same engagement the objective comprises.</summary>
    public EquatableArray<SiteId> SiteIds { get; init; }

    /// <summary>Gets what became of the objective.</summary>
    public required OutcomeResult Result { get; init; }

    /// <summary>
    /// Gets whether a captured objective was kept beyond the engagement: <see langword="false"/> for
    /// "seized but not held", <see langword="null"/> when not known or not applicable.
    /// </summary>
    public bool? HeldLongTerm { get; init; }

    /// <summary>Gets the side that achieved the result (for a repelled attack, the defenders), or <see langword="null"/>.</summary>
    public SideId? AchievedBySideId { get; init; }

    /// <summary>Gets the statements that support this outcome (including conflicting claims).</summary>
    public EquatableArray<StatementId> StatementIds { get; init; }

    /// <summary>Gets an analyst's note ("which two of the three checkpoints is not reported"), or <see langword="null"/>.</summary>
    public string? Note { get; init; }
}
