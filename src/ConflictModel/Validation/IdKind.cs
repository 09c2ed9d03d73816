namespace ConflictModel.Validation;

/// <summary>The kinds of id that must be unique across a document.</summary>
internal enum IdKind
{
    Actor,
    Source,
    Engagement,
    Side,
    Site,
    Statement,
    Figure,
    Incident,
}
