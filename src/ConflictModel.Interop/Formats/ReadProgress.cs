namespace ConflictModel.Interop.Formats;

/// <summary>How far a read has got, reported through <see cref="DatasetReadOptions.Progress"/>.</summary>
/// <param name="RecordsRead">Records (CSV data rows, JSON Lines lines, documents) read so far.</param>
/// <param name="RecordsRejected">Records rejected as unreadable so far.</param>
/// <param name="Documents">Documents delivered so far.</param>
public readonly record struct ReadProgress(long RecordsRead, long RecordsRejected, long Documents);
