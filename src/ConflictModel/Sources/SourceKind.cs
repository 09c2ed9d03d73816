namespace ConflictModel.Sources;

/// <summary>What kind of source a <see cref="Source"/> is; reconciliation and analysts weigh kinds differently.</summary>
public enum SourceKind
{
    /// <summary>An international or national news agency or outlet (AFP, Reuters).</summary>
    NewsAgency = 1,

    /// <summary>A government or one of its ministries or spokespeople.</summary>
    Government = 2,

    /// <summary>Armed forces speaking for themselves (the Malian army's communiqués).</summary>
    ArmedForces = 3,

    /// <summary>A non-state armed group speaking for itself (JNIM's statements).</summary>
    ArmedGroup = 4,

    /// <summary>An independent analyst or researcher (Wassim Nasr).</summary>
    Analyst = 5,

    /// <summary>A local elected or appointed official.</summary>
    LocalOfficial = 6,

    /// <summary>State-owned or state-controlled media (Malian state television ORTM).</summary>
    StateMedia = 7,

    /// <summary>Posts on social media, by known or unknown authors.</summary>
    SocialMedia = 8,

    /// <summary>A non-governmental or international organisation (a UN agency, a rights group).</summary>
    Organisation = 9,

    /// <summary>Residents or witnesses speaking directly.</summary>
    Witness = 10,

    /// <summary>A curated dataset (UCDP, ACLED) or reference work (an encyclopedia article).</summary>
    Compilation = 11,

    /// <summary>Anything else.</summary>
    Other = 12,
}
