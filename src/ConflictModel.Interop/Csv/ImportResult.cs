namespace ConflictModel.Interop.Csv;

/// <summary>A whole file imported into one document, with the summary of the import.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ImportResult
{
    /// <summary>Gets the document holding every imported engagement, with each actor and source declared once.</summary>
    public required DatasetDocument Document { get; init; }

    /// <summary>Gets the summary of the import.</summary>
    public required ImportSummary Summary { get; init; }
}
