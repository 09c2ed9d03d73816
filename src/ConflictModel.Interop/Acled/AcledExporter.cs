using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop.Csv;

namespace ConflictModel.Interop.Acled;

/// <summary>Writes dataset documents as ACLED CSV, in the column order of <see cref="AcledColumns.Names"/>.</summary>
/// <remarks>
/// <para>
/// Every column is derived from the model (docs/interop.md); an <c>acled</c> dataset field named like the
/// column, as <see cref="AcledImporter"/> keeps them, takes precedence. The fatalities column is the total
/// killed figure; when it has several estimates it is reconciled with
/// <see cref="Figures.ReconciliationPolicy.Conservative"/>, ACLED's own policy.
/// </para>
/// <para>
/// ACLED holds one location per event: an engagement with several sites is written as one row per site,
/// the first carrying the fatalities and the others 0, with <c>event_id_cnty</c> suffixed <c>-1</c>,
/// <c>-2</c>... What ACLED cannot hold (other measures and per-side figures, more than two sides, quotes,
/// relay chains, incidents, outcomes) is not written and is noted in <see cref="ExportSummary.Notes"/>.
/// </para>
/// </remarks>
/// <threadsafety>Stateless; each call has its own state.</threadsafety>
public static class AcledExporter
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
        CsvExportEngine.ExportAsync(AcledLayout.Instance, documents, writer, options, cancellationToken);
}
