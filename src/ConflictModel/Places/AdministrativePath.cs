using ConflictModel.Collections;

namespace ConflictModel.Places;

/// <summary>
/// Where a site sits in the administrative hierarchy: its country, the administrative divisions from the
/// largest down, and the locality (town or village).
/// </summary>
/// <remarks>
/// For Timbuktu: country <c>ML</c>, divisions <c>["Tombouctou", "Tombouctou"]</c> (region, cercle),
/// locality <c>Timbuktu</c>. Names are kept as the source or gazetteer spells them; no translation is done.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record AdministrativePath
{
    /// <summary>Gets the ISO 3166-1 alpha-2 country code, upper case (<c>ML</c> for Mali).</summary>
    public required string CountryCode { get; init; }

    /// <summary>
    /// Gets the administrative divisions from the first order down (ACLED admin1..admin3, UCDP adm_1,
    /// adm_2); empty when none is known.
    /// </summary>
    public EquatableArray<string> Divisions { get; init; }

    /// <summary>Gets the town, village or city, or <see langword="null"/> when not known.</summary>
    public string? Locality { get; init; }
}
