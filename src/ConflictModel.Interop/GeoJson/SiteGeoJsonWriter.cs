using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Analysis;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Places;

namespace ConflictModel.Interop.GeoJson;

/// <summary>
/// Writes the sites of documents as a GeoJSON (RFC 7946) FeatureCollection: one Point feature per site with
/// coordinates, <c>[longitude, latitude]</c> in WGS84, with its engagement's id, name, date, type and killed count.
/// </summary>
/// <remarks>
/// <para>
/// A feature's properties: <c>engagement_id</c>, <c>engagement_name</c>, <c>type</c>, <c>date</c> (the time as the
/// model writes it), <c>start_date</c>, <c>site_id</c>, <c>site_name</c>, <c>precision</c>, <c>country_code</c>, and the
/// engagement's killed count as <see cref="EngagementAggregator"/> adds it: <c>killed_best</c> under
/// <see cref="ReconciliationPolicy.BestEstimate"/>, <c>killed_low</c>, <c>killed_high</c> and
/// <c>killed_high_open</c> under <see cref="ReconciliationPolicy.FullRange"/>; all four <see langword="null"/> when the
/// engagement has no killed figure. An engagement with several sites has a feature per site, each with its whole count.
/// </para>
/// <para>
/// Written with <see cref="Utf8JsonWriter"/> as the documents arrive (flushed every 64 KiB), so memory does not grow
/// with the input, except for the list of sites without coordinates, which the summary holds.
/// </para>
/// </remarks>
public static class SiteGeoJsonWriter
{
    private const int FlushBytes = 1 << 16;

    /// <summary>Writes the FeatureCollection of <paramref name="documents"/>' sites to <paramref name="output"/> (UTF-8, not closed).</summary>
    /// <param name="documents">The documents, for example an import's batches.</param>
    /// <param name="output">Where the GeoJSON goes.</param>
    /// <param name="cancellationToken">Stops the writing; what was written is then not a complete GeoJSON.</param>
    /// <returns>The counts, and the sites that have no coordinates.</returns>
    public static async Task<GeoJsonSummary> WriteAsync(IAsyncEnumerable<DatasetDocument> documents, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        var unplaced = new List<SiteWithoutCoordinates>();
        long engagements = 0, features = 0;
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            ArgumentNullException.ThrowIfNull(document, nameof(documents));
            foreach (var engagement in document.Engagements)
            {
                engagements++;
                var killed = Count(document, engagement);
                foreach (var site in engagement.Sites)
                {
                    if (site.Coordinates is not { } at)
                    {
                        unplaced.Add(new SiteWithoutCoordinates { EngagementId = engagement.Id.Value, SiteId = site.Id.Value, SiteName = site.Name });
                        continue;
                    }

                    WriteFeature(writer, engagement, site, at, killed);
                    features++;
                }

                if (writer.BytesPending >= FlushBytes)
                {
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new GeoJsonSummary { Engagements = engagements, Features = features, SitesWithoutCoordinates = unplaced };
    }

    private static void WriteFeature(Utf8JsonWriter writer, Engagement engagement, Site site, Coordinates at, (AggregateRow Best, AggregateRow Range)? killed)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", engagement.Id.Value + "/" + site.Id.Value);
        writer.WriteStartObject("geometry");
        writer.WriteString("type", "Point");
        writer.WriteStartArray("coordinates");
        writer.WriteNumberValue(at.Longitude);
        writer.WriteNumberValue(at.Latitude);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        writer.WriteString("engagement_id", engagement.Id.Value);
        writer.WriteString("engagement_name", engagement.Name);
        writer.WriteString("type", JsonNamingPolicy.CamelCase.ConvertName(engagement.Type.ToString()));
        writer.WriteString("date", engagement.Time.ToString());
        writer.WriteString("start_date", engagement.Time.Start.Date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture));
        writer.WriteString("site_id", site.Id.Value);
        writer.WriteString("site_name", site.Name);
        writer.WriteString("precision", JsonNamingPolicy.CamelCase.ConvertName(site.Precision.ToString()));
        if (site.Administrative?.CountryCode is { } country)
        {
            writer.WriteString("country_code", country);
        }
        else
        {
            writer.WriteNull("country_code");
        }

        if (killed is var (best, range))
        {
            writer.WriteNumber("killed_best", best.Best);
            writer.WriteNumber("killed_low", range.Low);
            writer.WriteNumber("killed_high", range.High);
            writer.WriteBoolean("killed_high_open", range.HighOpen);
        }
        else
        {
            writer.WriteNull("killed_best");
            writer.WriteNull("killed_low");
            writer.WriteNull("killed_high");
            writer.WriteNull("killed_high_open");
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>The engagement's killed count under the best-estimate and full-range policies, or <see langword="null"/> when it has no killed figure.</summary>
    private static (AggregateRow Best, AggregateRow Range)? Count(DatasetDocument document, Engagement engagement)
    {
        if (!HasKilled(engagement))
        {
            return null;
        }

        var one = document with { Engagements = [engagement] };
        var best = EngagementAggregator.Aggregate(one, new AggregationOptions { Measure = Measure.Killed, Policy = ReconciliationPolicy.BestEstimate }).Total;
        var range = EngagementAggregator.Aggregate(one, new AggregationOptions { Measure = Measure.Killed, Policy = ReconciliationPolicy.FullRange }).Total;
        return best.WithoutFigure == best.Engagements ? null : (best, range);
    }

    private static bool HasKilled(Engagement engagement)
    {
        foreach (var figure in engagement.Figures)
        {
            if (figure.Measure == Measure.Killed)
            {
                return true;
            }
        }

        return false;
    }
}
