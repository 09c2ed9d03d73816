namespace ConflictModel.Validation;

/// <summary>The three kinds of validation rule; the first digit of a rule's code tells the kind (CM1xxx, CM2xxx, CM3xxx).</summary>
public enum RuleCategory
{
    /// <summary>Required members present and non-blank, lengths bounded, ids and formats well-formed (CM1xxx).</summary>
    Structural = 1,

    /// <summary>Every id resolves, ids are unique per kind, no actor on two sides, no cycles (CM2xxx).</summary>
    Referential = 2,

    /// <summary>Values make sense: ranges, bounds, times, and what an analyst would question (CM3xxx).</summary>
    Semantic = 3,
}
