namespace ConflictModel.Engagements;

/// <summary>What became of one objective of an engagement.</summary>
public enum OutcomeResult
{
    /// <summary>The attack on the objective was repelled or foiled (the airport).</summary>
    Repelled = 1,

    /// <summary>The objective was captured (see <see cref="Outcome.HeldLongTerm"/> for whether it was kept).</summary>
    Captured = 2,

    /// <summary>The objective was damaged but neither captured nor fully repelled.</summary>
    Damaged = 3,

    /// <summary>The objective was destroyed.</summary>
    Destroyed = 4,

    /// <summary>The attackers withdrew before reaching the objective.</summary>
    Withdrawn = 5,

    /// <summary>Fighting over the objective did not resolve.</summary>
    Inconclusive = 6,

    /// <summary>No source says what became of the objective.</summary>
    Unknown = 7,
}
