namespace ConflictModel.Actors;

/// <summary>An identifier of the same actor or conflict in another registry ("UCDP actor 1121").</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ExternalId
{
    /// <summary>Gets the registry the <see cref="Value"/> belongs to.</summary>
    public required ExternalIdScheme Scheme { get; init; }

    /// <summary>Gets the identifier exactly as the registry writes it.</summary>
    public required string Value { get; init; }

    /// <summary>Creates an external id.</summary>
    /// <param name="scheme">The registry.</param>
    /// <param name="value">The identifier as the registry writes it.</param>
    /// <returns>A new external id.</returns>
    public static ExternalId Of(ExternalIdScheme scheme, string value) => new() { Scheme = scheme, Value = value };

    /// <summary>Returns "scheme:value", for example "Wikidata:Q5682436".</summary>
    /// <returns>A compact text form.</returns>
    public override string ToString() => Scheme + ":" + Value;
}
