using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop.Csv;

namespace ConflictModel.Interop.Ged;

/// <summary>Writes dataset documents as UCDP GED CSV, in the column order of <see cref="GedColumns.Names"/>.</summary>
/// <remarks>
/// <para>
/// Every column is derived from the model (docs/interop.md); a dataset field of dataset <c>ucdp-ged</c>
/// named like the column, as <see cref="GedImporter"/> keeps them, takes precedence. Documents imported
/// from GED therefore write back the values they were read from.
/// </para>
/// <para>
/// Splitting rule: GED holds one location per row. An engagement with several sites is written as one row
/// per site, in site order. The first row carries the figures; the others carry zero deaths and repeat the
/// event's other columns, with <c>relid</c> suffixed <c>.1</c>, <c>.2</c>... as UCDP itself does for split
/// events. Several days are not split: GED codes a multi-day event as one row with date_start, date_end and
/// date_prec, and splitting the figures over days would invent numbers. Figures with several estimates
/// are reconciled with <see cref="Figures.ReconciliationPolicy.BestEstimate"/> (UCDP's own practice).
/// </para>
/// </remarks>
/// <threadsafety>Stateless; each call has its own state.</threadsafety>
public static class GedExporter
{
    /// <summary>Writes <paramref name="document"/> to <paramref name="writer"/>, header first.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where the CSV goes; left open.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="CsvExportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the export between engagements.</param>
    /// <returns>What was written, split and left out.</returns>
    public static Task<ExportSummary> ExportAsync(DatasetDocument document, TextWriter writer, CsvExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ExportAsync(CsvExportEngine.One(document), writer, options, cancellationToken);
    }

    /// <summary>Writes a stream of documents (such as the batches of an import) to <paramref name="writer"/> as one CSV table.</summary>
    /// <param name="documents">The documents, each declaring the actors and sources its engagements use.</param>
    /// <param name="writer">Where the CSV goes; left open.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="CsvExportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the export between engagements.</param>
    /// <returns>What was written, split and left out.</returns>
    public static Task<ExportSummary> ExportAsync(IAsyncEnumerable<DatasetDocument> documents, TextWriter writer, CsvExportOptions? options = null, CancellationToken cancellationToken = default) =>
        CsvExportEngine.ExportAsync(new GedLayout(GedFileLayout.Release), documents, writer, options, cancellationToken);
}
