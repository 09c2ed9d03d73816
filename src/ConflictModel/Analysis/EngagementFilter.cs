using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Places;
using NodaTime;

namespace ConflictModel.Analysis;

/// <summary>
/// A test of engagements by time, place, actor, type and measure that keeps what is uncertain visible: each
/// engagement is a certain match, a certain non-match, or a possible match (<see cref="FilterMatch"/>), and the
/// caller decides what a possible match becomes (<see cref="BorderlineHandling"/>).
/// </summary>
/// <remarks>
/// <para>
/// Filters compose: <see cref="And"/>, <see cref="Or"/> and <see cref="Not"/> combine the three answers as
/// three-valued logic does (a "no" decides an <c>and</c>, a "yes" decides an <c>or</c>, and "possibly" stays
/// possibly otherwise). The factories that take several values (<see cref="InCountries"/>, <see cref="OfType"/>)
/// match any of them.
/// </para>
/// <para>
/// <see cref="Apply(DatasetDocument, BorderlineHandling, FilterTally?)"/> and
/// <see cref="ApplyAsync"/> filter a document's engagements, keeping its sources and actors whole; the stream form
/// filters one document at a time, so memory stays bounded by a document (a batch of an import).
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class EngagementFilter
{
    private const double KilometresPerDegree = 111.32;
    private const double EarthRadiusKilometres = 6371.0088;

    private readonly Func<Engagement, DocumentIndex, FilterMatch> _test;
    private readonly string _description;

    private EngagementFilter(string description, Func<Engagement, DocumentIndex, FilterMatch> test)
    {
        _description = description;
        _test = test;
    }

    /// <summary>Gets the filter every engagement meets.</summary>
    public static EngagementFilter All { get; } = new("all", (_, _) => FilterMatch.Yes);

    /// <summary>
    /// Engagements in the days from <paramref name="first"/> to <paramref name="last"/>, both included. An engagement
    /// whose time window (its start to the end of its last unit of precision) lies inside is a match; one whose window
    /// only overlaps the range (an event known to "June 2025" against 1–10 June) is a possible match.
    /// </summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day; not before <paramref name="first"/>.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static EngagementFilter During(LocalDate first, LocalDate last)
    {
        if (last < first)
        {
            throw new ArgumentException($"The range ends ({Day(last)}) before it starts ({Day(first)}).", nameof(last));
        }

        return InTime($"during {Day(first)}..{Day(last)}", first.AtMidnight(), DayAfter(last));
    }

    /// <summary>Engagements from <paramref name="first"/> on, with no end: as <see cref="During"/>, a time window that begins before it is a possible match.</summary>
    /// <param name="first">The first day.</param>
    /// <returns>The filter.</returns>
    public static EngagementFilter From(LocalDate first) => InTime($"from {Day(first)}", first.AtMidnight(), null);

    /// <summary>Engagements up to <paramref name="last"/>, included, with no start: as <see cref="During"/>, a time window that ends after it is a possible match.</summary>
    /// <param name="last">The last day.</param>
    /// <returns>The filter.</returns>
    public static EngagementFilter Through(LocalDate last) => InTime($"through {Day(last)}", null, DayAfter(last));

    /// <summary>
    /// Engagements with a site in one of the countries. A site whose country is not given makes the engagement a
    /// possible match when no other site is in one of them.
    /// </summary>
    /// <param name="countryCodes">ISO 3166-1 alpha-2 codes, in any case; at least one.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException">No code is given, or one is not two letters.</exception>
    public static EngagementFilter InCountries(params IEnumerable<string> countryCodes)
    {
        ArgumentNullException.ThrowIfNull(countryCodes);
        var codes = countryCodes.Select(c => c?.Trim().ToUpperInvariant() ?? string.Empty).ToArray();
        if (codes.Length == 0 || codes.Any(c => c.Length != 2 || !c.All(char.IsAsciiLetterUpper)))
        {
            throw new ArgumentException($"Give one or more ISO 3166-1 alpha-2 country codes, such as ML; got '{string.Join(", ", codes)}'.", nameof(countryCodes));
        }

        var set = codes.ToHashSet(StringComparer.Ordinal);
        return new("in " + string.Join("|", codes), (engagement, _) => AnySite(engagement, site =>
            site.Administrative?.CountryCode is { } code ? (set.Contains(code) ? FilterMatch.Yes : FilterMatch.No) : FilterMatch.Possibly));
    }

    /// <summary>
    /// Engagements with a site in an administrative division: <paramref name="divisions"/> is the path from the
    /// first level down ("Tombouctou", or "Tombouctou/Timbuktu" for the cercle), compared without regard to case. A
    /// site of the country whose path stops above the level asked for (only the region is known) is a possible match.
    /// </summary>
    /// <param name="countryCode">The ISO 3166-1 alpha-2 code of the country.</param>
    /// <param name="divisions">The division names from the first level down; at least one.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException">The country code is not two letters, or no division is given.</exception>
    public static EngagementFilter InDivision(string countryCode, params IEnumerable<string> divisions)
    {
        ArgumentNullException.ThrowIfNull(countryCode);
        ArgumentNullException.ThrowIfNull(divisions);
        var country = countryCode.Trim().ToUpperInvariant();
        var path = divisions.Select(d => d?.Trim() ?? string.Empty).ToArray();
        if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"'{countryCode}' is not an ISO 3166-1 alpha-2 country code, such as ML.", nameof(countryCode));
        }

        if (path.Length == 0 || path.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("Give the division's names from the first level down, none of them empty.", nameof(divisions));
        }

        return new($"in {country}/{string.Join("/", path)}", (engagement, _) => AnySite(engagement, site =>
        {
            if (site.Administrative is not { } administrative)
            {
                return FilterMatch.Possibly;
            }

            if (!string.Equals(administrative.CountryCode, country, StringComparison.Ordinal))
            {
                return FilterMatch.No;
            }

            for (var i = 0; i < path.Length; i++)
            {
                if (i >= administrative.Divisions.Count)
                {
                    return FilterMatch.Possibly;
                }

                if (!string.Equals(administrative.Divisions[i], path[i], StringComparison.OrdinalIgnoreCase))
                {
                    return FilterMatch.No;
                }
            }

            return FilterMatch.Yes;
        }));
    }

    /// <summary>
    /// Engagements with a site in a latitude–longitude box (edges included; a box whose west edge is east of its east
    /// edge crosses the antimeridian). Each site is the disc its spatial precision allows around its coordinates
    /// (<see cref="UncertaintyKilometres"/>): wholly inside is a match, wholly outside is not, across an edge is a
    /// possible match, and so is a site without coordinates.
    /// </summary>
    /// <param name="south">The southern edge, in degrees of latitude.</param>
    /// <param name="west">The western edge, in degrees of longitude.</param>
    /// <param name="north">The northern edge, not south of <paramref name="south"/>.</param>
    /// <param name="east">The eastern edge.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException">An edge is outside the ranges of latitude and longitude, or the north edge is south of the south one.</exception>
    public static EngagementFilter WithinBox(double south, double west, double north, double east)
    {
        if (!InRange(south, 90) || !InRange(north, 90) || !InRange(west, 180) || !InRange(east, 180) || north < south)
        {
            throw new ArgumentException($"A box is south ≤ north in [-90, 90] and west, east in [-180, 180]; got south {Number(south)}, west {Number(west)}, north {Number(north)}, east {Number(east)}.", nameof(north));
        }

        var width = east >= west ? east - west : east + 360 - west;
        return new($"within box {Number(south)},{Number(west)},{Number(north)},{Number(east)}", (engagement, _) => AnySite(engagement, site =>
        {
            if (site.Coordinates is not { } point || UncertaintyKilometres(site.Precision) is not { } radius)
            {
                return FilterMatch.Possibly;
            }

            var latitudeMargin = radius / KilometresPerDegree;
            var longitudeMargin = radius / (KilometresPerDegree * Math.Max(Math.Cos(point.Latitude * Math.PI / 180), 1e-6));
            var fromWest = point.Longitude - west;
            fromWest = fromWest < 0 ? fromWest + 360 : fromWest;
            if (point.Latitude - latitudeMargin >= south && point.Latitude + latitudeMargin <= north && fromWest - longitudeMargin >= 0 && fromWest + longitudeMargin <= width)
            {
                return FilterMatch.Yes;
            }

            var meetsLatitude = point.Latitude + latitudeMargin >= south && point.Latitude - latitudeMargin <= north;
            var meetsLongitude = longitudeMargin >= 180 || fromWest - longitudeMargin <= width || fromWest + longitudeMargin >= 360;
            return meetsLatitude && meetsLongitude ? FilterMatch.Possibly : FilterMatch.No;
        }));
    }

    /// <summary>
    /// Engagements with a site within <paramref name="kilometres"/> of <paramref name="centre"/> (great-circle
    /// distance). As for <see cref="WithinBox"/>, a site is the disc its spatial precision allows: wholly within is a
    /// match, wholly beyond is not, and a site across the edge or without coordinates is a possible match.
    /// </summary>
    /// <param name="centre">The centre.</param>
    /// <param name="kilometres">The radius, more than 0.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The radius is not more than 0, or the centre is outside the ranges of latitude and longitude.</exception>
    public static EngagementFilter WithinRadius(Coordinates centre, double kilometres)
    {
        if (!(kilometres > 0) || double.IsInfinity(kilometres))
        {
            throw new ArgumentOutOfRangeException(nameof(kilometres), kilometres, "The radius is a number of kilometres more than 0.");
        }

        if (!InRange(centre.Latitude, 90) || !InRange(centre.Longitude, 180))
        {
            throw new ArgumentOutOfRangeException(nameof(centre), centre, "The centre's latitude is in [-90, 90] and its longitude in [-180, 180].");
        }

        return new($"within {Number(kilometres)} km of {centre}", (engagement, _) => AnySite(engagement, site =>
        {
            if (site.Coordinates is not { } point || UncertaintyKilometres(site.Precision) is not { } radius)
            {
                return FilterMatch.Possibly;
            }

            var distance = DistanceKilometres(centre, point);
            return distance + radius <= kilometres ? FilterMatch.Yes : distance - radius > kilometres ? FilterMatch.No : FilterMatch.Possibly;
        }));
    }

    /// <summary>
    /// Engagements in which an actor takes a side: <paramref name="actor"/> is an actor's id, its name or one of its
    /// aliases (without regard to case), or an external id as <c>scheme:value</c> (<c>ucdpActor:6040</c>). The actor's
    /// descendants count as the actor (a unit of an army is the army), so an engagement is a match when a side lists the
    /// actor or one of its descendants.
    /// </summary>
    /// <param name="actor">The id, name, alias or external id.</param>
    /// <returns>The filter; an actor that no document names matches nothing.</returns>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is empty.</exception>
    public static EngagementFilter Involving(string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var wanted = actor.Trim();
        var cache = new ConditionalWeakTable<DocumentIndex, HashSet<ActorId>>();
        return new("involving " + wanted, (engagement, index) =>
        {
            var named = cache.GetValue(index, i => Named(i.Document, wanted));
            if (named.Count == 0)
            {
                return FilterMatch.No;
            }

            foreach (var side in engagement.Sides)
            {
                foreach (var member in side.ActorIds)
                {
                    if (index.AncestryOf(member).Any(named.Contains))
                    {
                        return FilterMatch.Yes;
                    }
                }
            }

            return FilterMatch.No;
        });
    }

    /// <summary>Engagements of one of the types.</summary>
    /// <param name="types">The types; at least one.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException">No type is given, or one is not defined.</exception>
    public static EngagementFilter OfType(params IEnumerable<EngagementType> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var set = types.ToHashSet();
        if (set.Count == 0 || set.Any(t => !Enum.IsDefined(t)))
        {
            throw new ArgumentException($"Give one or more engagement types ({string.Join(", ", Enum.GetNames<EngagementType>())}).", nameof(types));
        }

        return new("of type " + string.Join("|", set.Order()), (engagement, _) => set.Contains(engagement.Type) ? FilterMatch.Yes : FilterMatch.No);
    }

    /// <summary>Engagements with a figure of the measure that has at least one estimate (a figure with none says nothing).</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException">The measure is not defined.</exception>
    public static EngagementFilter Counting(Measure measure)
    {
        if (!Enum.IsDefined(measure))
        {
            throw new ArgumentException($"{(int)measure} is not a measure; the measures are {string.Join(", ", Enum.GetNames<Measure>())}.", nameof(measure));
        }

        return new("counting " + measure, (engagement, _) => engagement.Figures.Any(f => f.Measure == measure && f.Estimates.Count > 0) ? FilterMatch.Yes : FilterMatch.No);
    }

    /// <summary>
    /// Gets the distance within which the true place of a site may lie, by its precision, or <see langword="null"/>
    /// when its coordinates say nothing useful about it (only the country is known; international waters): exact 0,
    /// near 25 km (GED's where_prec 2), second-order division 50 km, first-order division or a linear feature 250 km.
    /// </summary>
    /// <param name="precision">The site's spatial precision.</param>
    /// <returns>Kilometres, or <see langword="null"/>.</returns>
    public static double? UncertaintyKilometres(SpatialPrecision precision) => precision switch
    {
        SpatialPrecision.ExactLocation => 0,
        SpatialPrecision.NearLocation => 25,
        SpatialPrecision.SecondOrderAdministrative => 50,
        SpatialPrecision.FirstOrderAdministrative or SpatialPrecision.LinearFeatureOrArea => 250,
        _ => null,
    };

    /// <summary>Gets a filter that both this and <paramref name="other"/> must meet.</summary>
    /// <param name="other">The other filter.</param>
    /// <returns>The conjunction: no if either says no, possibly if either says possibly, otherwise yes.</returns>
    public EngagementFilter And(EngagementFilter other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new($"({_description}) and ({other._description})", (engagement, index) =>
        {
            var first = _test(engagement, index);
            return first == FilterMatch.No ? FilterMatch.No : Both(first, other._test(engagement, index));
        });
    }

    /// <summary>Gets a filter that this or <paramref name="other"/> must meet.</summary>
    /// <param name="other">The other filter.</param>
    /// <returns>The disjunction: yes if either says yes, possibly if either says possibly, otherwise no.</returns>
    public EngagementFilter Or(EngagementFilter other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new($"({_description}) or ({other._description})", (engagement, index) =>
        {
            var first = _test(engagement, index);
            return first == FilterMatch.Yes ? FilterMatch.Yes : Either(first, other._test(engagement, index));
        });
    }

    /// <summary>Gets the filter that engagements meet when they do not meet this one; a possible match stays possible.</summary>
    /// <returns>The negation.</returns>
    public EngagementFilter Not() => new($"not ({_description})", (engagement, index) => _test(engagement, index) switch
    {
        FilterMatch.Yes => FilterMatch.No,
        FilterMatch.No => FilterMatch.Yes,
        _ => FilterMatch.Possibly,
    });

    /// <summary>Tests one engagement of a document.</summary>
    /// <param name="engagement">The engagement.</param>
    /// <param name="index">The index of the document the engagement is in, which resolves its actors.</param>
    /// <returns>Whether it meets the filter, certainly or possibly.</returns>
    public FilterMatch Match(Engagement engagement, DocumentIndex index)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        ArgumentNullException.ThrowIfNull(index);
        return _test(engagement, index);
    }

    /// <summary>Returns the document with only the engagements that the filter keeps; its sources and actors are kept whole.</summary>
    /// <param name="document">The document.</param>
    /// <param name="borderline">What a possible match becomes.</param>
    /// <param name="tally">Where to count what was read, kept and borderline, or <see langword="null"/>.</param>
    /// <returns>The filtered document (the same instance when every engagement is kept).</returns>
    public DatasetDocument Apply(DatasetDocument document, BorderlineHandling borderline = BorderlineHandling.Exclude, FilterTally? tally = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!Enum.IsDefined(borderline))
        {
            throw new ArgumentOutOfRangeException(nameof(borderline), borderline, "Not a way of handling borderline engagements.");
        }

        tally ??= new FilterTally();
        var index = new DocumentIndex(document);
        var kept = new List<Engagement>(document.Engagements.Count);
        foreach (var engagement in document.Engagements)
        {
            if (tally.Count(engagement, _test(engagement, index), borderline))
            {
                kept.Add(engagement);
            }
        }

        return kept.Count == document.Engagements.Count ? document : document with { Engagements = [.. kept] };
    }

    /// <summary>Filters a stream of documents (the batches of an import, the lines of a JSON Lines file) one at a time.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="borderline">What a possible match becomes.</param>
    /// <param name="tally">Where to count what was read, kept and borderline, or <see langword="null"/>; complete when the stream ends.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>Each document with the engagements kept; documents left with none are not passed on.</returns>
    public async IAsyncEnumerable<DatasetDocument> ApplyAsync(IAsyncEnumerable<DatasetDocument> documents, BorderlineHandling borderline = BorderlineHandling.Exclude, FilterTally? tally = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var filtered = Apply(document, borderline, tally);
            if (filtered.Engagements.Count > 0)
            {
                yield return filtered;
            }
        }
    }

    /// <summary>Returns the filter as it was made, such as <c>(in ML) and (during 2025-06-01..2025-06-30)</c>.</summary>
    /// <returns>A description for logs and summaries.</returns>
    public override string ToString() => _description;

    private static EngagementFilter InTime(string description, LocalDateTime? from, LocalDateTime? until) => new(description, (engagement, _) =>
    {
        var (start, end) = (engagement.Time.WindowStart, engagement.Time.WindowEnd);
        if ((until is { } u && start >= u) || (from is { } f && end <= f))
        {
            return FilterMatch.No;
        }

        return (from is null || start >= from) && (until is null || end <= until) ? FilterMatch.Yes : FilterMatch.Possibly;
    });

    /// <summary>Midnight after <paramref name="day"/>, or the last instant of the calendar for its last day.</summary>
    private static LocalDateTime DayAfter(LocalDate day) => day < LocalDate.MaxIsoValue ? day.PlusDays(1).AtMidnight() : day.At(LocalTime.MaxValue);

    private static FilterMatch AnySite(Engagement engagement, Func<Site, FilterMatch> test)
    {
        var result = engagement.Sites.Count == 0 ? FilterMatch.Possibly : FilterMatch.No;
        foreach (var site in engagement.Sites)
        {
            result = Either(result, test(site));
            if (result == FilterMatch.Yes)
            {
                break;
            }
        }

        return result;
    }

    private static FilterMatch Both(FilterMatch a, FilterMatch b) =>
        a == FilterMatch.No || b == FilterMatch.No ? FilterMatch.No : a == FilterMatch.Possibly || b == FilterMatch.Possibly ? FilterMatch.Possibly : FilterMatch.Yes;

    private static FilterMatch Either(FilterMatch a, FilterMatch b) =>
        a == FilterMatch.Yes || b == FilterMatch.Yes ? FilterMatch.Yes : a == FilterMatch.Possibly || b == FilterMatch.Possibly ? FilterMatch.Possibly : FilterMatch.No;

    private static HashSet<ActorId> Named(DatasetDocument document, string wanted)
    {
        var colon = wanted.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon > 0 ? wanted[..colon] : null;
        var value = colon > 0 ? wanted[(colon + 1)..] : null;
        var named = new HashSet<ActorId>();
        foreach (var actor in document.Actors)
        {
            if (string.Equals(actor.Id.Value, wanted, StringComparison.Ordinal)
                || string.Equals(actor.Name, wanted, StringComparison.OrdinalIgnoreCase)
                || actor.Aliases.Any(a => string.Equals(a, wanted, StringComparison.OrdinalIgnoreCase))
                || (scheme is not null && actor.ExternalIds.Any(e => string.Equals(e.Scheme.ToString(), scheme, StringComparison.OrdinalIgnoreCase) && string.Equals(e.Value, value, StringComparison.Ordinal))))
            {
                named.Add(actor.Id);
            }
        }

        return named;
    }

    private static double DistanceKilometres(Coordinates a, Coordinates b)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var (dLat, dLon) = (Radians(b.Latitude - a.Latitude), Radians(b.Longitude - a.Longitude));
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Radians(a.Latitude)) * Math.Cos(Radians(b.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKilometres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static bool InRange(double value, double limit) => value >= -limit && value <= limit;

    private static string Day(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
