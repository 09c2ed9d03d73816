using ConflictModel.Collections;

namespace ConflictModel.Actors;

/// <summary>
/// A party to the facts: an armed force, a group, a government, civilians or residents. Declared once in
/// a dataset document and referenced by id from any number of engagements, like a codebook's actor list.
/// </summary>
/// <remarks>
/// An actor may have a parent (the army of a state, a group backed by a patron) through
/// <see cref="ParentId"/> and <see cref="ParentRelation"/>; the chain must not loop (validation checks).
/// <see cref="ExternalIds"/> join the actor to UCDP, ACLED and Wikidata records.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Actor
{
    /// <summary>Gets the id that sides, incidents and sources use to reference this actor.</summary>
    public required ActorId Id { get; init; }

    /// <summary>Gets the name used in reporting ("Jama'at Nasr al-Islam wal-Muslimin").</summary>
    public required string Name { get; init; }

    /// <summary>Gets other names, acronyms and spellings ("JNIM", "GSIM").</summary>
    public EquatableArray<string> Aliases { get; init; }

    /// <summary>Gets what kind of actor this is.</summary>
    public required ActorKind Kind { get; init; }

    /// <summary>Gets the id of the actor this one belongs to or is backed by, or <see langword="null"/>.</summary>
    public ActorId? ParentId { get; init; }

    /// <summary>
    /// Gets how this actor relates to <see cref="ParentId"/> (part of it, backed by it, affiliated with it), or
    /// <see langword="null"/> when that is not stated.
    /// </summary>
    /// <remarks>
    /// A relation belongs with a parent: an actor without a <see cref="ParentId"/> leaves it out, and validation
    /// warns (CM1014) when one is given anyway. A parent without a stated relation is only "related somehow".
    /// </remarks>
    public ParentRelation? ParentRelation { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 code of the country the actor is based in or belongs to, or <see langword="null"/>.</summary>
    public string? CountryCode { get; init; }

    /// <summary>Gets identifiers of this actor in other registries (Wikidata, UCDP, ACLED).</summary>
    public EquatableArray<ExternalId> ExternalIds { get; init; }
}
