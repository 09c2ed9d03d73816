using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.Attributes;
using ConflictModel.Engagements;
using ConflictModel.Interop.Matching;
using ConflictModel.Places;
using ConflictModel.Time;
using NodaTime;

namespace ConflictModel.Benchmarks;

/// <summary>
/// Matching (issue 22): the spatial-temporal index against a naive all-pairs loop over the same rules on 5,000 × 5,000
/// events, and the index alone at 10,000 and 100,000 a side (the time per event should stay near constant).
/// </summary>
/// <remarks>
/// Run: <c>dotnet run -c Release --project tests/ConflictModel.Benchmarks -- --filter *MatchingBenchmarks* --job short</c>,
/// or the quicker <c>match-scaling</c> mode of <see cref="Program"/>, which times both in one process.
/// </remarks>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private MatchableEvent[] _left = null!;
    private MatchableEvent[] _right = null!;

    /// <summary>Gets or sets the number of events on each side.</summary>
    [Params(5_000)]
    public int Events { get; set; }

    /// <summary>Generates both sides once (seed 22; deterministic).</summary>
    [GlobalSetup]
    public void Setup() => (_left, _right) = MatchingWorkload.Create(Events, 22);

    /// <summary>The indexed matcher: candidates by day × cell, then the rules.</summary>
    /// <returns>The number of matches, so that the work is not optimised away.</returns>
    [Benchmark]
    public int Indexed() => MatchingWorkload.Indexed(_left, _right);

    /// <summary>Every pair through the same rules.</summary>
    /// <returns>The number of matches.</returns>
    [Benchmark(Baseline = true)]
    public int Naive() => MatchingWorkload.Naive(_left, _right);
}

/// <summary>The events of the matching benchmarks and the two ways of matching them.</summary>
internal static class MatchingWorkload
{
    private static readonly string[] Actors = CreateActors();

    /// <summary>
    /// Two sides of <paramref name="events"/> events over a year and 200 places spread over the world (events within about
    /// 50 km of their place, precisions mixed as in GED): the right side holds a perturbed copy of half the left side's
    /// events and as many others.
    /// </summary>
    public static (MatchableEvent[] Left, MatchableEvent[] Right) Create(int events, int seed)
    {
        var random = new Random(seed);
        var places = new (double Lat, double Lon)[200];
        for (var i = 0; i < places.Length; i++)
        {
            places[i] = ((random.NextDouble() * 100) - 50, (random.NextDouble() * 340) - 170);
        }

        var a = new InputData("left", "in1");
        var b = new InputData("right", "in2");
        var aEngagements = new List<Engagement>();
        var bEngagements = new List<Engagement>();
        for (var i = 0; i < events; i++)
        {
            var e = Random(random, places, "l" + i);
            aEngagements.Add(e);
            bEngagements.Add(i % 2 == 0 ? Perturb(e, random, "r" + i) : Random(random, places, "r" + i));
        }

        a.Add(new DatasetDocument { Engagements = aEngagements.ToArray() });
        b.Add(new DatasetDocument { Engagements = bEngagements.ToArray() });
        return (DatasetMatcher.Prepare(0, a, MatchOptions.Default, null), DatasetMatcher.Prepare(1, b, MatchOptions.Default, null));
    }

    public static int Indexed(MatchableEvent[] left, MatchableEvent[] right) => DatasetMatcher.MatchPair(left, right, MatchOptions.Default).Pairs.Count;

    public static int Naive(MatchableEvent[] left, MatchableEvent[] right)
    {
        var options = MatchOptions.Default;
        var scored = new List<(int, int, PairScore)>();
        for (var i = 0; i < left.Length; i++)
        {
            for (var j = 0; j < right.Length; j++)
            {
                if (MatchScorer.TryScore(left[i], right[j], options, out var score) && score.Total >= options.MinScore)
                {
                    scored.Add((i, j, score));
                }
            }
        }

        return DatasetMatcher.Accept(scored, left, right).Count;
    }

    /// <summary>Times the indexed matcher at 10,000 and 100,000 a side and both matchers at 5,000, in one process; prints ratios.</summary>
    public static void PrintScaling(TextWriter output)
    {
        var (l5, r5) = Create(5_000, 22);
        Indexed(l5, r5);
        var indexed5 = Time(() => Indexed(l5, r5), 3);
        output.WriteLine(FormattableString.Invariant($"indexed 5,000 x 5,000: {indexed5 * 1000:F0} ms"));
        var naive5 = Time(() => Naive(l5, r5), 1);
        output.WriteLine(FormattableString.Invariant($"5,000 x 5,000: naive / indexed = {naive5 / indexed5:F0}x (indexed {indexed5 * 1000:F0} ms, naive {naive5:F1} s)"));
        var (l10, r10) = Create(10_000, 22);
        var t10 = Time(() => Indexed(l10, r10), 2);
        output.WriteLine(FormattableString.Invariant($"indexed 10,000: {t10:F2} s"));
        var (l100, r100) = Create(100_000, 22);
        var t100 = Time(() => Indexed(l100, r100), 1);
        output.WriteLine(FormattableString.Invariant($"indexed 10,000 -> 100,000 a side: time x{t100 / t10:F1} for 10x the events; per event x{t100 / t10 / 10:F2} (10,000: {t10:F2} s, 100,000: {t100:F2} s)"));
    }

    private static double Time(Func<int> run, int repeats)
    {
        var best = double.MaxValue;
        for (var i = 0; i < repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            run();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        return best;
    }

    private static Engagement Random(Random random, (double Lat, double Lon)[] places, string id)
    {
        var place = places[random.Next(places.Length)];
        var day = new LocalDate(2025, 1, 1).PlusDays(random.Next(365));
        var precision = random.NextDouble() switch
        {
            < 0.5 => SpatialPrecision.ExactLocation,
            < 0.7 => SpatialPrecision.NearLocation,
            < 0.85 => SpatialPrecision.SecondOrderAdministrative,
            < 0.95 => SpatialPrecision.FirstOrderAdministrative,
            _ => SpatialPrecision.Country,
        };
        var time = random.NextDouble() < 0.1 ? TemporalExtent.Between(day, day.PlusDays(random.Next(1, 10))) : TemporalExtent.OnDay(day);
        return Event(id, time, place.Lat + (random.NextDouble() - 0.5), place.Lon + (random.NextDouble() - 0.5), precision, Actors[random.Next(Actors.Length)], random.NextDouble() < 0.8 ? EngagementType.Battle : EngagementType.ViolenceAgainstCivilians);
    }

    private static Engagement Perturb(Engagement e, Random random, string id)
    {
        var site = e.Sites[0];
        var c = site.Coordinates!.Value;
        return Event(id, e.Time, c.Latitude + ((random.NextDouble() - 0.5) * 0.05), c.Longitude + ((random.NextDouble() - 0.5) * 0.05), site.Precision, e.Name, e.Type);
    }

    private static Engagement Event(string id, TemporalExtent time, double lat, double lon, SpatialPrecision precision, string actor, EngagementType type) => new()
    {
        Id = new EngagementId(id),
        Name = actor,
        Type = type,
        Time = time,
        Sites = [new Site { Id = new SiteId(id + "-site"), Name = "Place", Role = SiteRole.Setting, Kind = SiteKind.Settlement, Coordinates = new Coordinates(Math.Clamp(lat, -89, 89), lon), Precision = precision }],
        Sides = [new Side { Id = new SideId(id + "-a"), Role = SideRole.Belligerent, ActorIds = [new Actors.ActorId(actor.ToLowerInvariant().Replace(' ', '-'))] }],
    };

    private static string[] CreateActors()
    {
        var names = new string[200];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = "Group " + i.ToString(CultureInfo.InvariantCulture);
        }

        return names;
    }
}
