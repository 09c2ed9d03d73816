using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Figures;
using ConflictModel.Interop.Csv;

namespace ConflictModel.Interop.Acled;

/// <summary>Writes dataset documents as ACLED CSV, in the column order of <see cref="AcledColumns.Names"/>.</summary>
/// <remarks>
/// <para>
/// Every column is derived from the model (docs/interop.md); an <c>acled</c> dataset field named like the
/// column, as <see cref="AcledImporter"/> keeps them, takes precedence. The fatalities column is the total
/// killed figure; when it has several estimates it is reconciled with
/// <see cref="ReconciliationPolicy.Conservative"/>, ACLED's own policy.
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
    private const int MaxNotes = 1000;

    /// <summary>Writes <paramref name="document"/> to <paramref name="writer"/>, header first.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where the CSV goes; left open.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="CsvExportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the export between engagements.</param>
    /// <returns>What was written, split and left out.</returns>
    public static Task<ExportSummary> ExportAsync(DatasetDocument document, TextWriter writer, CsvExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ExportAsync(One(document), writer, options, cancellationToken);
    }

    /// <summary>Writes a stream of documents (such as the batches of an import) to <paramref name="writer"/> as one CSV table.</summary>
    /// <param name="documents">The documents, each declaring the actors and sources its engagements use.</param>
    /// <param name="writer">Where the CSV goes; left open.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="CsvExportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the export between engagements.</param>
    /// <returns>What was written, split and left out.</returns>
    public static async Task<ExportSummary> ExportAsync(IAsyncEnumerable<DatasetDocument> documents, TextWriter writer, CsvExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(writer);
        var o = options ?? CsvExportOptions.Default;
        var columns = AcledColumns.Names.Concat(o.AdditionalColumns).ToArray();
        var values = new string[columns.Length];
        var notes = new List<string>();
        long engagements = 0;
        long neutralised;
        long rows;
        using (var table = new CsvTableWriter(writer, columns, o.SpreadsheetSafe))
        {
            if (o.IncludeHxlRow)
            {
                table.Write(columns.Select(c => AcledColumns.Hashtags.GetValueOrDefault(c, string.Empty)).ToArray(), countAsData: false);
            }

            await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var index = new DocumentIndex(document);
                foreach (var engagement in document.Engagements)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var context = new ReconciliationContext(index, engagement);
                    var siteRows = Math.Max(1, engagement.Sites.Count);
                    Note(notes, siteRows > 1, $"engagement '{engagement.Id}': {siteRows} sites, split into {siteRows} rows (fatalities on the first).");
                    Note(notes, engagement.Sides.Count > 2, $"engagement '{engagement.Id}': {engagement.Sides.Count} sides; ACLED holds two, the others are not written.");
                    var dropped = engagement.Figures.Count(f => !(f.Measure == Measure.Killed && f.Subject.Kind == SubjectKind.All));
                    var hasTotal = engagement.Figures.Any(f => f.Measure == Measure.Killed && f.Subject.Kind == SubjectKind.All);
                    Note(notes, dropped > 0 && hasTotal, $"engagement '{engagement.Id}': {dropped} figure(s) other than the total killed are not written.");
                    Note(notes, !engagement.Incidents.IsEmpty || !engagement.Outcomes.IsEmpty, $"engagement '{engagement.Id}': incidents and outcomes are not written.");
                    for (var s = 0; s < siteRows; s++)
                    {
                        AcledMapping.ToColumns(engagement, s, index.FindActor, index.FindSource, f => FigureReconciler.Reconcile(f, context, ReconciliationPolicy.Conservative), values, applyFields: true);
                        for (var extra = 0; extra < o.AdditionalColumns.Count; extra++)
                        {
                            var name = o.AdditionalColumns[extra];
                            values[AcledMapping.ColumnCount + extra] = engagement.DatasetFields.FirstOrDefault(f => f.Dataset == AcledMapping.Dataset && f.Name == name)?.Value ?? string.Empty;
                        }

                        table.Write(values);
                    }

                    engagements++;
                }
            }

            rows = table.Rows;
            neutralised = table.Neutralised;
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new ExportSummary { EngagementsWritten = engagements, RowsWritten = rows, ValuesNeutralised = neutralised, Notes = notes };
    }

    private static void Note(List<string> notes, bool condition, string note)
    {
        if (condition && notes.Count < MaxNotes)
        {
            notes.Add(note);
        }
    }

    private static async IAsyncEnumerable<DatasetDocument> One(DatasetDocument document)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return document;
    }
}
