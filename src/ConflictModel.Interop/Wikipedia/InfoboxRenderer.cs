using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Places;
using ConflictModel.Time;

namespace ConflictModel.Interop.Wikipedia;

/// <summary>
/// Writes an engagement as a Wikipedia <c>{{Infobox military conflict}}</c> block, with every figure
/// reconciled into the range an infobox shows ("30–60+ killed", "6–14 killed", "1 person lynched").
/// </summary>
/// <remarks>
/// <para>Columns. Sides other than third parties fill columns 1 to 3 in the order of
/// <see cref="InfoboxRenderOptions.SideOrder"/>, or by default defenders first, then belligerents, then
/// attackers (the attacked party comes first in most articles on attacks, as in "2025 Timbuktu attack"). A
/// figure of a side goes to its column; of actors, to the column of the side of its first actor.</para>
/// <para>Figures of nobody's side (third parties, civilians, unknown affiliation, everyone) go to
/// <c>casualties3</c> when at most two columns are used, otherwise to <c>notes</c>; their lines name the
/// people, since the column does not: "1 person lynched", "12 civilians killed".</para>
/// <para>Lines. One per figure, the reconciled range (<see cref="ReconciledFigure.ToRangeText"/>, with
/// thousands separators), the unit when the count is not people, and the measure: "30–60+ killed",
/// "dozens killed or wounded", "2 checkpoints captured". Strength figures go to <c>strengthN</c> without a
/// measure word. Figures that reconcile to nothing are left out. Lines are joined with <c>&lt;br /&gt;</c>.</para>
/// <para>Other fields: <c>conflict</c> is the name, <c>partof</c> a link to the conflict, <c>date</c> the
/// time at day, month or year precision ("2 June 2025", a range "26–27 May 1941", "c. " when approximate at
/// that precision), <c>place</c> the names of the setting sites (or all sites), <c>result</c> the result
/// summary, <c>combatantN</c> the side's actors' names. An engagement without sites that was read from an
/// infobox gets its <c>place</c> back from its <see cref="DatasetField"/>.</para>
/// </remarks>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static partial class InfoboxRenderer
{
    private static readonly Measure[] MeasureOrder =
    [
        Measure.Killed, Measure.Wounded, Measure.KilledOrWounded, Measure.Missing, Measure.Captured, Measure.Arrested, Measure.Lynched,
        Measure.Displaced, Measure.Destroyed,
    ];

    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Renders <paramref name="engagement"/> of <paramref name="document"/> as infobox wikitext.</summary>
    /// <param name="document">The document the engagement belongs to (for actor names and sources).</param>
    /// <param name="engagement">The engagement.</param>
    /// <param name="options">Rendering choices; <see cref="InfoboxRenderOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The wikitext, from <c>{{Infobox military conflict</c> to <c>}}</c>, lines separated by '\n'.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="engagement"/> is <see langword="null"/>.</exception>
    public static string Render(DatasetDocument document, Engagement engagement, InfoboxRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(engagement);
        options ??= InfoboxRenderOptions.Default;
        var index = new DocumentIndex(document);
        var context = new ReconciliationContext(index, engagement);
        var columns = Columns(engagement, options);

        var fields = new List<(string Name, string Value)>
        {
            ("conflict", engagement.Name),
            ("partof", engagement.Conflict is { } conflict ? "[[" + conflict.Name + "]]" : string.Empty),
            ("date", engagement.Time is { } time ? FormatDate(time) : string.Empty),
            ("place", Place(engagement)),
            ("result", engagement.ResultSummary ?? string.Empty),
        };

        for (var c = 0; c < columns.Count; c++)
        {
            var names = columns[c].ActorIds.Select(a => index.FindActor(a)?.Name ?? a.ToString());
            fields.Add(("combatant" + N(c + 1), string.Join("<br />", names)));
        }

        var lines = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var figure in Ordered(engagement.Figures.Where(f => f is not null), options))
        {
            var reconciled = FigureReconciler.Reconcile(figure, context, options.Policy);
            if (reconciled.Low is null && reconciled.QualitativeTerm is null)
            {
                continue;
            }

            var column = ColumnOf(figure.Subject, columns, engagement, index);
            var range = Thousands().Replace(reconciled.ToRangeText(), m => long.Parse(m.Value, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture));
            string field;
            string line;
            if (figure.Measure == Measure.Strength)
            {
                field = column is null ? "notes" : "strength" + N(column.Value + 1);
                line = figure.Unit is null ? range : range + " " + figure.Unit;
            }
            else
            {
                field = column is null ? (columns.Count <= 2 ? "casualties3" : "notes") : "casualties" + N(column.Value + 1);
                var what = figure.Unit ?? (column is null ? People(figure.Subject, range) : null);
                line = (what is null ? range : range + " " + what) + " " + MeasureWords(figure.Measure);
            }

            if (!lines.TryGetValue(field, out var list))
            {
                lines[field] = list = [];
            }

            list.Add(line);
        }

        for (var c = 1; c <= Math.Max(columns.Count, 3); c++)
        {
            foreach (var kind in new[] { "strength", "casualties" })
            {
                if (lines.TryGetValue(kind + N(c), out var list))
                {
                    fields.Add((kind + N(c), string.Join("<br />", list)));
                }
            }
        }

        if (lines.TryGetValue("notes", out var notes))
        {
            fields.Add(("notes", string.Join("<br />", notes)));
        }

        var width = fields.Max(f => f.Name.Length);
        var text = new StringBuilder("{{Infobox military conflict\n");
        foreach (var (name, value) in fields)
        {
            text.Append("| ").Append(name.PadRight(width)).Append(" = ").Append(Escape(value)).Append('\n');
        }

        return text.Append("}}").ToString();
    }

    /// <summary>Formats a time as an infobox shows it: "2 June 2025", "June 2025", "2025", "26–27 May 1941", "26 May – 11 June 1942".</summary>
    /// <param name="time">The time; precisions finer than a day are shown as the day.</param>
    /// <returns>The date text, with "c. " before it when the time is approximate at day precision or coarser.</returns>
    public static string FormatDate(TemporalExtent time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var precision = time.Precision <= TemporalPrecision.Day ? time.Precision : TemporalPrecision.Day;
        var start = time.Start.Date;
        string text;
        if (time.End is not { } endTime || Same(start, endTime.Date, precision))
        {
            text = One(start, precision, withYear: true, withMonth: true);
        }
        else
        {
            var end = endTime.Date;
            var sameYear = start.Year == end.Year;
            var sameMonth = sameYear && start.Month == end.Month;
            text = precision switch
            {
                TemporalPrecision.Day when sameMonth => N(start.Day) + "–" + One(end, precision, true, true),
                TemporalPrecision.Day when sameYear => One(start, precision, withYear: false, withMonth: true) + " – " + One(end, precision, true, true),
                TemporalPrecision.Month when sameYear => MonthNames[start.Month - 1] + " – " + One(end, precision, true, true),
                _ => One(start, precision, true, true) + " – " + One(end, precision, true, true),
            };
        }

        var approximate = time.Qualifier == TemporalQualifier.Approximate && time.Precision <= TemporalPrecision.Day;
        return approximate ? "c. " + text : text;
    }

    private static bool Same(NodaTime.LocalDate a, NodaTime.LocalDate b, TemporalPrecision precision) => precision switch
    {
        TemporalPrecision.Year => a.Year == b.Year,
        TemporalPrecision.Month => a.Year == b.Year && a.Month == b.Month,
        _ => a == b,
    };

    private static string One(NodaTime.LocalDate date, TemporalPrecision precision, bool withYear, bool withMonth)
    {
        var year = withYear ? " " + N(date.Year) : string.Empty;
        return precision switch
        {
            TemporalPrecision.Year => N(date.Year),
            TemporalPrecision.Month => MonthNames[date.Month - 1] + year,
            _ => N(date.Day) + (withMonth ? " " + MonthNames[date.Month - 1] : string.Empty) + year,
        };
    }

    private static List<Side> Columns(Engagement engagement, InfoboxRenderOptions options)
    {
        var sides = engagement.Sides.Where(s => s is not null).ToList();
        if (!options.SideOrder.IsEmpty)
        {
            return options.SideOrder.Select(id => sides.FirstOrDefault(s => s.Id == id)).OfType<Side>().Take(3).ToList();
        }

        return sides.Where(s => s.Role != SideRole.ThirdParty)
            .Select((s, i) => (Side: s, Index: i))
            .OrderBy(x => x.Side.Role switch { SideRole.Defender => 0, SideRole.Belligerent => 1, _ => 2 })
            .ThenBy(x => x.Index)
            .Select(x => x.Side)
            .Take(3)
            .ToList();
    }

    private static int? ColumnOf(FigureSubject? subject, List<Side> columns, Engagement engagement, DocumentIndex index)
    {
        SideId? sideId = subject?.Kind switch
        {
            SubjectKind.Side => subject.SideId,
            SubjectKind.Actors when !subject.ActorIds.IsEmpty => index.SideOf(engagement, subject.ActorIds[0])?.Id,
            _ => null,
        };
        var column = sideId is null ? -1 : columns.FindIndex(s => s.Id == sideId);
        return column < 0 ? null : column;
    }

    private static IEnumerable<DisputedFigure> Ordered(IEnumerable<DisputedFigure> figures, InfoboxRenderOptions options)
    {
        var order = options.Measures.IsEmpty ? MeasureOrder.Append(Measure.Strength).ToArray() : options.Measures.AsImmutableArray().Append(Measure.Strength).Distinct().ToArray();
        return figures.Where(f => order.Contains(f.Measure))
            .Select((f, i) => (Figure: f, Index: i))
            .OrderBy(x => x.Figure.Unit is null ? 0 : 1)
            .ThenBy(x => Array.IndexOf(order, x.Figure.Measure))
            .ThenBy(x => x.Index)
            .Select(x => x.Figure);
    }

    private static string People(FigureSubject? subject, string range)
    {
        var one = range == "1";
        return subject?.Kind == SubjectKind.Civilians ? (one ? "civilian" : "civilians") : one ? "person" : "people";
    }

    private static string MeasureWords(Measure measure) => measure switch
    {
        Measure.KilledOrWounded => "killed or wounded",
        _ => measure.ToString().ToLowerInvariant(),
    };

    private static string Place(Engagement engagement)
    {
        var sites = engagement.Sites.Where(s => s is not null).ToList();
        var setting = sites.Where(s => s.Role == SiteRole.Setting).ToList();
        var shown = (setting.Count > 0 ? setting : sites).Where(s => s.WithinSiteId is null).Select(s => s.Name).ToList();
        if (shown.Count == 0 && engagement.DatasetFields.FirstOrDefault(f => f?.Dataset == InfoboxData.DatasetName && f.Name == "place") is { } place)
        {
            // An engagement read from an infobox keeps its place as a dataset field.
            return WikitextCleaner.ToPlainText(place.Value);
        }

        return string.Join(", ", shown);
    }

    // A value must not end the parameter early: "|" and "}}" are escaped as the templates {{!}} and &#125;&#125;.
    private static string Escape(string value) =>
        value.Replace("|", "{{!}}", StringComparison.Ordinal).Replace("}}", "&#125;&#125;", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\d{4,}")]
    private static partial Regex Thousands();
}
