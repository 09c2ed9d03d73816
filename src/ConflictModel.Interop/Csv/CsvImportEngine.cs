using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Sources;
using ConflictModel.Validation;
using nietras.SeparatedValues;

namespace ConflictModel.Interop.Csv;

/// <summary>
/// The streaming loop every CSV importer shares: Sep reads the rows into blocks, a <see cref="RowMapper"/> maps
/// them (on the calling thread, or on <see cref="CsvImportOptions.MaxDegreeOfParallelism"/> threads), and the
/// results are taken in file order into batches of at most <see cref="CsvImportOptions.BatchSize"/> engagements
/// for the caller.
/// </summary>
internal static class CsvImportEngine
{
    /// <summary>
    /// How many rows are read, mapped and merged together. Small, because on several threads every block in
    /// flight survives the garbage collections that happen meanwhile: with 64 rows and more blocks in flight the
    /// collector's pauses were two to three times longer (docs/performance.md).
    /// </summary>
    private const int BlockRows = 32;

    public static Task<ImportSummary> RunAsync(
        TextReader text,
        RowMapper mapper,
        CsvImportOptions options,
        Func<DatasetDocument, CancellationToken, ValueTask> onBatch,
        CancellationToken cancellationToken) =>
        RunAsync(CsvText.Of(text), mapper, options, onBatch, cancellationToken);

    /// <summary>
    /// Runs the import of <paramref name="input"/>: decides its encoding and its date columns' formats (see
    /// <see cref="CsvText"/>), then streams its rows. A byte that cannot be decoded, or a date contradicting the
    /// order a non-seekable input was decided in, stops the import with its located error.
    /// </summary>
    public static async Task<ImportSummary> RunAsync(
        CsvText input,
        RowMapper mapper,
        CsvImportOptions options,
        Func<DatasetDocument, CancellationToken, ValueTask> onBatch,
        CancellationToken cancellationToken)
    {
        var state = new State(options);
        TextReader text;
        try
        {
            text = input.Open(mapper.DateColumns, state.File, out var dates);
            mapper.UseDates(dates);
            state.Encoding = input.Encoding;
            foreach (var warning in input.Warnings)
            {
                state.AddWarning(warning);
            }

            foreach (var date in dates.Values)
            {
                foreach (var warning in date.Warnings(state.File))
                {
                    state.AddWarning(warning);
                }
            }
        }
        catch (CsvInputException ex)
        {
            throw state.Fail(ex.Problem);
        }

        try
        {
            return await RunCoreAsync(text, mapper, state, onBatch, cancellationToken).ConfigureAwait(false);
        }
        catch (CsvInputException ex)
        {
            throw state.Fail(ex.Problem);
        }
    }

    private static async Task<ImportSummary> RunCoreAsync(
        TextReader text,
        RowMapper mapper,
        State state,
        Func<DatasetDocument, CancellationToken, ValueTask> onBatch,
        CancellationToken cancellationToken)
    {
        var options = state.Options;

        // The header is read as a row, not by Sep: Sep refuses a header naming a column twice with an
        // ArgumentException, where the import owes a located error (ColumnSet.CheckNames gives one).
        using var reader = Sep.New(',').Reader(o => o with
        {
            HasHeader = false,
            Unescape = true,
            DisableColCountCheck = true,
        }).From(text);

        var header = Array.Empty<string>();
        if (reader.MoveNext())
        {
            var first = reader.Current;
            header = new string[first.ColCount];
            for (var i = 0; i < header.Length; i++)
            {
                header[i] = first[i].ToString();
            }
        }

        if (header.Length == 0 || (header.Length == 1 && header[0].Length == 0))
        {
            throw state.Fail(CsvProblems.Error(state.File, 1, null, null, "csv.empty", "The file is empty; expected a header line naming the columns."));
        }

        var report = new HeaderReport();
        try
        {
            mapper.Bind(header, report);
        }
        catch (RowFormatException ex)
        {
            throw state.Fail(ex.ToProblem(state.File, 1));
        }

        state.Report = report;
        state.Mapper = mapper;
        var stage = mapper.CreateStage(options, onBatch, state.Summary);
        var merger = new Merger(state, mapper, stage is null ? onBatch : stage.AcceptAsync, parallel: options.MaxDegreeOfParallelism > 1);
        try
        {
            if (options.MaxDegreeOfParallelism > 1)
            {
                await RunParallelAsync(reader, mapper, state, merger, header.Length, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var block = new RowBlock();
                var context = new RowContext(state.File, block);
                bool more;
                do
                {
                    block.Reset();
                    more = Fill(reader, block, mapper, state, cancellationToken);
                    MapBlock(mapper, block, context, header.Length, cancellationToken);
                    await merger.MergeAsync(block, cancellationToken).ConfigureAwait(false);
                }
                while (more);
            }

            await merger.FinishAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (CsvImportException ex) when (stage is not null && !ReferenceEquals(ex, stage.Failure))
        {
            // What the stage holds was read before the failure, as the batches already delivered were.
            await stage.FinishAsync(cancellationToken).ConfigureAwait(false);
            throw new CsvImportException(ex.Error, stage.Complete(ex.Summary));
        }

        if (stage is null)
        {
            return state.Summary();
        }

        await stage.FinishAsync(cancellationToken).ConfigureAwait(false);
        return stage.Complete(state.Summary());
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

    /// <summary>
    /// Reads, maps and merges on <see cref="CsvImportOptions.MaxDegreeOfParallelism"/> threads of their own. The
    /// file is cut into blocks of <see cref="BlockRows"/> rows; worker w reads and maps blocks w, w + n, w + 2n, ...,
    /// taking turns to read (Sep's reader is not shared, and reading is a small part of the work), so which worker
    /// maps which rows does not depend on timing. Blocks queue in file order as they are read; whichever worker
    /// finds the oldest block mapped takes the results into batches (one worker at a time), so no thread waits for
    /// another in the usual case. A block per worker and one more are in flight at most: memory stays bounded.
    /// </summary>
    /// <remarks>
    /// The first version merged on the caller's continuations, woken once per block; waking a thread-pool thread
    /// that often kept the pool's threads spinning on the cores the workers needed (5–7 µs per row on two threads,
    /// 4.4 with the pool's spinning turned off; docs/performance.md). So batches are delivered on the workers: the
    /// batch callback runs on one of them, never on two at once, and is waited for when it does not complete at once.
    /// </remarks>
    private static async Task RunParallelAsync(SepReader reader, RowMapper mapper, State state, Merger merger, int columns, CancellationToken cancellationToken)
    {
        var workers = state.Options.MaxDegreeOfParallelism;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var turns = new Turns(reader, mapper, merger, state, workers, stop, cancellationToken);
        using (stop.Token.Register(turns.Stop))
        {
            var tasks = new Task[workers];
            for (var w = 0; w < workers; w++)
            {
                var (first, worker) = (w, mapper.CreateWorker());
                tasks[w] = Task.Factory.StartNew(() => turns.Work(first, worker, columns), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }

            // The workers catch what goes wrong; no thread outlives the import (the SepReader is disposed after it).
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }

        // A bad row under StopAtFirst, the batch callback's exception, a mapper's bug: in file order, and before
        // what stopped the reading (an I/O error, say), which comes after the rows read before it were merged.
        turns.Failure?.Throw();
        turns.ReadError?.Throw();
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Waits, on a worker, for a merge that had to wait for the batch callback.</summary>
    private static void Wait(ValueTask merge)
    {
        if (merge.IsCompletedSuccessfully)
        {
            return;
        }

        merge.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Reads up to <see cref="BlockRows"/> rows into <paramref name="block"/>; false when the file has ended.</summary>
    private static bool Fill(SepReader reader, RowBlock block, RowMapper mapper, State state, CancellationToken cancellationToken)
    {
        while (block.Count < BlockRows)
        {
            if (!reader.MoveNext())
            {
                return false;
            }

            cancellationToken.ThrowIfCancellationRequested();
            block.Add(reader.Current);
            if (state.First)
            {
                state.First = false;
                if (mapper.IsMetadataRow(block[block.Count - 1]))
                {
                    block.RemoveLast();
                    state.HxlRowSkipped = true;
                }
            }
        }

        return true;
    }

    /// <summary>Maps every row of <paramref name="block"/>, recording each row's engagement or error and where its uses and warnings end.</summary>
    private static void MapBlock(RowMapper mapper, RowBlock block, RowContext context, int columns, CancellationToken cancellationToken)
    {
        context.Block = block;
        for (var i = 0; i < block.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ref var entry = ref block.Result(i);
            context.Line = entry.Line;
            if (entry.ColCount != columns)
            {
                entry.Error = CsvProblems.Error(
                    context.File,
                    entry.Line,
                    null,
                    null,
                    "csv.column-count",
                    $"The row has {entry.ColCount} values but the header has {columns} columns; a quote may be unbalanced or a separator missing.");
            }
            else
            {
                var (actors, sources, warnings) = (block.Actors.Count, block.Sources.Count, block.Warnings.Count);
                try
                {
                    entry.Engagement = mapper.Map(block[i], context);
                }
                catch (RowFormatException ex)
                {
                    entry.Error = ex.ToProblem(context.File, entry.Line);
                    block.Actors.RemoveRange(actors, block.Actors.Count - actors);
                    block.Sources.RemoveRange(sources, block.Sources.Count - sources);
                    block.Warnings.RemoveRange(warnings, block.Warnings.Count - warnings);
                }
            }

            entry.ActorsEnd = block.Actors.Count;
            entry.SourcesEnd = block.Sources.Count;
            entry.WarningsEnd = block.Warnings.Count;
        }
    }

    /// <summary>
    /// Takes mapped rows in file order into batches: counts them, keeps their errors and warnings, delivers
    /// each full batch. Rows mapped on worker threads are checked against the actors and sources of the rows
    /// before them (see <see cref="RowMapper"/>), and mapped again on the first mapper where they differ.
    /// </summary>
    private sealed class Merger(State state, RowMapper mapper, Func<DatasetDocument, CancellationToken, ValueTask> onBatch, bool parallel)
    {
        private readonly BatchBuilder _batch = new();
        private readonly HashSet<object> _settled = new(ReferenceEqualityComparer.Instance);

        /// <summary>
        /// The line of each engagement id taken: of the batch being built, or of the whole import under
        /// <see cref="CsvImportOptions.UniqueIdsAcrossBatches"/>.
        /// </summary>
        private readonly Dictionary<EngagementId, long> _lines = [];
        private readonly RowBlock _again = new();
        private RowContext? _againContext;

        public async ValueTask MergeAsync(RowBlock block, CancellationToken cancellationToken)
        {
            for (var i = 0; i < block.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Take(block, i) is { } error)
                {
                    await DeliverAsync(cancellationToken).ConfigureAwait(false);
                    throw state.Fail(error);
                }

                if (_batch.Count >= state.Options.BatchSize)
                {
                    await DeliverAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }

        public ValueTask FinishAsync(CancellationToken cancellationToken) => DeliverAsync(cancellationToken);

        /// <summary>Takes row <paramref name="i"/>; returns its error when the import must stop there.</summary>
        private Problem? Take(RowBlock block, int i)
        {
            var entry = block.Result(i);
            var previous = i == 0 ? default : block.Result(i - 1);
            state.Read++;
            if (entry.Error is { } error)
            {
                return Reject(error);
            }

            var (engagement, from, actorsFrom, sourcesFrom, warningsFrom) = (entry.Engagement!, block, previous.ActorsEnd, previous.SourcesEnd, previous.WarningsEnd);
            var (actorsEnd, sourcesEnd, warningsEnd) = (entry.ActorsEnd, entry.SourcesEnd, entry.WarningsEnd);
            if (parallel)
            {
                if (Differs(block, actorsFrom, actorsEnd, sourcesFrom, sourcesEnd))
                {
                    // A row before this one defined an actor or source differently from the worker's tables:
                    // map the row again on the first mapper, whose tables are the file-order ones.
                    _again.Reset();
                    _againContext ??= new RowContext(state.File, _again);
                    _againContext.Line = entry.Line;
                    try
                    {
                        engagement = mapper.Map(block[i], _againContext);
                    }
                    catch (RowFormatException ex)
                    {
                        // Not expected (what makes a row bad does not depend on other rows), but a bad row all the same.
                        return Reject(ex.ToProblem(state.File, entry.Line));
                    }

                    (from, actorsFrom, actorsEnd, sourcesFrom, sourcesEnd, warningsFrom, warningsEnd) =
                        (_again, 0, _again.Actors.Count, 0, _again.Sources.Count, 0, _again.Warnings.Count);
                }

                Settle(from, actorsFrom, actorsEnd, sourcesFrom, sourcesEnd);
            }

            if (_lines.TryGetValue(engagement.Id, out var first))
            {
                // Two rows of a batch with one event id (repeated rows, or the rows a GED export splits an
                // engagement into): a document's ids are unique, so the later row's ids get its line as a
                // suffix. Mapped again on the first mapper, after settling, so that in both modes the row still
                // defines the actors and sources it names first.
                _again.Reset();
                _againContext ??= new RowContext(state.File, _again);
                _againContext.Line = entry.Line;
                _againContext.IdSuffix = ".line-" + entry.Line.ToString(CultureInfo.InvariantCulture);
                try
                {
                    engagement = mapper.Map(block[i], _againContext);
                }
                catch (RowFormatException ex)
                {
                    return Reject(ex.ToProblem(state.File, entry.Line));
                }
                finally
                {
                    _againContext.IdSuffix = null;
                }

                if (_lines.TryGetValue(engagement.Id, out var again))
                {
                    return Reject(CsvProblems.Error(
                        state.File,
                        entry.Line,
                        null,
                        null,
                        "csv.id-collision",
                        string.Create(CultureInfo.InvariantCulture, $"The row's engagement id '{engagement.Id}' is already used by the row on line {again}; ids are unique within a document.")));
                }

                _againContext.Warn(null, null, "csv.duplicate-id", string.Create(CultureInfo.InvariantCulture,
                    $"The row on line {first} has the same event id; this row is imported as engagement '{engagement.Id}', since ids are unique within a document (the file's id is kept)."));
                (from, actorsFrom, actorsEnd, sourcesFrom, sourcesEnd, warningsFrom, warningsEnd) =
                    (_again, 0, _again.Actors.Count, 0, _again.Sources.Count, 0, _again.Warnings.Count);
            }

            for (var a = actorsFrom; a < actorsEnd; a++)
            {
                _batch.Add(from.Actors[a]);
            }

            for (var s = sourcesFrom; s < sourcesEnd; s++)
            {
                _batch.Add(from.Sources[s]);
            }

            _batch.Add(engagement);
            _lines.Add(engagement.Id, entry.Line);
            for (var w = warningsFrom; w < warningsEnd; w++)
            {
                state.AddWarning(from.Warnings[w]);
            }

            return null;
        }

        private Problem? Reject(Problem error)
        {
            state.Rejected++;
            state.AddError(error);
            return state.Options.BadRows == BadRowHandling.StopAtFirst ? error : null;
        }

        /// <summary>Whether an earlier row defined one of the row's actors or sources differently (the first mapper knows the file-order ones).</summary>
        private bool Differs(RowBlock block, int actorsFrom, int actorsEnd, int sourcesFrom, int sourcesEnd)
        {
            for (var a = actorsFrom; a < actorsEnd; a++)
            {
                var actor = block.Actors[a];
                if (!_settled.Contains(actor) && mapper.Known(actor.Id) is { } first && !Matches(first, actor))
                {
                    return true;
                }
            }

            for (var s = sourcesFrom; s < sourcesEnd; s++)
            {
                var source = block.Sources[s];
                if (!_settled.Contains(source) && mapper.Known(source.Id) is { } first && !Matches(first, source))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a worker's copy equals the first definition; remembers it if so, to be found with one lookup next time.</summary>
        private bool Matches<T>(T first, T copy)
            where T : class, IEquatable<T>
        {
            if (!first.Equals(copy))
            {
                return false;
            }

            _settled.Add(copy);
            return true;
        }

        /// <summary>Makes the row's actors and sources the file-order ones where no earlier row defined them.</summary>
        private void Settle(RowBlock block, int actorsFrom, int actorsEnd, int sourcesFrom, int sourcesEnd)
        {
            for (var a = actorsFrom; a < actorsEnd; a++)
            {
                var actor = block.Actors[a];
                if (_settled.Add(actor) && mapper.Known(actor.Id) is null)
                {
                    mapper.Adopt(actor);
                }
            }

            for (var s = sourcesFrom; s < sourcesEnd; s++)
            {
                var source = block.Sources[s];
                if (_settled.Add(source) && mapper.Known(source.Id) is null)
                {
                    mapper.Adopt(source);
                }
            }
        }

        /// <summary>
        /// Hands the batch over and clears it. Kept apart from the loop so that no local of the long-running loop
        /// holds the delivered document: otherwise it would stay reachable while the next batch is built and be
        /// promoted to older GC generations, which measurably slowed imports down.
        /// </summary>
        private ValueTask DeliverAsync(CancellationToken cancellationToken)
        {
            if (_batch.Count == 0)
            {
                return ValueTask.CompletedTask;
            }

            var document = _batch.Build();
            _batch.Clear();
            if (!state.Options.UniqueIdsAcrossBatches)
            {
                _lines.Clear();
            }

            state.Imported += document.Engagements.Count;
            state.Batches++;
            // Reported before the batch is handed on, so that whoever receives the batch already sees its rows counted.
            state.Options.Progress?.Report(new ImportProgress(state.Read, state.Imported, state.Rejected, state.Batches));
            return onBatch(document, cancellationToken);
        }
    }

    /// <summary>The workers' turns at reading, the blocks read and not yet merged (in file order), and who merges.</summary>
    /// <remarks>One lock guards the turn, the queue, the merging flag and each block's state; threads wait on it only to take their turn or when the queue is full.</remarks>
    private sealed class Turns(
        SepReader reader, RowMapper mapper, Merger merger, State state, int workers, CancellationTokenSource stop, CancellationToken cancellationToken)
    {
        private readonly object _gate = new();
        private readonly Queue<RowBlock> _inOrder = new();
        private readonly ConcurrentQueue<RowBlock> _free = new();
        private long _turn;
        private bool _read;
        private bool _stopped;
        private bool _merging;
        private int _waiting;

        /// <summary>Gets the first thing that went wrong while merging (in file order), or <see langword="null"/>.</summary>
        public ExceptionDispatchInfo? Failure { get; private set; }

        /// <summary>Gets what made reading fail, or <see langword="null"/>.</summary>
        public ExceptionDispatchInfo? ReadError { get; private set; }

        /// <summary>Stops every worker at its next turn (the import failed or was cancelled).</summary>
        public void Stop()
        {
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }
        }

        /// <summary>Reads and maps blocks <paramref name="first"/>, first + n, ..., merging whatever is ready, until the file or the import ends.</summary>
        public void Work(int first, RowMapper worker, int columns)
        {
            var context = new RowContext(state.File, new RowBlock());
            for (long k = first; ; k += workers)
            {
                lock (_gate)
                {
                    // Our turn to read, and room in the queue for the block.
                    while (!_stopped && !_read && (_turn != k || _inOrder.Count > workers))
                    {
                        _waiting++;
                        Monitor.Wait(_gate);
                        _waiting--;
                    }

                    if (_stopped || _read)
                    {
                        break;
                    }
                }

                var block = _free.TryDequeue(out var reused) ? reused : new RowBlock();
                block.Reset();
                bool more;
                try
                {
                    more = Fill(reader, block, mapper, state, stop.Token);
                }
                catch (Exception ex)
                {
                    // The rows read before are still merged (below, by whoever maps the last of them).
                    lock (_gate)
                    {
                        ReadError = ExceptionDispatchInfo.Capture(ex);
                        _read = true;
                        Monitor.PulseAll(_gate);
                    }

                    break;
                }

                lock (_gate)
                {
                    if (block.Count > 0)
                    {
                        _inOrder.Enqueue(block);
                    }

                    _turn = k + 1;
                    _read = !more;
                    Wake();
                }

                if (block.Count > 0)
                {
                    try
                    {
                        MapBlock(worker, block, context, columns, stop.Token);
                    }
                    catch (Exception ex)
                    {
                        // Rethrown by whoever merges this block, in file order.
                        block.MapError = ExceptionDispatchInfo.Capture(ex);
                    }

                    lock (_gate)
                    {
                        block.IsMapped = true;
                    }

                    Merge();
                }

                if (!more)
                {
                    break;
                }
            }

            Merge();
        }

        /// <summary>Merges the oldest blocks while they are mapped, unless another worker is merging (it will see them).</summary>
        private void Merge()
        {
            while (true)
            {
                RowBlock block;
                lock (_gate)
                {
                    if (_merging || _stopped || _inOrder.Count == 0 || !_inOrder.Peek().IsMapped)
                    {
                        return;
                    }

                    _merging = true;
                    block = _inOrder.Dequeue();
                    Wake();
                }

                try
                {
                    block.MapError?.Throw();
                    Wait(merger.MergeAsync(block, cancellationToken));
                    _free.Enqueue(block);
                }
                catch (Exception ex)
                {
                    lock (_gate)
                    {
                        Failure = ExceptionDispatchInfo.Capture(ex);
                        _merging = false;
                        _stopped = true;
                        Monitor.PulseAll(_gate);
                    }

                    // The other workers stop mapping at their next row, not at the end of their block.
                    stop.Cancel();
                    return;
                }

                lock (_gate)
                {
                    _merging = false;
                }
            }
        }

        /// <summary>Wakes the workers waiting for their turn or for room, if any (call under the lock).</summary>
        private void Wake()
        {
            if (_waiting > 0)
            {
                Monitor.PulseAll(_gate);
            }
        }
    }

    private sealed class State(CsvImportOptions options)
    {
        private readonly List<Problem> _errors = [];
        private readonly List<Problem> _warnings = [];

        public CsvImportOptions Options { get; } = options;

        public string File { get; } = options.FileName ?? "(input)";

        public HeaderReport Report { get; set; } = new();

        public long Read { get; set; }

        public long Imported { get; set; }

        public long Rejected { get; set; }

        public int Batches { get; set; }

        public long WarningCount { get; private set; }

        public bool HxlRowSkipped { get; set; }

        public string? Encoding { get; set; }

        public bool First { get; set; } = true;

        public RowMapper? Mapper { get; set; }

        public void AddError(Problem error)
        {
            if (_errors.Count < Options.MaxReportedIssues)
            {
                _errors.Add(error);
            }
        }

        public void AddWarning(Problem warning)
        {
            WarningCount++;
            if (_warnings.Count < Options.MaxReportedIssues)
            {
                _warnings.Add(warning);
            }
        }

        public CsvImportException Fail(Problem error)
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
            Encoding = Encoding,
            Layout = Mapper?.LayoutName,
        };
    }
}
