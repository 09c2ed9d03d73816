using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ConflictModel.Analysis;
using ConflictModel.Figures;
using ConflictModel.Interop.GeoJson;
using ConflictModel.Interop.Ged;
using ConflictModel.Places;

namespace ConflictModel.Interop.Tests.GeoJson;

public class SiteGeoJsonWriterTests
{
    [Fact]
    public async Task RealGedFile_OneFeaturePerSiteWithCoordinates_LongitudeFirst()
    {
        var document = (await GedImporter.ImportFileAsync(TestFiles.Ged)).Document;
        var (json, summary) = await WriteAsync(document.Engagements.Chunk(200).Select(c => document with { Engagements = [.. c] }).ToArray());

        var placed = document.Engagements.SelectMany(e => e.Sites.Where(s => s.Coordinates is not null).Select(s => (Engagement: e, Site: s))).ToList();
        using var parsed = JsonDocument.Parse(json);
        parsed.RootElement.GetProperty("type").GetString().Should().Be("FeatureCollection");
        var features = parsed.RootElement.GetProperty("features").EnumerateArray().ToList();
        features.Should().HaveCount(placed.Count).And.HaveCountGreaterThan(1000);
        summary.Features.Should().Be(placed.Count);
        summary.Engagements.Should().Be(document.Engagements.Count);
        summary.SitesWithoutCoordinates.Should().HaveCount(document.Engagements.Sum(e => e.Sites.Count) - placed.Count);

        for (var i = 0; i < placed.Count; i++)
        {
            var (engagement, site) = placed[i];
            var feature = features[i];
            feature.GetProperty("geometry").GetProperty("type").GetString().Should().Be("Point");
            var coordinates = feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToArray();
            coordinates.Should().Equal(site.Coordinates!.Value.Longitude, site.Coordinates!.Value.Latitude);
            var properties = feature.GetProperty("properties");
            properties.GetProperty("engagement_id").GetString().Should().Be(engagement.Id.Value);
            properties.GetProperty("site_id").GetString().Should().Be(site.Id.Value);
        }

        // The GED file's own best per event is the best-estimate count: spot-check the first feature against the aggregator.
        var first = placed[0].Engagement;
        var best = EngagementAggregator.Aggregate(document with { Engagements = [first] }, new AggregationOptions { Measure = Measure.Killed }).Total.Best;
        features[0].GetProperty("properties").GetProperty("killed_best").GetInt64().Should().Be(best);
    }

    [Fact]
    public async Task Timbuktu_FiguresAndSitesWithoutCoordinates()
    {
        var document = Timbuktu2025.TimbuktuAttack.Build();
        var withoutCoordinates = document.Engagements.SelectMany(e => e.Sites.Where(s => s.Coordinates is null).Select(s => (e.Id.Value, s.Id.Value))).ToList();
        var (json, summary) = await WriteAsync([document]);

        using var parsed = JsonDocument.Parse(json);
        var attack = parsed.RootElement.GetProperty("features").EnumerateArray()
            .First(f => f.GetProperty("properties").GetProperty("engagement_id").GetString() == Timbuktu2025.TimbuktuAttack.AttackId.Value)
            .GetProperty("properties");

        // The attack adds the Malian side's 30–60+ and JNIM's 6–14 (docs/analysis.md, worked example): 36–74+ under full range.
        attack.GetProperty("killed_low").GetInt64().Should().Be(36);
        attack.GetProperty("killed_high").GetInt64().Should().Be(74);
        attack.GetProperty("killed_high_open").GetBoolean().Should().BeTrue();
        attack.GetProperty("type").GetString().Should().Be("attack");
        attack.GetProperty("date").GetString().Should().Be(document.Engagements.Single(e => e.Id == Timbuktu2025.TimbuktuAttack.AttackId).Time.ToString()).And.StartWith("~2025-06-02T10");
        attack.GetProperty("start_date").GetString().Should().Be("2025-06-02");
        summary.SitesWithoutCoordinates.Select(s => (s.EngagementId, s.SiteId)).Should().Equal(withoutCoordinates);
        summary.Features.Should().Be(document.Engagements.Sum(e => e.Sites.Count) - withoutCoordinates.Count);
    }

    [Fact]
    public async Task SiteWithoutCoordinates_IsListed_NotWritten()
    {
        var document = Timbuktu2025.TimbuktuAttack.Build();
        var engagement = document.Engagements[0];
        var bare = engagement with { Sites = [.. engagement.Sites.Select(s => s with { Coordinates = null })] };
        var (json, summary) = await WriteAsync([document with { Engagements = [bare] }]);

        using var parsed = JsonDocument.Parse(json);
        parsed.RootElement.GetProperty("features").GetArrayLength().Should().Be(0);
        summary.Features.Should().Be(0);
        summary.SitesWithoutCoordinates.Should().Equal(bare.Sites.Select(s => new SiteWithoutCoordinates { EngagementId = bare.Id.Value, SiteId = s.Id.Value, SiteName = s.Name }));
        summary.SitesWithoutCoordinates.Should().NotBeEmpty();
    }

    private static async Task<(string Json, GeoJsonSummary Summary)> WriteAsync(IReadOnlyList<DatasetDocument> documents)
    {
        using var stream = new MemoryStream();
        var summary = await SiteGeoJsonWriter.WriteAsync(Stream(documents), stream);
        return (System.Text.Encoding.UTF8.GetString(stream.ToArray()), summary);
    }

    private static async IAsyncEnumerable<DatasetDocument> Stream(IReadOnlyList<DatasetDocument> documents)
    {
        foreach (var document in documents)
        {
            await Task.Yield();
            yield return document;
        }
    }
}
