namespace ConflictModel.Json;

/// <summary>
/// One line of a JSON Lines stream as <see cref="DatasetJson.ReadLineEntriesAsync"/> reads it: its number, and
/// either the document it holds or why it holds none.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record JsonLinesEntry
{
    /// <summary>Gets the one-based line number (the number an editor shows).</summary>
    public required long Line { get; init; }

    /// <summary>Gets the document on the line, or <see langword="null"/> when the line could not be read (see <see cref="Error"/>).</summary>
    public DatasetDocument? Document { get; init; }

    /// <summary>
    /// Gets why the line could not be read, or <see langword="null"/> when it was. Its
    /// <see cref="DatasetJsonException.Problem"/> has the line, column, path and code.
    /// </summary>
    public DatasetJsonException? Error { get; init; }
}
