namespace ConflictModel.Interop.Csv;

/// <summary>How far an import has got, reported through <see cref="CsvImportOptions.Progress"/> after each batch.</summary>
/// <param name="RowsRead">Data rows read so far (the header and an HXL hashtag row are not counted).</param>
/// <param name="RowsImported">Rows turned into engagements and delivered so far.</param>
/// <param name="RowsRejected">Rows rejected as bad so far.</param>
/// <param name="Batches">Batches delivered so far.</param>
public readonly record struct ImportProgress(long RowsRead, long RowsImported, long RowsRejected, int Batches);
