namespace ConflictModel.Actors;

/// <summary>A registry whose identifiers an actor or conflict can carry, so records can be joined across datasets.</summary>
public enum ExternalIdScheme
{
    /// <summary>A Wikidata item id such as <c>Q5682436</c>.</summary>
    Wikidata = 1,

    /// <summary>A UCDP actor id (<c>side_a_new_id</c>/<c>side_b_new_id</c> in GED), written as digits.</summary>
    UcdpActor = 2,

    /// <summary>A UCDP conflict id (<c>conflict_new_id</c>), written as digits.</summary>
    UcdpConflict = 3,

    /// <summary>A UCDP dyad id (<c>dyad_new_id</c>), written as digits.</summary>
    UcdpDyad = 4,

    /// <summary>An ACLED actor name, which is ACLED's actor key (e.g. <c>JNIM: Group for Support of Islam and Muslims</c>).</summary>
    AcledActor = 5,

    /// <summary>A Gleditsch-Ward country code (<c>gwnoa</c>/<c>gwnob</c> in GED), written as digits.</summary>
    GleditschWard = 6,

    /// <summary>A UCDP GED event id (<c>id</c> in GED), written as digits.</summary>
    UcdpEvent = 7,

    /// <summary>An ACLED event id (<c>event_id_cnty</c>, e.g. <c>MLI12345</c>).</summary>
    AcledEvent = 8,

    /// <summary>A PRIO-GRID cell id (<c>priogrid_gid</c> in GED), written as digits.</summary>
    PrioGrid = 9,

    /// <summary>A GeoNames feature id, written as digits.</summary>
    GeoNames = 10,
}
