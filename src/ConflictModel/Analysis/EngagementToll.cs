using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;

namespace ConflictModel.Analysis;

/// <summary>One engagement's count of a measure under a policy (or one share of it): the figures it adds and their reconciled sums (rules in <see cref="AggregateRow"/>).</summary>
internal readonly record struct EngagementToll(bool HasFigure, bool Disputed, bool QualitativeOnly, long Low, long Best, long High, bool HighOpen)
{
    /// <summary>The engagement's count: its whole-engagement figure, or its parts that do not overlap.</summary>
    public static EngagementToll Of(Engagement engagement, ReconciliationContext context, AggregationOptions options)
    {
        var whole = Whole(engagement, options.Measure);
        if (whole is not null)
        {
            return Of(whole, context, options.Policy);
        }

        var toll = default(EngagementToll);
        foreach (var part in Parts(engagement, options.Measure))
        {
            toll = toll.Plus(Of(part, context, options.Policy));
        }

        return toll;
    }

    /// <summary>
    /// The engagement's count split by the role of whose losses each figure counts (<see cref="GroupKey.SideRole"/>):
    /// its parts, each with its role (<see langword="null"/> when not known), and, when it also has a whole-engagement
    /// figure, what that whole holds beyond the parts (role <see langword="null"/>); the whole alone when it has no parts.
    /// </summary>
    public static List<(string? Role, EngagementToll Toll)> ByRole(Engagement engagement, ReconciliationContext context, AggregationOptions options)
    {
        var shares = new List<(string? Role, EngagementToll Toll)>();
        var parts = default(EngagementToll);
        foreach (var part in Parts(engagement, options.Measure))
        {
            var toll = Of(part, context, options.Policy);
            if (!toll.HasFigure)
            {
                continue;
            }

            parts = parts.Plus(toll);
            var role = RoleOf(engagement, part.Subject);
            var at = shares.FindIndex(s => string.Equals(s.Role, role, StringComparison.Ordinal));
            if (at < 0)
            {
                shares.Add((role, toll));
            }
            else
            {
                shares[at] = (role, shares[at].Toll.Plus(toll));
            }
        }

        if (Whole(engagement, options.Measure) is { } whole && Of(whole, context, options.Policy) is { HasFigure: true } all)
        {
            if (!parts.HasFigure)
            {
                shares.Add((null, all));
            }
            else
            {
                // What the whole holds beyond its parts: the parts are disjoint, so the whole is at least their sum.
                var beyond = new EngagementToll(
                    true,
                    all.Disputed,
                    all.QualitativeOnly,
                    Math.Max(0, all.Low - parts.High),
                    Math.Max(0, all.Best - parts.Best),
                    Math.Max(0, all.High - parts.Low),
                    all.HighOpen);
                if (beyond.Low > 0 || beyond.Best > 0 || beyond.High > 0 || beyond.HighOpen)
                {
                    shares.Add((null, beyond));
                }
            }
        }

        if (shares.Count == 0)
        {
            shares.Add((null, default));
        }

        return shares;
    }

    /// <summary>One figure's count.</summary>
    public static EngagementToll Of(DisputedFigure figure, ReconciliationContext context, ReconciliationPolicy policy)
    {
        var reconciled = FigureReconciler.ReconcileRange(figure, context, policy);
        if (reconciled.Low is not { } low)
        {
            return default;
        }

        var closed = reconciled.High is { } figureHigh && !reconciled.IsOpenEnded;
        return new EngagementToll(
            true,
            IsDisputed(figure),
            reconciled.QualitativeTerm is not null,
            low,
            reconciled.Best ?? low,
            closed ? reconciled.High!.Value : reconciled.High ?? low,
            !closed);
    }

    /// <summary>The sum of two counts of one engagement: qualitative only when both are (or one has no figure).</summary>
    public EngagementToll Plus(EngagementToll other) =>
        !other.HasFigure ? this
        : !HasFigure ? other
        : new(true, Disputed || other.Disputed, QualitativeOnly && other.QualitativeOnly, Add(Low, other.Low), Add(Best, other.Best), Add(High, other.High), HighOpen || other.HighOpen);

    /// <summary>The whole-engagement figure of the measure (subject "all", not a part, no unit), or <see langword="null"/>.</summary>
    private static DisputedFigure? Whole(Engagement engagement, Measure measure)
    {
        foreach (var f in engagement.Figures)
        {
            if (f.Measure == measure && f.PartOf is null && f.Unit is null && f.Subject.Kind == SubjectKind.All)
            {
                return f;
            }
        }

        return null;
    }

    /// <summary>The figures of the measure for sides, civilians, unknown victims and actors (an actors figure only when no side of those actors has a figure of its own).</summary>
    private static IEnumerable<DisputedFigure> Parts(Engagement engagement, Measure measure)
    {
        HashSet<ActorId>? covered = null;
        var anyActors = false;
        foreach (var f in engagement.Figures)
        {
            if (f.Measure == measure && f.PartOf is null && f.Unit is null)
            {
                anyActors |= f.Subject.Kind == SubjectKind.Actors;
            }
        }

        if (anyActors)
        {
            covered = [];
            foreach (var f in engagement.Figures)
            {
                if (f.Measure == measure && f.PartOf is null && f.Unit is null && f.Subject is { Kind: SubjectKind.Side, SideId: { } sideId }
                    && engagement.Sides.FirstOrDefault(s => s.Id == sideId) is { } side)
                {
                    covered.UnionWith(side.ActorIds);
                }
            }
        }

        foreach (var f in engagement.Figures)
        {
            if (f.Measure != measure || f.PartOf is not null || f.Unit is not null || f.Subject.Kind == SubjectKind.All)
            {
                continue;
            }

            if (f.Subject.Kind == SubjectKind.Actors && covered is not null && f.Subject.ActorIds.Any(covered.Contains))
            {
                continue;
            }

            yield return f;
        }
    }

    private static string? RoleOf(Engagement engagement, FigureSubject subject)
    {
        switch (subject.Kind)
        {
            case SubjectKind.Civilians:
                return "civilians";
            case SubjectKind.Unknown:
                return "unknown";
            case SubjectKind.Side:
                return engagement.Sides.FirstOrDefault(s => s.Id == subject.SideId) is { } side ? Name(side.Role) : null;
            case SubjectKind.Actors:
                Side? found = null;
                foreach (var actor in subject.ActorIds)
                {
                    var of = engagement.Sides.FirstOrDefault(s => s.ActorIds.Contains(actor));
                    if (of is null || (found is not null && !ReferenceEquals(found, of)))
                    {
                        return null;
                    }

                    found = of;
                }

                return found is null ? null : Name(found.Role);
            default:
                return null;
        }
    }

    private static string Name(SideRole role) => role switch
    {
        SideRole.Attacker => "attacker",
        SideRole.Defender => "defender",
        SideRole.Belligerent => "belligerent",
        SideRole.ThirdParty => "thirdParty",
        _ => JsonNamingPolicy.CamelCase.ConvertName(role.ToString()),
    };

    /// <summary>
    /// Whether sources disagree on the figure: estimates of two or more statements do not all say the same quantity.
    /// One statement's several estimates (a dataset's best and its low–high range) are one account, not a dispute.
    /// </summary>
    internal static bool IsDisputed(DisputedFigure figure)
    {
        var estimates = figure.Estimates;
        if (estimates.Count < 2)
        {
            return false;
        }

        bool statements = false, quantities = false;
        var first = estimates[0];
        for (var i = 1; i < estimates.Count; i++)
        {
            statements |= estimates[i].StatementId != first.StatementId;
            quantities |= !Equals(estimates[i].Quantity, first.Quantity);
        }

        return statements && quantities;
    }

    internal static long Add(long a, long b) => long.MaxValue - a < b ? long.MaxValue : a + b;
}
