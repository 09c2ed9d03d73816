using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Ged;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;
using NodaTime.Text;

namespace ConflictModel.Interop.Acled;

/// <summary>
/// The ACLED mapping in both directions, on the same principle as GED's: export derives each column from
/// the model and an <c>acled</c> dataset field of the column's name wins; import keeps such a field only
/// where the model cannot reproduce the file's value.
/// </summary>
internal static class AcledMapping
{
    public const string Dataset = "acled";

    public const int ColumnCount = 35;

    /// <summary>The prefix the importer puts before ACLED's event id to make the engagement id; an export without an event id removes it (docs/interop.md).</summary>
    public const string IdPrefix = "acled-";

    public const int EventId = 0, EventDate = 1, Year = 2, TimePrecision = 3, DisorderType = 4, EventType = 5, SubEventType = 6;
    public const int Actor1 = 7, AssocActor1 = 8, Inter1 = 9, Actor2 = 10, AssocActor2 = 11, Inter2 = 12, Interaction = 13, CivilianTargeting = 14;
    public const int Iso = 15, Region = 16, Country = 17, Admin1 = 18, Admin2 = 19, Admin3 = 20, Location = 21, Latitude = 22, Longitude = 23, GeoPrecision = 24;
    public const int SourceList = 25, SourceScale = 26, Notes = 27, Fatalities = 28, Tags = 29, Timestamp = 30;

    /// <summary>The columns of earlier layouts only (<see cref="AcledColumns.AllNames"/>).</summary>
    public const int DataId = 31, EventIdNoCnty = 32, Iso3 = 33, Gwno = 34;

    public const string FatalityNote =
        "ACLED fatality count. ACLED codes the most conservative figure its sources report; reconcile with ReconciliationPolicy.Conservative.";

    public static readonly SourceId AcledSourceId = new("acled");

    public static readonly Source AcledSource = new()
    {
        Id = AcledSourceId,
        Name = "Armed Conflict Location & Event Data (ACLED)",
        Kind = SourceKind.Compilation,
        Url = "https://acleddata.com/",
    };

    /// <summary>Columns the model has no member for: always kept verbatim.</summary>
    public static readonly bool[] Verbatim = Mark(CivilianTargeting, Region, Country, SourceScale, Tags, Timestamp, DataId, Iso3);

    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    public static void ToColumns(
        Engagement e,
        int siteIndex,
        Func<ActorId, Actor?> actors,
        Func<SourceId, Source?> sources,
        Func<DisputedFigure, ReconciledFigure?>? reconcile,
        string[] output,
        bool applyFields,
        AcledLayoutKind kind = AcledLayoutKind.Current,
        int monadicSide = 0)
    {
        var numeric = kind.HasNumericCodes();
        var eventId = GedMapping.External(e.ExternalIds, ExternalIdScheme.AcledEvent);
        // event_id_cnty is required: without an ACLED event id, the engagement id stands in (docs/interop.md); an import
        // of a row whose id is empty therefore keeps the empty id as a dataset field.
        output[EventId] = siteIndex == 0 ? (eventId.Length > 0 ? eventId : ExportNotes.DerivedEventId(e, IdPrefix)) : (eventId.Length > 0 ? eventId : ExportNotes.DerivedEventId(e, IdPrefix)) + "-" + siteIndex.ToString(CultureInfo.InvariantCulture);
        output[EventDate] = IsoDate.Format(e.Time.Start.Date);
        output[Year] = e.Time.Start.Year.ToString(CultureInfo.InvariantCulture);
        output[TimePrecision] = e.Time.Precision is TemporalPrecision.Year or TemporalPrecision.Month ? "3"
            : e.Time.Qualifier == TemporalQualifier.Exact && e.Time.End is null ? "1" : "2";
        var (disorder, eventType, subEvent) = AcledTaxonomy.FromModel(TypeOf(e, actors), e.Tactics);
        output[DisorderType] = disorder;
        output[EventType] = kind == AcledLayoutKind.Legacy ? AcledTaxonomy.LegacyEventType(TypeOf(e, actors), e.Tactics) : eventType;
        output[SubEventType] = subEvent;

        var code1 = WriteSide(e.Sides.Count > 0 ? e.Sides[0] : null, actors, output, Actor1, AssocActor1, Inter1, numeric);
        var code2 = WriteSide(e.Sides.Count > 1 ? e.Sides[1] : null, actors, output, Actor2, AssocActor2, Inter2, numeric);
        output[Interaction] = AcledTaxonomy.Interaction(code1, code2, numeric);
        output[CivilianTargeting] = output[Region] = output[Country] = output[SourceScale] = output[Tags] = output[Timestamp] = string.Empty;
        output[DataId] = output[Iso3] = string.Empty;
        output[EventIdNoCnty] = NumberOf(output[EventId]);

        var site = siteIndex < e.Sites.Count ? e.Sites[siteIndex] : null;
        var divisions = site?.Administrative?.Divisions ?? default;
        output[Admin1] = divisions.Count > 0 ? divisions[0] : string.Empty;
        output[Admin2] = divisions.Count > 1 ? divisions[1] : string.Empty;
        output[Admin3] = divisions.Count > 2 ? divisions[2] : string.Empty;
        output[Location] = site?.Name ?? string.Empty;
        output[Latitude] = site?.Coordinates is { } p ? CsvValues.Format(p.Latitude) : string.Empty;
        output[Longitude] = site?.Coordinates is { } q ? CsvValues.Format(q.Longitude) : string.Empty;
        output[GeoPrecision] = site is null ? string.Empty : site.Precision switch
        {
            SpatialPrecision.ExactLocation => "1",
            SpatialPrecision.NearLocation => "2",
            _ => "3",
        };
        var country = CountryCodes.FromIso2(site?.Administrative?.CountryCode);
        output[Iso] = country?.IsoNumeric.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        output[Gwno] = country?.Gw.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

        var names = new List<string>();
        string? notes = null;
        foreach (var statement in e.Statements)
        {
            var source = sources(statement.SourceId);
            if (source?.Kind == SourceKind.Compilation)
            {
                notes ??= source.Id == AcledSourceId ? statement.Summary : null;
                continue;
            }

            if (statement.Via.Count > 0)
            {
                continue;
            }

            var name = source?.Name ?? statement.SourceId.Value;
            if (!names.Contains(name))
            {
                names.Add(name);
            }
        }

        output[SourceList] = string.Join("; ", names);
        output[Notes] = notes ?? e.ResultSummary ?? string.Empty;
        output[Fatalities] = siteIndex > 0 ? "0" : CsvValues.Format(Killed(e, reconcile));

        if (applyFields)
        {
            foreach (var (c, value) in ColumnTable.FieldsFor(e, Dataset, AcledColumns.AllNames, Verbatim, siteIndex))
            {
                output[c] = value;
            }

            // Written in the layout it was read in, a kept code stays as the file spelled it; in another layout, it is
            // spelled as that layout spells it (a pre-2023 "60" is "Protesters only" in the current layout).
            if (!string.Equals(RecordedLayout(e), kind.Name(), StringComparison.Ordinal))
            {
                output[Inter1] = Respell(output[Inter1], numeric);
                output[Inter2] = Respell(output[Inter2], numeric);
                output[Interaction] = AcledTaxonomy.InteractionCodes(output[Interaction]) is { } pair ? AcledTaxonomy.Interaction(pair.Low, pair.High, numeric) : output[Interaction];
            }
        }

        if (monadicSide == 1)
        {
            // A monadic row of the second side: that side's actor in actor1, as the export tool writes it.
            (output[Actor1], output[AssocActor1], output[Inter1]) = (output[Actor2], output[AssocActor2], output[Inter2]);
        }
    }

    /// <summary>
    /// Whether the import keeps a column's value as a dataset field: when the model does not give it back as the file
    /// has it (an inter code spelled otherwise than the layout spells it is kept, and respelled when written in another).
    /// </summary>
    public static bool Keeps(int column, string value, string derived) => Verbatim[column] || !CsvValues.SameValue(derived, value);

    /// <summary>The layout an import recorded on the engagement (<see cref="Formats.DatasetFormat.LayoutFieldName"/>), or <see langword="null"/>.</summary>
    public static string? RecordedLayout(Engagement e)
    {
        foreach (var field in e.DatasetFields)
        {
            if (field.Dataset == Dataset && field.Name == Formats.DatasetFormat.LayoutFieldName)
            {
                return field.Value;
            }
        }

        return null;
    }

    private static string Respell(string inter, bool numeric) =>
        inter.Trim().Length > 0 && AcledTaxonomy.InterCode(inter) is { } code ? AcledTaxonomy.InterOf(code, numeric) : inter;

    /// <summary>The number part of an event id (<c>MLI90001</c> gives <c>90001</c>), as <c>event_id_no_cnty</c> held it.</summary>
    public static string NumberOf(string eventId)
    {
        var i = eventId.Length;
        while (i > 0 && char.IsAsciiDigit(eventId[i - 1]))
        {
            i--;
        }

        return i == eventId.Length ? string.Empty : eventId[i..];
    }



    /// <summary>The type the taxonomy is read for: an attack whose defending side is civilians is violence against civilians.</summary>
    public static EngagementType TypeOf(Engagement e, Func<ActorId, Actor?> actors) =>
        ExportNotes.IsAttackOnCivilians(e, actors) ? EngagementType.ViolenceAgainstCivilians : e.Type;


    private static long? Killed(Engagement e, Func<DisputedFigure, ReconciledFigure?>? reconcile)
    {
        // A figure that is part of another (children among civilians) is counted in its whole: never added to it.
        var figure = e.Figures.FirstOrDefault(f => f.Measure == Measure.Killed && f.Subject.Kind == SubjectKind.All && f.PartOf is null);
        if (figure is null)
        {
            var parts = e.Figures.Where(f => f.Measure == Measure.Killed && f.PartOf is null).ToList();
            if (parts.Count == 0)
            {
                return null;
            }

            long sum = 0;
            foreach (var part in parts)
            {
                sum += Value(part, reconcile) ?? 0;
            }

            return sum;
        }

        return Value(figure, reconcile);
    }

    private static long? Value(DisputedFigure figure, Func<DisputedFigure, ReconciledFigure?>? reconcile)
    {
        var exact = figure.Estimates.Where(x => x.Quantity.Form == QuantityForm.Exact).ToList();
        if (exact.Count == 1 && figure.Estimates.Count <= 2)
        {
            return exact[0].Quantity.Value;
        }

        if (figure.Estimates.Count == 0)
        {
            return null;
        }

        var r = reconcile?.Invoke(figure);
        return r?.Best ?? r?.Low;
    }

    private static int WriteSide(Side? side, Func<ActorId, Actor?> actors, string[] output, int actor, int assoc, int inter, bool numeric)
    {
        if (side is null || side.ActorIds.Count == 0)
        {
            output[actor] = output[assoc] = string.Empty;
            output[inter] = AcledTaxonomy.InterOf(0, numeric);
            return 0;
        }

        var lead = actors(side.ActorIds[0]);
        output[actor] = lead is null ? side.ActorIds[0].Value : AcledName(lead);
        output[assoc] = string.Join("; ", side.ActorIds.Skip(1).Select(id => actors(id) is { } a ? AcledName(a) : id.Value));
        var code = AcledTaxonomy.InterCodeOf(lead?.Kind);
        output[inter] = AcledTaxonomy.InterOf(code, numeric);
        return code;
    }

    /// <summary>The name the actor columns hold for an actor: its ACLED actor name, else its name.</summary>
    public static string AcledName(Actor actor)
    {
        var name = GedMapping.External(actor.ExternalIds, ExternalIdScheme.AcledActor);
        return name.Length > 0 ? name : actor.Name;
    }

    private static bool[] Mark(params int[] columns) => ColumnTable.Mark(ColumnCount, columns);
}
