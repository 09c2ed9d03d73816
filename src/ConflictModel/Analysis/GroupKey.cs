namespace ConflictModel.Analysis;

/// <summary>What an aggregation groups engagements by; each key gives every engagement one value, or none.</summary>
/// <remarks>
/// An engagement that a key cannot place (a time coarser than the period or spanning two periods, sites in no
/// country or in several) has no value for that key: it is counted in a row whose key is <see langword="null"/>
/// and which is marked <see cref="AggregateRow.NotAssignable"/>, never left out of a total.
/// </remarks>
public enum GroupKey
{
    /// <summary>The calendar day of the engagement's time, "2025-06-02".</summary>
    Day = 1,

    /// <summary>The ISO week (Monday to Sunday) of the engagement's time, "2025-W23".</summary>
    Week = 2,

    /// <summary>The month of the engagement's time, "2025-06".</summary>
    Month = 3,

    /// <summary>The year of the engagement's time, "2025".</summary>
    Year = 4,

    /// <summary>The ISO 3166-1 alpha-2 code of the country of the engagement's sites, "ML".</summary>
    Country = 5,

    /// <summary>The first-level administrative division of the engagement's sites, with its country: "ML/Tombouctou".</summary>
    FirstLevelDivision = 6,

    /// <summary>The engagement's type, as JSON writes it: "attack".</summary>
    EngagementType = 7,

    /// <summary>
    /// The actors of the engagement's initiating side, by id: the side whose role is attacker, or, when no side
    /// attacks, the first side (GED's side A, ACLED's actor 1). Several actors on that side are one group, their ids
    /// sorted (ordinal) and joined by "+" ("fama+wagner-group"); an engagement without sides is not assignable.
    /// </summary>
    Initiator = 8,

    /// <summary>
    /// The kinds of the initiating side's actors (see <see cref="Initiator"/>), as JSON writes them, distinct, sorted
    /// and joined by "+" ("nonStateArmedGroup", "stateForces+privateMilitaryCompany"); not assignable when the
    /// engagement has no sides or an actor is not in the document.
    /// </summary>
    InitiatorKind = 9,

    /// <summary>
    /// Whose losses: for a figure of one side, that side's role as JSON writes it ("attacker", "defender",
    /// "belligerent", "thirdParty"); "civilians" and "unknown" for figures of civilians and of people of unknown
    /// affiliation; for a figure of actors, the role of the one side they are all on. Unlike the other keys it splits
    /// an engagement: each of its counted figures goes to the row of its role (rules in <see cref="AggregateRow"/>),
    /// and what the engagement's whole figure holds beyond its parts, or a figure whose role is not known, is not
    /// assignable.
    /// </summary>
    SideRole = 10,
}
