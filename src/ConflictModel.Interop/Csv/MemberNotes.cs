using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Collections;
using ConflictModel.Engagements;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Csv;

/// <summary>
/// The notes (<see cref="ExportNotes.FactDropped"/>) on the members a CSV dataset's row has no column for, shared by GED
/// and ACLED: one note per member, located at its path (<c>engagements[id=e].sites[id=s].role</c>), and only where the
/// value differs from what an import of the row would build, so that a file read and written back in its own format
/// stays silent. The callers say what their format holds and what its import gives back.
/// </summary>
internal static class MemberNotes
{
    /// <summary>The longest value a note quotes; longer ones are cut with "…".</summary>
    private const int Quote = 60;

    /// <summary>Values quoted and joined: <c>'a', 'b'</c>.</summary>
    public static string Quoted(IEnumerable<string> values) => string.Join(", ", values.Select(v => "'" + ModelText.Shorten(v, Quote) + "'"));

    /// <summary>Makes one <see cref="ExportNotes.FactDropped"/> note.</summary>
    public static void Dropped(Engagement e, string path, Action<Problem> note, string message) => note(ExportNotes.Note(e, path, ExportNotes.FactDropped, message));

    /// <summary>The path of an actor of a side in a note: <c>engagements[id=e].sides[id=s].actors[id=a]</c>.</summary>
    public static string PathOf(Engagement e, Side side, ActorId actor) => ExportNotes.PathOf(e, "sides", side.Id.Value) + ".actors[id=" + actor.Value + "]";

    /// <summary>
    /// Notes the engagement's aliases, tactics (when <paramref name="tactics"/>), the external ids of schemes the format has
    /// no column for (and a second id of one it has), and the dataset fields of other datasets (an import's kept columns of
    /// another format; the <c>@</c> fields describe the file, not the event, and are left out).
    /// </summary>
    public static void Engagement(Engagement e, string format, string dataset, bool tactics, Action<Problem> note, params ExternalIdScheme[] held)
    {
        var path = ExportNotes.PathOf(e);
        if (!e.Aliases.IsEmpty)
        {
            Dropped(e, path + ".aliases", note, $"{format} has no column for an engagement's aliases: {Quoted(e.Aliases)} not written.");
        }

        if (tactics && !e.Tactics.IsEmpty)
        {
            Dropped(e, path + ".tactics", note, $"{format} has no column for tactics: {string.Join(", ", e.Tactics)} not written.");
        }

        ExternalIds(e, path + ".externalIds", e.ExternalIds, "the engagement", format, note, held);
        if (!HasForeignField(e, dataset))
        {
            return;
        }

        foreach (var group in e.DatasetFields.Where(f => f.Dataset != dataset && f.Value.Length > 0 && !f.Name.StartsWith('@')).GroupBy(f => f.Dataset, StringComparer.Ordinal))
        {
            var fields = group.ToList();
            Dropped(e, path + ".datasetFields[dataset=" + group.Key + "]", note,
                $"{format} writes the fields of its own dataset only: {fields.Count} value(s) of {group.Key} ({string.Join(", ", fields.Select(f => f.Name + " '" + ModelText.Shorten(f.Value, Quote) + "'"))}) not written.");
        }
    }

    /// <summary>Whether the engagement has a non-empty dataset field of another dataset than <paramref name="dataset"/> (checked without allocating: most rows have none).</summary>
    private static bool HasForeignField(Engagement e, string dataset)
    {
        foreach (var f in e.DatasetFields)
        {
            if (f.Dataset != dataset && f.Value.Length > 0 && !f.Name.StartsWith('@'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Notes the external ids of schemes other than <paramref name="held"/>, and any id beyond the first of a held scheme (the format has one column each).</summary>
    public static void ExternalIds(Engagement e, string path, EquatableArray<ExternalId> ids, string whose, string format, Action<Problem> note, params ExternalIdScheme[] held)
    {
        if (AllHeld(ids, held))
        {
            return;
        }

        var written = new HashSet<ExternalIdScheme>();
        var lost = new List<ExternalId>();
        foreach (var id in ids)
        {
            if (!held.Contains(id.Scheme) || !written.Add(id.Scheme))
            {
                lost.Add(id);
            }
        }

        if (lost.Count > 0)
        {
            Dropped(e, path, note, $"{format} has no column for the external ids {string.Join(", ", lost)} of {whose}: not written.");
        }
    }

    /// <summary>Whether every id is of a held scheme and no scheme comes twice (checked without allocating).</summary>
    private static bool AllHeld(EquatableArray<ExternalId> ids, ExternalIdScheme[] held)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (Array.IndexOf(held, ids[i].Scheme) < 0)
            {
                return false;
            }

            for (var j = 0; j < i; j++)
            {
                if (ids[j].Scheme == ids[i].Scheme)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// What of a time a dataset's date columns do not hold: the time of day, the zone, the wording, a qualifier other than
    /// exact (and approximate when <paramref name="approximate"/>), the end of a range (unless <paramref name="range"/>) and
    /// a month or year precision (unless <paramref name="monthOrYear"/>).
    /// </summary>
    public static List<string>? TimeLost(TemporalExtent time, bool range, bool monthOrYear, bool approximate)
    {
        if (time.Precision <= TemporalPrecision.Day && (monthOrYear || time.Precision == TemporalPrecision.Day) && (range || time.End is null)
            && (time.Qualifier == TemporalQualifier.Exact || (approximate && time.Qualifier == TemporalQualifier.Approximate)) && time.TimeZoneId is null && time.Wording is null)
        {
            return null;
        }

        var lost = new List<string>();
        if (time.Precision > TemporalPrecision.Day)
        {
            lost.Add($"its time of day ({TemporalExtent.Format(time.Start, time.Precision)}, precision {time.Precision})");
        }

        if (!monthOrYear && time.Precision is TemporalPrecision.Month or TemporalPrecision.Year)
        {
            lost.Add($"its {time.Precision.ToString().ToLowerInvariant()} precision (the first day is written)");
        }

        if (!range && time.End is { } end)
        {
            lost.Add($"its end ({TemporalExtent.Format(end, time.Precision)})");
        }

        if (time.Qualifier != TemporalQualifier.Exact && !(approximate && time.Qualifier == TemporalQualifier.Approximate))
        {
            lost.Add($"its qualifier ({time.Qualifier})");
        }

        if (time.TimeZoneId is { } zone)
        {
            lost.Add($"its time zone ({zone})");
        }

        if (time.Wording is { } wording)
        {
            lost.Add($"its wording ('{ModelText.Shorten(wording, Quote)}')");
        }

        return lost;
    }

    /// <summary>Notes what of the engagement's time <see cref="TimeLost"/> finds, in one note at <c>.time</c>.</summary>
    public static void Time(Engagement e, string format, string columns, List<string>? lost, Action<Problem> note)
    {
        if (lost is { Count: > 0 })
        {
            Dropped(e, ExportNotes.PathOf(e) + ".time", note, $"{format} writes the time as {columns}: {string.Join(", ", lost)} not written.");
        }
    }

    /// <summary>
    /// Notes what of a site the dataset's location columns do not hold, each member at its path: aliases, a role other than
    /// <see cref="SiteRole.Setting"/> (what its import gives), a kind other than <paramref name="kind"/>, a precision
    /// <paramref name="precision"/> gives back otherwise, a country outside the built-in table, administrative levels beyond
    /// <paramref name="levels"/>, a locality (unless the name, when <paramref name="localityIsName"/>), the enclosing site, a
    /// description (unless <paramref name="description"/>) and external ids of schemes other than <paramref name="held"/>.
    /// </summary>
    public static void Site(Engagement e, Site site, string format, SiteKind kind, string kindReason, Func<SpatialPrecision, SpatialPrecision> precision, int levels, bool localityIsName, bool description, Action<Problem> note, params ExternalIdScheme[] held)
    {
        var path = ExportNotes.PathOf(e, "sites", site.Id.Value);
        if (!site.Aliases.IsEmpty)
        {
            Dropped(e, path + ".aliases", note, $"{format} has no column for a site's aliases: {Quoted(site.Aliases)} not written.");
        }

        if (site.Role != SiteRole.Setting)
        {
            Dropped(e, path + ".role", note, $"{format} has no column for a site's role (an import gives {SiteRole.Setting}): the role {site.Role} of '{site.Name}' is not written.");
        }

        if (site.Kind != kind)
        {
            Dropped(e, path + ".kind", note, $"{format} has no column for a site's kind (an import gives {kind}, {kindReason}): the kind {site.Kind} of '{site.Name}' is not written.");
        }

        if (precision(site.Precision) is var back && back != site.Precision)
        {
            Dropped(e, path + ".precision", note, $"{format}'s precision codes have none for {site.Precision}: it is written as the code of {back}, which an import reads back.");
        }

        if (site.Administrative is { } administrative)
        {
            if (CountryCodes.FromIso2(administrative.CountryCode) is null)
            {
                Dropped(e, path + ".administrative.countryCode", note, $"'{administrative.CountryCode}' is not in the built-in country table: {format}'s country columns are left empty, so the site's country and administrative levels are not written.");
            }
            else if (administrative.Divisions.Count > levels)
            {
                Dropped(e, path + ".administrative.divisions", note, $"{format} holds {levels} administrative levels: {Quoted(administrative.Divisions.Skip(levels))} not written.");
            }

            if (administrative.Locality is { } locality && !(localityIsName && locality == site.Name))
            {
                Dropped(e, path + ".administrative.locality", note, localityIsName
                    ? $"{format}'s location column holds the site's name ('{ModelText.Shorten(site.Name, Quote)}'): the locality '{ModelText.Shorten(locality, Quote)}' is not written."
                    : $"{format} has no column for a locality: '{ModelText.Shorten(locality, Quote)}' is not written.");
            }
        }

        if (site.WithinSiteId is { } within)
        {
            Dropped(e, path + ".withinSiteId", note, $"{format} has no column for the site a site lies within: {within.Value} is not written.");
        }

        if (!description && site.Description is { } text)
        {
            Dropped(e, path + ".description", note, $"{format} has no column for a site's description: '{ModelText.Shorten(text, Quote)}' is not written.");
        }

        ExternalIds(e, path + ".externalIds", site.ExternalIds, "a site", format, note, held);
    }

    /// <summary>
    /// Notes what of an actor written in a side's column the dataset does not hold, each member at its path: aliases, the
    /// parent and its relation, a kind other than <paramref name="kind"/> (what an import infers, for the reason
    /// <paramref name="kindReason"/> gives), a country other than <paramref name="country"/>, and external ids of schemes other
    /// than <paramref name="held"/>.
    /// </summary>
    public static void Actor(Engagement e, string path, Actor actor, string format, ActorKind kind, string kindReason, string? country, string countryReason, Action<Problem> note, params ExternalIdScheme[] held)
    {
        if (!actor.Aliases.IsEmpty)
        {
            Dropped(e, path + ".aliases", note, $"{format} has no column for an actor's aliases: {Quoted(actor.Aliases)} of {actor.Name} not written.");
        }

        if (actor.ParentId is { } parent)
        {
            var relation = actor.ParentRelation is { } r ? " (" + r + ")" : string.Empty;
            Dropped(e, path + ".parentId", note, $"{format} has no column for an actor's parent: the parent {parent.Value}{relation} of {actor.Name} is not written.");
        }

        if (actor.Kind != kind)
        {
            Dropped(e, path + ".kind", note, $"{format} has no column for the kind {actor.Kind} of {actor.Name}: an import gives {kind} ({kindReason}).");
        }

        if (actor.CountryCode is { } code && code != country)
        {
            Dropped(e, path + ".countryCode", note, $"{format} has no column for the country {code} of {actor.Name} ({countryReason}): it is not written.");
        }

        ExternalIds(e, path + ".externalIds", actor.ExternalIds, actor.Name, format, note, held);
    }

    /// <summary>
    /// Notes, once per source and engagement (<paramref name="seen"/>, made on the first note), what of a written statement's source the dataset
    /// does not hold beyond its name: a kind other than <paramref name="kind"/> (what an import gives), the affiliated actor,
    /// the URL, a description other than <paramref name="description"/>, the credibility.
    /// </summary>
    public static void Source(Engagement e, string path, Source source, string format, SourceKind kind, string? description, ref HashSet<SourceId>? seen, Action<Problem> note)
    {
        if ((source.Kind == kind && source.AffiliatedActorId is null && source.Url is null && (source.Description is null || source.Description == description) && source.Credibility is null)
            || !(seen ??= []).Add(source.Id))
        {
            return;
        }

        var lost = new List<string>();
        if (source.Kind != kind)
        {
            lost.Add($"its kind ({source.Kind}; an import gives {kind})");
        }

        if (source.AffiliatedActorId is { } affiliated)
        {
            lost.Add($"its affiliation ({affiliated.Value})");
        }

        if (source.Url is not null)
        {
            lost.Add("its URL");
        }

        if (source.Description is not null && source.Description != description)
        {
            lost.Add("its description");
        }

        if (source.Credibility is not null)
        {
            lost.Add("its credibility");
        }

        if (lost.Count > 0)
        {
            Dropped(e, path + ".source[id=" + source.Id.Value + "]", note, $"{format} writes a source as its name ({source.Name}): {string.Join(", ", lost)} not written.");
        }
    }

    /// <summary>
    /// Notes a written figure's unit, a note other than <paramref name="expectedNote"/>, and each estimate's wording other
    /// than <paramref name="wording"/> gives for it (from the figure, the estimate and <paramref name="column"/>); no
    /// wording is judged without <paramref name="wording"/>.
    /// </summary>
    public static void Figure(Engagement e, string path, Figures.DisputedFigure figure, string format, string? expectedNote, Func<Figures.DisputedFigure, Figures.Estimate, string, string>? wording, string column, Action<Problem> note)
    {
        if (figure.Unit is { } unit)
        {
            Dropped(e, path + ".unit", note, $"{format} has no column for a figure's unit: '{ModelText.Shorten(unit, Quote)}' is not written.");
        }

        if (figure.Note is { } text && text != expectedNote)
        {
            Dropped(e, path + ".note", note, $"{format} has no column for a figure's note: '{ModelText.Shorten(text, Quote)}' is not written.");
        }

        for (var i = 0; wording is not null && i < figure.Estimates.Count; i++)
        {
            var estimate = figure.Estimates[i];
            if (estimate.Wording is { } said && said != wording(figure, estimate, column))
            {
                Dropped(e, path + ".estimates[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "].wording", note,
                    $"{format} writes a count as a number: the estimate's wording '{ModelText.Shorten(said, Quote)}' is not written.");
            }
        }
    }

    /// <summary>
    /// Notes, at <c>.estimates[i]</c>, each estimate of a figure written as it is whose statement is not the dataset's own
    /// (<paramref name="own"/>, which an import attributes every count to): the value is written, who stated it is not.
    /// </summary>
    public static void Attribution(Engagement e, string path, Figures.DisputedFigure figure, string format, string column, SourceId own, Func<SourceId, Source?> sources, Action<Problem> note)
    {
        for (var i = 0; i < figure.Estimates.Count; i++)
        {
            var estimate = figure.Estimates[i];
            SourcedStatement? statement = null;
            foreach (var s in e.Statements)
            {
                if (s.Id == estimate.StatementId)
                {
                    statement = s;
                    break;
                }
            }

            if (statement?.SourceId == own)
            {
                continue;
            }

            var by = statement is null ? "statement " + estimate.StatementId.Value
                : (sources(statement.SourceId)?.Name ?? statement.SourceId.Value) + ", statement " + estimate.StatementId.Value;
            note(ExportNotes.Note(e, path + ".estimates[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", ExportNotes.EstimatesDropped,
                $"{format}'s counts are the dataset's own: {column} holds this estimate's value, but who stated it ({by}) is not written."));
        }
    }
}
