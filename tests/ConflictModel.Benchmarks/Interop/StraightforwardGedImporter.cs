using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Ged;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;
using CsvHelper;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Benchmarks.Interop;

/// <summary>
/// The peer of the GED import benchmark: a straightforward CsvHelper-based GED importer, written as an
/// application developer would write it without our importer. CsvHelper reads each row into a
/// <see cref="StraightforwardGedRecord"/> by header name (<see cref="CsvReader.GetRecords{T}"/>), and plain code
/// maps it to the same documents as <see cref="GedImporter"/>, in batches of
/// <see cref="CsvImportOptions.BatchSize"/> engagements: string splitting, NodaTime's ISO pattern for dates,
/// <see cref="long.Parse(string, IFormatProvider)"/> and <see cref="double.Parse(string, IFormatProvider)"/>,
/// string interpolation, lists and a dictionary of the actors and sources seen so far.
/// </summary>
/// <remarks>
/// <para>
/// It maps as docs/interop.md describes, including the dataset fields that make the import lossless: the
/// columns the model has no member for, always, and any other column whose value, written back from the model,
/// is not the same value as the file's. Neutralised formulas are restored, as our importer does by default.
/// </para>
/// <para>
/// Unlike <see cref="GedImporter"/> it reports no warnings, has no bad-row handling (a value that does not parse
/// throws), reads whole numbers only as integers (not <c>12.0</c>), needs every column but <c>code_status</c>,
/// and ignores columns that GED does not have.
/// </para>
/// </remarks>
public sealed class StraightforwardGedImporter
{
    private const string Dataset = "ucdp-ged";

    /// <summary>Comma-separated (not detected); line numbers name the engagement of a row without an id, as our importer does.</summary>
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with { Separator = ',', TrackLineNumbers = true };

    private static readonly Source Ucdp = new()
    {
        Id = new SourceId("ucdp-ged"),
        Name = "Uppsala Conflict Data Program (UCDP), Georeferenced Event Dataset",
        Kind = SourceKind.Compilation,
        Url = "https://ucdp.uu.se/",
    };

    /// <summary>The columns the model has no member for: always kept as dataset fields.</summary>
    private static readonly HashSet<string> Verbatim =
        ["relid", "active_year", "code_status", "conflict_dset_id", "dyad_dset_id", "side_a_dset_id", "side_b_dset_id", "event_clarity"];

    /// <summary>One article of <c>source_article</c>: <c>office,yyyy-MM-dd,headline</c>.</summary>
    private static readonly Regex Article = new(@"^(.*?),(\d{4}-\d{2}-\d{2}),(.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    private readonly Dictionary<ActorId, Actor> _actors = [];
    private readonly Dictionary<string, Source> _offices = [];
    private readonly Dictionary<string, Source> _originals = [];

    // The batch being built: actors and sources in the order the rows use them, repeats included.
    private readonly List<Engagement> _engagements = [];
    private readonly List<Actor> _batchActors = [];
    private readonly List<Source> _batchSources = [];

    /// <summary>Imports the GED file at <paramref name="path"/> and hands each document of at most 1,000 engagements to <paramref name="onBatch"/>.</summary>
    /// <param name="path">A UTF-8 GED CSV file with a header.</param>
    /// <param name="onBatch">Receives each document, in file order.</param>
    public static void Import(string path, Action<DatasetDocument> onBatch)
    {
        ArgumentNullException.ThrowIfNull(onBatch);
        var importer = new StraightforwardGedImporter();
        using var csv = CsvReader.FromFile(path, Options);
        foreach (var record in csv.GetRecords<StraightforwardGedRecord>())
        {
            importer.Add(record, csv.LineNumber);
            if (importer._engagements.Count == CsvImportOptions.Default.BatchSize)
            {
                onBatch(importer.TakeBatch());
            }
        }

        if (importer._engagements.Count > 0)
        {
            onBatch(importer.TakeBatch());
        }
    }

    /// <summary>Reads the records of the GED file at <paramref name="path"/> with CsvHelper and maps none of them: the CSV part of <see cref="Import"/>.</summary>
    /// <param name="path">A UTF-8 GED CSV file with a header.</param>
    /// <returns>The total length of the event ids, so that nothing is optimised away.</returns>
    public static long ReadRecords(string path)
    {
        long total = 0;
        using var csv = CsvReader.FromFile(path, Options);
        foreach (var record in csv.GetRecords<StraightforwardGedRecord>())
        {
            total += record.Id.Length;
        }

        return total;
    }

    private DatasetDocument TakeBatch()
    {
        var document = new DatasetDocument
        {
            Sources = _batchSources.DistinctBy(s => s.Id).ToArray(),
            Actors = _batchActors.DistinctBy(a => a.Id).ToArray(),
            Engagements = _engagements.ToArray(),
        };
        _engagements.Clear();
        _batchActors.Clear();
        _batchSources.Clear();
        return document;
    }

    private void Add(StraightforwardGedRecord row, long line)
    {
        var key = row.Id.Length > 0 ? row.Id : $"line-{line}";
        var prefix = $"ged-{key}";
        var start = ParseDate(row.DateStart);
        var end = ParseDate(row.DateEnd);
        var wherePrec = ParseLong(row.WherePrec);
        if (wherePrec is < 1 or > 7)
        {
            throw new FormatException($"where_prec must be 1 to 7; found {row.WherePrec}.");
        }

        var latitude = ParseDouble(row.Latitude);
        var longitude = ParseDouble(row.Longitude);
        var deathsA = ParseLong(row.DeathsA);
        var deathsB = ParseLong(row.DeathsB);
        var civilians = ParseLong(row.DeathsCivilians);
        var unknown = ParseLong(row.DeathsUnknown);
        var best = ParseLong(row.Best);
        var high = ParseLong(row.High);
        var low = ParseLong(row.Low);

        // Actors: one per UCDP id. UCDP codes unidentified parties on both sides with one placeholder actor;
        // side B then gets an actor of its own with the same name and ids.
        var actorA = ActorFor(row.SideANewId, row.SideA, row.Gwnoa);
        var actorB = ActorFor(row.SideBNewId, row.SideB, row.Gwnob);
        if (actorA.Id == actorB.Id)
        {
            var id = new ActorId(actorB.Id.Value + "-side-b");
            if (!_actors.TryGetValue(id, out var other))
            {
                other = actorB with { Id = id };
                _actors[id] = other;
            }

            actorB = other;
        }

        var oneSided = row.TypeOfViolence == "3";
        var sideA = new Side { Id = new SideId($"{prefix}-a"), Role = oneSided ? SideRole.Attacker : SideRole.Belligerent, ActorIds = [actorA.Id] };
        var sideB = new Side { Id = new SideId($"{prefix}-b"), Role = oneSided ? SideRole.Defender : SideRole.Belligerent, ActorIds = [actorB.Id] };

        // Statements: UCDP's assessment, one report per article, one per original source.
        var ucdpStatement = new StatementId($"{prefix}-ucdp");
        var statements = new List<SourcedStatement>
        {
            new()
            {
                Id = ucdpStatement,
                SourceId = Ucdp.Id,
                Stance = StatementStance.Assessment,
                Summary = $"UCDP GED event {key}: fatality estimates by side, civilians and unknown, with low, best and high totals.",
            },
        };
        var statementSources = new List<Source> { Ucdp };
        var articles = new List<(Source Office, string Day, SourcedStatement Statement)>();
        foreach (var (office, date, headline) in SplitArticles(row))
        {
            var source = SourceFor(_offices, "ged-office-", office, SourceKind.NewsAgency, null);
            var day = date.Length == 10 && LocalDatePattern.Iso.Parse(date) is { Success: true } parsed ? parsed.Value : (LocalDate?)null;
            var statement = new SourcedStatement
            {
                Id = new StatementId($"{prefix}-article-{articles.Count + 1}"),
                SourceId = source.Id,
                Stance = StatementStance.Report,
                Summary = headline,
                ReportedAt = day is null ? null : TemporalExtent.OnDay(day.Value),
            };
            articles.Add((source, day is null ? string.Empty : LocalDatePattern.Iso.Format(day.Value), statement));
            statements.Add(statement);
            statementSources.Add(source);
        }

        var originals = new List<Source>();
        if (row.SourceOriginal.Length > 0)
        {
            var offices = articles.Select(a => a.Office.Id).Distinct().ToArray();
            var via = offices.Length > 0 ? offices : [Ucdp.Id];
            foreach (var name in row.SourceOriginal.Split(';'))
            {
                var source = SourceFor(_originals, "ged-original-", name, SourceKind.Other, "Named by UCDP GED as the original source of a report.");
                originals.Add(source);
                statements.Add(new SourcedStatement
                {
                    Id = new StatementId($"{prefix}-original-{originals.Count}"),
                    SourceId = source.Id,
                    Stance = StatementStance.Report,
                    Summary = $"Original source of the reports on UCDP GED event {key}.",
                    Via = via,
                });
                statementSources.Add(source);
            }
        }

        // Figures: killed on each side, civilians, unknown, and the total. A negative count (GED's -1 for
        // "unknown") is no count: the figure stays, without an estimate.
        var figures = new List<DisputedFigure>();
        AddFigure(figures, $"{prefix}-killed-a", FigureSubject.OfSide(sideA.Id), deathsA, ucdpStatement, "deaths_a");
        AddFigure(figures, $"{prefix}-killed-b", FigureSubject.OfSide(sideB.Id), deathsB, ucdpStatement, "deaths_b");
        AddFigure(figures, $"{prefix}-killed-civilians", FigureSubject.Civilians, civilians, ucdpStatement, "deaths_civilians");
        AddFigure(figures, $"{prefix}-killed-unknown", FigureSubject.Unknown, unknown, ucdpStatement, "deaths_unknown");
        if (best is not null || low is not null || high is not null)
        {
            var estimates = new List<Estimate>();
            if (best >= 0)
            {
                estimates.Add(Estimate.Of(ucdpStatement, Quantity.Exactly(best.Value), "best"));
            }

            long? lowCount = low >= 0 ? low : null;
            long? highCount = high >= 0 ? high : null;
            if (lowCount > highCount)
            {
                // A range cannot have its low above its high: two bounds of the same statement instead.
                estimates.Add(Estimate.Of(ucdpStatement, Quantity.AtLeast(lowCount.Value), "low"));
                estimates.Add(Estimate.Of(ucdpStatement, Quantity.AtMost(highCount!.Value), "high"));
            }
            else if (lowCount is not null && highCount is not null)
            {
                estimates.Add(Estimate.Of(ucdpStatement, Quantity.Between(lowCount.Value, highCount.Value), "low-high"));
            }
            else if (lowCount is not null)
            {
                estimates.Add(Estimate.Of(ucdpStatement, Quantity.AtLeast(lowCount.Value), "low-high"));
            }
            else if (highCount is not null)
            {
                estimates.Add(Estimate.Of(ucdpStatement, Quantity.AtMost(highCount.Value), "low-high"));
            }

            figures.Add(new DisputedFigure { Id = new FigureId($"{prefix}-killed-all"), Measure = Measure.Killed, Subject = FigureSubject.All, Estimates = estimates.ToArray() });
        }

        var site = BuildSite(row, prefix, wherePrec, latitude, longitude);
        var time = BuildTime(start, end);
        var externalIds = new List<ExternalId>();
        if (row.Id.Length > 0)
        {
            externalIds.Add(ExternalId.Of(ExternalIdScheme.UcdpEvent, row.Id));
        }

        if (row.DyadNewId.Length > 0)
        {
            externalIds.Add(ExternalId.Of(ExternalIdScheme.UcdpDyad, row.DyadNewId));
        }

        var engagement = new Engagement
        {
            Id = new EngagementId(prefix),
            Name = $"{row.SideA} vs {row.SideB}, {row.WhereCoordinates}, {LocalDatePattern.Iso.Format(start)}",
            Conflict = row.ConflictName.Length == 0 && row.ConflictNewId.Length == 0 ? null : new ConflictReference
            {
                Name = row.ConflictName,
                ExternalIds = row.ConflictNewId.Length == 0 ? [] : [ExternalId.Of(ExternalIdScheme.UcdpConflict, row.ConflictNewId)],
            },
            Type = oneSided ? EngagementType.ViolenceAgainstCivilians : EngagementType.Battle,
            Time = time,
            Sites = site is null ? [] : [site],
            Sides = [sideA, sideB],
            Figures = figures.ToArray(),
            Statements = statements.ToArray(),
            ExternalIds = externalIds.ToArray(),
        };

        // Write each column back from the model and keep the file's value where it is not the same value,
        // so that exporting the document gives the file's values again.
        var reconciledTotal = best is not >= 0 && (best is not null || low is not null || high is not null)
            ? ReconcileTotal(engagement, actorA, actorB, statementSources)
            : default;
        var (deathsAText, deathsBText, civiliansText, unknownText, bestText, highText, lowText) =
            FigureColumns(deathsA, deathsB, civilians, unknown, best, high, low, reconciledTotal);
        var country = site?.Administrative is { } path ? StraightforwardGedCountries.ByIso2.GetValueOrDefault(path.CountryCode) : null;
        var divisions = site?.Administrative?.Divisions ?? [];
        var latitudeText = site?.Coordinates?.Latitude.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;
        var longitudeText = site?.Coordinates?.Longitude.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;
        string[] derived =
        [
            row.Id,
            engagement.Id.Value,
            start.Year.ToString(CultureInfo.InvariantCulture),
            string.Empty,
            string.Empty,
            oneSided ? "3" : actorA.Kind is ActorKind.Government or ActorKind.StateForces || actorB.Kind is ActorKind.Government or ActorKind.StateForces ? "1" : "2",
            string.Empty,
            row.ConflictNewId,
            row.ConflictName,
            string.Empty,
            row.DyadNewId,
            $"{actorA.Name} - {actorB.Name}",
            string.Empty,
            External(actorA, ExternalIdScheme.UcdpActor),
            actorA.Name,
            string.Empty,
            External(actorB, ExternalIdScheme.UcdpActor),
            actorB.Name,
            articles.Count.ToString(CultureInfo.InvariantCulture),
            string.Join(";", articles.Select(a => $"\"{a.Office.Name},{a.Day},{a.Statement.Summary}\"")),
            string.Join(";", articles.Select(a => a.Office.Name)),
            string.Join(";", articles.Select(a => a.Day)),
            string.Join(";", articles.Select(a => a.Statement.Summary)),
            string.Join(";", originals.Select(o => o.Name)),
            site is null ? string.Empty : ((int)site.Precision).ToString(CultureInfo.InvariantCulture),
            site?.Name ?? string.Empty,
            site?.Description ?? string.Empty,
            divisions.Count > 0 ? divisions[0] : string.Empty,
            divisions.Count > 1 ? divisions[1] : string.Empty,
            latitudeText,
            longitudeText,
            site?.Coordinates is null ? string.Empty : $"POINT ({longitudeText} {latitudeText})",
            site is null ? string.Empty : row.PriogridGid,
            country?.GedName ?? string.Empty,
            country?.Gw.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            country?.GedRegion ?? string.Empty,
            string.Empty,
            DatePrecision(time, start, end),
            $"{LocalDatePattern.Iso.Format(start)} 00:00:00.000",
            $"{LocalDatePattern.Iso.Format(end)} 00:00:00.000",
            deathsAText,
            deathsBText,
            civiliansText,
            unknownText,
            bestText,
            highText,
            lowText,
            External(actorA, ExternalIdScheme.GleditschWard),
            External(actorB, ExternalIdScheme.GleditschWard),
        ];

        var file = row.ToArray();
        var fields = new List<DatasetField>();
        for (var c = 0; c < file.Length; c++)
        {
            var name = GedColumns.Names[c];
            if (file[c] is { } value && (Verbatim.Contains(name) || !SameValue(derived[c], value)))
            {
                fields.Add(DatasetField.Of(Dataset, name, value));
            }
        }

        // The layout the file was read in, as every GED import records it (the peer reads the current columns only).
        fields.Add(DatasetField.Of(Dataset, "@layout", "release"));
        _engagements.Add(engagement with { DatasetFields = fields.ToArray() });
        _batchActors.Add(actorA);
        _batchActors.Add(actorB);
        _batchSources.AddRange(statementSources);
    }

    private static LocalDate ParseDate(string text)
    {
        // GED writes dates as 2026-04-02 00:00:00.000.
        var date = text.Length > 10 && text[10] is ' ' or 'T' ? text[..10] : text;
        return LocalDatePattern.Iso.Parse(date).Value;
    }

    private static long? ParseLong(string text) =>
        text.Length == 0 ? null : long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static double? ParseDouble(string text) =>
        text.Length == 0 ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string External(Actor actor, ExternalIdScheme scheme) =>
        actor.ExternalIds.FirstOrDefault(x => x.Scheme == scheme)?.Value ?? string.Empty;

    /// <summary>Numbers compare as numbers (31.527200 is 31.5272), everything else as text.</summary>
    private static bool SameValue(string derived, string file) =>
        derived == file ||
        (derived.Length > 0 && file.Length > 0 &&
         decimal.TryParse(derived, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) &&
         decimal.TryParse(file, NumberStyles.Float, CultureInfo.InvariantCulture, out var y) && x == y);

    /// <summary>The total killed figure of <paramref name="engagement"/> reconciled as the GED exporter does (UCDP's best-estimate policy).</summary>
    private static (long? Best, long? High, long? Low) ReconcileTotal(Engagement engagement, Actor actorA, Actor actorB, List<Source> sources)
    {
        var total = engagement.Figures.First(f => f.Subject.Kind == SubjectKind.All);
        var document = new DatasetDocument
        {
            Sources = sources.DistinctBy(s => s.Id).ToArray(),
            Actors = new[] { actorA, actorB }.DistinctBy(a => a.Id).ToArray(),
            Engagements = [engagement],
        };
        var reconciled = FigureReconciler.Reconcile(total, new ReconciliationContext(new DocumentIndex(document), engagement), ReconciliationPolicy.BestEstimate);
        return (reconciled?.Best, reconciled?.High, reconciled?.Low);
    }

    /// <summary>
    /// The deaths, best, high and low columns as the exporter writes them from the figures: a count without an
    /// estimate is empty; a total needs an exact best (then an empty range is best to best), unless low and high
    /// are the two bounds of a contradictory range; a total without a best is reconciled, as the exporter does;
    /// without a total, best, high and low are the sum of the deaths.
    /// </summary>
    private static (string A, string B, string Civilians, string Unknown, string Best, string High, string Low) FigureColumns(
        long? deathsA, long? deathsB, long? civilians, long? unknown, long? best, long? high, long? low, (long? Best, long? High, long? Low) reconciledTotal)
    {
        static long? Count(long? value) => value >= 0 ? value : null;
        static string Text(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

        var (a, b, c, u) = (Count(deathsA), Count(deathsB), Count(civilians), Count(unknown));
        long? totalBest, totalHigh, totalLow;
        if (best is null && high is null && low is null)
        {
            totalBest = a is null && b is null && c is null && u is null ? null : (a ?? 0) + (b ?? 0) + (c ?? 0) + (u ?? 0);
            totalHigh = totalLow = totalBest;
        }
        else if (Count(low) > Count(high))
        {
            (totalBest, totalHigh, totalLow) = (Count(best), Count(high), Count(low));
        }
        else if (Count(best) is null)
        {
            (totalBest, totalHigh, totalLow) = reconciledTotal;
        }
        else if (Count(low) is null && Count(high) is null)
        {
            totalBest = totalHigh = totalLow = Count(best);
        }
        else
        {
            (totalBest, totalHigh, totalLow) = (Count(best), Count(high), Count(low));
        }

        return (Text(a), Text(b), Text(c), Text(u), Text(totalBest), Text(totalHigh), Text(totalLow));
    }

    private static string DatePrecision(TemporalExtent time, LocalDate start, LocalDate end)
    {
        if (time.Precision == TemporalPrecision.Year)
        {
            return "5";
        }

        if (time.Precision == TemporalPrecision.Month)
        {
            return "4";
        }

        return Period.DaysBetween(start, end) switch
        {
            <= 0 => "1",
            <= 5 => "2",
            6 => "3",
            <= 30 => "4",
            _ => "5",
        };
    }

    private static void AddFigure(List<DisputedFigure> figures, string id, FigureSubject subject, long? count, StatementId statement, string column)
    {
        if (count is null)
        {
            return;
        }

        figures.Add(new DisputedFigure
        {
            Id = new FigureId(id),
            Measure = Measure.Killed,
            Subject = subject,
            Estimates = count >= 0 ? [Estimate.Of(statement, Quantity.Exactly(count.Value), column)] : [],
        });
    }

    private static TemporalExtent BuildTime(LocalDate start, LocalDate end)
    {
        if (end <= start)
        {
            // An end before the start is left out (the file's date_end stays a dataset field), as our importer does.
            return TemporalExtent.OnDay(start);
        }

        if (start.Day == 1 && end == start.PlusMonths(1).PlusDays(-1))
        {
            return TemporalExtent.InMonth(start.Year, start.Month);
        }

        if (start.Day == 1 && start.Month == 1 && end == new LocalDate(start.Year, 12, 31))
        {
            return TemporalExtent.InYear(start.Year);
        }

        return TemporalExtent.Between(start, end);
    }

    private static Site? BuildSite(StraightforwardGedRecord row, string prefix, long? wherePrec, double? latitude, double? longitude)
    {
        if (wherePrec is null && row.WhereCoordinates.Length == 0 && latitude is null && longitude is null && row.Adm1.Length == 0 && row.Country.Length == 0)
        {
            return null;
        }

        AdministrativePath? administrative = null;
        var countryId = ParseLong(row.CountryId);
        if (countryId is not null && StraightforwardGedCountries.ByGw.TryGetValue(countryId.Value, out var country))
        {
            administrative = new AdministrativePath
            {
                CountryCode = country.Iso2,
                Divisions = row.Adm2.Length > 0 ? [row.Adm1, row.Adm2] : row.Adm1.Length > 0 ? [row.Adm1] : [],
            };
        }

        var precision = (SpatialPrecision)(wherePrec ?? (long)SpatialPrecision.Country);
        return new Site
        {
            Id = new SiteId($"{prefix}-site"),
            Name = row.WhereCoordinates,
            Role = SiteRole.Setting,
            Kind = precision switch
            {
                SpatialPrecision.ExactLocation or SpatialPrecision.NearLocation => SiteKind.Settlement,
                SpatialPrecision.InternationalWatersOrAirspace => SiteKind.Other,
                _ => SiteKind.Area,
            },
            Coordinates = latitude is not null && longitude is not null ? new Coordinates(latitude.Value, longitude.Value) : null,
            Administrative = administrative,
            Precision = precision,
            Description = row.WhereDescription.Length == 0 ? null : row.WhereDescription,
            ExternalIds = row.PriogridGid.Length == 0 ? [] : [ExternalId.Of(ExternalIdScheme.PrioGrid, row.PriogridGid)],
        };
    }

    /// <summary>
    /// The articles of a row as (office, date, headline). The office, date and headline lists run parallel to
    /// the quoted articles; when they do not (a headline containing ';'), each article is parsed instead.
    /// </summary>
    private static List<(string Office, string Date, string Headline)> SplitArticles(StraightforwardGedRecord row)
    {
        if (row.SourceArticle.Length == 0)
        {
            return [];
        }

        var body = row.SourceArticle.Length >= 2 && row.SourceArticle.StartsWith('"') && row.SourceArticle.EndsWith('"')
            ? row.SourceArticle[1..^1]
            : row.SourceArticle;
        var items = body.Split("\";\"");
        var offices = row.SourceOffice.Split(';');
        var dates = row.SourceDate.Split(';');
        var headlines = row.SourceHeadline.Split(';');
        if (offices.Length == items.Length && dates.Length == items.Length && headlines.Length == items.Length)
        {
            return items.Select((_, i) => (offices[i], dates[i], headlines[i])).ToList();
        }

        return items.Select(item => Article.Match(item) is { Success: true } m ? (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value) : (item, string.Empty, string.Empty)).ToList();
    }

    private Actor ActorFor(string ucdpId, string name, string gw)
    {
        var id = new ActorId(ucdpId.Length > 0 && ucdpId.All(char.IsAsciiDigit) ? $"ucdp-actor-{ucdpId}" : $"ucdp-actor-{Slug($"{ucdpId}|{name}")}");
        if (_actors.TryGetValue(id, out var known))
        {
            return known;
        }

        var externalIds = new List<ExternalId>();
        if (ucdpId.Length > 0)
        {
            externalIds.Add(ExternalId.Of(ExternalIdScheme.UcdpActor, ucdpId));
        }

        if (gw.Length > 0)
        {
            externalIds.Add(ExternalId.Of(ExternalIdScheme.GleditschWard, gw));
        }

        var actor = new Actor
        {
            Id = id,
            Name = name,
            Kind = name.StartsWith("Government of", StringComparison.Ordinal) ? ActorKind.Government
                : ucdpId == "1" || name == "Civilians" ? ActorKind.Civilians
                : ActorKind.NonStateArmedGroup,
            CountryCode = gw.Length > 0 && gw.All(char.IsAsciiDigit) && StraightforwardGedCountries.ByGw.TryGetValue(long.Parse(gw, CultureInfo.InvariantCulture), out var country)
                ? country.Iso2
                : null,
            ExternalIds = externalIds.ToArray(),
        };
        _actors[id] = actor;
        return actor;
    }

    private static Source SourceFor(Dictionary<string, Source> byName, string prefix, string name, SourceKind kind, string? description)
    {
        if (!byName.TryGetValue(name, out var source))
        {
            source = new Source { Id = new SourceId(prefix + Slug(name)), Name = name, Kind = kind, Description = description };
            byName[name] = source;
        }

        return source;
    }

    /// <summary>
    /// The id part of a free-text name, as docs/interop.md specifies it: a lower-case slug of at most 40
    /// characters, then 8 hex digits of the FNV-1a hash of the exact name.
    /// </summary>
    private static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var ch in name)
        {
            if (slug.Length >= 40)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(ch))
            {
                slug.Append(char.ToLowerInvariant(ch));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        if (slug.Length > 0 && slug[^1] != '-')
        {
            slug.Append('-');
        }

        var hash = 2166136261;
        foreach (var ch in name)
        {
            hash = unchecked((hash ^ ch) * 16777619);
        }

        return slug.Append(hash.ToString("x8", CultureInfo.InvariantCulture)).ToString();
    }
}
