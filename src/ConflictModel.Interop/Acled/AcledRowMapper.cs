using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Interop.Csv;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;
using NodaTime;
using NodaTime.Text;
using static ConflictModel.Interop.Acled.AcledMapping;

namespace ConflictModel.Interop.Acled;

/// <summary>Maps one ACLED row to one engagement (see <see cref="AcledMapping"/> and docs/interop.md).</summary>
internal sealed class AcledRowMapper : RowMapper
{
    private static readonly ColumnSet Columns = new(AcledColumns.AllNames, AcledColumns.HistoricalNames, AcledColumns.Required);

    private static readonly LocalDatePattern[] DatePatterns =
    [
        LocalDatePattern.Iso,
        LocalDatePattern.CreateWithInvariantCulture("d MMMM uuuu"),
        LocalDatePattern.CreateWithInvariantCulture("d-MMM-uuuu"),
        LocalDatePattern.CreateWithInvariantCulture("d MMM uuuu"),
    ];

    private readonly bool _restore;
    private readonly LayoutChoice _layout;
    private readonly string[] _values = new string[ColumnCount];
    private readonly string[] _derived = new string[ColumnCount];
    private readonly Dictionary<ActorId, Actor> _actors = [];
    private readonly Dictionary<SourceId, Source> _sources = [];
    private int[] _indexes = [];
    private List<(int Index, string Name, bool Unnamed)> _unknown = [];
    private int _typeOfActor = -1;
    private int _interType = -1;

    public AcledRowMapper(bool restoreNeutralisedFormulas)
        : this(restoreNeutralisedFormulas, new LayoutChoice())
    {
    }

    private AcledRowMapper(bool restoreNeutralisedFormulas, LayoutChoice layout)
    {
        _restore = restoreNeutralisedFormulas;
        _layout = layout;
        _sources[AcledSourceId] = AcledSource;
    }

    /// <summary>
    /// event_date, decided column-wide (<see cref="DateColumns"/>) when it is not one of ACLED's own spellings: a
    /// re-saved file's numeric dates that cannot tell are read month-first, as ACLED (based in the United States)
    /// and the spreadsheets of its export tool's users there write them.
    /// </summary>
    private static readonly DateColumnSpec[] Dates =
    [
        new("event_date", DateOrder.MonthFirst, "the ACLED layouts", "acled.bad-date", "yyyy-MM-dd (current exports), d MMMM yyyy (older exports) or a spreadsheet's spelling of a date (6/2/2025, 02-Jun-25, 45810)", NamedMonthIsOwn: true),
    ];

    private DateColumn _dates = DateColumn.Unscanned(Dates[0]);

    public override IReadOnlyList<DateColumnSpec> DateColumns => Dates;

    public override void UseDates(IReadOnlyDictionary<string, DateColumn> dates) => _dates = dates.GetValueOrDefault(Dates[0].Name) ?? _dates;

    /// <summary>Gets the layout the header (and the first data row: HDX's HXL row) showed.</summary>
    public AcledLayoutKind Layout => _layout.Kind;

    public override string? LayoutName => _layout.Kind.Name();

    /// <summary>
    /// The layout a header shows, by its columns: <c>type_of_actor</c>, acledR's long format; no <c>actor2</c>, monadic; <c>gwno</c>, or <c>ally_actor_1</c> without
    /// <c>sub_event_type</c>, the exports before 2019; <c>data_id</c>, <c>event_id_no_cnty</c> or <c>iso3</c>, before 20 March 2023; else current.
    /// The HXL row, seen later, makes the last two HDX's.
    /// </summary>
    public static AcledLayoutKind Recognise(IEnumerable<string> header)
    {
        var names = header.Select(n => n.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return names.Contains("type_of_actor") ? AcledLayoutKind.AcledrLong
            : !names.Contains("actor2") ? AcledLayoutKind.Monadic
            : names.Contains("gwno") || (names.Contains("ally_actor_1") && !names.Contains("sub_event_type")) ? AcledLayoutKind.Legacy
            : names.Contains("data_id") || names.Contains("event_id_no_cnty") || names.Contains("iso3") ? AcledLayoutKind.PreV2023
            : AcledLayoutKind.Current;
    }

    public override void Bind(IReadOnlyList<string> header, HeaderReport report)
    {
        (_indexes, _unknown) = Columns.Bind(header, report);
        _layout.Kind = Recognise(header);

        // A column of another layout is not missing from this one: only the layout's own columns are reported.
        var own = _layout.Kind.Canonical().Where(c => c >= 0).Select(c => AcledColumns.AllNames[c]).ToHashSet(StringComparer.Ordinal);
        report.Missing.RemoveAll(m => !own.Contains(m));
        if (_layout.Kind == AcledLayoutKind.AcledrLong)
        {
            // acledR's own columns say where each row's actor belongs (its "actor" and "inter" are bound as actor1 and inter1).
            (_typeOfActor, _interType) = (IndexOf(header, "type_of_actor"), IndexOf(header, "inter_type"));
            _unknown = _unknown.Where(u => u.Index != _typeOfActor && u.Index != _interType).ToList();
            report.Unknown.RemoveAll(u => u.Trim() is var n && (n.Equals("type_of_actor", StringComparison.OrdinalIgnoreCase) || n.Equals("inter_type", StringComparison.OrdinalIgnoreCase)));
        }
    }

    public override RowMapper CreateWorker() => new AcledRowMapper(_restore, _layout) { _indexes = _indexes, _unknown = _unknown, _dates = _dates, _typeOfActor = _typeOfActor, _interType = _interType };

    public override BatchStage? CreateStage(CsvImportOptions options, Func<DatasetDocument, CancellationToken, ValueTask> next, Func<ImportSummary> summary) =>
        _layout.Kind.IsPerActor() ? new AcledMonadicStage(options, next, summary) : null;

    public override void Adopt(Actor actor) => _actors[actor.Id] = actor;

    public override void Adopt(Source source) => _sources[source.Id] = source;

    public override Actor? Known(ActorId id) => _actors.GetValueOrDefault(id);

    public override Source? Known(SourceId id) => _sources.GetValueOrDefault(id);

    public override bool IsMetadataRow(CsvRow row)
    {
        var any = false;
        for (var i = 0; i < row.ColCount; i++)
        {
            var span = row[i].Trim();
            if (span.Length == 0)
            {
                continue;
            }

            if (span[0] != '#')
            {
                return false;
            }

            any = true;
        }

        if (any)
        {
            _layout.Kind = _layout.Kind switch
            {
                AcledLayoutKind.Current => AcledLayoutKind.Hdx,
                AcledLayoutKind.PreV2023 => AcledLayoutKind.HdxPreV2023,
                var other => other,
            };
        }

        return any;
    }

    public override Engagement Map(CsvRow row, RowContext context)
    {
        var v = _values;
        for (var c = 0; c < ColumnCount; c++)
        {
            v[c] = _indexes[c] < 0 ? string.Empty : Read(row, _indexes[c]);
        }

        ModelText.CheckLengths(v, Name);
        var kind = _layout.Kind;
        var (slotSide, associated) = kind == AcledLayoutKind.AcledrLong ? LongSlot(row, v) : (0, false);
        var eventId = v[EventId];
        if (eventId.Length == 0)
        {
            context.Warn(Name(EventId), eventId, "acled.empty-id", "The event id is empty; the engagement is named after the line instead.");
        }

        var key = eventId.Length == 0 ? "line-" + context.Line.ToString(CultureInfo.InvariantCulture)
            : eventId.Length <= ModelText.IdPart && eventId.All(char.IsAsciiLetterOrDigit) ? eventId : CsvValues.Slug(eventId);
        key += context.IdSuffix;
        var date = ParseDate(v[EventDate], _dates, context);
        var (latitude, longitude) = CsvValues.ParseCoordinates(context, Name(Latitude), v[Latitude], Name(Longitude), v[Longitude]);
        var fatalities = CsvValues.ParseLong(Name(Fatalities), v[Fatalities]);
        if (fatalities < 0)
        {
            context.Warn(Name(Fatalities), v[Fatalities], "acled.negative-count", $"fatalities is {fatalities}, a negative count; imported as a figure without an estimate (count unknown), the value kept in the engagement's dataset fields.");
        }

        var geoPrecision = CsvValues.ParseLong(Name(GeoPrecision), v[GeoPrecision]);
        if (geoPrecision is < 1 or > 3)
        {
            throw new RowFormatException(Name(GeoPrecision), v[GeoPrecision], "acled.geo-precision-out-of-range", $"geo_precision must be 1, 2 or 3; found {v[GeoPrecision]}.");
        }

        var timePrecision = v[TimePrecision].Trim();
        if (timePrecision.Length > 0 && timePrecision is not ("1" or "2" or "3"))
        {
            throw new RowFormatException(Name(TimePrecision), v[TimePrecision], "acled.time-precision-out-of-range", $"time_precision must be 1, 2 or 3; found {v[TimePrecision]}.");
        }

        var isoCode = v[Iso].Length == 0 ? null : CsvValues.ParseLong(Name(Iso), v[Iso]);
        var country = isoCode is { } iso ? CountryCodes.FromIsoNumeric(iso) : null;
        if (isoCode is not null && country is null)
        {
            context.Warn(Name(Iso), v[Iso], "acled.unknown-country", $"ISO 3166-1 numeric code {isoCode} is not in the country table; the administrative path is not built and the columns are kept verbatim.");
        }

        // The exports before 2019 name the country by its Gleditsch-Ward code instead.
        var gwCode = isoCode is null && v[Gwno].Length > 0 ? CsvValues.ParseLong(Name(Gwno), v[Gwno]) : null;
        if (gwCode is { } gw)
        {
            country = CountryCodes.FromGw(gw);
            if (country is null)
            {
                context.Warn(Name(Gwno), v[Gwno], "acled.unknown-country", $"Gleditsch-Ward code {gw} is not in the country table; the administrative path is not built and the columns are kept verbatim.");
            }
        }

        foreach (var inter in (ReadOnlySpan<int>)[Inter1, Inter2])
        {
            if (AcledTaxonomy.InterCode(v[inter]) is null && !associated)
            {
                context.Warn(Name(inter), v[inter], "acled.unknown-inter", $"'{v[inter]}' is none of ACLED's inter codes (0 to 8, or their words in any codebook); the actor's kind is unknown and the value is kept in the engagement's dataset fields.");
            }
        }

        var prefix = "acled-" + key;
        var (type, tactics) = AcledTaxonomy.ToModel(v[EventType], v[SubEventType]);
        var battle = type is EngagementType.Battle;
        var sides = new List<Side>(2);
        var actorsUsed = new List<Actor>();
        if (slotSide > 0)
        {
            // acledR's long rows: one actor, on the side type_of_actor names; an associated actor's kind comes from its name, as in a dyadic row.
            // Its main_actors variant keeps both assoc_actor columns on each row: the row's side's are its actor's.
            var role = battle ? SideRole.Belligerent : slotSide == 1 ? SideRole.Attacker : SideRole.Defender;
            AddSide(context, sides, actorsUsed, prefix + "-" + slotSide.ToString(CultureInfo.InvariantCulture), role, Actor1, slotSide == 1 ? AssocActor1 : AssocActor2, v[Inter1], null, associated ? AcledTaxonomy.KindFromName(v[Actor1]) : null);
        }
        else
        {
            AddSide(context, sides, actorsUsed, prefix + "-1", battle ? SideRole.Belligerent : SideRole.Attacker, Actor1, AssocActor1, v[Inter1], null);
            AddSide(context, sides, actorsUsed, prefix + "-2", battle ? SideRole.Belligerent : SideRole.Defender, Actor2, AssocActor2, v[Inter2], sides.Count > 0 ? sides[0] : null);
        }

        // acledR's long format keeps a row for an empty actor2 or associated actor column: no actor, no side, nothing to warn of.
        if (sides.Count == 0 && slotSide == 0)
        {
            context.Warn(Name(Actor1), v[Actor1], "acled.empty-actor", "actor1 is empty; the engagement has no side.");
        }

        var acledStatement = new StatementId(prefix + "-acled");
        var statements = new List<SourcedStatement>
        {
            new()
            {
                Id = acledStatement,
                SourceId = AcledSourceId,
                Stance = StatementStance.Assessment,
                Summary = ModelText.Required(context, Name(Notes), v[Notes], "ACLED's statement (its summary)", "ACLED gave no notes for this event.", ModelText.LongText),
            },
        };
        var sourceNames = v[SourceList].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < sourceNames.Length; i++)
        {
            var sourceId = new SourceId("acled-source-" + CsvValues.Slug(sourceNames[i]));
            ModelText.WarnUnlessFits(context, Name(SourceList), sourceNames[i], "a source's name");
            if (!_sources.ContainsKey(sourceId))
            {
                _sources[sourceId] = new Source { Id = sourceId, Name = ModelText.Held(sourceNames[i], "Unnamed source"), Kind = SourceKind.Other };
            }

            statements.Add(new SourcedStatement
            {
                Id = new StatementId(prefix + "-source-" + (i + 1).ToString(CultureInfo.InvariantCulture)),
                SourceId = sourceId,
                Stance = StatementStance.Report,
                Summary = "Reported the event ACLED codes as " + (eventId.Length > 0 ? eventId : key) + ".",
            });
        }

        DisputedFigure[] figures = fatalities is { } n
            ?
            [
                new DisputedFigure
                {
                    Id = new FigureId(prefix + "-killed"),
                    Measure = Measure.Killed,
                    Subject = FigureSubject.All,
                    // A negative count is no count: the figure stays, without an estimate (validation warning
                    // CM3014), and the file's value survives as a dataset field (it differs from what the model gives).
                    Estimates = n < 0 ? [] : [Estimate.Of(acledStatement, new Quantity { Form = QuantityForm.Exact, Value = n }, "fatalities")],
                    Note = FatalityNote,
                },
            ]
            : [];

        var site = new Site
        {
            Id = new SiteId(prefix + "-site"),
            Name = ModelText.Required(context, Name(Location), v[Location], "the site's name", "Unnamed place"),
            Role = SiteRole.Setting,
            Kind = SiteKind.Settlement,
            Coordinates = latitude is { } lat && longitude is { } lon ? new Coordinates(lat, lon) : null,
            Administrative = country is null ? null : new AdministrativePath
            {
                CountryCode = country.Iso2,
                Divisions = Divisions(v[Admin1], v[Admin2], v[Admin3]),
                Locality = ModelText.Optional(v[Location]),
            },
            Precision = geoPrecision switch
            {
                2 => SpatialPrecision.NearLocation,
                3 => SpatialPrecision.FirstOrderAdministrative,
                _ => SpatialPrecision.ExactLocation,
            },
        };

        var time = TemporalExtent.OnDay(date);
        if (timePrecision is "2" or "3")
        {
            time = time.Approximately();
        }

        var engagement = new Engagement
        {
            // A monadic row is one actor's share of an event that AcledMonadicStage joins, under the event's id.
            Id = new EngagementId(kind.IsPerActor() ? prefix + ".line-" + (context.Record > 0 ? context.Record : context.Line).ToString(CultureInfo.InvariantCulture) : prefix),
            Name = ModelText.Shorten(v[SubEventType] + ": " + v[Actor1] + (v[Actor2].Length > 0 ? " vs " + v[Actor2] : string.Empty) + ", " + v[Location] + ", " + IsoDateText(date), ModelText.ShortText),
            Type = type,
            Tactics = tactics,
            Time = time,
            Sites = [site],
            Sides = sides.ToArray(),
            Figures = figures,
            Statements = statements.ToArray(),
            ExternalIds = ModelText.Fits(eventId) ? [ExternalId.Of(ExternalIdScheme.AcledEvent, eventId)] : [],
        };

        ToColumns(engagement, 0, id => _actors.GetValueOrDefault(id), id => _sources.GetValueOrDefault(id), null, _derived, applyFields: false, kind);
        var fields = new List<DatasetField> { DatasetField.Of(Dataset, Formats.DatasetFormat.LayoutFieldName, kind.Name()) };
        if (kind.IsPerActor())
        {
            var slot = slotSide == 0 ? string.Empty : slotSide.ToString(CultureInfo.InvariantCulture) + (associated ? "a" : string.Empty);
            fields.Add(DatasetField.Of(Dataset, AcledMonadicStage.RowField, AcledMonadicStage.RowFieldValue(context.Line, v[Interaction], slot, context.Path, context.File, eventId)));
        }

        for (var c = 0; c < ColumnCount; c++)
        {
            if (_indexes[c] >= 0 && Keeps(c, v[c], _derived[c]))
            {
                fields.Add(DatasetField.Of(Dataset, AcledColumns.AllNames[c], v[c]));
            }
        }

        foreach (var (index, name, unnamed) in _unknown)
        {
            var value = Read(row, index);
            if (unnamed && value.Length == 0)
            {
                continue;
            }

            fields.Add(DatasetField.Of(Dataset, name, value.Length <= ModelText.LongText ? value : throw ModelText.TooLong(name, value)));
        }

        foreach (var actor in actorsUsed)
        {
            context.Use(actor);
        }

        foreach (var statement in statements)
        {
            context.Use(_sources[statement.SourceId]);
        }

        return engagement with { DatasetFields = fields.ToArray() };
    }

    private static string Name(int column) => AcledColumns.AllNames[column];

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i].Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The side (1 or 2) and role of an acledR long row's actor, from <c>type_of_actor</c> (<c>actor1</c>, <c>actor2</c>,
    /// <c>assoc_actor_1</c>, <c>assoc_actor_2</c>), checked against <c>inter_type</c>; R's <c>NA</c> in <c>actor</c> and
    /// <c>inter</c> (an empty column that acledR turned into rows) is read as empty.
    /// </summary>
    private (int Side, bool Associated) LongSlot(CsvRow row, string[] v)
    {
        foreach (var c in (ReadOnlySpan<int>)[Actor1, Inter1])
        {
            if (v[c] == "NA")
            {
                v[c] = string.Empty;
            }
        }

        var type = Read(row, _typeOfActor).Trim();
        var slot = type.ToLowerInvariant() switch
        {
            "actor1" => (1, false),
            "actor2" => (2, false),
            "assoc_actor_1" => (1, true),
            "assoc_actor_2" => (2, true),
            _ => throw new RowFormatException("type_of_actor", type, "acled.bad-type-of-actor", $"type_of_actor is '{type}'; acledR's long format names the column each row's actor came from: actor1, actor2, assoc_actor_1 or assoc_actor_2."),
        };
        var interType = _interType < 0 ? string.Empty : Read(row, _interType).Trim();
        if (interType.Length > 0 && interType != "NA" && !string.Equals(interType, "inter" + slot.Item1.ToString(CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase))
        {
            throw new RowFormatException("inter_type", interType, "acled.bad-type-of-actor", $"inter_type is '{interType}' but type_of_actor is '{type}': acledR pairs actor1 and assoc_actor_1 with inter1, actor2 and assoc_actor_2 with inter2.");
        }

        return slot;
    }

    private static string IsoDateText(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>
    /// The administrative divisions, as levels: the first level the model cannot hold (empty, blank or too
    /// long) ends the path, and the columns after it are kept as dataset fields.
    /// </summary>
    private static Collections.EquatableArray<string> Divisions(string admin1, string admin2, string admin3) =>
        !ModelText.Fits(admin1) ? [] : !ModelText.Fits(admin2) ? [admin1] : !ModelText.Fits(admin3) ? [admin1, admin2] : [admin1, admin2, admin3];

    private static LocalDate ParseDate(string value, DateColumn column, RowContext context)
    {
        foreach (var pattern in DatePatterns)
        {
            if (pattern.Parse(value.Trim()) is { Success: true } result)
            {
                return result.Value.Year is >= 0 and <= 9999 ? result.Value
                    : throw new RowFormatException("event_date", value, "acled.bad-date", $"'{value}' is outside the years 0000 to 9999 that the format's dates hold.");
            }
        }

        // Not a spelling ACLED writes: a spreadsheet's, read as the whole column decided (or refused, located).
        return value.Trim().Length == 0
            ? throw new RowFormatException("event_date", value, "acled.bad-date", $"'{value}' is not a date; expected yyyy-MM-dd (current exports) or d MMMM yyyy (older exports).")
            : column.Parse(value, context.File, context.Line);
    }

    private void AddSide(RowContext context, List<Side> sides, List<Actor> used, string id, SideRole role, int actorColumn, int associatedColumn, string inter, Side? opposite, ActorKind? kind = null)
    {
        var actor = _values[actorColumn];
        if (string.IsNullOrWhiteSpace(actor))
        {
            // No actor, no side; a blank (not empty) value is kept as a dataset field.
            return;
        }

        ModelText.WarnUnlessFits(context, Name(actorColumn), actor, "an actor's name");
        var ids = new List<ActorId> { ActorFor(actor, kind ?? AcledTaxonomy.KindOf(inter), used) };
        foreach (var name in _values[associatedColumn].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            ModelText.WarnUnlessFits(context, Name(associatedColumn), name, "an actor's name");
            var assoc = ActorFor(name, AcledTaxonomy.KindFromName(name), used);
            if (!ids.Contains(assoc))
            {
                ids.Add(assoc);
            }
        }

        if (opposite is not null)
        {
            for (var i = 0; i < ids.Count; i++)
            {
                if (opposite.ActorIds.Contains(ids[i]))
                {
                    // One actor on both sides (two unidentified groups of the same name, say): a side cannot
                    // share an actor with the other (a validation error), so side 2 gets a second actor of the
                    // same name, kind and ACLED name, and the export writes the same values back.
                    var twin = Twin(ids[i]);
                    used.Add(twin);
                    context.Warn(Name(i == 0 ? actorColumn : associatedColumn), twin.Name, "acled.same-actor-both-sides",
                        $"'{twin.Name}' is on both sides; side 2 is given a second actor '{twin.Id}' of the same name.");
                    ids[i] = twin.Id;
                }
            }
        }

        sides.Add(new Side { Id = new SideId(id), Role = role, ActorIds = ids.ToArray() });
    }

    /// <summary>The second actor standing for <paramref name="id"/> on side 2, when the actor is on both sides.</summary>
    private Actor Twin(ActorId id)
    {
        var twinId = new ActorId(id.Value + "-side-2");
        if (!_actors.TryGetValue(twinId, out var twin))
        {
            twin = _actors[id] with { Id = twinId };
            _actors[twinId] = twin;
        }

        return twin;
    }

    private ActorId ActorFor(string name, ActorKind kind, List<Actor> used)
    {
        var id = new ActorId("acled-actor-" + CsvValues.Slug(name));
        if (!_actors.TryGetValue(id, out var actor))
        {
            actor = new Actor { Id = id, Name = ModelText.Held(name, "Unnamed actor"), Kind = kind, ExternalIds = ModelText.Fits(name) ? [ExternalId.Of(ExternalIdScheme.AcledActor, name)] : [] };
            _actors[id] = actor;
        }

        used.Add(actor);
        return id;
    }

    /// <summary>The layout of one import, shared by its mappers: set on binding the header and on the first data row.</summary>
    private sealed class LayoutChoice
    {
        private volatile int _kind;

        public AcledLayoutKind Kind
        {
            get => (AcledLayoutKind)_kind;
            set => _kind = (int)value;
        }
    }

    private string Read(CsvRow row, int index)
    {
        var value = row.ToString(index);
        return _restore ? SpreadsheetSafety.Restore(value) : value;
    }
}
