using System;
using System.Collections.Generic;
using System.Linq;

namespace ConflictModel.Interop.Matching;

/// <summary>
/// The spatial-temporal index: the candidate pairs of two inputs by day × grid cell, never all pairs.
/// </summary>
/// <remarks>
/// <para>
/// Each event is put in a bucket for every day of its widened window and the grid cell of each of its points. There
/// is one grid per radius in use (a tier), with cells twice the tier's radius high, so that two points whose radii
/// sum to at most that (the larger radius twice) lie in neighbouring rows. A pair is looked up from the event with the
/// smaller radius into the grid of the larger: from a left point into the right grids of radius at least its own,
/// and from a right point into the left grids of radius above its own, so each pair is found from one side. Days and
/// cells only find candidates; <see cref="MatchScorer.TryScore"/> then applies the exact rules.
/// </para>
/// <para>
/// The work is the number of events times the days of a window, the tiers and the 3 × k cells looked at, plus the
/// number of candidates: linear in the events for a given density of events per day and place.
/// </para>
/// </remarks>
internal static class CandidateIndex
{
    private const double KmPerDegree = MatchScorer.EarthRadiusKm * Math.PI / 180;

    /// <summary>The candidate pairs (left index, right index), each once, in no particular order.</summary>
    public static HashSet<long> Candidates(IReadOnlyList<MatchableEvent> left, IReadOnlyList<MatchableEvent> right)
    {
        var radii = left.Concat(right).Where(e => e.Unmatchable is null).SelectMany(e => e.Points.Select(p => p.Radius)).Distinct().Order().ToArray();
        var tiers = radii.Select(r => new Grid(r)).ToArray();
        var leftGrids = tiers.Select(t => new Dictionary<long, List<int>>()).ToArray();
        var rightGrids = tiers.Select(t => new Dictionary<long, List<int>>()).ToArray();
        Fill(left, tiers, radii, leftGrids);
        Fill(right, tiers, radii, rightGrids);
        var pairs = new HashSet<long>();
        for (var i = 0; i < left.Count; i++)
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
                    Query(a, p, p.Radius + radii[t], tiers[t], rightGrids[t], j => pairs.Add(((long)i << 32) | (uint)j));
                }
            }
        }

        for (var j = 0; j < right.Count; j++)
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
                    Query(b, q, q.Radius + radii[t], tiers[t], leftGrids[t], i => pairs.Add(((long)i << 32) | (uint)j));
                }
            }
        }

        return pairs;
    }

    private static void Fill(IReadOnlyList<MatchableEvent> events, Grid[] tiers, double[] radii, Dictionary<long, List<int>>[] grids)
    {
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
                var (row, column) = tiers[t].CellOf(p.Lat, p.Lon);
                for (var day = e.FirstDay - e.Slack; day <= e.LastDay + e.Slack; day++)
                {
                    var key = Key(day, row, column);
                    if (!grids[t].TryGetValue(key, out var list))
                    {
                        grids[t][key] = list = new List<int>(2);
                    }

                    if (list.Count == 0 || list[^1] != i)
                    {
                        list.Add(i);
                    }
                }
            }
        }
    }

    private static void Query(MatchableEvent e, (double Lat, double Lon, double Radius) p, double distanceKm, Grid grid, Dictionary<long, List<int>> buckets, Action<int> found)
    {
        var (row, _) = grid.CellOf(p.Lat, p.Lon);
        var columns = grid.ColumnsWithin(p.Lat, p.Lon, distanceKm);
        for (var day = e.FirstDay - e.Slack; day <= e.LastDay + e.Slack; day++)
        {
            for (var r = Math.Max(0, row - 1); r <= Math.Min(grid.Rows - 1, row + 1); r++)
            {
                foreach (var c in columns)
                {
                    if (buckets.TryGetValue(Key(day, r, c), out var list))
                    {
                        foreach (var index in list)
                        {
                            found(index);
                        }
                    }
                }
            }
        }
    }

    private static long Key(int day, int row, int column) => ((long)day << 32) | ((long)row << 16) | (uint)column;

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

        public (int Row, int Column) CellOf(double lat, double lon) =>
            (Math.Clamp((int)Math.Floor((lat + 90) / RowDegrees), 0, Rows - 1), Column(lon));

        /// <summary>The columns holding every point within <paramref name="distanceKm"/> of the point (all of them near a pole).</summary>
        public int[] ColumnsWithin(double lat, double lon, double distanceKm)
        {
            var angle = distanceKm / MatchScorer.EarthRadiusKm;
            var cos = Math.Cos(lat * Math.PI / 180);
            if (angle >= Math.PI / 2 || Math.Sin(angle) >= cos)
            {
                return Enumerable.Range(0, Columns).ToArray();
            }

            var span = Math.Asin(Math.Sin(angle) / cos) * 180 / Math.PI;
            if (2 * span >= 360 - ColumnDegrees)
            {
                return Enumerable.Range(0, Columns).ToArray();
            }

            var first = (int)Math.Floor((lon - span + 180) / ColumnDegrees);
            var last = (int)Math.Floor((lon + span + 180) / ColumnDegrees);
            var result = new int[last - first + 1];
            for (var x = first; x <= last; x++)
            {
                result[x - first] = ((x % Columns) + Columns) % Columns;
            }

            return result;
        }

        private int Column(double lon)
        {
            var x = (int)Math.Floor((lon + 180) / ColumnDegrees);
            return ((x % Columns) + Columns) % Columns;
        }
    }
}
