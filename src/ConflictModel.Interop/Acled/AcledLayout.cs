using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Ged;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Acled;

/// <summary>The layouts ACLED has published its CSV files in (docs/interop.md describes each).</summary>
internal enum AcledLayoutKind
{
    /// <summary>The columns since 20 March 2023 (<see cref="AcledColumns.Names"/>), inter codes in words.</summary>
    Current,

    /// <summary>The columns before 20 March 2023 (<see cref="AcledColumns.PreV2023Names"/>), numeric inter codes.</summary>
    PreV2023,

    /// <summary>The current columns with HDX's row of HXL hashtags under the header, CRLF line ends.</summary>
    Hdx,

    /// <summary>The pre-2023 columns with the HXL row, as HDX served ACLED's events until 2023, CRLF line ends.</summary>
    HdxPreV2023,

    /// <summary>The export tool's and the API's monadic files (<see cref="AcledColumns.MonadicNames"/>): one row per actor.</summary>
    Monadic,

    /// <summary>The exports before 2019 (<see cref="AcledColumns.LegacyNames"/>): gwno, ally actors, no sub-event types.</summary>
    Legacy,

    /// <summary>acledR's long format (<see cref="AcledColumns.AcledrLongNames"/>): a row per actor and associated actor, read only.</summary>
    AcledrLong,
}

/// <summary>The names, descriptions and traits of <see cref="AcledLayoutKind"/>.</summary>
internal static class AcledLayoutKinds
{
    /// <summary>The layouts read and written; <see cref="AcledLayoutKind.AcledrLong"/> is read only (an engagement read in it is written as <c>current</c>).</summary>
    public static readonly AcledLayoutKind[] All =
        [AcledLayoutKind.Current, AcledLayoutKind.PreV2023, AcledLayoutKind.Hdx, AcledLayoutKind.HdxPreV2023, AcledLayoutKind.Monadic, AcledLayoutKind.Legacy];

    public static string Name(this AcledLayoutKind kind) => kind switch
    {
        AcledLayoutKind.PreV2023 => "pre-2023",
        AcledLayoutKind.Hdx => "hdx",
        AcledLayoutKind.HdxPreV2023 => "hdx-pre-2023",
        AcledLayoutKind.Monadic => "monadic",
        AcledLayoutKind.Legacy => "legacy",
        AcledLayoutKind.AcledrLong => "acledr-long",
        _ => "current",
    };

    public static string Description(this AcledLayoutKind kind) => kind switch
    {
        AcledLayoutKind.PreV2023 => "ACLED exports and API files before 20 March 2023: data_id, event_id_no_cnty and iso3, numeric inter and interaction codes",
        AcledLayoutKind.Hdx => "the current columns with HDX's row of HXL hashtags under the header, CRLF line ends",
        AcledLayoutKind.HdxPreV2023 => "HDX's ACLED event files until 2023: the pre-2023 columns, the HXL row, CRLF line ends",
        AcledLayoutKind.Monadic => "the export tool's and the API's monadic files: one row per actor (no actor2 columns), the event's fatalities on each",
        AcledLayoutKind.Legacy => "exports before 2019 (version 7 and earlier): GWNO, ALLY_ACTOR_1/2, no sub-event types, upper-case names",
        AcledLayoutKind.AcledrLong => "acledR's acled_transform_longer(type = \"full_actors\") output: type_of_actor, actor, inter_type, inter, one row per actor and associated actor (read only)",
        _ => "ACLED's export tool and API since 20 March 2023: disorder_type, civilian_targeting, tags; inter codes in words",
    };

    public static AcledLayoutKind? Find(string? name) => All.Where(k => string.Equals(k.Name(), name, StringComparison.OrdinalIgnoreCase)).Select(k => (AcledLayoutKind?)k).FirstOrDefault();

    /// <summary>Whether the layout writes inter and interaction codes as numbers (else in the current codebook's words).</summary>
    public static bool HasNumericCodes(this AcledLayoutKind kind) => kind is AcledLayoutKind.PreV2023 or AcledLayoutKind.HdxPreV2023 or AcledLayoutKind.Legacy;

    /// <summary>Whether the layout has HDX's HXL row and CRLF line ends.</summary>
    public static bool IsHdx(this AcledLayoutKind kind) => kind is AcledLayoutKind.Hdx or AcledLayoutKind.HdxPreV2023;

    /// <summary>The columns the layout writes, in its order and spelling.</summary>
    public static IReadOnlyList<string> Columns(this AcledLayoutKind kind) => kind switch
    {
        AcledLayoutKind.PreV2023 or AcledLayoutKind.HdxPreV2023 => AcledColumns.PreV2023Names,
        AcledLayoutKind.Monadic => AcledColumns.MonadicNames,
        AcledLayoutKind.Legacy => AcledColumns.LegacyNames,
        AcledLayoutKind.AcledrLong => AcledColumns.AcledrLongNames,
        _ => AcledColumns.Names,
    };

    /// <summary>The position in <see cref="AcledColumns.AllNames"/> of each of the layout's columns (-1 for acledR's <c>type_of_actor</c> and <c>inter_type</c>).</summary>
    public static int[] Canonical(this AcledLayoutKind kind) => kind.Columns().Select(CanonicalIndex).ToArray();

    /// <summary>Whether the layout has a row per actor, which the reader joins per event (<see cref="AcledMonadicStage"/>).</summary>
    public static bool IsPerActor(this AcledLayoutKind kind) => kind is AcledLayoutKind.Monadic or AcledLayoutKind.AcledrLong;

    /// <summary>The position in <see cref="AcledColumns.AllNames"/> of a column name of any layout (ignoring case, historical names included), or -1.</summary>
    public static int CanonicalIndex(string name)
    {
        var n = name.Trim();
        for (var i = 0; i < AcledColumns.AllNames.Count; i++)
        {
            if (string.Equals(AcledColumns.AllNames[i], n, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        foreach (var (current, olds) in AcledColumns.HistoricalNames)
        {
            if (olds.Any(o => string.Equals(o, n, StringComparison.OrdinalIgnoreCase)))
            {
                return CanonicalIndex(current);
            }
        }

        return -1;
    }
}

/// <summary>
/// ACLED on the way out, in one of its layouts (<see cref="AcledLayoutKind"/>): that layout's columns, fatalities
/// reconciled conservatively (ACLED's own policy), the HXL row for HDX's layouts (and on request), one row per actor for
/// the monadic layout.
/// </summary>
internal sealed class AcledLayout : CsvLayout
{
    public static readonly AcledLayout Instance = new(AcledLayoutKind.Current);

    private static readonly Dictionary<AcledLayoutKind, AcledLayout> ByKind = AcledLayoutKinds.All.ToDictionary(k => k, k => k == AcledLayoutKind.Current ? Instance : new AcledLayout(k));

    /// <summary>The text the importer gives a source's statement, which the export therefore does not lose.</summary>
    private const string ReportPlaceholder = "Reported the event ACLED codes as ";

    private readonly int[] _canonical;
    private readonly bool[] _written;

    [ThreadStatic]
    private static string[]? _full;

    private AcledLayout(AcledLayoutKind kind)
    {
        Kind = kind;
        _canonical = kind.Canonical();
        _written = new bool[AcledMapping.ColumnCount];
        foreach (var c in _canonical)
        {
            _written[c] = true;
        }
    }

    public AcledLayoutKind Kind { get; }

    public override IReadOnlyList<string> Columns => Kind.Columns();

    public override string Dataset => AcledMapping.Dataset;

    public override ReconciliationPolicy Policy => ReconciliationPolicy.Conservative;

    public static AcledLayout For(AcledLayoutKind kind) => ByKind[kind];

    public override IEnumerable<string[]> HeaderRows(CsvExportOptions options, IReadOnlyList<string> columns) =>
        options.IncludeHxlRow || Kind.IsHdx() ? [columns.Select(c => AcledColumns.Hashtags.GetValueOrDefault(CanonicalName(c), string.Empty)).ToArray()] : [];

    /// <summary>A monadic file has a row per actor of each site: the first two sides with an actor (one row when none has).</summary>
    public override int RowCount(Engagement engagement) => Math.Max(1, engagement.Sites.Count) * SidesWritten(engagement);

    public override void ToColumns(Engagement engagement, int rowIndex, Func<ActorId, Actor?> actors, Func<SourceId, Source?> sources, Func<DisputedFigure, ReconciledFigure?> reconcile, string[] output)
    {
        var full = _full ??= new string[AcledMapping.ColumnCount];
        var perSite = SidesWritten(engagement);
        AcledMapping.ToColumns(engagement, rowIndex / perSite, actors, sources, reconcile, full, applyFields: true, Kind, rowIndex % perSite);
        for (var i = 0; i < _canonical.Length; i++)
        {
            output[i] = full[_canonical[i]];
        }
    }

    public override void Notes(Engagement engagement, DocumentIndex index, Action<Problem> note)
    {
        var e = engagement;
        RowNotes(e, note, "ACLED", "fatalities");
        if (GedMapping.External(e.ExternalIds, ExternalIdScheme.AcledEvent).Length == 0 && !ExportNotes.HasField(e, Dataset, "event_id_cnty"))
        {
            IdNote(e, note, "event_id_cnty", ExportNotes.DerivedEventId(e, AcledMapping.IdPrefix), AcledMapping.IdPrefix);
        }

        TypeNote(e, index, note);
        FigureNotes(e, index, note);
        StatementNotes(e, index, note);
        ColumnNotes(e, note);
        MemberNotes.Engagement(e, "ACLED", Dataset, tactics: false, note, ExternalIdScheme.AcledEvent);
        if (e.Conflict is { } conflict)
        {
            MemberNotes.Dropped(e, ExportNotes.PathOf(e) + ".conflict", note, $"ACLED has no column for the conflict an event is part of: '{ModelText.Shorten(conflict.Name, 60)}' is not written.");
        }

        MemberNotes.Time(e, "ACLED", "event_date and time_precision (one day)", MemberNotes.TimeLost(e.Time, range: false, monthOrYear: false, approximate: true), note);
        foreach (var site in e.Sites)
        {
            MemberNotes.Site(e, site, "ACLED", SiteKind.Settlement, "for every location", GeoPrecisionBack, levels: 3, localityIsName: true, description: false, note);
        }
    }

    /// <summary>The precision an import gives for the geo_precision the export writes for <paramref name="precision"/>.</summary>
    private static SpatialPrecision GeoPrecisionBack(SpatialPrecision precision) => precision switch
    {
        SpatialPrecision.ExactLocation or SpatialPrecision.NearLocation => precision,
        _ => SpatialPrecision.FirstOrderAdministrative,
    };

    /// <summary>A column's value in the row last filled, or empty when the layout has no such column (as an import of the row sees it).</summary>
    private string Written(string[] full, int column) => _written[column] || (Kind == AcledLayoutKind.Monadic && column is AcledMapping.Inter2) ? full[column] : string.Empty;

    /// <summary>
    /// What an import of the first row would give back otherwise than the engagement holds it: its name (ACLED's import
    /// names an event "sub_event_type: actor1 vs actor2, location, event_date"), the tactics the sub-event type does not
    /// carry, the sides' roles (belligerents for battles, else attacker and defender) and names, and each written actor's
    /// name, aliases, parent, a kind no inter code carries, country and external ids.
    /// </summary>
    public override void WrittenNotes(Engagement engagement, DocumentIndex index, Action<Problem> note)
    {
        var e = engagement;
        var full = _full!;
        var actor2 = Written(full, AcledMapping.Actor2);
        var name = ModelText.Shorten(Written(full, AcledMapping.SubEventType) + ": " + Written(full, AcledMapping.Actor1) + (actor2.Length > 0 ? " vs " + actor2 : string.Empty)
            + ", " + Written(full, AcledMapping.Location) + ", " + NodaTime.Text.LocalDatePattern.Iso.Format(e.Time.Start.Date), ModelText.ShortText);
        if (e.Name != name)
        {
            MemberNotes.Dropped(e, ExportNotes.PathOf(e) + ".name", note, $"ACLED has no column for an engagement's name (an import names the row after sub_event_type, the actors, location and event_date): '{ModelText.Shorten(e.Name, 60)}' is not written.");
        }

        var (type, tactics) = AcledTaxonomy.ToModel(Written(full, AcledMapping.EventType), Written(full, AcledMapping.SubEventType));
        var lost = e.Tactics.Where(t => !tactics.Contains(t)).ToList();
        if (lost.Count > 0)
        {
            MemberNotes.Dropped(e, ExportNotes.PathOf(e) + ".tactics", note, $"ACLED's sub_event_type '{Written(full, AcledMapping.SubEventType)}' holds {(tactics.Length == 0 ? "no tactic" : string.Join(", ", tactics))}: {string.Join(", ", lost)} not written.");
        }

        var battle = type == EngagementType.Battle;
        for (var s = 0; s < Math.Min(2, e.Sides.Count); s++)
        {
            var side = e.Sides[s];
            var path = ExportNotes.PathOf(e, "sides", side.Id.Value);
            // A first side whose actor1 is written empty (a file's row with actor2 only) is read back as the second.
            var second = s == 1 || string.IsNullOrWhiteSpace(Written(full, AcledMapping.Actor1));
            var role = battle ? SideRole.Belligerent : second ? SideRole.Defender : SideRole.Attacker;
            if (side.Role != role)
            {
                MemberNotes.Dropped(e, path + ".role", note, $"ACLED has no column for a side's role (an import gives {role} for event type {Written(full, AcledMapping.EventType)}): the role {side.Role} of side {s + 1} is not written.");
            }

            if (side.Name is { } sideName)
            {
                MemberNotes.Dropped(e, path + ".name", note, $"ACLED's actor columns hold the actors' names: the side's name '{ModelText.Shorten(sideName, 60)}' is not written.");
            }

            for (var a = 0; a < side.ActorIds.Count; a++)
            {
                if (index.FindActor(side.ActorIds[a]) is not { } actor)
                {
                    continue;
                }

                var written = AcledMapping.AcledName(actor);
                var actorPath = MemberNotes.PathOf(e, side, actor.Id);
                if (written != actor.Name)
                {
                    MemberNotes.Dropped(e, actorPath + ".name", note, $"ACLED's actor column holds the actor's ACLED name ('{ModelText.Shorten(written, 60)}'): its name '{ModelText.Shorten(actor.Name, 60)}' is not written.");
                }

                // An import keeps the kind of the row that first names the actor (its inter code when it leads a side, else
                // what its name suggests): a kind is held where an inter code carries it, and only there.
                var code = AcledTaxonomy.InterCodeOf(actor.Kind);
                var kind = AcledTaxonomy.KindOf(AcledTaxonomy.InterOf(code, numeric: false));
                MemberNotes.Actor(e, actorPath, actor, "ACLED", kind, $"ACLED holds an actor's kind as an inter code, here '{AcledTaxonomy.InterOf(code, numeric: false)}'", null, "ACLED's iso column is the event's country", note, ExternalIdScheme.AcledActor);
            }
        }
    }

    private static string CanonicalName(string column) => AcledLayoutKinds.CanonicalIndex(column) is var c and >= 0 ? AcledColumns.AllNames[c] : column;

    private int SidesWritten(Engagement e) => Kind != AcledLayoutKind.Monadic ? 1 : e.Sides.Count > 1 && e.Sides[1].ActorIds.Count > 0 ? 2 : 1;

    /// <summary>A note per value an import kept (as a dataset field) for a column this layout does not have.</summary>
    private void ColumnNotes(Engagement e, Action<Problem> note)
    {
        foreach (var field in e.DatasetFields)
        {
            if (field.Dataset != Dataset || field.Value.Length == 0 || AcledLayoutKinds.CanonicalIndex(field.Name) is not (var c and >= 0) || _written[c]
                || (Kind == AcledLayoutKind.Monadic && c is AcledMapping.Actor2 or AcledMapping.AssocActor2 or AcledMapping.Inter2))
            {
                continue;
            }

            note(ExportNotes.Note(e, ExportNotes.PathOf(e) + ".datasetFields[name=" + field.Name + "]", ExportNotes.ColumnDropped,
                $"the {Kind.Name()} layout has no column {field.Name}: its value '{field.Value}' is not written."));
        }
    }

    private void TypeNote(Engagement e, DocumentIndex index, Action<Problem> note)
    {
        // An engagement read from ACLED has its type from the file's own columns (kept as dataset fields where the model
        // gives them back otherwise): written back, they are the file's, chosen by no rule.
        if (ExportNotes.HasField(e, Dataset, "event_type") || ExportNotes.HasField(e, Dataset, "sub_event_type") || AcledMapping.RecordedLayout(e) is not null)
        {
            return;
        }

        var type = AcledMapping.TypeOf(e, index.FindActor);
        var (_, eventType, subEvent) = AcledTaxonomy.FromModel(type, e.Tactics);
        var written = Kind == AcledLayoutKind.Legacy ? AcledTaxonomy.LegacyEventType(type, e.Tactics) : eventType + " / " + subEvent;
        var rule = e.Type switch
        {
            EngagementType.Attack when ExportNotes.IsAttackOnCivilians(e, index.FindActor) => "an Attack whose defending side is civilians",
            EngagementType.Attack or EngagementType.Ambush or EngagementType.Raid or EngagementType.Siege => $"ACLED has no type for {e.Type}: it",
            // The legacy layout has no sub-event type: its event types are the model's types, nothing is chosen for them.
            EngagementType.Bombing when Kind != AcledLayoutKind.Legacy && subEvent == "Remote explosive/landmine/IED" && !e.Tactics.Contains(Tactic.ImprovisedExplosiveDevice) => "a Bombing without a tactic that names its weapon",
            EngagementType.Other when Kind != AcledLayoutKind.Legacy && subEvent == "Other" => "an engagement of type Other without mob violence or arrests",
            _ => null,
        };
        if (rule is not null)
        {
            note(ExportNotes.Note(e, ExportNotes.PathOf(e) + ".type", ExportNotes.MappingRule, $"{rule} is written as {written}, by rule."));
        }
    }

    private static void FigureNotes(Engagement e, DocumentIndex index, Action<Problem> note)
    {
        var total = e.Figures.FirstOrDefault(f => f.Measure == Measure.Killed && f.Subject.Kind == SubjectKind.All && f.PartOf is null);
        var summed = total is null ? e.Figures.Where(f => f.Measure == Measure.Killed && f.PartOf is null).ToList() : [];
        foreach (var f in e.Figures)
        {
            var path = ExportNotes.PathOf(e, "figures", f.Id.Value);
            if (ReferenceEquals(f, total) || (summed.Count == 1 && ReferenceEquals(f, summed[0]) && f.Subject.Kind == SubjectKind.All))
            {
                if (!ExportNotes.IsOneExact(f) && !(f.Estimates.IsEmpty && ExportNotes.HasField(e, AcledMapping.Dataset, "fatalities")))
                {
                    note(ExportNotes.Note(e, path, ExportNotes.EstimatesDropped, f.Estimates.IsEmpty
                        ? "the total killed has no estimate: fatalities is left empty."
                        : $"{f.Estimates.Count} estimate(s) of the total killed are written as one value in fatalities (the exact one, else their conservative reconciliation); the estimates as stated, and who stated them, are not written."));
                }
                else
                {
                    MemberNotes.Attribution(e, path, f, "ACLED", "fatalities", AcledMapping.AcledSourceId, index.FindSource, note);
                    MemberNotes.Figure(e, path, f, "ACLED", AcledMapping.FatalityNote, static (_, _, c) => c, "fatalities", note);
                }

                continue;
            }

            var reason = f.PartOf is { } whole ? $"a part of figure {whole.Value}, counted in its whole"
                : f.Measure != Measure.Killed ? "ACLED counts fatalities only"
                : total is not null ? "ACLED's fatalities is the total killed, which another figure gives"
                : summed.Count == 1 ? "written as the total fatalities, without saying whose deaths they are"
                : $"summed with {summed.Count - 1} other killed figure(s) into fatalities";
            note(ExportNotes.Note(e, path, ExportNotes.FigureDropped, $"{reason}: the figure {ExportNotes.Describe(f)} is not written as such."));
        }
    }

    private static void StatementNotes(Engagement e, DocumentIndex index, Action<Problem> note)
    {
        HashSet<SourceId>? seen = null;
        var notesTaken = false;
        foreach (var statement in e.Statements)
        {
            var path = ExportNotes.PathOf(e, "statements", statement.Id.Value);
            var source = index.FindSource(statement.SourceId);
            if (statement.SourceId == AcledMapping.AcledSourceId && !notesTaken)
            {
                notesTaken = true;
                var lost = ExportNotes.LostDetails(statement, StatementStance.Assessment);
                if (statement.ReportedAt is not null)
                {
                    lost.Remove("its time beyond the day");
                    lost.Add("its date");
                }

                if (lost.Count > 0)
                {
                    note(ExportNotes.Note(e, path, ExportNotes.StatementDropped, $"ACLED's own statement is written as notes: {string.Join(", ", lost)} not written."));
                }

                continue;
            }

            if (source is null || source.Kind == SourceKind.Compilation)
            {
                note(ExportNotes.Note(e, path, ExportNotes.StatementDropped, source is null
                    ? $"the statement's source {statement.SourceId.Value} is not declared: only its id is written in source."
                    : $"ACLED's source column lists reporting sources, not compilations: the statement of {source.Name} is not written."));
                continue;
            }

            if (statement.Via.Count > 0)
            {
                note(ExportNotes.Note(e, path, ExportNotes.StatementDropped, "ACLED's source column lists the sources that reported directly: this relayed statement is not written."));
                continue;
            }

            var details = ExportNotes.LostDetails(statement, StatementStance.Report);
            if (!statement.Summary.StartsWith(ReportPlaceholder, StringComparison.Ordinal))
            {
                details.Insert(0, "its summary");
            }

            if (statement.ReportedAt is not null)
            {
                details.Remove("its time beyond the day");
                details.Add("its date");
            }

            if (details.Count > 0)
            {
                note(ExportNotes.Note(e, path, ExportNotes.StatementDropped, $"ACLED's source column holds the source's name ({source.Name}): {string.Join(", ", details)} not written."));
            }

            MemberNotes.Source(e, path, source, "ACLED", SourceKind.Other, null, ref seen, note);
        }

        if (e.ResultSummary is not null && notesTaken)
        {
            note(ExportNotes.Note(e, ExportNotes.PathOf(e) + ".resultSummary", ExportNotes.SummaryDropped, "notes holds ACLED's own statement: the result summary is not written."));
        }
    }
}
