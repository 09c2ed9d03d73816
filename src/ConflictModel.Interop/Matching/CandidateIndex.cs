using System;
using System.Collections.Generic;
using System.Linq;

namespace ConflictModel.Interop.Matching;

/// <summary>Receives the candidate pairs the index finds, each once.</summary>
internal interface ICandidateSink
{
    /// <summary>A candidate pair: the left event's index and the right event's.</summary>
    void Candidate(int left, int right);
}

/// <summary>
/// The spatial-temporal index: the candidate pairs of two inputs by day × grid cell, never all pairs.
/// </summary>
/// <remarks>
/// <para>
/// Each event is put in a bucket for every day of its widened window (its days ± its slack) and the grid cell of each
/// of its points. There is one grid per radius in use (a tier), with cells twice the tier's radius high, so that two
/// points whose radii sum to at most that lie at most one row apart. A pair is looked up from the point with the
/// smaller radius into the grid of the larger: from a left point into the right grids of radius at least its own, and
/// from a right point into the left grids of radius above its own, so each pair of points is found from one side.
/// The cells looked at are those a circle of the two actual radii's sum around the point reaches (rows by latitude,
/// columns by the longitude that distance spans at that latitude, across the antimeridian too), not the tier's
/// whole 3 × 3 neighbourhood.
/// </para>
/// <para>
/// The time rule is exact in the index: two widened windows share a day exactly when the days between the two times
/// are at most the sum of the slacks. A pair is reported on the first day the two windows share only, so no set of
/// pairs is kept; events with several points (rare) go through a set of the pairs already reported. Days and cells
/// only find candidates; <see cref="MatchScorer.TryMatch"/> then applies the exact place and type rules and the score.
/// </para>
/// <para>
/// The work is the number of events times the days of a window, the tiers and the cells looked at, plus the number of
/// candidates: linear in the events for a given density of events per day and place. Memory: one entry (16 bytes)
/// per event, point and widened day, per side.
/// </para>
/// </remarks>
internal static class CandidateIndex
{
    private const double KmPerDegree = MatchScorer.EarthRadiusKm * Math.PI / 180;

    /// <summary>The candidate pairs (left index, right index), each once, in no particular order (for tests).</summary>
    public static List<(int Left, int Right)> Candidates(IReadOnlyList<MatchableEvent> left, IReadOnlyList<MatchableEvent> right)
    {
        var sink = new ListSink([]);
        Visit(left, right, ref sink);
        return sink.Pairs;
    }

    /// <summary>Passes every candidate pair to <paramref name="sink"/> once; returns how many there were.</summary>
    public static long Visit<TSink>(IReadOnlyList<MatchableEvent> left, IReadOnlyList<MatchableEvent> right, ref TSink sink)
        where TSink : struct, ICandidateSink
    {
        var radii = left.Concat(right).Where(e => e.Unmatchable is null).SelectMany(e => e.Points.Select(p => p.Radius)).Distinct().Order().ToArray();
        var tiers = radii.Select(r => new Grid(r)).ToArray();
        var leftSide = new Side(left, tiers, radii);
        var rightSide = new Side(right, tiers, radii);
        var reported = new HashSet<long>();
        long count = 0;
        foreach (var i in leftSide.ByTime)
        {
            var a = left[i];
            if (a.Unmatchable is not null)
            {
                continue;
            }

            foreach (var p in a.Points)
            {
                for (var t = Array.IndexOf(radii, p.Radius); t < tiers.Length; t++)
                {
                    count += Query(a, leftSide.First[i], p, p.Radius + radii[t], tiers[t], rightSide, t, i, fromLeft: true, reported, ref sink);
                }
            }
        }

        foreach (var j in rightSide.ByTime)
        {
            var b = right[j];
            if (b.Unmatchable is not null)
            {
                continue;
            }

            foreach (var q in b.Points)
            {
                for (var t = Array.IndexOf(radii, q.Radius) + 1; t < tiers.Length; t++)
                {
                    count += Query(b, rightSide.First[j], q, q.Radius + radii[t], tiers[t], leftSide, t, j, fromLeft: false, reported, ref sink);
                }
            }
        }

        return count;
    }

    private static long Query<TSink>(MatchableEvent e, int first, (double Lat, double Lon, double Radius) p, double distanceKm, Grid grid, Side other, int tier, int self, bool fromLeft, HashSet<long> reported, ref TSink sink)
        where TSink : struct, ICandidateSink
    {
        var buckets = other.Buckets[tier];
        if (buckets.IsEmpty)
        {
            return 0;
        }

        var degrees = distanceKm / KmPerDegree;
        var firstRow = grid.RowOf(p.Lat - degrees);
        var lastRow = grid.RowOf(p.Lat + degrees);
        var (firstColumn, lastColumn) = grid.ColumnsWithin(p.Lat, p.Lon, distanceKm);

        // The columns as one or two ranges (across the antimeridian).
        var (from1, to1, from2, to2) = firstColumn < 0 ? (firstColumn + grid.Columns, grid.Columns - 1, 0, lastColumn)
            : lastColumn >= grid.Columns ? (firstColumn, grid.Columns - 1, 0, lastColumn - grid.Columns)
            : (firstColumn, lastColumn, 0, -1);
        var last = e.LastDay + e.Slack;
        var several = e.Points.Length > 1;
        long count = 0;
        for (var day = Math.Max(first, buckets.FirstDay); day <= Math.Min(last, buckets.LastDay); day++)
        {
            for (var r = firstRow; r <= lastRow; r++)
            {
                for (var range = 0; range < 2; range++)
                {
                    var (from, to) = range == 0 ? (from1, to1) : (from2, to2);
                    if (from > to)
                    {
                        continue;
                    }

                    foreach (var entry in buckets.Get(day, r, from, to))
                    {
                        // Reported on the first day both windows share only.
                        if (day != Math.Max(first, entry.First))
                        {
                            continue;
                        }

                        var (l, rr) = fromLeft ? (self, entry.Index) : (entry.Index, self);
                        if ((several || other.Several[entry.Index]) && !reported.Add(((long)l << 32) | (uint)rr))
                        {
                            continue;
                        }

                        count++;
                        sink.Candidate(l, rr);
                    }
                }
            }
        }

        return count;
    }

    private static long Key(int day, int row, int column) => ((long)day << 32) | ((long)row << 16) | (uint)column;

    /// <summary>One side's buckets per tier, with each event's first widened day, whether it has several points, and its events in order of time.</summary>
    private sealed class Side
    {
        public Side(IReadOnlyList<MatchableEvent> events, Grid[] tiers, double[] radii)
        {
            First = new int[events.Count];
            Several = new bool[events.Count];
            var sizes = new int[tiers.Length];
            for (var i = 0; i < events.Count; i++)
            {
                var e = events[i];
                First[i] = e.FirstDay - e.Slack;
                Several[i] = e.Points.Length > 1;
                if (e.Unmatchable is null)
                {
                    foreach (var p in e.Points)
                    {
                        sizes[Array.IndexOf(radii, p.Radius)] += e.Length + (2 * e.Slack);
                    }
                }
            }

            // Queries in order of time touch the buckets of a few days at a time (the working set stays in the cache).
            ByTime = Enumerable.Range(0, events.Count).ToArray();
            Array.Sort((int[])First.Clone(), ByTime);
            var keys = sizes.Select(n => new long[n]).ToArray();
            var entries = sizes.Select(n => new Entry[n]).ToArray();
            var filled = new int[tiers.Length];
            for (var i = 0; i < events.Count; i++)
            {
                var e = events[i];
                if (e.Unmatchable is not null)
                {
                    continue;
                }

                foreach (var p in e.Points)
                {
                    var t = Array.IndexOf(radii, p.Radius);
                    var row = tiers[t].RowOf(p.Lat);
                    var column = tiers[t].ColumnOf(p.Lon);
                    for (var day = First[i]; day <= e.LastDay + e.Slack; day++)
                    {
                        keys[t][filled[t]] = Key(day, row, column);
                        entries[t][filled[t]++] = new Entry(i, First[i]);
                    }
                }
            }

            Buckets = new Buckets[tiers.Length];
            for (var t = 0; t < tiers.Length; t++)
            {
                Buckets[t] = new Buckets(keys[t], entries[t]);
            }
        }

        public int[] First { get; }

        public bool[] Several { get; }

        /// <summary>Gets the events' indices by their first widened day.</summary>
        public int[] ByTime { get; }

        public Buckets[] Buckets { get; }
    }

    /// <summary>An event in a bucket, with its first widened day (so that no other array is read per entry).</summary>
    private readonly record struct Entry(int Index, int First) : IComparable<Entry>
    {
        public int CompareTo(Entry other) => Index.CompareTo(other.Index);
    }

    /// <summary>
    /// The entries of one side and tier in one array sorted by day, row and column (no list per bucket), with where each
    /// day starts; an event with two points in one bucket appears once.
    /// </summary>
    private sealed class Buckets
    {
        private readonly long[] _keys;
        private readonly Entry[] _entries;
        private readonly int[] _dayStarts;

        public Buckets(long[] keys, Entry[] entries)
        {
            Array.Sort(keys, entries);
            var kept = 0;
            for (var k = 0; k < keys.Length;)
            {
                var end = k;
                while (end < keys.Length && keys[end] == keys[k])
                {
                    end++;
                }

                // Within a bucket, drop an event already there (two points of one event in one cell).
                Array.Sort(entries, k, end - k);
                var previous = -1;
                for (var m = k; m < end; m++)
                {
                    var entry = entries[m];
                    if (entry.Index != previous)
                    {
                        previous = entry.Index;
                        keys[kept] = keys[k];
                        entries[kept++] = entry;
                    }
                }

                k = end;
            }

            _keys = keys[..kept];
            _entries = entries[..kept];
            if (kept == 0)
            {
                _dayStarts = [];
                return;
            }

            FirstDay = (int)(_keys[0] >> 32);
            LastDay = (int)(_keys[^1] >> 32);
            _dayStarts = new int[LastDay - FirstDay + 2];
            var at = 0;
            for (var d = 0; d < _dayStarts.Length; d++)
            {
                while (at < _keys.Length && (int)(_keys[at] >> 32) < FirstDay + d)
                {
                    at++;
                }

                _dayStarts[d] = at;
            }
        }

        public bool IsEmpty => _keys.Length == 0;

        /// <summary>Gets the first day with an entry.</summary>
        public int FirstDay { get; }

        /// <summary>Gets the last day with an entry.</summary>
        public int LastDay { get; }

        /// <summary>The entries of a day and row in the columns from <paramref name="from"/> to <paramref name="to"/>: one binary search within the day.</summary>
        public ReadOnlySpan<Entry> Get(int day, int row, int from, int to)
        {
            var start = _dayStarts[day - FirstDay];
            var end = _dayStarts[day - FirstDay + 1];
            if (start == end)
            {
                return [];
            }

            var keys = _keys.AsSpan(start, end - start);

            // The first key at or after (day, row, from): a lower bound, since a bucket's key repeats for each of its events.
            var key = Key(day, row, from);
            int low = 0, up = keys.Length;
            while (low < up)
            {
                var middle = (low + up) >>> 1;
                if (keys[middle] < key)
                {
                    low = middle + 1;
                }
                else
                {
                    up = middle;
                }
            }

            var high = low;
            var limit = Key(day, row, to);
            while (high < keys.Length && keys[high] <= limit)
            {
                high++;
            }

            return _entries.AsSpan(start + low, high - low);
        }
    }

    /// <summary>A grid of cells at least twice a radius high (degrees of latitude) and wide (degrees of longitude at the equator), whose columns divide 360°.</summary>
    private sealed class Grid
    {
        public Grid(double radiusKm)
        {
            RowDegrees = Math.Clamp(2 * radiusKm / KmPerDegree, 0.01, 180);
            Rows = (int)Math.Ceiling(180 / RowDegrees) + 1;
            Columns = Math.Max(1, (int)Math.Floor(360 / RowDegrees));
            ColumnDegrees = 360.0 / Columns;
        }

        public double RowDegrees { get; }

        public int Rows { get; }

        public int Columns { get; }

        public double ColumnDegrees { get; }

        /// <summary>The row of a latitude, clamped to the grid (a latitude beyond a pole is in the pole's row).</summary>
        public int RowOf(double lat) => Math.Clamp((int)Math.Floor((lat + 90) / RowDegrees), 0, Rows - 1);

        public int ColumnOf(double lon)
        {
            var x = (int)Math.Floor((lon + 180) / ColumnDegrees);
            return ((x % Columns) + Columns) % Columns;
        }

        /// <summary>
        /// The columns (unwrapped: take them modulo <see cref="Columns"/>) holding every point within
        /// <paramref name="distanceKm"/> of the point; all of them near a pole.
        /// </summary>
        public (int First, int Last) ColumnsWithin(double lat, double lon, double distanceKm)
        {
            var angle = distanceKm / MatchScorer.EarthRadiusKm;
            var cos = Math.Cos(lat * Math.PI / 180);
            if (angle >= Math.PI / 2 || Math.Sin(angle) >= cos)
            {
                return (0, Columns - 1);
            }

            var span = Math.Asin(Math.Sin(angle) / cos) * 180 / Math.PI;
            if (2 * span >= 360 - ColumnDegrees)
            {
                return (0, Columns - 1);
            }

            var first = (int)Math.Floor((lon - span + 180) / ColumnDegrees);
            var last = (int)Math.Floor((lon + span + 180) / ColumnDegrees);
            return (first, Math.Min(last, first + Columns - 1));
        }
    }

    private readonly struct ListSink(List<(int, int)> pairs) : ICandidateSink
    {
        public List<(int, int)> Pairs { get; } = pairs;

        public void Candidate(int left, int right) => Pairs.Add((left, right));
    }
}
