using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Interop.Csv;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Interop.Ged;

/// <summary>
/// The GED mapping in both directions. Export derives every column from the model; a dataset field named
/// like the column, when present, wins. Import builds the model, derives the columns back and keeps a
/// dataset field only where the derived value differs from the file's (or for columns the model has no
/// member for), which makes GED → model → GED exact by construction while the model stays the source of
/// every value it can hold. docs/interop.md lists the mapping.
/// </summary>
internal static partial class GedMapping
{
    public const string Dataset = "ucdp-ged";

    public const int ColumnCount = 49;

    /// <summary>The prefix the importer puts before GED's event id to make the engagement id; an export without an event id removes it (docs/interop.md).</summary>
    public const string IdPrefix = "ged-";

    public const int Id = 0, Relid = 1, Year = 2, ActiveYear = 3, CodeStatus = 4, TypeOfViolence = 5;
    public const int ConflictDsetId = 6, ConflictNewId = 7, ConflictName = 8, DyadDsetId = 9, DyadNewId = 10, DyadName = 11;
    public const int SideADsetId = 12, SideANewId = 13, SideA = 14, SideBDsetId = 15, SideBNewId = 16, SideB = 17;
    public const int NumberOfSources = 18, SourceArticle = 19, SourceOffice = 20, SourceDate = 21, SourceHeadline = 22, SourceOriginal = 23;
    public const int WherePrec = 24, WhereCoordinates = 25, WhereDescription = 26, Adm1 = 27, Adm2 = 28;
    public const int Latitude = 29, Longitude = 30, GeomWkt = 31, PriogridGid = 32, Country = 33, CountryId = 34, Region = 35;
    public const int EventClarity = 36, DatePrec = 37, DateStart = 38, DateEnd = 39;
    public const int DeathsA = 40, DeathsB = 41, DeathsCivilians = 42, DeathsUnknown = 43, Best = 44, High = 45, Low = 46, Gwnoa = 47, Gwnob = 48;

    public static readonly SourceId UcdpSourceId = new("ucdp-ged");

    public static readonly Source UcdpSource = new()
    {
        Id = UcdpSourceId,
        Name = "Uppsala Conflict Data Program (UCDP), Georeferenced Event Dataset",
        Kind = SourceKind.Compilation,
        Url = "https://ucdp.uu.se/",
    };

    /// <summary>Marks a derived column whose text equals the file's; see <see cref="ToColumns"/>. Compared by reference.</summary>
    public static readonly string SameAsFile = new('=', 1);

    /// <summary>Columns the model has no member for: always kept verbatim as dataset fields.</summary>
    public static readonly bool[] Verbatim = Mark(Relid, ActiveYear, CodeStatus, ConflictDsetId, DyadDsetId, SideADsetId, SideBDsetId, EventClarity);

    private const string Midnight = " 00:00:00.000";

    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    /// <summary>A builder for the joined source columns, reused by each thread's next row.</summary>
    [ThreadStatic]
    private static StringBuilder? t_text;

    private static readonly int[] SiteColumns = [WherePrec, WhereCoordinates, WhereDescription, Adm1, Adm2, Latitude, Longitude, GeomWkt, PriogridGid, Country, CountryId, Region];

    /// <summary>The parts of an article that the source columns list.</summary>
    private enum SourcePart
    {
        Article,
        Office,
        Date,
        Headline,
        Original,
    }

    public static string DateTimeText(LocalDate date) => CsvValues.FormatIsoDate(date, Midnight);

    /// <summary>Writes <see cref="DateTimeText(LocalDate)"/> into <paramref name="buffer"/> (23 characters) when it can.</summary>
    private static ReadOnlySpan<char> DateTimeText(LocalDate date, Span<char> buffer)
    {
        if (!CsvValues.TryWriteIsoDate(buffer, date))
        {
            return DateTimeText(date);
        }

        Midnight.CopyTo(buffer[10..]);
        return buffer[..(10 + Midnight.Length)];
    }

    public static LocalDate? ParseDate(string column, ReadOnlySpan<char> value, bool required)
    {
        if (value.Length == 0)
        {
            return required
                ? throw new RowFormatException(column, string.Empty, "ged.missing-date", "The date is empty; GED events need date_start and date_end.")
                : null;
        }

        if ((value.Length == 10 || (value.Length > 10 && value[10] is ' ' or 'T')) && CsvValues.TryParseIsoDate(value[..10], out var date))
        {
            return date;
        }

        var head = value.Length >= 10 ? value[..10] : value;
        var result = IsoDate.Parse(head.ToString());
        if (result.Success && (value.Length == 10 || value[10] is ' ' or 'T'))
        {
            return result.Value;
        }

        throw new RowFormatException(column, value.ToString(), "ged.bad-date", $"'{value}' is not a date; expected yyyy-MM-dd, optionally followed by a time as in 2026-04-02 00:00:00.000.");
    }

    public static List<(string Office, string Date, string Headline)> SplitArticles(ReadOnlySpan<char> article, string office, string date, string headline)
    {
        var result = new List<(string, string, string)>();
        if (article.Length == 0)
        {
            return result;
        }

        var body = article.Length >= 2 && article[0] == '"' && article[^1] == '"' ? article[1..^1] : article;
        var count = body.Count("\";\"".AsSpan()) + 1;
        if (office.AsSpan().Count(';') + 1 == count && date.AsSpan().Count(';') + 1 == count && headline.AsSpan().Count(';') + 1 == count)
        {
            // The usual case: the office, date and headline lists run parallel to the articles.
            int o = 0, d = 0, h = 0;
            for (var i = 0; i < count; i++)
            {
                result.Add((NextItem(office, ref o), NextItem(date, ref d), NextItem(headline, ref h)));
            }

            return result;
        }

        var items = body.ToString().Split("\";\"");
        for (var i = 0; i < items.Length; i++)
        {
            var m = ArticleItem().Match(items[i]);
            result.Add(m.Success ? (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value) : (items[i], string.Empty, string.Empty));
        }

        return result;
    }

    /// <summary>
    /// Writes the 49 column values of one GED row for <paramref name="engagement"/>'s site number <paramref name="siteIndex"/>.
    /// With <paramref name="file"/> (the importer's check), a column whose formatted text equals the file's is
    /// written as <see cref="SameAsFile"/> instead of a new string.
    /// </summary>
    public static void ToColumns(
        Engagement engagement,
        int siteIndex,
        Func<ActorId, Actor?> actors,
        Func<SourceId, Source?> sources,
        Func<DisputedFigure, ReconciledFigure?>? reconcile,
        string[] output,
        bool applyFields,
        RowValues? file = null)
    {
        var e = engagement;
        Span<char> buffer = stackalloc char[32];
        output[Id] = External(e.ExternalIds, ExternalIdScheme.UcdpEvent);
        if (output[Id].Length == 0)
        {
            // GED's id is required: without a UCDP event id, the engagement id stands in (docs/interop.md); an import
            // of a row whose id is empty therefore keeps the empty id as a dataset field.
            output[Id] = ExportNotes.DerivedEventId(e, IdPrefix);
        }
        output[Relid] = siteIndex == 0 ? e.Id.Value ?? string.Empty : string.Empty;
        Put(output, Year, Text(e.Time.Start.Year, buffer), file);
        output[ActiveYear] = string.Empty;
        output[CodeStatus] = string.Empty;
        output[ConflictDsetId] = string.Empty;
        output[DyadDsetId] = string.Empty;
        output[SideADsetId] = string.Empty;
        output[SideBDsetId] = string.Empty;
        output[EventClarity] = string.Empty;
        output[ConflictNewId] = e.Conflict is null ? string.Empty : External(e.Conflict.ExternalIds, ExternalIdScheme.UcdpConflict);
        output[ConflictName] = e.Conflict?.Name ?? string.Empty;
        output[DyadNewId] = External(e.ExternalIds, ExternalIdScheme.UcdpDyad);

        var sideA = e.Sides.Count > 0 ? e.Sides[0] : null;
        var sideB = e.Sides.Count > 1 ? e.Sides[1] : null;
        var leadA = Lead(sideA, actors);
        var leadB = Lead(sideB, actors);
        output[SideA] = SideName(sideA, actors);
        output[SideB] = SideName(sideB, actors);
        output[SideANewId] = leadA is null ? string.Empty : External(leadA.ExternalIds, ExternalIdScheme.UcdpActor);
        output[SideBNewId] = leadB is null ? string.Empty : External(leadB.ExternalIds, ExternalIdScheme.UcdpActor);
        output[Gwnoa] = leadA is null ? string.Empty : External(leadA.ExternalIds, ExternalIdScheme.GleditschWard);
        output[Gwnob] = leadB is null ? string.Empty : External(leadB.ExternalIds, ExternalIdScheme.GleditschWard);
        output[DyadName] = file is not null && IsJoined(file.Span(DyadName), output[SideA], " - ", output[SideB]) ? SameAsFile
            : output[SideA] + " - " + output[SideB];
        output[TypeOfViolence] = e.Type == EngagementType.ViolenceAgainstCivilians || ExportNotes.IsAttackOnCivilians(e, actors) ? "3" : HasStateActor(e, actors) ? "1" : "2";

        WriteSources(e, sources, output, file);
        WriteSite(siteIndex < e.Sites.Count ? e.Sites[siteIndex] : null, output, file);
        WriteTime(e.Time, output, file);
        WriteFigures(e, sideA, sideB, siteIndex, reconcile, output);

        if (!applyFields)
        {
            return;
        }

        foreach (var (c, value) in ColumnTable.FieldsFor(e, Dataset, GedColumns.Names, Verbatim, siteIndex))
        {
            output[c] = c == Relid && siteIndex > 0 ? value + "." + siteIndex.ToString(CultureInfo.InvariantCulture) : value;
        }

        if (siteIndex > 0 && output[Relid].Length == 0)
        {
            output[Relid] = e.Id.Value + "." + siteIndex.ToString(CultureInfo.InvariantCulture);
        }
    }


    public static string External(Collections.EquatableArray<ExternalId> ids, ExternalIdScheme scheme)
    {
        foreach (var id in ids)
        {
            if (id.Scheme == scheme)
            {
                return id.Value;
            }
        }

        return string.Empty;
    }

    private static bool[] Mark(params int[] columns) => ColumnTable.Mark(ColumnCount, columns);

    private static void Put(string[] output, int column, ReadOnlySpan<char> text, RowValues? file) =>
        output[column] = file is not null && text.SequenceEqual(file.Span(column)) ? SameAsFile : text.ToString();

    private static void Put(string[] output, int column, StringBuilder text, RowValues? file) =>
        output[column] = file is not null && text.Equals(file.Span(column)) ? SameAsFile : text.ToString();

    private static ReadOnlySpan<char> Text(int value, Span<char> buffer) =>
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture) ? buffer[..written] : value.ToString(CultureInfo.InvariantCulture);

    private static ReadOnlySpan<char> Text(double value, Span<char> buffer) =>
        value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture) ? buffer[..written] : CsvValues.Format(value);

    private static int Append(Span<char> buffer, int at, ReadOnlySpan<char> text)
    {
        text.CopyTo(buffer[at..]);
        return at + text.Length;
    }

    private static bool IsJoined(ReadOnlySpan<char> text, string first, string separator, string second) =>
        text.Length == first.Length + separator.Length + second.Length &&
        text.StartsWith(first, StringComparison.Ordinal) &&
        text[first.Length..].StartsWith(separator, StringComparison.Ordinal) &&
        text.EndsWith(second, StringComparison.Ordinal);

    /// <summary>Returns the ';'-separated item of <paramref name="list"/> that starts at <paramref name="start"/>, and moves past it.</summary>
    private static string NextItem(string list, ref int start)
    {
        var end = list.IndexOf(';', start);
        if (end < 0)
        {
            end = list.Length;
        }

        var item = start == 0 && end == list.Length ? list : list[start..end];
        start = end + 1;
        return item;
    }

    private static bool HasStateActor(Engagement e, Func<ActorId, Actor?> actors)
    {
        foreach (var side in e.Sides)
        {
            foreach (var id in side.ActorIds)
            {
                if (actors(id)?.Kind is ActorKind.Government or ActorKind.StateForces)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static Actor? Lead(Side? side, Func<ActorId, Actor?> actors) =>
        side is null || side.ActorIds.Count == 0 ? null : actors(side.ActorIds[0]);

    private static string SideName(Side? side, Func<ActorId, Actor?> actors)
    {
        if (side is null)
        {
            return string.Empty;
        }

        if (side.ActorIds.Count == 1)
        {
            return actors(side.ActorIds[0])?.Name ?? side.Name ?? string.Empty;
        }

        return side.Name ?? string.Join(", ", side.ActorIds.Select(a => actors(a)?.Name ?? a.Value));
    }

    private static void WriteSources(Engagement e, Func<SourceId, Source?> sources, string[] output, RowValues? file)
    {
        // One source lookup per statement, shared by the six source columns.
        var statements = e.Statements;
        var found = ArrayPool<Source?>.Shared.Rent(Math.Max(statements.Count, 1));
        try
        {
            var articles = 0;
            for (var i = 0; i < statements.Count; i++)
            {
                var source = sources(statements[i].SourceId);
                found[i] = source;
                if (statements[i].Via.Count == 0 && source is not null && source.Kind != SourceKind.Compilation)
                {
                    articles++;
                }
            }

            var text = t_text ??= new StringBuilder(256);
            output[NumberOfSources] = articles.ToString(CultureInfo.InvariantCulture);
            PutSources(output, SourceArticle, text, statements, found, SourcePart.Article, file);
            PutSources(output, SourceOffice, text, statements, found, SourcePart.Office, file);
            PutSources(output, SourceDate, text, statements, found, SourcePart.Date, file);
            PutSources(output, SourceHeadline, text, statements, found, SourcePart.Headline, file);
            PutSources(output, SourceOriginal, text, statements, found, SourcePart.Original, file);
        }
        finally
        {
            ArrayPool<Source?>.Shared.Return(found, clearArray: true);
        }
    }

    /// <summary>
    /// Writes one source column: with <paramref name="file"/>, the joined text is first compared with the file's
    /// characters as it is produced (nothing copied) and is <see cref="SameAsFile"/> when equal; otherwise (or
    /// when they differ) it is joined into <paramref name="text"/> and made a string.
    /// </summary>
    private static void PutSources(string[] output, int column, StringBuilder text, Collections.EquatableArray<SourcedStatement> statements, Source?[] found, SourcePart part, RowValues? file)
    {
        if (file is not null)
        {
            var matcher = new Matcher(file, column);
            JoinSources(ref matcher, statements, found, part);
            if (matcher.Same)
            {
                output[column] = SameAsFile;
                return;
            }
        }

        text.Clear();
        var builder = new Builder(text);
        JoinSources(ref builder, statements, found, part);
        output[column] = text.ToString();
    }

    /// <summary>
    /// Joins one source column with ';': for each article (a statement without relays whose source is not a
    /// compilation) its quoted "office,date,headline", office, date or headline; or, for
    /// <see cref="SourcePart.Original"/>, the source of each relayed statement.
    /// </summary>
    private static void JoinSources<TSink>(ref TSink text, Collections.EquatableArray<SourcedStatement> statements, Source?[] found, SourcePart part)
        where TSink : struct, ITextSink
    {
        var first = true;
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            var source = found[i];
            var original = statement.Via.Count > 0;
            if (part == SourcePart.Original ? !original : original || source is null || source.Kind == SourceKind.Compilation)
            {
                continue;
            }

            if (!first)
            {
                text.Append(';');
            }

            first = false;
            switch (part)
            {
                case SourcePart.Original:
                    text.Append(source?.Name ?? statement.SourceId.Value);
                    break;
                case SourcePart.Article:
                    text.Append('"');
                    text.Append(source!.Name);
                    text.Append(',');
                    AppendDay(ref text, statement);
                    text.Append(',');
                    text.Append(statement.Summary);
                    text.Append('"');
                    break;
                case SourcePart.Office:
                    text.Append(source!.Name);
                    break;
                case SourcePart.Date:
                    AppendDay(ref text, statement);
                    break;
                default:
                    text.Append(statement.Summary);
                    break;
            }
        }
    }

    private static void AppendDay<TSink>(ref TSink text, SourcedStatement statement)
        where TSink : struct, ITextSink
    {
        if (statement.ReportedAt is { } at)
        {
            Span<char> buffer = stackalloc char[10];
            var date = at.Start.Date;
            if (CsvValues.TryWriteIsoDate(buffer, date))
            {
                text.Append(buffer);
            }
            else
            {
                text.Append(IsoDate.Format(date));
            }
        }
    }

    private static void WriteSite(Site? site, string[] output, RowValues? file)
    {
        if (site is null)
        {
            foreach (var c in SiteColumns)
            {
                output[c] = string.Empty;
            }

            return;
        }

        output[WherePrec] = ((int)site.Precision).ToString(CultureInfo.InvariantCulture);
        output[WhereCoordinates] = site.Name;
        output[WhereDescription] = site.Description ?? string.Empty;
        var divisions = site.Administrative?.Divisions ?? default;
        output[Adm1] = divisions.Count > 0 ? divisions[0] : string.Empty;
        output[Adm2] = divisions.Count > 1 ? divisions[1] : string.Empty;
        if (site.Coordinates is { } point)
        {
            Span<char> latitude = stackalloc char[32];
            Span<char> longitude = stackalloc char[32];
            Span<char> geometry = stackalloc char[80];
            var lat = Text(point.Latitude, latitude);
            var lon = Text(point.Longitude, longitude);
            var length = Append(geometry, 0, "POINT (");
            length = Append(geometry, length, lon);
            length = Append(geometry, length, " ");
            length = Append(geometry, length, lat);
            length = Append(geometry, length, ")");

            Put(output, Latitude, lat, file);
            Put(output, Longitude, lon, file);
            Put(output, GeomWkt, geometry[..length], file);
        }
        else
        {
            output[Latitude] = output[Longitude] = output[GeomWkt] = string.Empty;
        }

        output[PriogridGid] = External(site.ExternalIds, ExternalIdScheme.PrioGrid);
        var country = CountryCodes.FromIso2(site.Administrative?.CountryCode);
        output[Country] = country?.GedName ?? string.Empty;
        if (country is null)
        {
            output[CountryId] = string.Empty;
        }
        else
        {
            Span<char> gw = stackalloc char[16];
            Put(output, CountryId, Text(country.Gw, gw), file);
        }
        output[Region] = country?.GedRegion ?? string.Empty;
    }

    private static void WriteTime(TemporalExtent time, string[] output, RowValues? file)
    {
        var start = time.Start.Date;
        var end = time.Precision switch
        {
            TemporalPrecision.Year or TemporalPrecision.Month => time.WindowEnd.Date.PlusDays(-1),
            _ => (time.End ?? time.Start).Date,
        };
        var span = Period.DaysBetween(start, end);
        output[DatePrec] = time.Precision switch
        {
            TemporalPrecision.Year => "5",
            TemporalPrecision.Month => "4",
            _ => span switch
            {
                <= 0 => "1",
                <= 5 => "2",
                6 => "3",
                <= 30 => "4",
                _ => "5",
            },
        };
        Span<char> text = stackalloc char[32];
        Put(output, DateStart, DateTimeText(start, text), file);
        Put(output, DateEnd, DateTimeText(end, text), file);
    }

    private static void WriteFigures(Engagement e, Side? sideA, Side? sideB, int siteIndex, Func<DisputedFigure, ReconciledFigure?>? reconcile, string[] output)
    {
        if (siteIndex > 0)
        {
            output[DeathsA] = output[DeathsB] = output[DeathsCivilians] = output[DeathsUnknown] = "0";
            output[Best] = output[High] = output[Low] = "0";
            return;
        }

        long? a = null, b = null, civilians = null, unknown = null, best = null, low = null, high = null;
        var haveTotal = false;
        foreach (var figure in e.Figures)
        {
            // A part (children among civilians) is counted in its whole: never added to it.
            if (figure.Measure != Measure.Killed || figure.PartOf is not null)
            {
                continue;
            }

            var s = figure.Subject;
            if (s.Kind == SubjectKind.All)
            {
                haveTotal = true;
                Total(figure, reconcile, out best, out low, out high);
            }
            else if (s.Kind == SubjectKind.Side && sideA is not null && s.SideId == sideA.Id)
            {
                a = Single(figure, reconcile);
            }
            else if (s.Kind == SubjectKind.Side && sideB is not null && s.SideId == sideB.Id)
            {
                b = Single(figure, reconcile);
            }
            else if (s.Kind == SubjectKind.Civilians)
            {
                civilians = Single(figure, reconcile);
            }
            else if (s.Kind == SubjectKind.Unknown)
            {
                unknown = Single(figure, reconcile);
            }
        }

        if (!haveTotal && (a ?? b ?? civilians ?? unknown) is not null)
        {
            best = (a ?? 0) + (b ?? 0) + (civilians ?? 0) + (unknown ?? 0);
            low = high = best;
        }

        output[DeathsA] = CsvValues.Format(a);
        output[DeathsB] = CsvValues.Format(b);
        output[DeathsCivilians] = CsvValues.Format(civilians);
        output[DeathsUnknown] = CsvValues.Format(unknown);
        output[Best] = CsvValues.Format(best);
        output[Low] = CsvValues.Format(low);
        output[High] = CsvValues.Format(high);
    }

    private static long? Single(DisputedFigure figure, Func<DisputedFigure, ReconciledFigure?>? reconcile)
    {
        if (figure.Estimates.Count == 1 && figure.Estimates[0].Quantity.Form == QuantityForm.Exact)
        {
            return figure.Estimates[0].Quantity.Value;
        }

        return figure.Estimates.Count == 0 ? null : reconcile?.Invoke(figure)?.Best;
    }

    private static void Total(DisputedFigure figure, Func<DisputedFigure, ReconciledFigure?>? reconcile, out long? best, out long? low, out long? high)
    {
        best = low = high = null;
        if (SplitBounds(figure) is { } split)
        {
            // The importer's form of a row whose low is above its high: exact best (optional), at least low, at most high.
            best = split.Best;
            low = split.Low;
            high = split.High;
            return;
        }

        var exact = figure.Estimates.FirstOrDefault(x => x.Quantity.Form == QuantityForm.Exact);
        var range = figure.Estimates.FirstOrDefault(x => x.Quantity.Form is QuantityForm.Range or QuantityForm.AtLeast or QuantityForm.AtMost);
        if (exact is not null && figure.Estimates.Count <= 2)
        {
            best = exact.Quantity.Value;
            low = range?.Quantity.Form == QuantityForm.AtMost ? null : range?.Quantity.Form == QuantityForm.AtLeast ? range.Quantity.Value : range?.Quantity.Low;
            high = range?.Quantity.Form == QuantityForm.AtLeast ? null : range?.Quantity.Form == QuantityForm.AtMost ? range.Quantity.Value : range?.Quantity.High;
            if (range is null)
            {
                low = high = best;
            }

            return;
        }

        if (reconcile?.Invoke(figure) is { } r)
        {
            best = r.Best;
            low = r.Low;
            high = r.High;
        }
    }

    /// <summary>
    /// Whether the total's estimates are written as they are in best, low and high: one exact estimate; an exact one
    /// and a range, an "at least" or an "at most"; or the importer's form of a low above the high.
    /// </summary>
    public static bool IsTotalAsWritten(DisputedFigure figure)
    {
        if (SplitBounds(figure) is not null)
        {
            return true;
        }

        var estimates = figure.Estimates;
        var exact = estimates.Count(x => x.Quantity.Form == QuantityForm.Exact);
        return (estimates.Count == 1 && exact == 1) ||
            (estimates.Count == 2 && exact == 1 && estimates.Any(x => x.Quantity.Form is QuantityForm.Range or QuantityForm.AtLeast or QuantityForm.AtMost && !x.Quantity.Approximate));
    }

    /// <summary>
    /// Recognises a total whose low and high contradict each other (low above high), carried as one statement's
    /// "at least" and "at most" estimates, with or without an exact best of the same statement.
    /// </summary>
    private static (long? Best, long Low, long High)? SplitBounds(DisputedFigure figure)
    {
        var estimates = figure.Estimates;
        if (estimates.Count is < 2 or > 3)
        {
            return null;
        }

        long? best = null;
        long? low = null;
        long? high = null;
        foreach (var estimate in estimates)
        {
            if (estimate.StatementId != estimates[0].StatementId)
            {
                return null;
            }

            switch (estimate.Quantity)
            {
                case { Form: QuantityForm.Exact, Value: { } v } when best is null: best = v; break;
                case { Form: QuantityForm.AtLeast, Value: { } v } when low is null: low = v; break;
                case { Form: QuantityForm.AtMost, Value: { } v } when high is null: high = v; break;
                default: return null;
            }
        }

        return low is { } l && high is { } h && l > h ? (best, l, h) : null;
    }

    [GeneratedRegex(@"^(.*?),(\d{4}-\d{2}-\d{2}),(.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ArticleItem();

    /// <summary>Where a joined column's text goes: a builder, or a comparison with the file's characters.</summary>
    private interface ITextSink
    {
        void Append(char c);

        void Append(ReadOnlySpan<char> text);
    }

    /// <summary>Appends to a <see cref="StringBuilder"/>.</summary>
    private readonly struct Builder(StringBuilder text) : ITextSink
    {
        public void Append(char c) => text.Append(c);

        public void Append(ReadOnlySpan<char> value) => text.Append(value);
    }

    /// <summary>Compares the text, as it comes, with a column's value in the file, ordinally.</summary>
    private struct Matcher(RowValues file, int column) : ITextSink
    {
        private int _at;
        private bool _differs;

        /// <summary>Gets a value indicating whether everything appended spells exactly the file's value.</summary>
        public readonly bool Same => !_differs && _at == file.Span(column).Length;

        public void Append(char c)
        {
            var rest = file.Span(column);
            if (!_differs && _at < rest.Length && rest[_at] == c)
            {
                _at++;
                return;
            }

            _differs = true;
        }

        public void Append(ReadOnlySpan<char> value)
        {
            if (!_differs && file.Span(column)[_at..].StartsWith(value, StringComparison.Ordinal))
            {
                _at += value.Length;
                return;
            }

            _differs = true;
        }
    }
}
