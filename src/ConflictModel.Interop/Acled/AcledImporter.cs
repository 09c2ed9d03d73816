using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop.Csv;

namespace ConflictModel.Interop.Acled;

/// <summary>Reads ACLED CSV files (direct exports and the HDX distribution) into dataset documents: one engagement per event.</summary>
/// <remarks>
/// <para>
/// Columns are matched by name (see <see cref="AcledColumns"/>); the HDX distribution's row of HXL hashtags
/// under the header is recognised and skipped (<see cref="ImportSummary.HxlRowSkipped"/>). Each event becomes
/// an engagement with up to two sides (actor1 and its associated actors; actor2 and its associated actors),
/// one site, a day, the type and tactics mapped from ACLED's event taxonomy, one statement per source named
/// in <c>source</c> (split on ";"), and a killed figure whose single estimate is a statement of the ACLED
/// source, with a note that ACLED's policy is conservative. Values the model cannot hold are kept as dataset
/// fields, so <see cref="AcledExporter"/> writes them back. docs/interop.md has the mapping.
/// </para>
/// <para>
/// Suspicious values (negative fatalities, empty ids, an ISO code outside the table) are imported and
/// reported in <see cref="ImportSummary.Warnings"/>; unreadable values make the row bad
/// (<see cref="CsvImportOptions.BadRows"/>).
/// </para>
/// </remarks>
/// <threadsafety>Stateless; each call has its own state, so calls may run in parallel.</threadsafety>
public static class AcledImporter
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
        return CsvImportEngine.RunAsync(reader, new AcledRowMapper(o.RestoreNeutralisedFormulas), o, onBatch, cancellationToken);
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

    /// <summary>Reads the ACLED file at <paramref name="path"/> (UTF-8) into one document; errors name the file.</summary>
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
        return await CsvImportEngine.ReadAllAsync(onBatch => CsvImportEngine.RunAsync(CsvText.Of(stream), new AcledRowMapper(o.RestoreNeutralisedFormulas), o, onBatch, cancellationToken)).ConfigureAwait(false);
    }
}
