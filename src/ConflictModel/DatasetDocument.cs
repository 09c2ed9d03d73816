using ConflictModel.Actors;
using ConflictModel.Collections;
using ConflictModel.Engagements;
using ConflictModel.Sources;

namespace ConflictModel;

/// <summary>
/// The unit that is validated, serialized and exchanged: a format version plus the sources, actors and
/// engagements it contains.
/// </summary>
/// <remarks>
/// <para>
/// Sources and actors are declared once and referenced by id from any number of engagements, like a
/// codebook's actor list; an id that points nowhere is a validation error, not a crash. Two documents built
/// from the same facts are equal, collections included (every collection is an
/// <see cref="EquatableArray{T}"/>).
/// </para>
/// <para>Use <see cref="DocumentIndex"/> to look items up by id without scanning.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DatasetDocument
{
    /// <summary>The format version this library writes: "1.0". A reader accepts any 1.x and rejects other majors.</summary>
    public const string CurrentFormatVersion = "1.0";

    /// <summary>
    /// Gets the format version the document follows, "major.minor". The default is
    /// <see cref="CurrentFormatVersion"/>.
    /// </summary>
    public string FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>Gets a title for the dataset, or <see langword="null"/>.</summary>
    public string? Title { get; init; }

    /// <summary>Gets a description of the dataset: scope, method, licence of the content; or <see langword="null"/>.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the sources statements in this document reference.</summary>
    public EquatableArray<Source> Sources { get; init; }

    /// <summary>Gets the actors sides, incidents and sources in this document reference.</summary>
    public EquatableArray<Actor> Actors { get; init; }

    /// <summary>Gets the engagements.</summary>
    public EquatableArray<Engagement> Engagements { get; init; }
}
