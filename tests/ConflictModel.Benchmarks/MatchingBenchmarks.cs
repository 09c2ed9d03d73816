using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ConflictModel.Engagements;
using ConflictModel.Interop.Matching;
using ConflictModel.Places;
using ConflictModel.Time;
using NodaTime;

namespace ConflictModel.Benchmarks;

/// <summary>How the matching workloads grow with the number of events.</summary>
public enum MatchingDensity
{
    /// <summary>As real datasets grow, by years: about 30,000 events a year (GED's worldwide rate), so N events cover N / 30,000 years and the events per place and day stay the same.</summary>
    Fair,

    /// <summary>The stress case: every size covers one year, so the events per place and day grow with N.</summary>
    Stress,
}

/// <summary>
/// Matching (issue 22): the spatial-temporal index against a naive all-pairs loop over the same rules on 5,000 × 5,000
/// events, on both workloads of <see cref="MatchingDensity"/>.
/// </summary>
/// <remarks>
/// Run (with <see cref="MatchingScalingBenchmarks"/>, in one process):
/// <c>dotnet run -c Release --project tests/ConflictModel.Benchmarks -- --filter *Matching*</c>; or the quicker
/// <c>match-scaling</c> mode of <see cref="Program"/>, which times the same with a stopwatch and prints the candidates.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(MatchingConfig))]
public class MatchingBenchmarks
{
    private MatchableEvent[] _left = null!;
    private MatchableEvent[] _right = null!;

    /// <summary>Gets or sets the number of events on each side.</summary>
    [Params(5_000)]
    public int Events { get; set; }

    /// <summary>Gets or sets how the events are spread over time.</summary>
    [Params(MatchingDensity.Fair, MatchingDensity.Stress)]
    public MatchingDensity Density { get; set; }

    /// <summary>Generates both sides once (seed 22; deterministic).</summary>
    [GlobalSetup]
    public void Setup() => (_left, _right) = MatchingWorkload.Create(Events, 22, Density);

    /// <summary>The indexed matcher: candidates by day × cell, then the rules.</summary>
    /// <returns>The number of matches, so that the work is not optimised away.</returns>
    [Benchmark]
    public int Indexed() => MatchingWorkload.Indexed(_left, _right);

    /// <summary>Every pair through the same rules (and the same cheap rejections).</summary>
    /// <returns>The number of matches.</returns>
    [Benchmark(Baseline = true)]
    public int Naive() => MatchingWorkload.Naive(_left, _right);
}

/// <summary>
/// Matching (issue 22): the indexed matcher at 10,000 and 100,000 events a side, on both workloads of
/// <see cref="MatchingDensity"/>; the time per event should stay near constant on <see cref="MatchingDensity.Fair"/>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(MatchingConfig))]
public class MatchingScalingBenchmarks
{
    private MatchableEvent[] _left = null!;
    private MatchableEvent[] _right = null!;

    /// <summary>Gets or sets the number of events on each side.</summary>
    [Params(10_000, 100_000)]
    public int Events { get; set; }

    /// <summary>Gets or sets how the events are spread over time.</summary>
    [Params(MatchingDensity.Fair, MatchingDensity.Stress)]
    public MatchingDensity Density { get; set; }

    /// <summary>Generates both sides once (seed 22; deterministic).</summary>
    [GlobalSetup]
    public void Setup() => (_left, _right) = MatchingWorkload.Create(Events, 22, Density);

    /// <summary>The indexed matcher.</summary>
    /// <returns>The number of matches.</returns>
    [Benchmark]
    public int Indexed() => MatchingWorkload.Indexed(_left, _right);
}

/// <summary>In process (the machine is shared), one launch, one warm-up and three measured runs of each case.</summary>
internal sealed class MatchingConfig : ManualConfig
{
    public MatchingConfig() =>
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: false)));
}

/// <summary>The events of the matching benchmarks and the two ways of matching them.</summary>
internal static class MatchingWorkload
{
    /// <summary>Events a year in the fair workload: about GED's worldwide rate.</summary>
    public const int EventsPerYear = 30_000;

    private static readonly string[] Actors = CreateActors();

    /// <summary>
    /// Two sides of <paramref name="events"/> events over 200 places spread over the world (events within about 50 km of
    /// their place, precisions mixed as in GED: 5% at country precision) and over <see cref="DaysOf"/> days: the right side
    /// holds a perturbed copy of half the left side's events and as many others.
    /// </summary>
    public static (MatchableEvent[] Left, MatchableEvent[] Right) Create(int events, int seed, MatchingDensity density)
    {
        var random = new Random(seed);
        var places = new (double Lat, double Lon)[200];
        for (var i = 0; i < places.Length; i++)
        {
            places[i] = ((random.NextDouble() * 100) - 50, (random.NextDouble() * 340) - 170);
        }

        var days = DaysOf(events, density);
        var a = new InputData("left", "in1");
        var b = new InputData("right", "in2");
        var aEngagements = new List<Engagement>();
        var bEngagements = new List<Engagement>();
        for (var i = 0; i < events; i++)
        {
            var e = Random(random, places, days, "l" + i);
            aEngagements.Add(e);
            bEngagements.Add(i % 2 == 0 ? Perturb(e, random, "r" + i) : Random(random, places, days, "r" + i));
        }

        a.Add(new DatasetDocument { Engagements = aEngagements.ToArray() });
        b.Add(new DatasetDocument { Engagements = bEngagements.ToArray() });
        return (DatasetMatcher.Prepare(0, a, MatchOptions.Default, null), DatasetMatcher.Prepare(1, b, MatchOptions.Default, null));
    }

    /// <summary>The days the events of a side are spread over: N / 30,000 years (at least 30 days) when fair, a year in the stress case.</summary>
    public static int DaysOf(int events, MatchingDensity density) =>
        density == MatchingDensity.Fair ? Math.Max(30, (int)Math.Round(365.0 * events / EventsPerYear)) : 365;

    public static int Indexed(MatchableEvent[] left, MatchableEvent[] right) => DatasetMatcher.MatchPair(left, right, MatchOptions.Default).Pairs.Count;

    public static int Naive(MatchableEvent[] left, MatchableEvent[] right) => DatasetMatcher.MatchPairNaive(left, right, MatchOptions.Default).Count;

    /// <summary>
    /// Times both matchers at 5,000 and the indexed one at 10,000 and 100,000 a side on both workloads, in one process;
    /// prints ratios of processor time (steadier than wall time on a loaded machine; one thread does the work, so they are
    /// close on a quiet one), the share of the index alone, and the candidates per event: found by the index and passing
    /// the rules of time, place and type.
    /// </summary>
    public static void PrintScaling(TextWriter output)
    {
        foreach (var density in new[] { MatchingDensity.Fair, MatchingDensity.Stress })
        {
            var (l5, r5) = Create(5_000, 22, density);
            Indexed(l5, r5);
            var indexed5 = Time(() => Indexed(l5, r5), 5);
            var naive5 = Time(() => Naive(l5, r5), 2);
            output.WriteLine(FormattableString.Invariant($"{density}, 5,000 x 5,000 ({DaysOf(5_000, density)} days): naive / indexed = {naive5 / indexed5:F1}x (processor time: indexed {indexed5 * 1000:F0} ms, naive {naive5:F2} s)"));
            var (l10, r10) = Create(10_000, 22, density);
            var (l100, r100) = Create(100_000, 22, density);
            Indexed(l10, r10);
            double t10 = double.MaxValue, t100 = double.MaxValue;
            for (var k = 0; k < 3; k++)
            {
                // Interleaved, so that a change of load affects both sizes alike; the best of three each.
                t10 = Math.Min(t10, Time(() => Indexed(l10, r10), 3));
                t100 = Math.Min(t100, Time(() => Indexed(l100, r100), 1));
            }

            var sink = default(CountingSink);
            var index100 = Time(() => (int)CandidateIndex.Visit(l100, r100, ref sink), 2);
            var (found10, passing10, matches10) = Counts(l10, r10);
            var (found100, passing100, matches100) = Counts(l100, r100);
            output.WriteLine(FormattableString.Invariant(
                $"{density}, indexed 10,000 -> 100,000 a side ({DaysOf(10_000, density)} -> {DaysOf(100_000, density)} days): time x{t100 / t10:F1} for 10x the events; per event x{t100 / t10 / 10:F2} (processor time 10,000: {t10:F2} s, 100,000: {t100:F2} s; the index alone {index100 / t100:P0} at 100,000)"));
            output.WriteLine(FormattableString.Invariant(
                $"{density}, per event: candidates found {found10 / 10_000.0:F2} -> {found100 / 100_000.0:F2}, passing the rules {passing10 / 10_000.0:F2} -> {passing100 / 100_000.0:F2}; matches {matches10} -> {matches100}"));
        }
    }

    private static (long Found, long Passing, int Matches) Counts(MatchableEvent[] left, MatchableEvent[] right)
    {
        var pairs = CandidateIndex.Candidates(left, right);
        var passing = pairs.LongCount(p => MatchScorer.TryScore(left[p.Left], right[p.Right], MatchOptions.Default, out _));
        return (pairs.Count, passing, Indexed(left, right));
    }

    /// <summary>The least processor time of the process (all threads, the garbage collector's too) over the repeats, in seconds.</summary>
    private static double Time(Func<int> run, int repeats)
    {
        var best = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < repeats; i++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            run();
            process.Refresh();
            best = Math.Min(best, (process.TotalProcessorTime - before).TotalSeconds);
        }

        return best;
    }

    private static Engagement Random(Random random, (double Lat, double Lon)[] places, int days, string id)
    {
        var place = places[random.Next(places.Length)];
        var day = new LocalDate(2025, 1, 1).PlusDays(random.Next(days));
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

/// <summary>Counts the candidates the index finds, without scoring them.</summary>
internal struct CountingSink : ICandidateSink
{
    /// <summary>Gets the candidates counted.</summary>
    public long Count { get; private set; }

    /// <inheritdoc/>
    public void Candidate(int left, int right) => Count++;
}
