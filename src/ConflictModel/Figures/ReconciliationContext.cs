using System;
using ConflictModel.Engagements;

namespace ConflictModel.Figures;

/// <summary>
/// What reconciliation needs besides the figure: the engagement (for its statements, sides and related
/// figures) and an index of the document (for sources and their affiliations).
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ReconciliationContext
{
    /// <summary>Creates a context for figures of <paramref name="engagement"/>.</summary>
    /// <param name="index">The index of the document the engagement belongs to.</param>
    /// <param name="engagement">The engagement whose figures will be reconciled.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ReconciliationContext(DocumentIndex index, Engagement engagement)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(engagement);
        Index = index;
        Engagement = engagement;
    }

    /// <summary>Gets the index of the document.</summary>
    public DocumentIndex Index { get; }

    /// <summary>Gets the engagement.</summary>
    public Engagement Engagement { get; }

    /// <summary>Creates a context, indexing <paramref name="document"/> (prefer the other constructor when reconciling many engagements).</summary>
    /// <param name="document">The document the engagement belongs to.</param>
    /// <param name="engagement">The engagement.</param>
    /// <returns>A new context.</returns>
    public static ReconciliationContext For(DatasetDocument document, Engagement engagement) =>
        new(new DocumentIndex(document), engagement);
}
