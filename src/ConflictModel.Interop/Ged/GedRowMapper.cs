using System;
using System.Collections.Generic;
using System.Globalization;
using ConflictModel.Actors;
using ConflictModel.Collections;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Interop.Csv;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;
using NodaTime;
using static ConflictModel.Interop.Ged.GedMapping;

namespace ConflictModel.Interop.Ged;

/// <summary>Maps one GED row to one engagement (see <see cref="GedMapping"/> and docs/interop.md).</summary>
internal sealed class GedRowMapper : RowMapper
{
    private static readonly ColumnSet Columns = new(GedColumns.Names, GedColumns.HistoricalNames, GedColumns.Required);

    /// <summary>The exact quantities 0 to 255, shared by every figure that states one (records are immutable).</summary>
    private static readonly Quantity[] SmallExact = CreateSmallExact();

    /// <summary>The relays of an original source when no article names an office: UCDP itself.</summary>
    private static readonly EquatableArray<SourceId> UcdpVia = [UcdpSourceId];

    /// <summary>What the id of an actor made from a UCDP actor id starts with.</summary>
    private const string ActorIdPrefix = "ucdp-actor-";

    private readonly bool _restore;
    private readonly RowValues _values = new(ColumnCount);
    private readonly string[] _derived = new string[ColumnCount];
    private readonly Dictionary<ActorId, Actor> _actors = [];
    private readonly Dictionary<SourceId, Source> _sources = [];

    // Per-import caches of what repeats from row to row: actors by numeric UCDP id, source ids by name.
    private readonly Dictionary<long, Actor> _actorsByUcdpId = [];
    private readonly Dictionary<LocalDate, TemporalExtent> _days = [];

    private readonly Dictionary<string, SourceId> _officeIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceId> _originalIds = new(StringComparer.Ordinal);

    // Scratch lists reused from row to row; the model gets exact-size arrays of their contents.
    private readonly List<SourcedStatement> _statements = [];
    private readonly List<SourceId> _offices = [];
    private readonly List<DatasetField> _fields = [];
    private readonly Func<ActorId, Actor?> _lookup;
    private readonly Func<SourceId, Source?> _lookupSource;
    private readonly Func<DisputedFigure, ReconciledFigure?> _reconcile;
    private Engagement? _checking;
    private (Actor A, Actor B) _checkingActors;
    private int[] _indexes = [];
    private List<(int Index, string Name, bool Unnamed)> _unknown = [];

    public GedRowMapper(bool restoreNeutralisedFormulas)
    {
        _restore = restoreNeutralisedFormulas;
        _sources[UcdpSourceId] = UcdpSource;
        _lookup = Lookup;
        _lookupSource = LookupSource;
        _reconcile = ReconcileAsExported;
    }

    /// <summary>
    /// The date columns, decided column-wide (<see cref="DateColumns"/>). UCDP writes ISO dates; where a re-saved
    /// file's numeric dates cannot tell, day-first is assumed: UCDP is in Sweden, and the spreadsheets of the
    /// countries GED's users mostly work in (Europe, Africa, Asia outside the United States) save day-first.
    /// </summary>
    private static readonly DateColumnSpec[] Dates =
    [
        new("date_start", DateOrder.DayFirst, "the GED layouts", "ged.bad-date", "yyyy-MM-dd (optionally with a time), or a spreadsheet's spelling of a date (2/6/2025, 02-Jun-25, 2 June 2025, 45810)"),
        new("date_end", DateOrder.DayFirst, "the GED layouts", "ged.bad-date", "yyyy-MM-dd (optionally with a time), or a spreadsheet's spelling of a date (2/6/2025, 02-Jun-25, 2 June 2025, 45810)"),
    ];

    /// <summary>The id columns a spreadsheet may have rewritten in scientific notation (losing digits).</summary>
    private static readonly int[] IdColumns = [Id, ConflictNewId, DyadNewId, SideANewId, SideBNewId];

    private DateColumn _starts = DateColumn.Unscanned(Dates[0]);
    private DateColumn _ends = DateColumn.Unscanned(Dates[1]);
    private GedFileLayout _layout = GedFileLayout.Release;

    public override IReadOnlyList<DateColumnSpec> DateColumns => Dates;

    public override string? LayoutName => _layout.Format.Name;

    public override void UseDates(IReadOnlyDictionary<string, DateColumn> dates)
    {
        _starts = dates.GetValueOrDefault(Dates[0].Name) ?? _starts;
        _ends = dates.GetValueOrDefault(Dates[1].Name) ?? _ends;
    }

    public override void Bind(IReadOnlyList<string> header, HeaderReport report)
    {
        _layout = GedFileLayout.Recognise(header);
        (_indexes, _unknown) = Columns.Bind(header, report);
        if (_layout == GedFileLayout.ApiCsv)
        {
            // The script's row number: re-numbered on the way out, no fact of the event.
            _unknown.RemoveAll(u => u.Index == 0);
            report.Unknown.RemoveAll(u => u == "column 1 (no name)");
        }
    }

    public override Engagement Map(CsvRow row, RowContext context)
    {
        var v = _values;
        v.Use(row.Block.Chars);
        for (var c = 0; c < ColumnCount; c++)
        {
            if (_indexes[c] < 0)
            {
                v.Set(c, string.Empty);
                continue;
            }

            var (start, length) = row.Range(_indexes[c]);
            if (_restore)
            {
                // A neutralised formula loses its leading apostrophe: the value is the same characters, less the first.
                var restored = SpreadsheetSafety.Restored(row.Block.Chars.AsSpan(start, length)).Length;
                (start, length) = (start + length - restored, restored);
            }

            v.Set(c, start, length);
        }

        List<DatasetField>? extra = null;
        if (_unknown.Count > 0)
        {
            extra = new List<DatasetField>(_unknown.Count);
            foreach (var (index, name, unnamed) in _unknown)
            {
                var value = Read(row, index);
                if (unnamed && value.Length == 0)
                {
                    continue;
                }

                extra.Add(DatasetField.Of(Dataset, name, value.Length <= ModelText.LongText ? value : throw ModelText.TooLong(name, value)));
            }
        }

        return MapValues(context, extra);
    }

    public override RowMapper CreateWorker() => new GedRowMapper(_restore) { _indexes = _indexes, _unknown = _unknown, _starts = _starts, _ends = _ends, _layout = _layout };

    public override void Adopt(Actor actor)
    {
        _actors[actor.Id] = actor;
        var id = actor.Id.Value;
        if (id.StartsWith(ActorIdPrefix, StringComparison.Ordinal) && CanonicalNumber(id.AsSpan(ActorIdPrefix.Length)) is var number and >= 0)
        {
            _actorsByUcdpId[number] = actor;
        }
    }

    public override void Adopt(Source source) => _sources[source.Id] = source;

    public override Actor? Known(ActorId id) => Lookup(id);

    public override Source? Known(SourceId id) => LookupSource(id);

    /// <summary>
    /// Maps the values already in canonical column order (as <see cref="Map"/> reads them); used directly by
    /// the benchmark's CsvHelper-based peer so that both importers build the same documents.
    /// </summary>
    public Engagement MapValues(string[] values, RowContext context)
    {
        for (var c = 0; c < ColumnCount; c++)
        {
            _values.Set(c, values[c]);
        }

        return MapValues(context, null);
    }

    private Engagement MapValues(RowContext context, List<DatasetField>? extra)
    {
        var v = _values;
        ModelText.CheckLengths(v, ColumnCount, Name);
        var eventId = v[Id];
        // An id that cannot be part of the model's ids (other characters, too long) is made into a slug; the
        // file's value survives as a dataset field, as the engagement's id gives another one back.
        var key = eventId.Length == 0 ? "line-" + context.Line.ToString(CultureInfo.InvariantCulture)
            : ModelText.IsIdPart(eventId) ? eventId : CsvValues.Slug(eventId);
        key += context.IdSuffix;
        if (eventId.Length == 0)
        {
            context.Warn("id", eventId, "ged.empty-id", "The event id is empty; the engagement is named after the line instead.");
        }

        // Parse everything that can fail before adding anything to the batch.
        foreach (var c in IdColumns)
        {
            if (CsvValues.IsScientific(v.Span(c)))
            {
                throw new RowFormatException(Name(c), v[c], "csv.scientific-id",
                    $"{Name(c)} is '{v[c]}', a number in scientific notation as a spreadsheet rewrites long numbers; its digits may be lost, so the row is not imported under a guessed id. Re-export the file, or format the column as text before saving.");
            }
        }

        var start = Date(_starts, context, DateStart);
        var end = Date(_ends, context, DateEnd);
        var wherePrec = CsvValues.ParseLong(Name(WherePrec), v.Span(WherePrec));
        if (wherePrec is < 1 or > 7)
        {
            throw new RowFormatException(Name(WherePrec), v[WherePrec], "ged.where-prec-out-of-range", $"where_prec must be 1 to 7 (UCDP's location precision codes); found {v[WherePrec]}.");
        }

        var (latitude, longitude) = CsvValues.ParseCoordinates(context, Name(Latitude), v.Span(Latitude), Name(Longitude), v.Span(Longitude));
        var deathsA = Count(context, DeathsA);
        var deathsB = Count(context, DeathsB);
        var civilians = Count(context, DeathsCivilians);
        var unknown = Count(context, DeathsUnknown);
        var best = Count(context, Best);
        var high = Count(context, High);
        var low = Count(context, Low);
        var countryId = v.IsEmpty(CountryId) ? null : CsvValues.ParseLong(Name(CountryId), v.Span(CountryId));

        if (best is { } b && high is { } h && h < b)
        {
            context.Warn("high", v[High], "ged.high-below-best", $"high ({h}) is below best ({b}); imported as stated.");
        }

        if (best is { } b2 && low is { } l && l > b2)
        {
            context.Warn("low", v[Low], "ged.low-above-best", $"low ({l}) is above best ({b2}); imported as stated.");
        }

        if (low is { } l3 && high is { } h3 && h3 >= 0 && l3 > h3)
        {
            context.Warn("low", v[Low], "ged.low-above-high", $"low ({l3}) is above high ({h3}); imported as stated, as an 'at least' and an 'at most' estimate.");
        }

        if (best is { } b3 && (Int128)(deathsA ?? 0) + (deathsB ?? 0) + (civilians ?? 0) + (unknown ?? 0) != b3)
        {
            context.Warn("best", v[Best], "ged.deaths-sum-differs", "deaths_a + deaths_b + deaths_civilians + deaths_unknown differs from best; imported as stated.");
        }

        if (end < start)
        {
            context.Warn("date_end", v[DateEnd], "ged.end-before-start", "date_end is before date_start; the time is imported as date_start's day, and date_end is kept in the engagement's dataset fields.");
        }

        var prefix = "ged-" + key;
        var actorA = ActorFor(context, SideANewId, SideA, Gwnoa);
        var actorB = ActorFor(context, SideBNewId, SideB, Gwnob);
        if (actorA.Id == actorB.Id)
        {
            // UCDP codes unidentified parties on both sides with one placeholder (XXX<country>). They are two
            // groups, not one actor fighting itself: side B gets its own actor, with the same name and
            // external ids, so the export writes the same values back.
            actorB = OtherSide(actorB);
            context.Warn("side_b_new_id", v[SideBNewId], "ged.same-actor-both-sides", $"side_a and side_b are the same actor ('{v[SideA]}'), as in UCDP's placeholder actors for unidentified parties; side B is imported as a second actor '{actorB.Id}' of the same name and UCDP id.");
        }
        var oneSided = v.Span(TypeOfViolence) is "3";
        var sideA = new Side { Id = new SideId(prefix + "-a"), Role = oneSided ? SideRole.Attacker : SideRole.Belligerent, ActorIds = [actorA.Id] };
        var sideB = new Side { Id = new SideId(prefix + "-b"), Role = oneSided ? SideRole.Defender : SideRole.Belligerent, ActorIds = [actorB.Id] };

        var ucdpStatement = new StatementId(prefix + "-ucdp");
        var statements = _statements;
        statements.Clear();
        statements.Add(new SourcedStatement
        {
            Id = ucdpStatement,
            SourceId = UcdpSourceId,
            Stance = StatementStance.Assessment,
            Summary = "UCDP GED event " + key + ": fatality estimates by side, civilians and unknown, with low, best and high totals.",
        });
        var articles = SplitArticles(v.Span(SourceArticle), v[SourceOffice], v[SourceDate], v[SourceHeadline]);
        var offices = _offices;
        offices.Clear();
        for (var i = 0; i < articles.Count; i++)
        {
            var (office, date, headline) = articles[i];
            var source = SourceFor(context, Name(SourceOffice), _officeIds, "ged-office-", office, SourceKind.NewsAgency, null);
            if (!offices.Contains(source))
            {
                offices.Add(source);
            }

            var day = date.Length != 10 ? null
                : CsvValues.TryParseIsoDate(date, out var fast) ? fast
                : NodaTime.Text.LocalDatePattern.Iso.Parse(date) is { Success: true } parsed ? parsed.Value : (LocalDate?)null;
            statements.Add(new SourcedStatement
            {
                Id = new StatementId(prefix + "-article-" + (i + 1).ToString(CultureInfo.InvariantCulture)),
                SourceId = source,
                Stance = StatementStance.Report,
                Summary = ModelText.Required(context, Name(SourceHeadline), headline, "a statement's summary", "No headline given.", ModelText.LongText),
                ReportedAt = day is { } d ? OnDay(d) : null,
            });
        }

        if (!v.IsEmpty(SourceOriginal))
        {
            var originals = v[SourceOriginal].Split(';');
            var via = offices.Count > 0 ? EquatableArrays.Own(offices.ToArray()) : UcdpVia;
            for (var i = 0; i < originals.Length; i++)
            {
                var source = SourceFor(context, Name(SourceOriginal), _originalIds, "ged-original-", originals[i], SourceKind.Other, "Named by UCDP GED as the original source of a report.");
                statements.Add(new SourcedStatement
                {
                    Id = new StatementId(prefix + "-original-" + (i + 1).ToString(CultureInfo.InvariantCulture)),
                    SourceId = source,
                    Stance = StatementStance.Report,
                    Summary = "Original source of the reports on UCDP GED event " + key + ".",
                    Via = via,
                });
            }
        }

        var figures = new List<DisputedFigure>(5);
        AddFigure(figures, prefix + "-killed-a", FigureSubject.OfSide(sideA.Id), deathsA, ucdpStatement, "deaths_a");
        AddFigure(figures, prefix + "-killed-b", FigureSubject.OfSide(sideB.Id), deathsB, ucdpStatement, "deaths_b");
        AddFigure(figures, prefix + "-killed-civilians", FigureSubject.Civilians, civilians, ucdpStatement, "deaths_civilians");
        AddFigure(figures, prefix + "-killed-unknown", FigureSubject.Unknown, unknown, ucdpStatement, "deaths_unknown");
        if (best is not null || low is not null || high is not null)
        {
            // Negative values are sentinels, not counts: left out of the estimates (kept as dataset fields).
            best = best < 0 ? null : best;
            low = low < 0 ? null : low;
            high = high < 0 ? null : high;
            var estimates = new List<Estimate>(2);
            if (best is { } bestValue)
            {
                estimates.Add(Estimate.Of(ucdpStatement, Exact(bestValue), "best"));
            }

            if (low is { } l2 && high is { } h2 && l2 > h2)
            {
                // A range cannot hold low > high (CM3009): keep both numbers as stated, as two bounds of the
                // same statement; the validator reports the contradiction as a warning (CM3021).
                estimates.Add(Estimate.Of(ucdpStatement, new Quantity { Form = QuantityForm.AtLeast, Value = l2 }, "low"));
                estimates.Add(Estimate.Of(ucdpStatement, new Quantity { Form = QuantityForm.AtMost, Value = h2 }, "high"));
            }
            else if (low is not null || high is not null)
            {
                var range = low is not null && high is not null ? new Quantity { Form = QuantityForm.Range, Low = low, High = high }
                    : low is not null ? new Quantity { Form = QuantityForm.AtLeast, Value = low }
                    : new Quantity { Form = QuantityForm.AtMost, Value = high };
                estimates.Add(Estimate.Of(ucdpStatement, range, "low-high"));
            }

            figures.Add(new DisputedFigure
            {
                Id = new FigureId(prefix + "-killed-all"),
                Measure = Measure.Killed,
                Subject = FigureSubject.All,
                Estimates = estimates.ToArray(),
            });
        }

        var site = BuildSite(context, prefix, wherePrec, latitude, longitude, countryId);
        var conflictId = ModelText.Optional(v[ConflictNewId]);
        var conflict = !ModelText.Fits(v[ConflictName]) && conflictId is null ? null : new ConflictReference
        {
            Name = ModelText.Fits(v[ConflictName]) ? v[ConflictName] : ModelText.Required(context, Name(ConflictName), v[ConflictName], "the conflict's name", "UCDP conflict " + conflictId),
            ExternalIds = conflictId is null ? [] : [ExternalId.Of(ExternalIdScheme.UcdpConflict, conflictId)],
        };
        var eventExternalId = ModelText.Fits(eventId) ? ExternalId.Of(ExternalIdScheme.UcdpEvent, eventId) : null;
        var dyadExternalId = ModelText.Fits(v[DyadNewId]) ? ExternalId.Of(ExternalIdScheme.UcdpDyad, v[DyadNewId]) : null;
        EquatableArray<ExternalId> externalIds = eventExternalId is null ? dyadExternalId is null ? [] : [dyadExternalId]
            : dyadExternalId is null ? [eventExternalId] : [eventExternalId, dyadExternalId];

        var engagement = new Engagement
        {
            Id = new EngagementId(prefix),
            Name = ModelText.Shorten($"{v.Span(SideA)} vs {v.Span(SideB)}, {v.Span(WhereCoordinates)}, {CsvValues.FormatIsoDate(start, string.Empty)}", ModelText.ShortText),
            Conflict = conflict,
            Type = oneSided ? EngagementType.ViolenceAgainstCivilians : EngagementType.Battle,
            Time = BuildTime(start, end),
            Sites = site is null ? [] : [site],
            Sides = [sideA, sideB],
            Figures = EquatableArrays.Own(figures.ToArray()),
            Statements = EquatableArrays.Own(statements.ToArray()),
            ExternalIds = externalIds,
        };

        // Derive the columns back from the model; keep the file's value only where it differs.
        (_checking, _checkingActors) = (engagement, (actorA, actorB));
        ToColumns(engagement, 0, _lookup, _lookupSource, _reconcile, _derived, applyFields: false, v);
        _checking = null;
        var fields = _fields;
        fields.Clear();
        for (var c = 0; c < ColumnCount; c++)
        {
            if (_indexes[c] >= 0 && (Verbatim[c] || (!ReferenceEquals(_derived[c], SameAsFile) && !CsvValues.SameValue(_derived[c], v.Span(c)))))
            {
                fields.Add(DatasetField.Of(Dataset, GedColumns.Names[c], v[c]));
            }
        }

        if (extra is not null)
        {
            fields.AddRange(extra);
        }

        fields.Add(_layout.Field);

        context.Use(actorA);
        context.Use(actorB);
        context.Use(UcdpSource);
        var previous = UcdpSourceId;
        for (var s = 1; s < statements.Count; s++)
        {
            // Consecutive statements often cite the same source (several articles of one office).
            var id = statements[s].SourceId;
            if (id != previous)
            {
                context.Use(_sources[id]);
                previous = id;
            }
        }

        return engagement with { DatasetFields = EquatableArrays.Own(fields.ToArray()) };
    }

    private static string Name(int column) => GedColumns.Names[column];

    private LocalDate Date(DateColumn column, RowContext context, int index)
    {
        var value = _values.Span(index);
        return value.Length == 0
            ? throw new RowFormatException(Name(index), string.Empty, "ged.missing-date", "The date is empty; GED events need date_start and date_end.")
            : column.Parse(value, context.File, context.Line);
    }

    private static Quantity Exact(long value) =>
        value is >= 0 and < 256 ? SmallExact[value] : new Quantity { Form = QuantityForm.Exact, Value = value };

    private static Quantity[] CreateSmallExact()
    {
        var quantities = new Quantity[256];
        for (var i = 0; i < quantities.Length; i++)
        {
            quantities[i] = new Quantity { Form = QuantityForm.Exact, Value = i };
        }

        return quantities;
    }

    /// <summary>The extent of one reporting day, shared by the articles of that day (bounded per import).</summary>
    private TemporalExtent OnDay(LocalDate day)
    {
        if (!_days.TryGetValue(day, out var extent))
        {
            extent = TemporalExtent.OnDay(day);
            if (_days.Count < 16_384)
            {
                _days[day] = extent;
            }
        }

        return extent;
    }

    private static TemporalExtent BuildTime(LocalDate start, LocalDate end)
    {
        if (end == start)
        {
            return TemporalExtent.OnDay(start);
        }

        if (end < start)
        {
            // The model has no extent that ends before it starts (a validation error): the start day stands
            // alone, and date_end is kept as a dataset field (the warning says so).
            return TemporalExtent.OnDay(start);
        }

        if (start.Day == 1 && end.Year == start.Year && end.Month == start.Month && end.Day == start.Calendar.GetDaysInMonth(start.Year, start.Month))
        {
            return TemporalExtent.InMonth(start.Year, start.Month);
        }

        if (start.Day == 1 && start.Month == 1 && end.Year == start.Year && end.Month == 12 && end.Day == 31)
        {
            return TemporalExtent.InYear(start.Year);
        }

        return TemporalExtent.Between(start, end);
    }

    private static void AddFigure(List<DisputedFigure> figures, string id, FigureSubject subject, long? value, StatementId statement, string column)
    {
        if (value is { } n)
        {
            figures.Add(new DisputedFigure
            {
                Id = new FigureId(id),
                Measure = Measure.Killed,
                Subject = subject,
                // A negative count (GED's -1 sentinel) is no count: the figure stays, without an estimate
                // (validation warning CM3014), and the file's value survives as a dataset field.
                Estimates = n < 0 ? [] : [Estimate.Of(statement, Exact(n), column)],
            });
        }
    }

    private string Read(CsvRow row, int index)
    {
        var value = row.ToString(index);
        return _restore ? SpreadsheetSafety.Restore(value) : value;
    }

    private long? Count(RowContext context, int column)
    {
        var value = CsvValues.ParseLong(Name(column), _values.Span(column));
        if (value < 0)
        {
            context.Warn(Name(column), _values[column], "ged.negative-count", $"{Name(column)} is {value}, a negative count (a -1 'unknown' sentinel?); imported as no estimate (count unknown), the value kept in the engagement's dataset fields.");
        }

        return value;
    }

    private Site? BuildSite(RowContext context, string prefix, long? wherePrec, double? latitude, double? longitude, long? countryId)
    {
        var v = _values;
        if (wherePrec is null && v.IsEmpty(WhereCoordinates) && latitude is null && longitude is null && v.IsEmpty(Adm1) && v.IsEmpty(Country))
        {
            return null;
        }

        AdministrativePath? administrative = null;
        if (countryId is { } gw)
        {
            var country = CountryCodes.FromGw(gw);
            if (country is null)
            {
                context.Warn("country_id", v[CountryId], "ged.unknown-country", $"Gleditsch-Ward code {gw} is not in the country table; country, adm_1 and adm_2 are kept verbatim.");
            }
            else
            {
                administrative = new AdministrativePath
                {
                    CountryCode = country.Iso2,
                    // Divisions are levels: a level the model cannot hold ends the path (kept as dataset fields).
                    Divisions = !ModelText.Fits(v[Adm1]) ? [] : ModelText.Fits(v[Adm2]) ? [v[Adm1], v[Adm2]] : [v[Adm1]],
                };
            }
        }

        var precision = (SpatialPrecision)(wherePrec ?? (long)SpatialPrecision.Country);
        return new Site
        {
            Id = new SiteId(prefix + "-site"),
            Name = ModelText.Required(context, Name(WhereCoordinates), v[WhereCoordinates], "the site's name", "Unnamed place"),
            Role = SiteRole.Setting,
            Kind = precision switch
            {
                SpatialPrecision.ExactLocation or SpatialPrecision.NearLocation => SiteKind.Settlement,
                SpatialPrecision.InternationalWatersOrAirspace => SiteKind.Other,
                _ => SiteKind.Area,
            },
            Coordinates = latitude is { } lat && longitude is { } lon ? new Coordinates(lat, lon) : null,
            Administrative = administrative,
            Precision = precision,
            Description = ModelText.Optional(v[WhereDescription], ModelText.LongText),
            ExternalIds = ModelText.Fits(v[PriogridGid]) ? [ExternalId.Of(ExternalIdScheme.PrioGrid, v[PriogridGid])] : [],
        };
    }

    private Actor ActorFor(RowContext context, int idColumn, int nameColumn, int gwColumn)
    {
        var v = _values;
        if (!ModelText.Fits(v.Span(nameColumn)))
        {
            ModelText.WarnUnlessFits(context, Name(nameColumn), v[nameColumn], "an actor's name");
        }

        if (v.IsEmpty(idColumn))
        {
            context.Warn(Name(idColumn), string.Empty, "ged.empty-actor-id", $"The UCDP actor id of '{v[nameColumn]}' is empty; the actor is identified by its name.");
        }

        var number = CanonicalNumber(v.Span(idColumn));
        if (number >= 0 && _actorsByUcdpId.TryGetValue(number, out var cached))
        {
            return cached;
        }

        var (ucdpId, name, gw) = (v[idColumn], v[nameColumn], v[gwColumn]);
        var id = new ActorId(CsvValues.IsDigits(ucdpId) && ucdpId.Length <= ModelText.IdPart ? ActorIdPrefix + ucdpId : ActorIdPrefix + CsvValues.Slug(ucdpId + "|" + name));
        if (_actors.TryGetValue(id, out var known))
        {
            return known;
        }

        var ids = new List<ExternalId>(2);
        if (ModelText.Fits(ucdpId))
        {
            ids.Add(ExternalId.Of(ExternalIdScheme.UcdpActor, ucdpId));
        }

        if (ModelText.Fits(gw))
        {
            ids.Add(ExternalId.Of(ExternalIdScheme.GleditschWard, gw));
        }

        var actor = new Actor
        {
            Id = id,
            Name = ModelText.Held(name, ModelText.Fits(ucdpId) ? "UCDP actor " + ucdpId : "Unnamed UCDP actor"),
            Kind = name.StartsWith("Government of", System.StringComparison.Ordinal) ? ActorKind.Government
                : ucdpId == "1" || name == "Civilians" ? ActorKind.Civilians
                : ActorKind.NonStateArmedGroup,
            CountryCode = long.TryParse(gw, NumberStyles.None, CultureInfo.InvariantCulture, out var gwCode) ? CountryCodes.FromGw(gwCode)?.Iso2 : null,
            ExternalIds = ids.ToArray(),
        };
        _actors[id] = actor;
        if (number >= 0)
        {
            _actorsByUcdpId[number] = actor;
        }

        return actor;
    }

    /// <summary>Returns the number <paramref name="digits"/> spell without leading zeros (at most 18 digits), or -1 for any other text.</summary>
    private static long CanonicalNumber(ReadOnlySpan<char> digits)
    {
        if (digits.Length is 0 or > 18 || (digits.Length > 1 && digits[0] == '0'))
        {
            return -1;
        }

        long n = 0;
        foreach (var ch in digits)
        {
            if (ch is < '0' or > '9')
            {
                return -1;
            }

            n = (n * 10) + (ch - '0');
        }

        return n;
    }

    private Actor OtherSide(Actor actor)
    {
        var id = new ActorId(actor.Id.Value + "-side-b");
        if (!_actors.TryGetValue(id, out var other))
        {
            other = actor with { Id = id };
            _actors[id] = other;
        }

        return other;
    }

    private SourceId SourceFor(RowContext context, string column, Dictionary<string, SourceId> byName, string prefix, string name, SourceKind kind, string? description)
    {
        ModelText.WarnUnlessFits(context, column, name, "a source's name");
        if (byName.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var id = new SourceId(prefix + CsvValues.Slug(name));
        if (!_sources.ContainsKey(id))
        {
            _sources[id] = new Source { Id = id, Name = ModelText.Held(name, "Unnamed source"), Kind = kind, Description = description };
        }

        byName[name] = id;
        return id;
    }

    /// <summary>
    /// Reconciles a figure of the engagement being checked as <see cref="GedExporter"/> will (best estimate, in a
    /// document of this engagement, its actors and sources), so that a total the export would derive
    /// differently from the file (a range without a best, say) keeps the file's values as dataset fields.
    /// Only figures the columns cannot be read from directly get here, so the index is built rarely.
    /// </summary>
    private ReconciledFigure? ReconcileAsExported(DisputedFigure figure)
    {
        var engagement = _checking!;
        var sources = new List<Source>(engagement.Statements.Count);
        foreach (var statement in engagement.Statements)
        {
            if (_sources.TryGetValue(statement.SourceId, out var source) && !sources.Contains(source))
            {
                sources.Add(source);
            }
        }

        var (a, b) = _checkingActors;
        var document = new DatasetDocument { Sources = sources.ToArray(), Actors = a.Id == b.Id ? [a] : [a, b], Engagements = [engagement] };
        return FigureReconciler.Reconcile(figure, new ReconciliationContext(new DocumentIndex(document), engagement), ReconciliationPolicy.BestEstimate);
    }

    private Actor? Lookup(ActorId id) => _actors.GetValueOrDefault(id);

    private Source? LookupSource(SourceId id) => _sources.GetValueOrDefault(id);
}
