using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Sources;
using nietras.SeparatedValues;

namespace ConflictModel.Interop.Csv;

/// <summary>
/// The streaming loop every CSV importer shares: Sep reads the rows, a <see cref="RowMapper"/> maps them,
/// batches of at most <see cref="CsvImportOptions.BatchSize"/> engagements go to the caller.
/// </summary>
internal static class CsvImportEngine
{
    public static async Task<ImportSummary> RunAsync(
        TextReader text,
        RowMapper mapper,
        CsvImportOptions options,
        Func<DatasetDocument, CancellationToken, ValueTask> onBatch,
        CancellationToken cancellationToken)
    {
        var state = new State(options);
        using var reader = Sep.New(',').Reader(o => o with
        {
            Unescape = true,
            DisableColCountCheck = true,
        }).From(text);

        var header = reader.Header.ColNames;
        if (header.Count == 0 || (header.Count == 1 && header[0].Length == 0))
        {
            throw state.Fail(new RowError { File = state.File, Line = 1, Code = "csv.empty", Reason = "The file is empty; expected a header line naming the columns." });
        }

        var report = new HeaderReport();
        try
        {
            mapper.Bind(header, report);
        }
        catch (RowFormatException ex)
        {
            throw state.Fail(new RowError { File = state.File, Line = 1, Column = ex.Column, Value = ex.Value, Code = ex.Code, Reason = ex.Message });
        }

        state.Report = report;
        var batch = new BatchBuilder();
        var context = new RowContext(state.File, batch);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outcome = ReadBatch(reader, mapper, context, state, header.Count, options.BatchSize, cancellationToken);
            if (batch.Count > 0)
            {
                var count = batch.Count;
                await DeliverAsync(batch, onBatch, cancellationToken).ConfigureAwait(false);
                state.Imported += count;
                state.Batches++;
                options.Progress?.Report(new ImportProgress(state.Read, state.Imported, state.Rejected, state.Batches));
            }

            if (outcome.Error is { } error)
            {
                throw state.Fail(error);
            }

            if (!outcome.More)
            {
                break;
            }
        }

        return state.Summary();
    }

    public static async Task<ImportResult> ReadAllAsync(Func<Func<DatasetDocument, CancellationToken, ValueTask>, Task<ImportSummary>> run)
    {
        var engagements = new List<Engagement>();
        var actors = new List<Actor>();
        var sources = new List<Source>();
        var actorIds = new HashSet<ActorId>();
        var sourceIds = new HashSet<SourceId>();
        var summary = await run((doc, _) =>
        {
            engagements.AddRange(doc.Engagements);
            actors.AddRange(doc.Actors.Where(a => actorIds.Add(a.Id)));
            sources.AddRange(doc.Sources.Where(s => sourceIds.Add(s.Id)));
            return ValueTask.CompletedTask;
        }).ConfigureAwait(false);
        return new ImportResult
        {
            Document = new DatasetDocument { Sources = sources.ToArray(), Actors = actors.ToArray(), Engagements = engagements.ToArray() },
            Summary = summary,
        };
    }

    private static (bool More, RowError? Error) ReadBatch(
        SepReader reader, RowMapper mapper, RowContext context, State state, int columns, int batchSize, CancellationToken cancellationToken)
    {
        while (context.Batch.Count < batchSize)
        {
            if (!reader.MoveNext())
            {
                return (false, null);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var row = reader.Current;
            if (state.First)
            {
                state.First = false;
                if (mapper.IsMetadataRow(row))
                {
                    state.HxlRowSkipped = true;
                    continue;
                }
            }

            state.Read++;
            context.Line = row.LineNumberFrom;
            context.ClearWarnings();
            RowError? error = null;
            if (row.ColCount != columns)
            {
                error = new RowError
                {
                    File = state.File,
                    Line = row.LineNumberFrom,
                    Code = "csv.column-count",
                    Reason = $"The row has {row.ColCount} values but the header has {columns} columns; a quote may be unbalanced or a separator missing.",
                };
            }
            else
            {
                error = TryMap(mapper, row, context, state.File);
            }

            if (error is not null)
            {
                state.Rejected++;
                state.AddError(error);
                if (state.Options.BadRows == BadRowHandling.StopAtFirst)
                {
                    return (true, error);
                }

                continue;
            }

            foreach (var warning in context.PendingWarnings)
            {
                state.AddWarning(warning);
            }
        }

        return (true, null);
    }

    /// <summary>
    /// Hands the batch over and clears it. Kept apart from the loop so that no local of the long-running loop
    /// holds the delivered document: otherwise it would stay reachable while the next batch is built and be
    /// promoted to older GC generations, which measurably slowed imports down.
    /// </summary>
    private static ValueTask DeliverAsync(BatchBuilder batch, Func<DatasetDocument, CancellationToken, ValueTask> onBatch, CancellationToken cancellationToken)
    {
        var document = batch.Build();
        batch.Clear();
        return onBatch(document, cancellationToken);
    }

    private static RowError? TryMap(RowMapper mapper, SepReader.Row row, RowContext context, string file)
    {
        try
        {
            mapper.Map(row, context);
            return null;
        }
        catch (RowFormatException ex)
        {
            return new RowError { File = file, Line = context.Line, Column = ex.Column, Value = ex.Value, Code = ex.Code, Reason = ex.Message };
        }
    }

    private sealed class State(CsvImportOptions options)
    {
        private readonly List<RowError> _errors = [];
        private readonly List<ImportWarning> _warnings = [];

        public CsvImportOptions Options { get; } = options;

        public string File { get; } = options.FileName ?? "(input)";

        public HeaderReport Report { get; set; } = new();

        public long Read { get; set; }

        public long Imported { get; set; }

        public long Rejected { get; set; }

        public int Batches { get; set; }

        public long WarningCount { get; private set; }

        public bool HxlRowSkipped { get; set; }

        public bool First { get; set; } = true;

        public void AddError(RowError error)
        {
            if (_errors.Count < Options.MaxReportedIssues)
            {
                _errors.Add(error);
            }
        }

        public void AddWarning(ImportWarning warning)
        {
            WarningCount++;
            if (_warnings.Count < Options.MaxReportedIssues)
            {
                _warnings.Add(warning);
            }
        }

        public CsvImportException Fail(RowError error)
        {
            if (!_errors.Contains(error))
            {
                AddError(error);
            }

            return new CsvImportException(error, Summary());
        }

        public ImportSummary Summary() => new()
        {
            File = File,
            RowsRead = Read,
            RowsImported = Imported,
            RowsRejected = Rejected,
            Batches = Batches,
            Errors = _errors.ToArray(),
            WarningCount = WarningCount,
            Warnings = _warnings.ToArray(),
            MissingColumns = Report.Missing.ToArray(),
            UnknownColumns = Report.Unknown.ToArray(),
            RenamedColumns = Report.Renamed.ToArray(),
            HxlRowSkipped = HxlRowSkipped,
        };
    }
}
