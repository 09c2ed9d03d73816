using ConflictModel.Actors;
using ConflictModel.Collections;

namespace ConflictModel.Engagements;

/// <summary>The wider armed conflict an engagement belongs to ("Mali War"), with its identifiers elsewhere.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ConflictReference
{
    /// <summary>Gets the conflict's common name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the conflict's identifiers in other registries (UCDP conflict id, Wikidata).</summary>
    public EquatableArray<ExternalId> ExternalIds { get; init; }
}
