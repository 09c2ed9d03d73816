namespace ConflictModel.Interop.GeoJson;

/// <summary>A site that has no coordinates, and so no feature in the GeoJSON: listed in <see cref="GeoJsonSummary.SitesWithoutCoordinates"/> so it is not lost unseen.</summary>
public sealed record SiteWithoutCoordinates
{
    /// <summary>Gets the id of the site's engagement.</summary>
    public required string EngagementId { get; init; }

    /// <summary>Gets the site's id (unique within its engagement).</summary>
    public required string SiteId { get; init; }

    /// <summary>Gets the site's name, so the list can be read without the document.</summary>
    public required string SiteName { get; init; }
}
