using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop.Csv;

namespace ConflictModel.Interop.Ged;

/// <summary>Reads UCDP GED CSV files into dataset documents: one engagement per GED event.</summary>
/// <remarks>
/// <para>
/// Columns are matched by name (see <see cref="GedColumns"/>). Each event becomes an engagement with two
/// sides (side_a, side_b, each one UCDP actor with its UCDP id and Gleditsch-Ward code), a site, a
/// temporal extent, the conflict, and killed figures whose estimates are statements of the UCDP source;
/// the source_* lists become one statement per article (and one per original source). Values the model
/// has no member for, and values it cannot reproduce exactly, are kept as dataset fields, so
/// <see cref="GedExporter"/> writes the same values back. docs/interop.md has the column-by-column mapping.
/// </para>
/// <para>
/// Suspicious values (high below best, negative counts, empty ids, a country code outside the table) are
/// imported as they stand and reported in <see cref="ImportSummary.Warnings"/>. Values that cannot be read
/// at all (a date or number that does not parse, where_prec outside 1–7, a row with the wrong number of
/// values) make the row bad: see <see cref="CsvImportOptions.BadRows"/>.
/// </para>
/// </remarks>
/// <threadsafety>Stateless; each call has its own state, so calls may run in parallel.</threadsafety>
public static class GedImporter
{
    /// <summary>Streams the rows of <paramref name="reader"/> to <paramref name="onBatch"/> in documents of at most <see cref="CsvImportOptions.BatchSize"/> engagements.</summary>
    /// <param name="reader">The CSV text, header first.</param>
    /// <param name="onBatch">Called once per batch, in file order; each document declares the actors and sources its engagements use.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="CsvImportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the import between rows.</param>
    /// <returns>The summary; rows read = imported + rejected.</returns>
    /// <exception cref="CsvImportException">A required column is missing, or a row is bad under <see cref="BadRowHandling.StopAtFirst"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<ImportSummary> ImportAsync(
        TextReader reader,
        Func<DatasetDocument, CancellationToken, ValueTask> onBatch,
        CsvImportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(onBatch);
        var o = options ?? CsvImportOptions.Default;
        return CsvImportEngine.RunAsync(reader, new GedRowMapper(o.RestoreNeutralisedFormulas), o, onBatch, cancellationToken);
    }

    /// <summary>
    /// Reads all of <paramref name="reader"/> into one document, its engagement ids unique across the whole
    /// file (<see cref="CsvImportOptions.UniqueIdsAcrossBatches"/> is set whatever <paramref name="options"/> say).
    /// </summary>
    /// <param name="reader">The CSV text, header first.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="CsvImportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the import between rows.</param>
    /// <returns>The document, each actor and source declared once, and the summary.</returns>
    /// <exception cref="CsvImportException">A required column is missing, or a row is bad under <see cref="BadRowHandling.StopAtFirst"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<ImportResult> ImportAsync(TextReader reader, CsvImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var o = (options ?? CsvImportOptions.Default) with { UniqueIdsAcrossBatches = true };
        return CsvImportEngine.ReadAllAsync(onBatch => ImportAsync(reader, onBatch, o, cancellationToken));
    }

    /// <summary>Reads the GED file at <paramref name="path"/> into one document (its encoding detected: see <see cref="ImportSummary.Encoding"/>); errors name the file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults; <see cref="CsvImportOptions.FileName"/> defaults to <paramref name="path"/>.</param>
    /// <param name="cancellationToken">Stops the import between rows.</param>
    /// <returns>The document and the summary.</returns>
    /// <exception cref="CsvImportException">A required column is missing, or a row is bad under <see cref="BadRowHandling.StopAtFirst"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static async Task<ImportResult> ImportFileAsync(string path, CsvImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        // The file's bytes, so that its encoding is detected (ImportSummary.Encoding) and its date columns pre-scanned whole.
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var o = ((options ?? CsvImportOptions.Default) is { FileName: null } d ? d with { FileName = path } : options!) with { UniqueIdsAcrossBatches = true };
        return await CsvImportEngine.ReadAllAsync(onBatch => CsvImportEngine.RunAsync(CsvText.Of(stream), new GedRowMapper(o.RestoreNeutralisedFormulas), o, onBatch, cancellationToken)).ConfigureAwait(false);
    }
}
