using ConflictModel.Collections;

namespace ConflictModel.Interop.Wikipedia;

/// <summary>
/// The outcome of <see cref="InfoboxData.ToDocument"/>: a dataset document when the infobox holds enough
/// for a valid engagement, and in any case what was missing and which estimates could not be carried over.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record InfoboxConversion
{
    /// <summary>Gets the document with one engagement, or <see langword="null"/> when <see cref="Missing"/> is not empty.</summary>
    public DatasetDocument? Document { get; init; }

    /// <summary>Gets the required facts the infobox lacks ("conflict: the engagement needs a name"); empty on success.</summary>
    public EquatableArray<string> Missing { get; init; }

    /// <summary>
    /// Gets the estimates that were read but have no place in the model, with the reason
    /// ("1 heavy cruiser damaged: the model has no measure for 'damaged'").
    /// </summary>
    public EquatableArray<string> Skipped { get; init; }

    /// <summary>Gets a value indicating whether a document was built.</summary>
    public bool Succeeded => Document is not null;
}
