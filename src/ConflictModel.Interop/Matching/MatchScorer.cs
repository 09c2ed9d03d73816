using System;
using System.Collections.Generic;
using System.Globalization;

namespace ConflictModel.Interop.Matching;

/// <summary>The rules: whether two prepared events are candidates, and their score. Used by the index and by a naive all-pairs loop alike.</summary>
internal static class MatchScorer
{
    /// <summary>The mean radius of the Earth in kilometres (IUGG).</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>The kilometres of a degree of latitude (a degree of a great circle).</summary>
    public const double KmPerDegree = EarthRadiusKm * Math.PI / 180;

    /// <summary>Scores a pair, or returns false when a rule (time, place, type) excludes it.</summary>
    public static bool TryScore(MatchableEvent a, MatchableEvent b, MatchOptions options, out PairScore score)
    {
        score = default;
        if (!Admits(a, b, options, out var gap, out var slack, out var type))
        {
            return false;
        }

        var best = double.PositiveInfinity;
        var distance = 0.0;
        var allowed = 0.0;
        foreach (var p in a.Points)
        {
            foreach (var q in b.Points)
            {
                var d = DistanceKm(p.Lat, p.Lon, q.Lat, q.Lon);
                var r = p.Radius + q.Radius;
                if (d / r < best)
                {
                    (best, distance, allowed) = (d / r, d, r);
                }
            }
        }

        if (best > 1)
        {
            return false;
        }

        var time = 1 - ((double)gap / (slack + 1));
        var place = 1 - best;
        var (actor, _) = ActorScore(a.Actors, b.Actors, explain: false);
        var count = CountScore(a.Killed, b.Killed);
        var name = PlaceNameScore(a.PlaceNames, b.PlaceNames);
        score = new PairScore(Total(options, time, place, type, actor, count, name), time, place, type, actor, count, name, distance, allowed, gap);
        return true;
    }

    /// <summary>
    /// Scores a pair and returns true only when the rules allow it and its score reaches <see cref="MatchOptions.MinScore"/>:
    /// the same answer and score as <see cref="TryScore"/> followed by that threshold, with the cheap tests first. The day
    /// gap and the type come before any distance; the latitudes' difference (a lower bound of the distance) before the
    /// great-circle distance; and the score's cheap parts before the place names and the actors, each step rejecting the
    /// pair when even full marks for the parts still to come could not reach the threshold.
    /// </summary>
    /// <param name="a">The left event.</param>
    /// <param name="b">The right event.</param>
    /// <param name="options">The rules and weights.</param>
    /// <param name="actors">The actor similarities already computed for this pair of inputs.</param>
    /// <param name="score">The score, when true.</param>
    public static bool TryMatch(MatchableEvent a, MatchableEvent b, MatchOptions options, ActorSimilarityCache actors, out PairScore score)
    {
        score = default;
        if (!Admits(a, b, options, out var gap, out var slack, out var type))
        {
            return false;
        }

        var best = double.PositiveInfinity;
        var distance = 0.0;
        var allowed = 0.0;
        foreach (var p in a.Points)
        {
            foreach (var q in b.Points)
            {
                var r = p.Radius + q.Radius;

                // The meridian arc between the latitudes is at most the great-circle distance (a tenth of a metre spared
                // for rounding), so a pair it already puts beyond the best ratio found needs no haversine.
                if ((Math.Abs(p.Lat - q.Lat) * KmPerDegree) - 1e-4 > Math.Min(best, 1) * r)
                {
                    continue;
                }

                var d = DistanceKm(p.Lat, p.Lon, q.Lat, q.Lon);
                if (d / r < best)
                {
                    (best, distance, allowed) = (d / r, d, r);
                }
            }
        }

        if (best > 1)
        {
            return false;
        }

        var time = 1 - ((double)gap / (slack + 1));
        var place = 1 - best;
        var count = CountScore(a.Killed, b.Killed);
        var weights = options.TimeWeight + options.DistanceWeight + options.TypeWeight + options.ActorWeight + options.CountWeight + options.PlaceNameWeight;

        // The total is rounded to 4 decimals before the threshold: a bound more than 1e-4 below it cannot reach it.
        var floor = options.MinScore - 1e-4;
        var known = (options.TimeWeight * time) + (options.DistanceWeight * place) + (options.TypeWeight * type) + (options.CountWeight * count);
        if ((known + options.PlaceNameWeight + options.ActorWeight) / weights < floor)
        {
            return false;
        }

        var name = PlaceNameScore(a.PlaceNames, b.PlaceNames);
        if ((known + (options.PlaceNameWeight * name) + options.ActorWeight) / weights < floor)
        {
            return false;
        }

        var actor = ActorScore(a.ArmedActors, b.ArmedActors, actors);
        var total = Total(options, time, place, type, actor, count, name);
        if (total < options.MinScore)
        {
            return false;
        }

        score = new PairScore(total, time, place, type, actor, count, name, distance, allowed, gap);
        return true;
    }

    /// <summary>The rules tested before any distance: both events matchable, the day gap within both slacks, the types compatible.</summary>
    /// <param name="a">The left event.</param>
    /// <param name="b">The right event.</param>
    /// <param name="options">The rules and weights.</param>
    /// <param name="gap">The days between the events' windows (0 when they overlap).</param>
    /// <param name="slack">The days the two events' time precisions allow together.</param>
    /// <param name="type">The types' compatibility, above 0 when true.</param>
    /// <returns>Whether the pair passes these rules.</returns>
    private static bool Admits(MatchableEvent a, MatchableEvent b, MatchOptions options, out int gap, out int slack, out double type)
    {
        (gap, slack, type) = (0, 0, 0);
        if (a.Unmatchable is not null || b.Unmatchable is not null)
        {
            return false;
        }

        gap = Math.Max(0, Math.Max(b.FirstDay - a.LastDay, a.FirstDay - b.LastDay));
        slack = a.Slack + b.Slack;
        if (gap > slack)
        {
            return false;
        }

        type = options.Types.Of(a.Type, b.Type);
        return type > 0;
    }

    /// <summary>The weighted mean of the parts' scores, rounded to 4 decimals (the score a match reports and the threshold tests).</summary>
    private static double Total(MatchOptions options, double time, double place, double type, double actor, double count, double name)
    {
        var weights = options.TimeWeight + options.DistanceWeight + options.TypeWeight + options.ActorWeight + options.CountWeight + options.PlaceNameWeight;
        return Math.Round(((options.TimeWeight * time) + (options.DistanceWeight * place) + (options.TypeWeight * type) + (options.ActorWeight * actor)
            + (options.CountWeight * count) + (options.PlaceNameWeight * name)) / weights, 4);
    }

    /// <summary>The reasons of a scored pair, in words.</summary>
    public static string[] Explain(MatchableEvent a, MatchableEvent b, in PairScore score)
    {
        var reasons = new List<string>(4);
        reasons.Add(score.GapDays == 0
            ? "time: the days overlap"
            : string.Create(CultureInfo.InvariantCulture, $"time: {score.GapDays} day{(score.GapDays == 1 ? string.Empty : "s")} apart (within {a.Slack + b.Slack})"));
        reasons.Add(string.Create(CultureInfo.InvariantCulture, $"place: {score.DistanceKm:0.#} km apart (within {score.AllowedKm:0.#})"));
        reasons.Add(a.Type == b.Type
            ? "type: both " + a.Type
            : string.Create(CultureInfo.InvariantCulture, $"type: {a.Type} ~ {b.Type} ({score.Type:0.##})"));
        var (actor, why) = ActorScore(a.Actors, b.Actors, explain: true);
        reasons.Add(string.Create(CultureInfo.InvariantCulture, $"actors ({actor:0.##}): {why}"));
        reasons.Add(a.Killed is { } x && b.Killed is { } y
            ? string.Create(CultureInfo.InvariantCulture, $"killed: {x} and {y} ({score.Count:0.##})")
            : "killed: not stated by both");
        reasons.Add(string.Create(CultureInfo.InvariantCulture, $"place names ({score.PlaceName:0.##})"));
        return reasons.ToArray();
    }

    /// <summary>How alike two total killed counts are: (lower + 1) / (higher + 1); 0.5 when either is not stated.</summary>
    public static double CountScore(long? a, long? b) =>
        a is { } x && b is { } y ? (Math.Min(x, y) + 1.0) / (Math.Max(x, y) + 1.0) : 0.5;

    /// <summary>How alike the two events' place names are: the best Dice coefficient of two sites' words; 0.5 when either has no named site.</summary>
    public static double PlaceNameScore(HashSet<string>[] a, HashSet<string>[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0.5;
        }

        var best = 0.0;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                var common = 0;
                foreach (var w in x)
                {
                    if (y.Contains(w))
                    {
                        common++;
                    }
                }

                best = Math.Max(best, 2.0 * common / (x.Count + y.Count));
            }
        }

        return best;
    }

    /// <summary>The great-circle distance (haversine).</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double rad = Math.PI / 180;
        var dLat = (lat2 - lat1) * rad;
        var dLon = (lon2 - lon1) * rad;
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(lat1 * rad) * Math.Cos(lat2 * rad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>
    /// The best pairing of the two events' actors, civilians left out when an event has any other actor: the best pair's
    /// similarity, averaged with the best pair of the rest when both events have two or more; 0.5 when either has none.
    /// </summary>
    public static (double Score, string Why) ActorScore(ActorProfile[] a, ActorProfile[] b, bool explain)
    {
        a = Armed(a);
        b = Armed(b);
        if (a.Length == 0 || b.Length == 0)
        {
            return (0.5, "unknown on one side");
        }

        var (s1, i1, j1, w1) = BestPair(a, b, -1, -1, explain);
        if (a.Length < 2 || b.Length < 2)
        {
            return (s1, s1 > 0 ? w1 : "none alike");
        }

        var (s2, _, _, w2) = BestPair(a, b, i1, j1, explain);
        var why = !explain ? string.Empty
            : s1 <= 0 ? "none alike"
            : s2 > 0 ? w1 + "; " + w2
            : w1 + "; no other actor alike";
        return ((s1 + s2) / 2, why);
    }

    /// <summary>
    /// The score of <see cref="ActorScore(ActorProfile[], ActorProfile[], bool)"/> (without the words) for actors already
    /// without civilians where others are (<see cref="Armed"/>), each pair of actors compared once per cache.
    /// </summary>
    public static double ActorScore(ActorProfile[] a, ActorProfile[] b, ActorSimilarityCache cache)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0.5;
        }

        var (s1, i1, j1) = BestPair(a, b, -1, -1, cache);
        if (a.Length < 2 || b.Length < 2)
        {
            return s1;
        }

        var (s2, _, _) = BestPair(a, b, i1, j1, cache);
        return (s1 + s2) / 2;
    }

    /// <summary>The actors that count: civilians left out when there is any other actor.</summary>
    public static ActorProfile[] Armed(ActorProfile[] actors)
    {
        var armed = Array.FindAll(actors, p => !p.IsCivilians);
        return armed.Length > 0 ? armed : actors;
    }

    private static (double Score, int I, int J) BestPair(ActorProfile[] a, ActorProfile[] b, int skipI, int skipJ, ActorSimilarityCache cache)
    {
        var best = (Score: 0.0, I: -1, J: -1);
        for (var i = 0; i < a.Length; i++)
        {
            if (i == skipI)
            {
                continue;
            }

            for (var j = 0; j < b.Length; j++)
            {
                if (j == skipJ)
                {
                    continue;
                }

                var s = cache.Compare(a[i], b[j]);
                if (s > best.Score)
                {
                    best = (s, i, j);
                }
            }
        }

        return best;
    }

    private static (double Score, int I, int J, string Why) BestPair(ActorProfile[] a, ActorProfile[] b, int skipI, int skipJ, bool explain)
    {
        var best = (Score: 0.0, I: -1, J: -1, Why: string.Empty);
        for (var i = 0; i < a.Length; i++)
        {
            if (i == skipI)
            {
                continue;
            }

            for (var j = 0; j < b.Length; j++)
            {
                if (j == skipJ)
                {
                    continue;
                }

                var (s, why) = ActorProfile.Compare(a[i], b[j], explain);
                if (s > best.Score)
                {
                    best = (s, i, j, explain ? why : string.Empty);
                }
            }
        }

        return best;
    }
}

/// <summary>A pair's score and its parts.</summary>
internal readonly record struct PairScore(double Total, double Time, double Place, double Type, double Actor, double Count, double PlaceName, double DistanceKm, double AllowedKm, int GapDays);

/// <summary>
/// The similarity of each pair of actor profiles (<see cref="ActorProfile.Compare"/>'s score), computed once: the events of
/// a place and period share few actors, so the candidates of one pair of inputs compare the same few pairs again and again.
/// </summary>
/// <remarks>Keyed by the profiles' identity (an input's profiles are made once per actor); one cache per pair of inputs and thread.</remarks>
internal sealed class ActorSimilarityCache
{
    private readonly Dictionary<(ActorProfile, ActorProfile), double> _scores = new(ReferencePairComparer.Instance);

    /// <summary>Gets how many pairs of actors were compared.</summary>
    public int Count => _scores.Count;

    /// <summary>The score of <see cref="ActorProfile.Compare"/> of the two profiles.</summary>
    public double Compare(ActorProfile a, ActorProfile b)
    {
        if (!_scores.TryGetValue((a, b), out var score))
        {
            score = ActorProfile.Compare(a, b, explain: false).Score;
            _scores[(a, b)] = score;
        }

        return score;
    }

    private sealed class ReferencePairComparer : IEqualityComparer<(ActorProfile, ActorProfile)>
    {
        public static ReferencePairComparer Instance { get; } = new();

        public bool Equals((ActorProfile, ActorProfile) x, (ActorProfile, ActorProfile) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((ActorProfile, ActorProfile) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
