using System.Collections.Generic;
using System.Linq;
using ConflictModel.Engagements;
using ConflictModel.Figures;

namespace ConflictModel.Analysis;

/// <summary>One engagement's count of a measure under a policy: the figures it adds and their reconciled sums (rules in <see cref="AggregateRow"/>).</summary>
internal readonly record struct EngagementToll(bool HasFigure, bool Disputed, bool QualitativeOnly, long Low, long Best, long High, bool HighOpen)
{
    public static EngagementToll Of(Engagement engagement, ReconciliationContext context, AggregationOptions options)
    {
        var figures = Counted(engagement, options.Measure);
        long low = 0, best = 0, high = 0;
        bool any = false, disputed = false, allWords = true, open = false;
        foreach (var figure in figures)
        {
            var reconciled = FigureReconciler.Reconcile(figure, context, options.Policy);
            if (reconciled.Low is not { } figureLow)
            {
                continue;
            }

            any = true;
            disputed |= IsDisputed(figure);
            allWords &= reconciled.QualitativeTerm is not null;
            low = Add(low, figureLow);
            best = Add(best, reconciled.Best ?? figureLow);
            if (reconciled.High is { } figureHigh && !reconciled.IsOpenEnded)
            {
                high = Add(high, figureHigh);
            }
            else
            {
                high = Add(high, reconciled.High ?? figureLow);
                open = true;
            }
        }

        return new EngagementToll(any, disputed, any && allWords, low, best, high, open);
    }

    /// <summary>The figures that make the engagement's count: the whole-engagement figure, or the figures of its parts that do not overlap.</summary>
    private static List<DisputedFigure> Counted(Engagement engagement, Measure measure)
    {
        var candidates = engagement.Figures.Where(f => f.Measure == measure && f.PartOf is null && f.Unit is null).ToList();
        if (candidates.FirstOrDefault(f => f.Subject.Kind == SubjectKind.All) is { } whole)
        {
            return [whole];
        }

        var sidesWithFigures = candidates.Where(f => f.Subject.Kind == SubjectKind.Side && f.Subject.SideId is not null).Select(f => f.Subject.SideId!.Value).ToHashSet();
        var coveredActors = engagement.Sides.Where(s => sidesWithFigures.Contains(s.Id)).SelectMany(s => s.ActorIds).ToHashSet();
        return [.. candidates.Where(f => f.Subject.Kind != SubjectKind.Actors || !f.Subject.ActorIds.Any(coveredActors.Contains))];
    }

    /// <summary>
    /// Whether sources disagree on the figure: estimates of two or more statements do not all say the same quantity.
    /// One statement's several estimates (a dataset's best and its low–high range) are one account, not a dispute.
    /// </summary>
    internal static bool IsDisputed(DisputedFigure figure) =>
        figure.Estimates.Select(e => e.StatementId).Distinct().Skip(1).Any() && figure.Estimates.Select(e => e.Quantity).Distinct().Skip(1).Any();

    internal static long Add(long a, long b) => long.MaxValue - a < b ? long.MaxValue : a + b;
}
