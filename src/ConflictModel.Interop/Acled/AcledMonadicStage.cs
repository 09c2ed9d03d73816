using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Interop.Csv;
using ConflictModel.Sources;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Acled;

/// <summary>
/// Joins the rows of ACLED's monadic files, one per actor, into one engagement per event: the first row's actor is
/// side 1, the next row's (another actor) side 2, and the event's values, fatalities included, are taken once, from the
/// first row. A user summing the engagements' fatalities gets ACLED's own total, not twice it.
/// </summary>
/// <remarks>
/// <para>
/// Rows are grouped by <c>event_id_cnty</c>. An event is complete when it has as many rows as its <c>interaction</c>
/// says it has actors (<c>State forces only</c>: one; <c>State forces-Rebel group</c>: two); one whose interaction does
/// not say is complete when <see cref="Window"/> rows have followed its first row. Events are handed on in the order of
/// their first rows, so memory holds at most the rows of that window, whatever the file's size.
/// </para>
/// <para>
/// A row of an event already handed on (its first row more than the window before, or the file not grouped by event)
/// is rejected with <c>acled.monadic-late-row</c> rather than counted as a second event: the ids of handed-on events are
/// remembered as 64-bit hashes (8 bytes each, plus the set's overhead), so this is caught anywhere in the file.
/// Rows of one event that differ in what they share are reported (<c>acled.monadic-rows-differ</c>).
/// </para>
/// </remarks>
internal sealed class AcledMonadicStage(CsvImportOptions options, Func<DatasetDocument, CancellationToken, ValueTask> next, Func<ImportSummary> summary) : BatchStage
{
    /// <summary>
    /// The internal dataset field the mapper gives each monadic row, removed here: tab-separated, the row's line, its
    /// interaction, its slot (acledR's long rows: the side, 1 or 2, followed by <c>a</c> for an associated actor; empty for a
    /// monadic row, whose side is its place among the event's rows), its JSON path (an API record's, else empty), its file
    /// and its event id (last, so that it may hold anything).
    /// </summary>
    public const string RowField = "@row";

    /// <summary>How many rows after an event's first row the stage waits for its other rows, when its interaction does not say how many.</summary>
    public const int Window = 10_000;

    private readonly Dictionary<string, Pending> _pending = new(StringComparer.Ordinal);
    private readonly Queue<Pending> _order = new();
    private readonly HashSet<ulong> _emitted = [];
    private readonly BatchBuilder _out = new();
    private readonly List<Problem> _errors = [];
    private readonly List<Problem> _warnings = [];
    private readonly string[] _derived = new string[AcledMapping.ColumnCount];
    private long _rows;
    private long _merged;
    private long _late;
    private long _warningCount;

    public override async ValueTask AcceptAsync(DatasetDocument batch, CancellationToken cancellationToken)
    {
        var actors = new Dictionary<ActorId, Actor>();
        foreach (var actor in batch.Actors)
        {
            actors[actor.Id] = actor;
        }

        var sources = new Dictionary<SourceId, Source>();
        foreach (var source in batch.Sources)
        {
            sources[source.Id] = source;
        }

        foreach (var row in batch.Engagements)
        {
            _rows++;
            var (e, at, eventId, interaction, slot) = TakeRow(row);
            if (eventId.Length > 0 && _pending.TryGetValue(eventId, out var pending))
            {
                if (slot.Length > 0)
                {
                    JoinSlot(pending, e, at, slot[^1] == 'a', actors);
                }
                else
                {
                    Join(pending, e, at, actors);
                }
            }
            else if (eventId.Length > 0 && _emitted.Contains(Hash(eventId)))
            {
                await LateAsync(at, eventId, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // acledR's long rows do not say how many rows an event has (one per associated actor too): they wait for the window.
                pending = new Pending(e, at, _rows, eventId, eventId.Length == 0 ? 1 : slot.Length > 0 ? null : AcledTaxonomy.ActorCount(interaction));
                Use(pending, e, actors, sources);
                if (eventId.Length > 0)
                {
                    _pending[eventId] = pending;
                }

                _order.Enqueue(pending);
            }

            await DrainAsync(all: false, cancellationToken).ConfigureAwait(false);
        }
    }

    public override async ValueTask FinishAsync(CancellationToken cancellationToken) => await DrainAsync(all: true, cancellationToken).ConfigureAwait(false);

    public override ImportSummary Complete(ImportSummary summary) => summary with
    {
        RowsImported = summary.RowsImported - _late,
        RowsRejected = summary.RowsRejected + _late,
        RowsMerged = _merged,
        Errors = [.. summary.Errors, .. _errors.Take(Math.Max(0, options.MaxReportedIssues - summary.Errors.Count))],
        Warnings = [.. summary.Warnings, .. _warnings.Take(Math.Max(0, options.MaxReportedIssues - summary.Warnings.Count))],
        WarningCount = summary.WarningCount + _warningCount,
    };

    /// <summary>The FNV-1a hash of an event id: what is remembered of an event handed on.</summary>
    private static ulong Hash(string id)
    {
        var h = 14695981039346656037UL;
        foreach (var c in id)
        {
            h = unchecked((h ^ c) * 1099511628211UL);
        }

        return h;
    }

    /// <summary>The event's id without the row's line (<c>acled-MLI1.line-3</c> gives <c>acled-MLI1</c>).</summary>
    private static string EventPrefix(EngagementId id)
    {
        var at = id.Value.LastIndexOf(".line-", StringComparison.Ordinal);
        return at < 0 ? id.Value : id.Value[..at];
    }

    /// <summary>The value of <see cref="RowField"/> for a row.</summary>
    /// <param name="line">The line the row (or the API record) starts on.</param>
    /// <param name="interaction">The row's <c>interaction</c> value.</param>
    /// <param name="slot">The side the row's actor is on and whether it is an associated actor (<c>1</c>, <c>2a</c>...), or empty.</param>
    /// <param name="path">The API record's JSON path (<c>data[3]</c>), or <see langword="null"/> for a CSV row.</param>
    /// <param name="file">The file the row is in.</param>
    /// <param name="eventId">The row's <c>event_id_cnty</c>.</param>
    public static string RowFieldValue(long line, string interaction, string slot, string? path, string file, string eventId) =>
        string.Join('\t', line.ToString(CultureInfo.InvariantCulture), interaction, slot, path ?? string.Empty, file, eventId);

    private static (Engagement Row, Where At, string EventId, string Interaction, string Slot) TakeRow(Engagement row)
    {
        var field = row.DatasetFields.FirstOrDefault(f => f.Dataset == AcledMapping.Dataset && f.Name == RowField)
            ?? throw new InvalidOperationException("A monadic row lacks its " + RowField + " field.");
        var parts = field.Value.Split('\t', 6);
        var at = new Where(parts[4], long.Parse(parts[0], CultureInfo.InvariantCulture), parts[3].Length == 0 ? null : parts[3]);
        return (row with { DatasetFields = row.DatasetFields.Where(f => !ReferenceEquals(f, field)).ToArray() }, at, parts[5], parts[1], parts[2]);
    }

    private static void Use(Pending pending, Engagement e, Dictionary<ActorId, Actor> actors, Dictionary<SourceId, Source> sources)
    {
        foreach (var id in e.Sides.SelectMany(s => s.ActorIds))
        {
            if (actors.TryGetValue(id, out var actor))
            {
                pending.Actors[id] = actor;
            }
        }

        foreach (var statement in e.Statements)
        {
            if (sources.TryGetValue(statement.SourceId, out var source))
            {
                pending.Sources[source.Id] = source;
            }
        }
    }

    /// <summary>
    /// Counts a further row of a pending event, warns when its event columns differ from the first row's, and keeps the
    /// actors of its one side; false when the row has no side (an empty actor column) and gives nothing more.
    /// </summary>
    /// <param name="p">The pending event.</param>
    /// <param name="row">The row's engagement.</param>
    /// <param name="at">Where the row is.</param>
    /// <param name="gives">What the row gives the event, for the warning ("the event's second actor").</param>
    /// <param name="actors">The actors of the batch by id.</param>
    /// <param name="first">The event's engagement so far.</param>
    /// <param name="id">The event's id as the file writes it (for messages).</param>
    /// <param name="side">The row's side, when true.</param>
    private bool TakeRow(Pending p, Engagement row, Where at, string gives, Dictionary<ActorId, Actor> actors, out Engagement first, out string id, [NotNullWhen(true)] out Side? side)
    {
        p.Rows++;
        _merged++;
        first = p.Engagement;
        side = null;
        id = row.ExternalIds.Count > 0 ? row.ExternalIds[0].Value : EventPrefix(row.Id);
        if (row.Time != first.Time || row.Type != first.Type || row.Sites != first.Sites || row.Figures != first.Figures
            || (row.Statements.Count > 0 ? row.Statements[0].Summary : null) != (first.Statements.Count > 0 ? first.Statements[0].Summary : null))
        {
            Warn(at, "event_id_cnty", id, "acled.monadic-rows-differ", string.Create(CultureInfo.InvariantCulture,
                $"This row of event {id} differs from its first row ({p.At}) in its date, type, place, fatalities or notes; the first row's values are kept, this row gives {gives} only."));
        }

        if (row.Sides.Count == 0)
        {
            return false;
        }

        side = row.Sides[0];
        foreach (var actorId in side.ActorIds)
        {
            if (actors.TryGetValue(actorId, out var actor))
            {
                p.Actors.TryAdd(actorId, actor);
            }
        }

        return true;
    }

    private void Join(Pending p, Engagement row, Where line, Dictionary<ActorId, Actor> actors)
    {
        if (!TakeRow(p, row, line, "the event's second actor", actors, out var first, out var id, out var side))
        {
            return;
        }

        var lead = side.ActorIds.Count > 0 ? side.ActorIds[0] : default;
        if (first.Sides.Any(s => s.ActorIds.Contains(lead) || s.ActorIds.Contains(new ActorId(lead.Value + "-side-2"))) && (first.Sides.Count >= 2 || p.Rows > 2))
        {
            Warn(line, "actor1", p.Actors.GetValueOrDefault(lead)?.Name, "acled.monadic-extra-row", string.Create(CultureInfo.InvariantCulture,
                $"Event {id} already has this actor ({p.At} is its first row): the row is a repeat and adds nothing."));
            return;
        }

        var prefix = EventPrefix(first.Id);
        if (first.Sides.Count >= 2)
        {
            Warn(line, "actor1", p.Actors.GetValueOrDefault(lead)?.Name, "acled.monadic-extra-row", string.Create(CultureInfo.InvariantCulture,
                $"Event {id} has a third actor's row (its first row is {p.At}); a row holds two sides, so the actor joins the second side."));
            var second = first.Sides[1];
            p.Engagement = first with
            {
                Sides = [first.Sides[0], second with { ActorIds = [.. second.ActorIds, .. side.ActorIds.Where(a => !second.ActorIds.Contains(a))] }],
            };
            return;
        }

        var ids = side.ActorIds.ToArray();
        if (first.Sides.Count == 1)
        {
            for (var i = 0; i < ids.Length; i++)
            {
                if (first.Sides[0].ActorIds.Contains(ids[i]) && p.Actors.TryGetValue(ids[i], out var same))
                {
                    // As in one dyadic row: an actor on both sides gets a second actor of the same name on side 2.
                    var twin = same with { Id = new ActorId(same.Id.Value + "-side-2") };
                    p.Actors[twin.Id] = twin;
                    Warn(line, "actor1", twin.Name, "acled.same-actor-both-sides", $"'{twin.Name}' is on both sides; side 2 is given a second actor '{twin.Id}' of the same name.");
                    ids[i] = twin.Id;
                }
            }
        }

        var battle = first.Type == EngagementType.Battle;
        var joined = new Side { Id = new SideId(prefix + "-" + (first.Sides.Count + 1).ToString(CultureInfo.InvariantCulture)), Role = battle ? SideRole.Belligerent : first.Sides.Count == 0 ? SideRole.Attacker : SideRole.Defender, ActorIds = ids };

        // The row's own actor columns are the event's second actor's; its other kept values repeat the first row's.
        var fields = first.DatasetFields.ToList();
        foreach (var f in row.DatasetFields.Where(f => f.Dataset == AcledMapping.Dataset))
        {
            var renamed = f.Name switch { "actor1" => "actor2", "assoc_actor_1" => "assoc_actor_2", "inter1" => "inter2", _ => null };
            if (renamed is not null && first.Sides.Count == 1)
            {
                fields.Add(DatasetField.Of(AcledMapping.Dataset, renamed, f.Value));
            }
            else if (!fields.Any(x => x.Dataset == f.Dataset && x.Name == f.Name))
            {
                fields.Add(f);
            }
        }

        p.Engagement = first with { Sides = [.. first.Sides, joined], DatasetFields = fields.ToArray() };
    }

    /// <summary>
    /// Joins an acledR long row: its actor goes to the side its <c>type_of_actor</c> named (the row's one side has that
    /// side's id), first on the side for a main actor, after the others for an associated one. The row's actor columns
    /// describe its own actor only, so none of its values is kept beside the event's.
    /// </summary>
    private void JoinSlot(Pending p, Engagement row, Where at, bool associated, Dictionary<ActorId, Actor> actors)
    {
        if (!TakeRow(p, row, at, "one of the event's actors", actors, out var first, out var id, out var side))
        {
            // The row of an empty actor column.
            return;
        }

        var sides = first.Sides.ToList();
        var index = sides.FindIndex(s => s.Id == side.Id);
        var ids = side.ActorIds.ToArray();
        for (var i = 0; i < ids.Length; i++)
        {
            var other = sides.FirstOrDefault(s => s.Id != side.Id);
            if (other is null || !other.ActorIds.Contains(ids[i]) || !p.Actors.TryGetValue(ids[i], out var same))
            {
                continue;
            }

            // One actor on both sides: the actor of side 2 is a second actor of the same name, as in one dyadic row.
            var twin = same with { Id = new ActorId(same.Id.Value + "-side-2") };
            p.Actors[twin.Id] = twin;
            Warn(at, "actor", twin.Name, "acled.same-actor-both-sides", $"'{twin.Name}' is on both sides; side 2 is given a second actor '{twin.Id}' of the same name.");
            if (side.Id.Value.EndsWith("-2", StringComparison.Ordinal))
            {
                ids[i] = twin.Id;
            }
            else
            {
                var o = sides.IndexOf(other);
                sides[o] = other with { ActorIds = other.ActorIds.Select(a => a == same.Id ? twin.Id : a).ToArray() };
            }
        }

        if (index < 0)
        {
            sides.Add(side with { ActorIds = ids });
            sides.Sort((a, b) => string.CompareOrdinal(a.Id.Value, b.Id.Value));
        }
        else
        {
            var existing = sides[index];
            if (ids.Any(existing.ActorIds.Contains))
            {
                Warn(at, "actor", p.Actors.GetValueOrDefault(ids[0])?.Name, "acled.monadic-extra-row", string.Create(CultureInfo.InvariantCulture,
                    $"Event {id} already has this actor on this side ({p.At} is its first row): the row is a repeat and adds nothing."));
                return;
            }

            sides[index] = existing with { ActorIds = associated ? [.. existing.ActorIds, .. ids] : [.. ids, .. existing.ActorIds] };
        }

        p.Engagement = first with { Sides = sides.ToArray() };
    }

    private async ValueTask LateAsync(Where at, string eventId, CancellationToken cancellationToken)
    {
        _late++;
        var error = at.Locate(CsvProblems.Error(at.File, at.Line, "event_id_cnty", eventId, "acled.monadic-late-row", string.Create(CultureInfo.InvariantCulture,
            $"Event {eventId}'s rows were already joined into one engagement and handed on (its first row is more than {Window:N0} rows before this one, or the file is not grouped by event); this row is rejected so that the event is not counted twice. Sort the file by event_id_cnty.")));
        if (_errors.Count < options.MaxReportedIssues)
        {
            _errors.Add(error);
        }

        if (options.BadRows == BadRowHandling.StopAtFirst)
        {
            await FinishAsync(cancellationToken).ConfigureAwait(false);
            Failure = new CsvImportException(error, Complete(summary()));
            throw Failure;
        }
    }

    private void Warn(Where at, string? column, string? value, string code, string message)
    {
        _warningCount++;
        if (_warnings.Count < options.MaxReportedIssues)
        {
            _warnings.Add(at.Locate(CsvProblems.Warning(at.File, at.Line, column, value, code, message)));
        }
    }

    private async ValueTask DrainAsync(bool all, CancellationToken cancellationToken)
    {
        while (_order.TryPeek(out var head) && (all || head.Complete || _rows - head.Row >= Window))
        {
            _order.Dequeue();
            if (head.EventId.Length > 0)
            {
                _pending.Remove(head.EventId);
                _emitted.Add(Hash(head.EventId));
            }

            Emit(head);
            if (_out.Count >= options.BatchSize)
            {
                await HandOnAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        if (all && _out.Count > 0)
        {
            await HandOnAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask HandOnAsync(CancellationToken cancellationToken)
    {
        var document = _out.Build();
        _out.Clear();
        await next(document, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Puts the joined event in the outgoing batch, under the event's id, without the values its two actors now give back.</summary>
    private void Emit(Pending p)
    {
        var e = p.Engagement with { Id = new EngagementId(EventPrefix(p.Engagement.Id)) };
        AcledMapping.ToColumns(e, 0, p.Actors.GetValueOrDefault, p.Sources.GetValueOrDefault, null, _derived, applyFields: false);
        e = e with
        {
            DatasetFields = e.DatasetFields.Where(f => f.Dataset != AcledMapping.Dataset
                || AcledLayoutKinds.CanonicalIndex(f.Name) is not (var c and >= 0)
                || AcledMapping.Verbatim[c]
                || AcledMapping.Keeps(c, f.Value, _derived[c])).ToArray(),
        };
        foreach (var actorId in e.Sides.SelectMany(s => s.ActorIds))
        {
            if (p.Actors.TryGetValue(actorId, out var actor))
            {
                _out.Add(actor);
            }
        }

        foreach (var statement in e.Statements)
        {
            if (p.Sources.TryGetValue(statement.SourceId, out var source))
            {
                _out.Add(source);
            }
        }

        _out.Add(e);
    }

    /// <summary>An event whose rows are being joined.</summary>
    private sealed class Pending(Engagement engagement, Where at, long row, string eventId, int? expected)
    {
        public Engagement Engagement { get; set; } = engagement;

        public Where At { get; } = at;

        public long Row { get; } = row;

        public string EventId { get; } = eventId;

        public int Rows { get; set; } = 1;

        public Dictionary<ActorId, Actor> Actors { get; } = [];

        public Dictionary<SourceId, Source> Sources { get; } = [];

        public bool Complete => expected is { } n && Rows >= n;
    }

    /// <summary>Where a row is: its file and line, and for an API record its JSON path.</summary>
    private readonly record struct Where(string File, long Line, string? Path)
    {
        /// <summary>Gives a problem the record's path (with the column as its member), when the row is an API record.</summary>
        public Problem Locate(Problem problem) => Path is null ? problem : problem with { Path = Path + (problem.ColumnName is { } c ? "." + c : string.Empty) };

        public override string ToString() => Path is null
            ? "line " + Line.ToString(CultureInfo.InvariantCulture)
            : "the record " + Path + " on line " + Line.ToString(CultureInfo.InvariantCulture);
    }
}
