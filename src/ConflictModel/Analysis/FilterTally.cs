using System.Collections.Generic;
using ConflictModel.Engagements;

namespace ConflictModel.Analysis;

/// <summary>The counts of a filtering: how many engagements were read, kept and borderline, and which were flagged.</summary>
/// <remarks>
/// <see cref="Read"/> always equals <see cref="Kept"/> plus <see cref="Dropped"/>; the borderline engagements are in
/// one or the other by the <see cref="BorderlineHandling"/> chosen, and counted in <see cref="Borderline"/> either way.
/// </remarks>
/// <threadsafety>Mutable: one filtering at a time updates it; read it when the filtering is done.</threadsafety>
public sealed class FilterTally
{
    private readonly List<EngagementId> _flagged = [];

    /// <summary>Gets how many engagements the filter looked at.</summary>
    public long Read { get; private set; }

    /// <summary>Gets how many it kept (certain matches, and borderline ones unless they were excluded).</summary>
    public long Kept { get; private set; }

    /// <summary>Gets how many it left out (certain non-matches, and borderline ones when they were excluded).</summary>
    public long Dropped => Read - Kept;

    /// <summary>Gets how many possibly met the filter (<see cref="FilterMatch.Possibly"/>), kept or not.</summary>
    public long Borderline { get; private set; }

    /// <summary>Gets the ids of the borderline engagements kept under <see cref="BorderlineHandling.Flag"/>, in the order read.</summary>
    public IReadOnlyList<EngagementId> Flagged => _flagged;

    internal bool Count(Engagement engagement, FilterMatch match, BorderlineHandling borderline)
    {
        Read++;
        var keep = match switch
        {
            FilterMatch.Yes => true,
            FilterMatch.Possibly => borderline != BorderlineHandling.Exclude,
            _ => false,
        };
        if (match == FilterMatch.Possibly)
        {
            Borderline++;
            if (borderline == BorderlineHandling.Flag)
            {
                _flagged.Add(engagement.Id);
            }
        }

        if (keep)
        {
            Kept++;
        }

        return keep;
    }
}
