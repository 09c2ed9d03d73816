namespace ConflictModel.Engagements;

/// <summary>How an engagement relates to another.</summary>
public enum RelationKind
{
    /// <summary>The other engagement happened before this one and is part of its background (Dioura before Timbuktu).</summary>
    PrecededBy = 1,

    /// <summary>The other engagement happened after this one as part of the same sequence.</summary>
    FollowedBy = 2,

    /// <summary>Both engagements belong to the same offensive or campaign.</summary>
    SameOffensive = 3,

    /// <summary>This engagement was a reprisal for the other.</summary>
    RetaliationFor = 4,

    /// <summary>This engagement is a part of the other, larger one.</summary>
    PartOf = 5,
}
