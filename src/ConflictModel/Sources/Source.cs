using ConflictModel.Actors;

namespace ConflictModel.Sources;

/// <summary>
/// Someone who says things about events: an agency, an official, an analyst, a party to the conflict.
/// Declared once in a dataset document and referenced by statements.
/// </summary>
/// <remarks>
/// <see cref="AffiliatedActorId"/> records that the source speaks for, or belongs to, an actor (the Malian
/// army's spokesman speaks for the Malian Armed Forces). Reconciliation uses it to tell partisan claims
/// from independent ones, and validation flags an estimate a side makes of its own losses as self-reported.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Source
{
    /// <summary>Gets the id statements use to reference this source.</summary>
    public required SourceId Id { get; init; }

    /// <summary>Gets the source's name as credited ("Agence France-Presse", "a local elected official").</summary>
    public required string Name { get; init; }

    /// <summary>Gets what kind of source this is.</summary>
    public required SourceKind Kind { get; init; }

    /// <summary>Gets the actor the source speaks for or belongs to, or <see langword="null"/> for an independent source.</summary>
    public ActorId? AffiliatedActorId { get; init; }

    /// <summary>Gets a stable web address for the source itself (not one article), or <see langword="null"/>.</summary>
    public string? Url { get; init; }

    /// <summary>Gets free text on who the source is ("Sahel expert at France 24"), or <see langword="null"/>.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// Gets the analyst's grade of the source's statements in general, or <see langword="null"/> for no
    /// judgement; a statement's own <see cref="SourcedStatement.Credibility"/> overrides it.
    /// </summary>
    public Credibility? Credibility { get; init; }
}
