using System.Collections.Generic;

namespace ConflictModel.Interop.GeoJson;

/// <summary>What <see cref="SiteGeoJsonWriter"/> wrote, and which sites it could not place.</summary>
public sealed record GeoJsonSummary
{
    /// <summary>Gets how many engagements were read.</summary>
    public required long Engagements { get; init; }

    /// <summary>Gets how many features were written: one per site with coordinates.</summary>
    public required long Features { get; init; }

    /// <summary>Gets every site without coordinates, in input order: these have no feature.</summary>
    public required IReadOnlyList<SiteWithoutCoordinates> SitesWithoutCoordinates { get; init; }
}
