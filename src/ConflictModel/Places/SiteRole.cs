namespace ConflictModel.Places;

/// <summary>The part a site played in an engagement (what it <em>is</em> is <see cref="SiteKind"/>).</summary>
public enum SiteRole
{
    /// <summary>A main objective of the attack (Timbuktu airport).</summary>
    PrimaryTarget = 1,

    /// <summary>A site that was attacked but was not the main objective (the checkpoints).</summary>
    Target = 2,

    /// <summary>Where the attackers assembled or launched from.</summary>
    StagingArea = 3,

    /// <summary>The wider place where the engagement happened (the city of Timbuktu).</summary>
    Setting = 4,

    /// <summary>A place involved in the aftermath (where bodies were displayed, where a lynching happened).</summary>
    Aftermath = 5,

    /// <summary>Any other role; say which in the site's description.</summary>
    Other = 6,
}
