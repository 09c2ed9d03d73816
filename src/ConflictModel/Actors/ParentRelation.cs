namespace ConflictModel.Actors;

/// <summary>How an actor relates to its <see cref="Actor.ParentId"/>.</summary>
public enum ParentRelation
{
    /// <summary>The actor is part of the parent (a brigade of an army, an army of a state).</summary>
    PartOf = 1,

    /// <summary>The parent backs, funds or directs the actor without it being part of it (Russia and Wagner).</summary>
    BackedBy = 2,

    /// <summary>The actor has pledged allegiance to the parent (JNIM and al-Qaeda).</summary>
    AffiliatedWith = 3,
}
