namespace ConflictModel.Json;

/// <summary>What one line of a JSON Lines file written by <see cref="DatasetJson"/> holds.</summary>
public enum JsonLinesShape
{
    /// <summary>
    /// One engagement per line, as a self-contained dataset document: the engagement with exactly the sources and
    /// actors it references (through sides, incidents, figure subjects, statements and their relays, sources'
    /// affiliations, and actors' parents, transitively). Each line is a valid document on its own, so tools that
    /// read JSON Lines a line at a time (jq, DuckDB's <c>read_json</c>, pandas, Spark) see one event per row.
    /// Engagements that relations link to each other share a line, so that every line is valid on its own; a document
    /// that declares an actor or source id twice (invalid) is written whole on one line, so that nothing is dropped.
    /// A source or actor that several engagements reference is repeated on each of their lines; reading the lines
    /// back into one document de-duplicates it (<see cref="DocumentMerger"/>). The default.
    /// </summary>
    Engagement = 0,

    /// <summary>One line per document as it was given (for an import, one batch of up to 1,000 engagements).</summary>
    Document = 1,
}
