using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ConflictModel.Charts.Maps;

/// <summary>
/// The country outlines the map draws: Natural Earth's 1:110m admin-0 countries (public domain) as the npm package
/// world-atlas 2.0.2 (ISC) ships them in TopoJSON, embedded in this assembly and decoded once.
/// </summary>
internal static class WorldOutlines
{
    private static readonly Lazy<IReadOnlyList<Country>> Loaded = new(Load);

    /// <summary>Gets every country: its name and its rings as (longitude, latitude) points.</summary>
    internal static IReadOnlyList<Country> Countries => Loaded.Value;

    private static List<Country> Load()
    {
        using var stream = typeof(WorldOutlines).Assembly.GetManifestResourceStream("ConflictModel.Charts.countries-110m.json")
            ?? throw new InvalidOperationException("The embedded country outlines (countries-110m.json) are missing from the assembly.");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        var transform = root.GetProperty("transform");
        var (sx, sy) = (transform.GetProperty("scale")[0].GetDouble(), transform.GetProperty("scale")[1].GetDouble());
        var (tx, ty) = (transform.GetProperty("translate")[0].GetDouble(), transform.GetProperty("translate")[1].GetDouble());

        // Arcs are quantized and delta-encoded: each position is the sum of the deltas so far.
        var arcs = new List<(double Lon, double Lat)[]>();
        foreach (var arc in root.GetProperty("arcs").EnumerateArray())
        {
            var points = new (double, double)[arc.GetArrayLength()];
            long x = 0, y = 0;
            var i = 0;
            foreach (var delta in arc.EnumerateArray())
            {
                x += delta[0].GetInt64();
                y += delta[1].GetInt64();
                points[i++] = ((x * sx) + tx, (y * sy) + ty);
            }

            arcs.Add(points);
        }

        var countries = new List<Country>();
        foreach (var geometry in root.GetProperty("objects").GetProperty("countries").GetProperty("geometries").EnumerateArray())
        {
            var name = geometry.TryGetProperty("properties", out var p) && p.TryGetProperty("name", out var n) ? n.GetString() ?? "?" : "?";
            var rings = new List<(double Lon, double Lat)[]>();
            switch (geometry.GetProperty("type").GetString())
            {
                case "Polygon":
                    AddPolygon(geometry.GetProperty("arcs"), arcs, rings);
                    break;
                case "MultiPolygon":
                    foreach (var polygon in geometry.GetProperty("arcs").EnumerateArray())
                    {
                        AddPolygon(polygon, arcs, rings);
                    }

                    break;
                default:
                    continue;
            }

            countries.Add(new Country(name, rings));
        }

        return countries;
    }

    private static void AddPolygon(JsonElement polygon, List<(double Lon, double Lat)[]> arcs, List<(double Lon, double Lat)[]> rings)
    {
        foreach (var ring in polygon.EnumerateArray())
        {
            var points = new List<(double, double)>();
            foreach (var reference in ring.EnumerateArray())
            {
                var i = reference.GetInt32();
                // A negative index ~i is arc i reversed; each arc after the first repeats the previous one's last point.
                var arc = i >= 0 ? arcs[i] : Reversed(arcs[~i]);
                for (var k = points.Count == 0 ? 0 : 1; k < arc.Length; k++)
                {
                    points.Add(arc[k]);
                }
            }

            rings.Add([.. points]);
        }
    }

    private static (double, double)[] Reversed((double, double)[] arc)
    {
        var copy = ((double, double)[])arc.Clone();
        Array.Reverse(copy);
        return copy;
    }

    /// <summary>A country's outline.</summary>
    /// <param name="Name">Its name in Natural Earth.</param>
    /// <param name="Rings">Its rings (outer boundaries and holes), each as (longitude, latitude) points.</param>
    internal sealed record Country(string Name, IReadOnlyList<(double Lon, double Lat)[]> Rings);
}
