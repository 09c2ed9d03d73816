namespace ConflictModel.Engagements;

/// <summary>The overall character of an engagement; its means are listed separately as <see cref="Tactic"/> values.</summary>
public enum EngagementType
{
    /// <summary>One side attacks positions or places held by another (the Timbuktu attack).</summary>
    Attack = 1,

    /// <summary>Sustained fighting between organised forces, neither clearly the attacker.</summary>
    Battle = 2,

    /// <summary>A surprise attack on a moving force.</summary>
    Ambush = 3,

    /// <summary>A short incursion to destroy, capture or seize and then withdraw.</summary>
    Raid = 4,

    /// <summary>An attack by explosives, from the air or by bombs, without ground fighting.</summary>
    Bombing = 5,

    /// <summary>A prolonged encirclement or blockade.</summary>
    Siege = 6,

    /// <summary>One-sided violence against civilians (UCDP type_of_violence 3).</summary>
    ViolenceAgainstCivilians = 7,

    /// <summary>Anything else; describe it in the result summary.</summary>
    Other = 8,
}
