using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using ConflictModel.Analysis;
using ConflictModel.Charts.Rendering;
using ConflictModel.Figures;
using ConflictModel.Places;
using static ConflictModel.Charts.Rendering.Svg;

namespace ConflictModel.Charts.Maps;

/// <summary>
/// A map of engagements: each drawn as a point at its site, its area in proportion to its reconciled best value
/// of a measure, over country outlines (Natural Earth 1:110m admin-0, public domain, from the npm package
/// world-atlas 2.0.2, ISC; embedded).
/// </summary>
/// <remarks>
/// <para>An engagement's point is its primary target when that has coordinates, or else its first site with
/// coordinates; its value is the engagement's count under the policy, exactly as <see cref="EngagementAggregator"/>
/// counts it (parts of a whole are never added, an open-ended high stays open). An engagement without a figure
/// of the measure is a small hollow point. Engagements with no site with coordinates cannot be placed: their number
/// is written under the map and in <see cref="SvgChart.Notes"/>.</para>
/// <para>The projection is equirectangular, its horizontal scale shrunk by the cosine of the middle latitude, over
/// the box of the points widened by a fifth (at least 8 degrees each way), or the whole world when there is no point.
/// Up to 15 points are labelled with their engagement's name.</para>
/// </remarks>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class SiteMap
{
    private const double Margin = 16;
    private const double MaxRadius = 22;
    private const int MostLabels = 15;
    private const double Aspect = 0.6;

    /// <summary>Draws the engagements of <paramref name="documents"/>.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="measure">What sizes the points: the default is <see cref="Measure.Killed"/>.</param>
    /// <param name="policy">The policy whose best value sizes the points; <see langword="null"/> for <see cref="ReconciliationPolicy.BestEstimate"/>.</param>
    /// <param name="options">How the map looks; <see langword="null"/> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is <see langword="null"/>.</exception>
    public static SvgChart Render(IEnumerable<DatasetDocument> documents, Measure measure = Measure.Killed, ReconciliationPolicy? policy = null, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var collector = new Collector(measure, policy ?? ReconciliationPolicy.BestEstimate);
        foreach (var document in documents)
        {
            collector.Add(document);
        }

        return Draw(collector, options ?? ChartOptions.Default);
    }

    /// <summary>Draws the engagements of a stream of documents (a GED or ACLED file read batch by batch); only the points are kept in memory.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="measure">What sizes the points.</param>
    /// <param name="policy">The policy whose best value sizes the points; <see langword="null"/> for <see cref="ReconciliationPolicy.BestEstimate"/>.</param>
    /// <param name="options">How the map looks; <see langword="null"/> for <see cref="ChartOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is <see langword="null"/>.</exception>
    public static async Task<SvgChart> RenderAsync(IAsyncEnumerable<DatasetDocument> documents, Measure measure = Measure.Killed, ReconciliationPolicy? policy = null, ChartOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var collector = new Collector(measure, policy ?? ReconciliationPolicy.BestEstimate);
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            collector.Add(document);
        }

        return Draw(collector, options ?? ChartOptions.Default);
    }

    private static SvgChart Draw(Collector data, ChartOptions options)
    {
        var points = data.Points;
        double west = -180, east = 180, south = -60, north = 85;
        if (points.Count > 0)
        {
            (west, east) = (points.Min(p => p.Lon), points.Max(p => p.Lon));
            (south, north) = (points.Min(p => p.Lat), points.Max(p => p.Lat));
            var (padLon, padLat) = (Math.Max((east - west) * 0.2, 8), Math.Max((north - south) * 0.2, 8));
            (west, east) = (Math.Max(-180, west - padLon), Math.Min(180, east + padLon));
            (south, north) = (Math.Max(-85, south - padLat), Math.Min(85, north + padLat));
        }

        var cos = Math.Max(0.2, Math.Cos((south + north) / 2 * Math.PI / 180));
        var mapWidth = options.Width - (2 * Margin);
        if (points.Count > 0)
        {
            // Widen the narrower way so the map is about 0.6 times as high as it is wide.
            var (lonSpan, latSpan) = ((east - west) * cos, north - south);
            if (latSpan > Aspect * lonSpan)
            {
                var half = latSpan / Aspect / cos / 2;
                var middle = (west + east) / 2;
                (west, east) = (Math.Max(-180, middle - half), Math.Min(180, middle + half));
            }
            else
            {
                var half = Aspect * lonSpan / 2;
                var middle = (south + north) / 2;
                (south, north) = (Math.Max(-85, middle - half), Math.Min(85, middle + half));
            }
        }

        var scale = Math.Min(mapWidth / ((east - west) * cos), mapWidth * Aspect / (north - south));
        var mapHeight = (north - south) * scale;
        var top = Margin + 44;
        var left = Margin + ((mapWidth - ((east - west) * cos * scale)) / 2);
        double X(double lon) => left + ((lon - west) * cos * scale);
        double Y(double lat) => top + ((north - lat) * scale);

        var measure = Names.Measure(data.Measure);
        var body = new List<XElement>
        {
            E("text", A("class", "chart-title"), A("x", Margin), A("y", Margin + 20), A("font-size", 16), A("font-weight", "bold"), $"Engagements by site, sized by {measure} ({data.Policy.Name}, best)"),
            E("defs", E("clipPath", A("id", "map-area"), E("rect", A("x", Margin), A("y", top), A("width", mapWidth), A("height", mapHeight)))),
            E("rect", A("class", "sea"), A("x", Margin), A("y", top), A("width", mapWidth), A("height", mapHeight), A("fill", "#eef4fa"), A("stroke", "#999999")),
        };
        var outlines = E("g", A("class", "countries"), A("clip-path", "url(#map-area)"), A("fill", "#f4f1ea"), A("stroke", "#b0a898"), A("stroke-width", 0.7));
        foreach (var country in WorldOutlines.Countries)
        {
            var d = new StringBuilder();
            foreach (var ring in country.Rings)
            {
                // Only rings that reach into the box are drawn; the clip path trims the rest.
                if (ring.Max(p => p.Lon) < west - 1 || ring.Min(p => p.Lon) > east + 1 || ring.Max(p => p.Lat) < south - 1 || ring.Min(p => p.Lat) > north + 1)
                {
                    continue;
                }

                for (var i = 0; i < ring.Length; i++)
                {
                    // A ring that crosses the antimeridian (Fiji, Chukotka) is broken there rather than drawn across the map.
                    var jump = i > 0 && Math.Abs(ring[i].Lon - ring[i - 1].Lon) > 180;
                    d.Append(i == 0 || jump ? "M" : "L").Append(Fmt(X(ring[i].Lon))).Append(' ').Append(Fmt(Y(ring[i].Lat)));
                }

                d.Append('Z');
            }

            if (d.Length > 0)
            {
                outlines.Add(E("path", A("class", "country"), A("data-name", country.Name), A("d", d.ToString())));
            }
        }

        body.Add(outlines);
        var largest = Math.Max(1, points.Select(p => p.Best ?? 0).DefaultIfEmpty(0).Max());
        double Radius(long value) => Math.Max(3, MaxRadius * Math.Sqrt(value / (double)largest));
        var sites = E("g", A("class", "sites"), A("clip-path", "url(#map-area)"));
        foreach (var p in points.OrderByDescending(p => p.Best ?? -1).ThenBy(p => p.EngagementId, StringComparer.Ordinal))
        {
            var value = p.Best is { } b ? b.ToString(CultureInfo.InvariantCulture) + (p.HighOpen ? " (high open-ended)" : string.Empty) : "no " + measure + " figure";
            sites.Add(E(
                "circle",
                A("class", p.Best is null ? "site no-figure" : "site"),
                A("cx", X(p.Lon)),
                A("cy", Y(p.Lat)),
                A("r", p.Best is { } best ? Radius(best) : 3),
                A("data-engagement", p.EngagementId),
                A("data-site", p.SiteName),
                A("data-latitude", p.Lat.ToString("R", CultureInfo.InvariantCulture)),
                A("data-longitude", p.Lon.ToString("R", CultureInfo.InvariantCulture)),
                p.Best is { } v ? A("data-best", Fmt(v)) : null,
                A("fill", p.Best is null ? "none" : "#d62728"),
                A("fill-opacity", "0.55"),
                A("stroke", "#8b0000"),
                A("stroke-width", 1),
                E("title", $"{p.EngagementName} at {p.SiteName}: {value}")));
        }

        body.Add(sites);
        if (points.Count <= MostLabels)
        {
            var labels = E("g", A("class", "site-labels"), A("font-size", 11));
            foreach (var p in points)
            {
                labels.Add(Text(X(p.Lon) + Radius(p.Best ?? 0) + 3, Y(p.Lat) + 4, Shorten(p.EngagementName, options.MaxLabelLength), content: [A("class", "site-label"), A("data-label", p.EngagementName)]));
            }

            body.Add(labels);
        }

        var y = top + mapHeight + 20;
        var keyValues = new[] { largest, largest / 4, largest / 16 }.Where(v => v > 0).Distinct().ToArray();
        var kx = Margin + 60;
        body.Add(Text(Margin, y + 4, measure + ":", content: A("font-weight", "bold")));
        var key = E("g", A("class", "size-key"));
        foreach (var v in keyValues)
        {
            var r = Radius(v);
            key.Add(E("circle", A("cx", kx + r), A("cy", y), A("r", r), A("fill", "#d62728"), A("fill-opacity", "0.55"), A("stroke", "#8b0000")));
            key.Add(Text(kx + (2 * r) + 4, y + 4, Fmt(v)));
            kx += (2 * r) + 16 + Svg.Width(Fmt(v));
        }

        key.Add(E("circle", A("cx", kx + 3), A("cy", y), A("r", 3), A("fill", "none"), A("stroke", "#8b0000")));
        key.Add(Text(kx + 10, y + 4, "no figure"));
        body.Add(key);
        y += MaxRadius + 10;
        var notes = new List<string>();
        if (data.Unplaced > 0)
        {
            notes.Add($"{Fmt(data.Unplaced)} engagement(s) have no site with coordinates and are not on the map");
        }

        if (data.Placed == 0)
        {
            notes.Add("no engagement has a site with coordinates");
        }

        foreach (var note in notes)
        {
            y += 16;
            body.Add(E("text", A("class", "note"), A("x", Margin), A("y", y), A("fill", "#555555"), "Note: " + note));
        }

        y += 16;
        body.Add(E("text", A("class", "attribution"), A("x", Margin), A("y", y), A("fill", "#777777"), A("font-size", 10), "Country outlines: Natural Earth 1:110m (public domain), via world-atlas 2.0.2 (ISC)."));
        var height = Math.Ceiling(y + Margin);
        var svg = Document(options.Width, height, $"Engagements by site, sized by {measure}", options.FontFamily, "site-map", body);
        return new SvgChart { Svg = svg, Width = options.Width, Height = height, Notes = [.. notes] };
    }

    /// <summary>Keeps one point per placed engagement and counts the others.</summary>
    private sealed class Collector(Measure measure, ReconciliationPolicy policy)
    {
        internal Measure Measure { get; } = measure;

        internal ReconciliationPolicy Policy { get; } = policy;

        internal List<Point> Points { get; } = [];

        internal int Unplaced { get; private set; }

        internal int Placed => Points.Count;

        internal void Add(DatasetDocument document)
        {
            ArgumentNullException.ThrowIfNull(document);
            var options = new AggregationOptions { Measure = Measure, Policy = Policy };
            foreach (var engagement in document.Engagements)
            {
                if (engagement is null)
                {
                    continue;
                }

                var site = engagement.Sites.Where(s => s?.Coordinates is not null).OrderBy(s => s.Role == SiteRole.PrimaryTarget ? 0 : 1).FirstOrDefault();
                if (site is null)
                {
                    Unplaced++;
                    continue;
                }

                // The aggregator's own count of one engagement: the same rules as every total of the library.
                var one = EngagementAggregator.Aggregate(new DatasetDocument { Sources = document.Sources, Actors = document.Actors, Engagements = [engagement] }, options).Total;
                var counted = one.Engagements > 0 && one.WithoutFigure == 0;
                Points.Add(new Point(engagement.Id.ToString(), engagement.Name, site.Name, site.Coordinates!.Value.Latitude, site.Coordinates.Value.Longitude, counted ? one.Best : null, counted && one.HighOpen));
            }
        }
    }

    private sealed record Point(string EngagementId, string EngagementName, string SiteName, double Lat, double Lon, long? Best, bool HighOpen);
}
