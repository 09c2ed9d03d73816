using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Figures;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Csv;

/// <summary>Writes a stream of documents as one CSV table of a <see cref="CsvLayout"/>: one row per engagement and site.</summary>
internal static class CsvExportEngine
{
    /// <summary>The most notes an export keeps in its summary (the count stays exact).</summary>
    public const int MaxNotes = 1000;

    public static async Task<ExportSummary> ExportAsync(CsvLayout layout, IAsyncEnumerable<DatasetDocument> documents, TextWriter writer, CsvExportOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(writer);
        var o = options ?? CsvExportOptions.Default;
        var own = layout.Columns.Count;
        var columns = layout.Columns.Concat(o.AdditionalColumns).ToArray();
        var values = new string[columns.Length];
        var notes = new List<Problem>();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        long noteCount = 0;
        long dropped = 0;
        long engagements = 0;
        long refused = 0;
        long neutralised;
        long wouldBeFormulas;
        long rows;
        void Note(Problem problem)
        {
            noteCount++;
            counts[problem.Code] = counts.GetValueOrDefault(problem.Code) + 1;
            if (ExportNotes.IsDroppedFact(problem.Code))
            {
                dropped++;
            }

            if (notes.Count < MaxNotes)
            {
                notes.Add(problem);
            }

            o.OnNote?.Invoke(problem);
        }

        using (var table = new CsvTableWriter(writer, columns, o.SpreadsheetSafe))
        {
            foreach (var row in layout.HeaderRows(o, columns))
            {
                table.Write(row, countAsData: false);
            }

            await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var index = new DocumentIndex(document);
                for (var i = 0; i < document.Engagements.Count; i++)
                {
                    var engagement = document.Engagements[i];
                    cancellationToken.ThrowIfCancellationRequested();
                    if (string.IsNullOrWhiteSpace(engagement.Id.Value))
                    {
                        // The event id column is required and derived from the engagement id: without one, nothing to write.
                        refused++;
                        Note(ExportNotes.Note(engagement, "engagements[" + i.ToString(CultureInfo.InvariantCulture) + "].id", ExportNotes.NoId, $"the engagement '{engagement.Name}' has no id, from which the required event id column would be derived: it is not written."));
                        continue;
                    }

                    var context = new ReconciliationContext(index, engagement);
                    layout.Notes(engagement, index, Note);
                    var siteRows = layout.RowCount(engagement);
                    for (var s = 0; s < siteRows; s++)
                    {
                        layout.ToColumns(engagement, s, index.FindActor, index.FindSource, f => FigureReconciler.Reconcile(f, context, layout.Policy), values);
                        for (var extra = 0; extra < o.AdditionalColumns.Count; extra++)
                        {
                            var name = o.AdditionalColumns[extra];
                            values[own + extra] = engagement.DatasetFields.FirstOrDefault(f => f.Dataset == layout.Dataset && f.Name == name)?.Value ?? string.Empty;
                        }

                        table.Write(values);
                        if (s == 0)
                        {
                            // What an import of the row just written would not give back (its name, roles, kinds...).
                            layout.WrittenNotes(engagement, index, Note);
                        }
                    }

                    engagements++;
                }
            }

            rows = table.Rows;
            neutralised = table.Neutralised;
            wouldBeFormulas = table.FormulaLike;
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new ExportSummary
        {
            EngagementsWritten = engagements,
            EngagementsRefused = refused,
            RowsWritten = rows,
            ValuesNeutralised = neutralised,
            FormulaLikeValues = wouldBeFormulas,
            NoteCount = noteCount,
            FactsDropped = dropped,
            NoteCounts = counts,
            Notes = notes,
        };
    }

    /// <summary>A stream of one document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The stream.</returns>
    public static async IAsyncEnumerable<DatasetDocument> One(DatasetDocument document)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return document;
    }
}
