namespace ConflictModel.Engagements;

/// <summary>A typed link from an engagement to another engagement of the same document.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record EngagementRelation
{
    /// <summary>Gets how this engagement relates to the target.</summary>
    public required RelationKind Kind { get; init; }

    /// <summary>Gets the other engagement.</summary>
    public required EngagementId TargetId { get; init; }

    /// <summary>Gets a note on the link ("a week prior"), or <see langword="null"/>.</summary>
    public string? Note { get; init; }
}
