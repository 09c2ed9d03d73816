namespace ConflictModel.Actors;

/// <summary>What kind of actor an <see cref="Actor"/> is, which decides how its claims and losses are read.</summary>
public enum ActorKind
{
    /// <summary>A state's armed forces, police or gendarmerie (the Malian Armed Forces).</summary>
    StateForces = 1,

    /// <summary>A government as a political body, distinct from its forces (the Malian transitional government).</summary>
    Government = 2,

    /// <summary>A private military company or mercenary force (the Wagner Group, Africa Corps).</summary>
    PrivateMilitaryCompany = 3,

    /// <summary>A non-state armed group with a political aim (JNIM, Islamic State Sahel).</summary>
    NonStateArmedGroup = 4,

    /// <summary>A militia or self-defence group, often community-based (Dan Na Ambassagou).</summary>
    Militia = 5,

    /// <summary>Forces of an international organisation or a coalition (MINUSMA).</summary>
    InternationalForces = 6,

    /// <summary>Civilians as a group, when they are a party to the facts (targets, victims).</summary>
    Civilians = 7,

    /// <summary>Residents of a place acting collectively ("residents of the city lynched a man").</summary>
    Residents = 8,

    /// <summary>An actor whose nature is not known.</summary>
    Unknown = 9,
}
