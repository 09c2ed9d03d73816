namespace ConflictModel.Sources;

/// <summary>What a source was doing when it made a statement; a claim is read differently from a report.</summary>
public enum StatementStance
{
    /// <summary>Reporting facts as established by the source ("AFP reported that at least 30 were killed").</summary>
    Report = 1,

    /// <summary>Asserting something in the source's own interest ("the government thwarted an infiltration attempt").</summary>
    Claim = 2,

    /// <summary>Denying something said by others.</summary>
    Denial = 3,

    /// <summary>Claiming responsibility for an act (JNIM claiming the attack).</summary>
    ClaimOfResponsibility = 4,

    /// <summary>An expert's or compiler's own assessment ("according to Wassim Nasr, six were killed").</summary>
    Assessment = 5,
}
