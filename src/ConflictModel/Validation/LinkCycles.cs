using System.Collections.Generic;

namespace ConflictModel.Validation;

/// <summary>
/// Finds loops among the items of one list linked to each other by position (a figure part of another, a
/// statement superseding others), without recursion, so that a long chain read from untrusted input
/// cannot exhaust the stack.
/// </summary>
internal static class LinkCycles
{
    /// <summary>
    /// Returns loops of <paramref name="links"/>, each once, as the positions in link order starting at the
    /// loop's smallest position. Every group of items that loop among themselves has at least one loop
    /// returned (an item on two loops is named in one of them).
    /// </summary>
    /// <param name="links">For each item, the positions it links to (out of range positions are ignored).</param>
    /// <returns>The loops, ordered by their smallest position; an item linking to itself is a loop of one.</returns>
    public static List<List<int>> Find(IReadOnlyList<IReadOnlyList<int>> links)
    {
        var count = links.Count;
        var outDegree = new int[count];
        var linkedFrom = new List<int>?[count];
        for (var i = 0; i < count; i++)
        {
            foreach (var j in links[i])
            {
                if (j >= 0 && j < count)
                {
                    outDegree[i]++;
                    (linkedFrom[j] ??= []).Add(i);
                }
            }
        }

        // Peel off every item that cannot reach a loop (no link left to a remaining item); what remains
        // either lies on a loop or leads into one.
        var removed = new bool[count];
        var pending = new Stack<int>();
        for (var i = 0; i < count; i++)
        {
            if (outDegree[i] == 0)
            {
                pending.Push(i);
            }
        }

        while (pending.TryPop(out var item))
        {
            removed[item] = true;
            foreach (var from in linkedFrom[item] ?? [])
            {
                if (--outDegree[from] == 0)
                {
                    pending.Push(from);
                }
            }
        }

        var loops = new List<List<int>>();
        var onLoop = new bool[count];
        for (var start = 0; start < count; start++)
        {
            if (removed[start] || onLoop[start])
            {
                continue;
            }

            // Walk remaining links until an item repeats: the walk from there is a loop.
            var walk = new List<int>();
            var position = new Dictionary<int, int>();
            var current = start;
            while (!position.ContainsKey(current) && !onLoop[current])
            {
                position[current] = walk.Count;
                walk.Add(current);
                current = NextRemaining(links[current], removed, count);
            }

            if (onLoop[current])
            {
                continue;
            }

            var loop = walk.GetRange(position[current], walk.Count - position[current]);
            var smallest = loop.IndexOf(Min(loop));
            var ordered = new List<int>(loop.Count);
            for (var k = 0; k < loop.Count; k++)
            {
                ordered.Add(loop[(smallest + k) % loop.Count]);
            }

            foreach (var i in ordered)
            {
                onLoop[i] = true;
            }

            loops.Add(ordered);
        }

        loops.Sort(static (a, b) => a[0].CompareTo(b[0]));
        return loops;
    }

    private static int NextRemaining(IReadOnlyList<int> targets, bool[] removed, int count)
    {
        foreach (var j in targets)
        {
            if (j >= 0 && j < count && !removed[j])
            {
                return j;
            }
        }

        // Unreachable: an item that was not removed links to one that was not.
        throw new System.InvalidOperationException("A remaining item has no remaining link.");
    }

    private static int Min(List<int> items)
    {
        var min = items[0];
        foreach (var i in items)
        {
            if (i < min)
            {
                min = i;
            }
        }

        return min;
    }
}
