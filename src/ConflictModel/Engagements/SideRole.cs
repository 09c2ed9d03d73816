namespace ConflictModel.Engagements;

/// <summary>The part a side played in an engagement.</summary>
public enum SideRole
{
    /// <summary>The side that initiated the engagement.</summary>
    Attacker = 1,

    /// <summary>The side that was attacked.</summary>
    Defender = 2,

    /// <summary>A side in fighting with no clear attacker (UCDP's side A/side B when neither attacked).</summary>
    Belligerent = 3,

    /// <summary>A party that intervened without being a belligerent (residents who lynched a man, a mediator).</summary>
    ThirdParty = 4,
}
