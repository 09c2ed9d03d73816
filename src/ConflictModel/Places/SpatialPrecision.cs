namespace ConflictModel.Places;

/// <summary>
/// How precisely a site's location is known. The numeric values are UCDP GED's <c>where_prec</c> codes;
/// ACLED's <c>geo_precision</c> 1, 2 and 3 map to <see cref="ExactLocation"/>, <see cref="NearLocation"/>
/// and <see cref="FirstOrderAdministrative"/> (see docs/modelling-guide.md).
/// </summary>
public enum SpatialPrecision
{
    /// <summary>The exact location is known (a named town, airport or checkpoint); where_prec 1.</summary>
    ExactLocation = 1,

    /// <summary>Within about 25 km of a known point ("near Timbuktu", "the outskirts"); where_prec 2.</summary>
    NearLocation = 2,

    /// <summary>Only the second-order administrative division (district, cercle) is known; where_prec 3.</summary>
    SecondOrderAdministrative = 3,

    /// <summary>Only the first-order administrative division (region, province) is known; where_prec 4.</summary>
    FirstOrderAdministrative = 4,

    /// <summary>A linear feature (road, river, border) or an area larger than a division; where_prec 5.</summary>
    LinearFeatureOrArea = 5,

    /// <summary>Only the country is known; where_prec 6.</summary>
    Country = 6,

    /// <summary>International waters or airspace; where_prec 7.</summary>
    InternationalWatersOrAirspace = 7,
}
