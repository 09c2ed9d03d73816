namespace ConflictModel.Places;

/// <summary>What a site is, independently of its role in the engagement.</summary>
public enum SiteKind
{
    /// <summary>A city, town or village.</summary>
    Settlement = 1,

    /// <summary>An airport or airfield, civil or military.</summary>
    Airport = 2,

    /// <summary>A military base, camp or barracks.</summary>
    MilitaryBase = 3,

    /// <summary>A checkpoint or roadblock.</summary>
    Checkpoint = 4,

    /// <summary>A district, quarter or neighbourhood of a settlement.</summary>
    Neighbourhood = 5,

    /// <summary>A road, river or other linear feature.</summary>
    Route = 6,

    /// <summary>A single building or compound (a market, a mosque, a government office).</summary>
    Building = 7,

    /// <summary>An administrative or natural area (a region, a forest).</summary>
    Area = 8,

    /// <summary>Anything else; say what in the site's description.</summary>
    Other = 9,
}
