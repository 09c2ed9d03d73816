using System.Collections.Generic;
using System.Globalization;
using ConflictModel.Actors;
using ConflictModel.Collections;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>
/// The checks that look across the items of one engagement and into the document: every reference
/// resolves, no actor on two sides, no loop in site containment or relay chains, and the comparisons
/// between figures, estimates and times. One instance per engagement and run; lookups are built once.
/// </summary>
internal sealed class EngagementChecks
{
    private readonly Engagement _engagement;
    private readonly ValidationContext<Engagement> _context;
    private readonly DocumentIndex _index;
    private readonly ItemLookup<SiteId, Site> _sites;
    private readonly ItemLookup<SideId, Side> _sides;
    private readonly ItemLookup<StatementId, SourcedStatement> _statements;
    private readonly ItemLookup<FigureId, DisputedFigure> _figures;
    private readonly Dictionary<ActorId, int> _sideOfActor = [];
    private Dictionary<SourceId, Side?>? _sideOfSource;

    private EngagementChecks(Engagement engagement, ValidationContext<Engagement> context, DocumentIndex index)
    {
        _engagement = engagement;
        _context = context;
        _index = index;
        _sites = new(engagement.Sites, static s => s.Id);
        _sides = new(engagement.Sides, static s => s.Id);
        _statements = new(engagement.Statements, static s => s.Id);
        _figures = new(engagement.Figures, static f => f.Id);
    }

    public static void Run(Engagement engagement, ValidationContext<Engagement> context)
    {
        if (engagement is null || ValidationScope.Of(context) is not { } scope)
        {
            return;
        }

        var checks = new EngagementChecks(engagement, context, scope.Index);
        if (scope.SingleEngagement)
        {
            checks.LocalIds();
        }

        checks.Sides();
        checks.Sites();
        checks.Statements();
        checks.Figures();
        checks.Parts();
        checks.Incidents();
        checks.Outcomes();
        checks.Relations();
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool RepeatsEarlier<T>(EquatableArray<T> items, int position)
    {
        var item = items[position];
        for (var k = 0; k < position; k++)
        {
            if (EqualityComparer<T>.Default.Equals(items[k], item))
            {
                return true;
            }
        }

        return false;
    }

    private void Report(ValidationRule rule, string relative, string message, object? value) =>
        Check.ReportBelow(_context, rule, relative, message, value);

    /// <summary>When one engagement is validated on its own: its items' ids are unique, and its id is not another engagement's.</summary>
    private void LocalIds()
    {
        var registry = new IdRegistry();
        Register(registry, IdKind.Side, _engagement.Sides, static x => x.Id.Value);
        Register(registry, IdKind.Site, _engagement.Sites, static x => x.Id.Value);
        Register(registry, IdKind.Statement, _engagement.Statements, static x => x.Id.Value);
        Register(registry, IdKind.Figure, _engagement.Figures, static x => x.Id.Value);
        Register(registry, IdKind.Incident, _engagement.Incidents, static x => x.Id.Value);
        if (_index.FindEngagement(_engagement.Id) is { } other && !ReferenceEquals(other, _engagement) && !string.IsNullOrWhiteSpace(_engagement.Id.Value))
        {
            Report(Rules.DuplicateId, "Id",
                $"The engagement id '{_engagement.Id}' is already used by another engagement of the document; ids are unique per kind across the document.", _engagement.Id.Value);
        }
    }

    private void Register<T>(IdRegistry registry, IdKind kind, EquatableArray<T> items, System.Func<T, string?> id)
        where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item && registry.Register(kind, id(item), -1, i) is { } first)
            {
                Report(Rules.DuplicateId, IdRegistry.PathOf(kind, -1, i),
                    $"The {IdRegistry.Describe(kind)} id '{id(item)}' is already used by {JsonPath.From(first)}; ids are unique per kind across the document.", id(item));
            }
        }
    }

    private void Sides()
    {
        var sides = _engagement.Sides;
        for (var s = 0; s < sides.Count; s++)
        {
            if (sides[s] is not { } side)
            {
                continue;
            }

            var ids = side.ActorIds;
            for (var j = 0; j < ids.Count; j++)
            {
                var id = ids[j];
                if (_index.FindActor(id) is null)
                {
                    Report(Rules.UnknownActor, $"Sides[{I(s)}].ActorIds[{I(j)}]",
                        $"The side '{side.Id}' lists the actor '{id}', which is not declared in the document's actors.", id.Value);
                }

                if (RepeatsEarlier(ids, j))
                {
                    Report(Rules.RepeatedReference, $"Sides[{I(s)}].ActorIds[{I(j)}]", $"The side '{side.Id}' lists the actor '{id}' more than once.", id.Value);
                }
                else if (_sideOfActor.TryGetValue(id, out var other) && other != s)
                {
                    Report(Rules.ActorOnTwoSides, $"Sides[{I(s)}].ActorIds[{I(j)}]",
                        $"The actor '{id}' is on the side '{side.Id}' and also on the side '{sides[other]!.Id}' (sides[{I(other)}]) of the same engagement.", id.Value);
                }
                else
                {
                    _sideOfActor.TryAdd(id, s);
                }
            }
        }
    }

    private void Sites()
    {
        var sites = _engagement.Sites;
        for (var i = 0; i < sites.Count; i++)
        {
            if (sites[i]?.WithinSiteId is not { } within)
            {
                continue;
            }

            var container = _sites.IndexOf(within);
            if (container < 0)
            {
                Report(Rules.UnknownSite, $"Sites[{I(i)}].WithinSiteId",
                    $"The site '{sites[i]!.Id}' lies within '{within}', which is not a site of this engagement.", within.Value);
            }
            else if (IsSmallestOfContainmentCycle(i))
            {
                Report(Rules.SiteContainmentCycle, $"Sites[{I(i)}].WithinSiteId",
                    $"The site '{sites[i]!.Id}' is, through 'withinSiteId', within itself; the outermost site has no 'withinSiteId'.", within.Value);
            }
        }
    }

    /// <summary>Whether following 'withinSiteId' from site <paramref name="start"/> comes back to it, <paramref name="start"/> being the first such site of the loop.</summary>
    private bool IsSmallestOfContainmentCycle(int start)
    {
        var sites = _engagement.Sites;
        var current = start;
        for (var step = 0; step < sites.Count; step++)
        {
            if (sites[current]?.WithinSiteId is not { } within || _sites.IndexOf(within) is var next && next < 0)
            {
                return false;
            }

            if (next == start)
            {
                return true;
            }

            if (next < start)
            {
                return false;
            }

            current = next;
        }

        return false;
    }

    private void Statements()
    {
        var statements = _engagement.Statements;
        for (var i = 0; i < statements.Count; i++)
        {
            if (statements[i] is not { } statement)
            {
                continue;
            }

            if (_index.FindSource(statement.SourceId) is null)
            {
                Report(Rules.UnknownSource, $"Statements[{I(i)}].SourceId",
                    $"The statement '{statement.Id}' is by the source '{statement.SourceId}', which is not declared in the document's sources.", statement.SourceId.Value);
            }

            var via = statement.Via;
            for (var j = 0; j < via.Count; j++)
            {
                var relay = via[j];
                if (_index.FindSource(relay) is null)
                {
                    Report(Rules.UnknownSource, $"Statements[{I(i)}].Via[{I(j)}]",
                        $"The statement '{statement.Id}' reached us via '{relay}', which is not declared in the document's sources.", relay.Value);
                }

                if (relay == statement.SourceId)
                {
                    Report(Rules.ViaChainLoop, $"Statements[{I(i)}].Via[{I(j)}]",
                        $"The speaker '{relay}' of the statement '{statement.Id}' is in its own 'via' chain; list only the relays.", relay.Value);
                }
                else if (RepeatsEarlier(via, j))
                {
                    Report(Rules.ViaChainLoop, $"Statements[{I(i)}].Via[{I(j)}]",
                        $"The relay '{relay}' appears more than once in the 'via' chain of the statement '{statement.Id}'.", relay.Value);
                }
            }

            ReportedBeforeEvent(statement, i);
            Supersedes(statement, i);
        }

        RevisionCycles();
    }

    private void Supersedes(SourcedStatement statement, int i)
    {
        var ids = statement.Supersedes;
        for (var j = 0; j < ids.Count; j++)
        {
            if (_statements.IndexOf(ids[j]) < 0)
            {
                Report(Rules.UnknownSupersededStatement, $"Statements[{I(i)}].Supersedes[{I(j)}]",
                    $"The statement '{statement.Id}' supersedes '{ids[j]}', which is not a statement of this engagement.", ids[j].Value);
            }
            else if (RepeatsEarlier(ids, j))
            {
                Report(Rules.RepeatedReference, $"Statements[{I(i)}].Supersedes[{I(j)}]", $"The statement '{statement.Id}' supersedes '{ids[j]}' more than once.", ids[j].Value);
            }
        }
    }

    private void RevisionCycles()
    {
        var statements = _engagement.Statements;
        var any = false;
        foreach (var statement in statements)
        {
            any |= statement is { Supersedes.IsEmpty: false };
        }

        if (!any)
        {
            return;
        }

        var links = new List<IReadOnlyList<int>>(statements.Count);
        for (var i = 0; i < statements.Count; i++)
        {
            var targets = new List<int>();
            foreach (var id in statements[i]?.Supersedes ?? default)
            {
                if (_statements.IndexOf(id) is var t && t >= 0)
                {
                    targets.Add(t);
                }
            }

            links.Add(targets);
        }

        foreach (var loop in LinkCycles.Find(links))
        {
            var names = loop.ConvertAll(i => "'" + statements[i]!.Id + "'");
            names.Add(names[0]);
            var first = statements[loop[0]]!;
            var next = loop.Count > 1 ? statements[loop[1]]!.Id : first.Id;
            var at = 0;
            while (first.Supersedes[at] != next)
            {
                at++;
            }

            Report(Rules.RevisionCycle, $"Statements[{I(loop[0])}].Supersedes[{I(at)}]",
                $"The statement '{first.Id}' supersedes itself through 'supersedes': {string.Join(" -> ", names)}; only a later statement names an earlier one.", next.Value);
        }
    }

    private void ReportedBeforeEvent(SourcedStatement statement, int i)
    {
        if (_engagement.Time is not { } time || statement.ReportedAt is not { } at
            || time.Qualifier is TemporalQualifier.Before || at.Qualifier is TemporalQualifier.After)
        {
            return;
        }

        var zoned = Times.BothZoned(time, at);
        if (Times.TryWindow(time, zoned, out var eventStart, out _) && Times.TryWindow(at, zoned, out _, out var reportedEnd) && reportedEnd <= eventStart)
        {
            Report(Rules.ReportedBeforeEvent, $"Statements[{I(i)}].ReportedAt",
                $"The statement '{statement.Id}' was reported at {at}, before the engagement started ({time}).", at.ToString());
        }
    }

    private void Figures()
    {
        var figures = _engagement.Figures;
        HashSet<(Measure, FigureSubject?, string?, FigureId?)>? keys = figures.Count > 16 ? [] : null;
        for (var f = 0; f < figures.Count; f++)
        {
            if (figures[f] is not { } figure)
            {
                continue;
            }

            if (figure.Subject is { } subject)
            {
                Subject(subject, f);
            }

            var estimates = figure.Estimates;
            for (var k = 0; k < estimates.Count; k++)
            {
                if (estimates[k] is not { } estimate)
                {
                    continue;
                }

                if (_statements.Find(estimate.StatementId) is not { } statement)
                {
                    Report(Rules.UnknownStatement, $"Figures[{I(f)}].Estimates[{I(k)}].StatementId",
                        $"The estimate cites the statement '{estimate.StatementId}', which is not a statement of this engagement.", estimate.StatementId.Value);
                }
                else
                {
                    SelfReported(figure, estimate, statement, f, k);
                }
            }

            BestOutsideRange(figure, f);
            ContradictoryBounds(figure, f);
            DuplicateFigure(figure, f, keys);
            if (figure.Measure is Measure.Killed or Measure.Wounded && figure.Subject is not null && figure.PartOf is null)
            {
                ExceedsKilledOrWounded(figure, f);
            }
        }
    }

    private void Subject(FigureSubject subject, int f)
    {
        if (subject.Kind == SubjectKind.Side && subject.SideId is { } side && _sides.IndexOf(side) < 0)
        {
            Report(Rules.UnknownSide, $"Figures[{I(f)}].Subject.SideId", $"The figure counts the side '{side}', which is not a side of this engagement.", side.Value);
        }

        ActorReferences(subject.ActorIds, $"Figures[{I(f)}].Subject.ActorIds", "The figure's subject");
    }

    private void ActorReferences(EquatableArray<ActorId> ids, string path, string owner)
    {
        for (var j = 0; j < ids.Count; j++)
        {
            var id = ids[j];
            if (_index.FindActor(id) is null)
            {
                Report(Rules.UnknownActor, $"{path}[{I(j)}]", $"{owner} names the actor '{id}', which is not declared in the document's actors.", id.Value);
            }
            else if (RepeatsEarlier(ids, j))
            {
                Report(Rules.RepeatedReference, $"{path}[{I(j)}]", $"{owner} names the actor '{id}' more than once.", id.Value);
            }
            else if (SideOfActor(id) is null)
            {
                Report(Rules.ActorOnNoSide, $"{path}[{I(j)}]",
                    $"{owner} names the actor '{id}', which is on none of the engagement's sides (directly, by an ancestor, or as an ancestor).", id.Value);
            }
        }
    }

    private Side? SideOfActor(ActorId id) =>
        _sideOfActor.TryGetValue(id, out var s) ? _engagement.Sides[s] : _index.SideOf(_engagement, id);

    private Side? SideOfSource(SourceId id)
    {
        _sideOfSource ??= [];
        if (!_sideOfSource.TryGetValue(id, out var side))
        {
            side = _index.SideOfSource(_engagement, id);
            _sideOfSource.Add(id, side);
        }

        return side;
    }

    private void SelfReported(DisputedFigure figure, Estimate estimate, SourcedStatement statement, int f, int k)
    {
        if (figure.Subject is not { } subject || _index.FindSource(statement.SourceId) is not { AffiliatedActorId: not null } source
            || SideOfSource(statement.SourceId) is not { } side)
        {
            return;
        }

        var counted = subject.Kind switch
        {
            SubjectKind.Side => subject.SideId == side.Id,
            SubjectKind.Actors => CountsActorOf(subject, side),
            _ => false,
        };
        if (counted)
        {
            Report(Rules.SelfReported, $"Figures[{I(f)}].Estimates[{I(k)}]",
                $"The estimate {Check.Text(estimate.Quantity)} comes from '{source.Name}', which speaks for the side '{side.Id}' that the figure counts: it is self-reported.",
                estimate.Quantity?.ToString());
        }
    }

    private bool CountsActorOf(FigureSubject subject, Side side)
    {
        foreach (var actor in subject.ActorIds)
        {
            if (SideOfActor(actor) is { } s && s.Id == side.Id)
            {
                return true;
            }
        }

        return false;
    }

    private void BestOutsideRange(DisputedFigure figure, int f)
    {
        var estimates = figure.Estimates;
        if (estimates.Count < 2)
        {
            return;
        }

        for (var p = 0; p < estimates.Count; p++)
        {
            if (estimates[p] is not { Quantity: { Form: QuantityForm.Exact or QuantityForm.About, Value: { } best } } point)
            {
                continue;
            }

            for (var r = 0; r < estimates.Count; r++)
            {
                if (estimates[r] is not { Quantity: { Form: QuantityForm.Range, Low: { } low, High: { } high } range } other
                    || low > high || other.StatementId != point.StatementId)
                {
                    continue;
                }

                var below = best < low;
                if (below || (!range.OpenEnded && best > high))
                {
                    Report(Rules.BestOutsideRange, $"Figures[{I(f)}].Estimates[{I(p)}].Quantity.Value",
                        $"The statement '{point.StatementId}' gives {I64(best)} as its best estimate, {(below ? "below the low" : "above the high")} of the range {range} it also gives (estimates[{I(r)}]).",
                        best);
                    break;
                }
            }
        }
    }

    private void ContradictoryBounds(DisputedFigure figure, int f)
    {
        var estimates = figure.Estimates;
        if (estimates.Count < 2)
        {
            return;
        }

        for (var a = 0; a < estimates.Count; a++)
        {
            if (estimates[a] is not { Quantity: { Form: QuantityForm.AtLeast, Value: { } low } } atLeast)
            {
                continue;
            }

            for (var b = 0; b < estimates.Count; b++)
            {
                if (estimates[b] is { Quantity: { Form: QuantityForm.AtMost, Value: { } high } } atMost
                    && atMost.StatementId == atLeast.StatementId && low > high)
                {
                    Report(Rules.ContradictoryBounds, $"Figures[{I(f)}].Estimates[{I(a)}].Quantity.Value",
                        $"The statement '{atLeast.StatementId}' gives at least {I64(low)} and, in estimates[{I(b)}], at most {I64(high)} for the same figure; both cannot hold.",
                        low);
                    break;
                }
            }
        }
    }

    private static string I64(long value) => value.ToString(CultureInfo.InvariantCulture);

    private void DuplicateFigure(DisputedFigure figure, int f, HashSet<(Measure, FigureSubject?, string?, FigureId?)>? keys)
    {
        if (keys is not null && keys.Add((figure.Measure, figure.Subject, figure.Unit, figure.PartOf)))
        {
            return;
        }

        var figures = _engagement.Figures;
        for (var g = 0; g < f; g++)
        {
            if (figures[g] is { } other && other.Measure == figure.Measure && Equals(other.Subject, figure.Subject) && string.Equals(other.Unit, figure.Unit, System.StringComparison.Ordinal)
                && other.PartOf == figure.PartOf && other.Id != figure.PartOf && figure.Id != other.PartOf)
            {
                Report(Rules.DuplicateFigure, $"Figures[{I(f)}]",
                    $"The figure '{figure.Id}' counts the same measure, subject and unit as '{other.Id}' (figures[{I(g)}]); merge their estimates into one figure.", figure.Id.Value);
                return;
            }
        }
    }

    private void ExceedsKilledOrWounded(DisputedFigure figure, int f)
    {
        var figures = _engagement.Figures;
        for (var k = 0; k < figure.Estimates.Count; k++)
        {
            if (figure.Estimates[k] is not { Quantity.LowerBound: { } lower } estimate || _statements.Find(estimate.StatementId) is not { } statement)
            {
                continue;
            }

            for (var g = 0; g < figures.Count; g++)
            {
                if (figures[g] is not { Measure: Measure.KilledOrWounded, PartOf: null } total || !Equals(total.Subject, figure.Subject))
                {
                    continue;
                }

                for (var m = 0; m < total.Estimates.Count; m++)
                {
                    if (total.Estimates[m] is { Quantity.UpperBound: { } upper } other && lower > upper
                        && _statements.Find(other.StatementId) is { } otherStatement && otherStatement.SourceId == statement.SourceId)
                    {
                        Report(Rules.ComponentExceedsKilledOrWounded, $"Figures[{I(f)}].Estimates[{I(k)}]",
                            $"The source '{statement.SourceId}' gives {figure.Measure} {estimate.Quantity} but killed or wounded {other.Quantity} (figures[{I(g)}].estimates[{I(m)}]) for the same subject.",
                            estimate.Quantity?.ToString());
                        return;
                    }
                }
            }
        }
    }

    /// <summary>Parts of a whole: the whole resolves, parts form no loop, a part counts what its whole counts and does not exceed it.</summary>
    private void Parts()
    {
        var figures = _engagement.Figures;
        List<IReadOnlyList<int>>? links = null;
        for (var f = 0; f < figures.Count; f++)
        {
            if (figures[f] is not { PartOf: { } whole } part)
            {
                continue;
            }

            links ??= [];
            var target = _figures.IndexOf(whole);
            if (target < 0)
            {
                Report(Rules.UnknownWholeFigure, $"Figures[{I(f)}].PartOf",
                    $"The figure '{part.Id}' is part of '{whole}', which is not a figure of this engagement.", whole.Value);
                continue;
            }

            if (target == f)
            {
                continue;
            }

            var wholeFigure = figures[target]!;
            if (System.Enum.IsDefined(part.Measure) && System.Enum.IsDefined(wholeFigure.Measure) && !CanBePartOf(part, wholeFigure))
            {
                Report(Rules.PartMeasureMismatch, $"Figures[{I(f)}].PartOf",
                    $"The figure '{part.Id}' counts {Describe(part)} but is part of '{whole}', which counts {Describe(wholeFigure)}; a part counts the same measure and unit as its whole, or killed or wounded within killed or wounded.",
                    whole.Value);
            }
            else
            {
                PartExceedsWhole(part, f, wholeFigure, target);
            }
        }

        if (links is null)
        {
            return;
        }

        for (var f = 0; f < figures.Count; f++)
        {
            links.Add(figures[f]?.PartOf is { } whole && _figures.IndexOf(whole) is var t && t >= 0 ? [t] : []);
        }

        foreach (var loop in LinkCycles.Find(links))
        {
            var names = loop.ConvertAll(i => "'" + figures[i]!.Id + "'");
            names.Add(names[0]);
            var first = figures[loop[0]]!;
            Report(Rules.FigurePartCycle, $"Figures[{I(loop[0])}].PartOf",
                $"The figure '{first.Id}' is, through 'partOf', part of itself: {string.Join(" -> ", names)}; the whole has no 'partOf'.", first.PartOf?.Value);
        }
    }

    private static bool CanBePartOf(DisputedFigure part, DisputedFigure whole) =>
        string.Equals(part.Unit, whole.Unit, System.StringComparison.Ordinal)
        && (part.Measure == whole.Measure || (part.Measure is Measure.Killed or Measure.Wounded && whole.Measure == Measure.KilledOrWounded));

    private static string Describe(DisputedFigure figure) =>
        figure.Unit is null ? figure.Measure.ToString() : $"{figure.Measure} ({Check.Shorten(figure.Unit)})";

    private void PartExceedsWhole(DisputedFigure part, int f, DisputedFigure whole, int g)
    {
        // The part's smallest stated minimum against the whole's largest stated maximum, over numbers only
        // (a word's range is the library's assumption, not the source's).
        long? partLow = null, wholeHigh = null;
        var lowAt = -1;
        for (var k = 0; k < part.Estimates.Count; k++)
        {
            if (part.Estimates[k]?.Quantity is { IsNumeric: true, LowerBound: { } lower } && (partLow is null || lower < partLow))
            {
                partLow = lower;
                lowAt = k;
            }
        }

        foreach (var estimate in whole.Estimates)
        {
            if (estimate?.Quantity is not { IsNumeric: true } q || q.LowerBound is null)
            {
                continue;
            }

            if (q.UpperBound is not { } upper)
            {
                return;
            }

            wholeHigh = wholeHigh is null ? upper : System.Math.Max(wholeHigh.Value, upper);
        }

        if (partLow is { } low && wholeHigh is { } high && low > high)
        {
            Report(Rules.PartExceedsWhole, $"Figures[{I(f)}].Estimates[{I(lowAt)}]",
                $"The figure '{part.Id}' is part of '{whole.Id}' (figures[{I(g)}]), but its lowest estimate {part.Estimates[lowAt]!.Quantity} is above the whole's highest, {I64(high)}.",
                part.Estimates[lowAt]!.Quantity.ToString());
        }
    }

    private void Incidents()
    {
        var incidents = _engagement.Incidents;
        for (var i = 0; i < incidents.Count; i++)
        {
            if (incidents[i] is not { } incident)
            {
                continue;
            }

            var owner = $"The incident '{incident.Id}'";
            SiteReferences(incident.SiteIds, $"Incidents[{I(i)}].SiteIds", owner);
            ActorReferences(incident.ActorIds, $"Incidents[{I(i)}].ActorIds", owner);
            StatementReferences(incident.StatementIds, $"Incidents[{I(i)}].StatementIds", owner);
            if (incident.Time is { } time)
            {
                OutsideEngagement(time, i, incident);
            }
        }
    }

    private void OutsideEngagement(TemporalExtent time, int i, Incident incident)
    {
        if (_engagement.Time is not { } whole || time.Qualifier != TemporalQualifier.Exact || whole.Qualifier != TemporalQualifier.Exact)
        {
            return;
        }

        var zoned = Times.BothZoned(time, whole);
        if (Times.TryWindow(time, zoned, out var start, out var end) && Times.TryWindow(whole, zoned, out var wholeStart, out var wholeEnd)
            && (end <= wholeStart || start >= wholeEnd))
        {
            Report(Rules.IncidentOutsideEngagement, $"Incidents[{I(i)}].Time",
                $"The incident '{incident.Id}' happened at {time}, outside the engagement's time {whole}.", time.ToString());
        }
    }

    private void SiteReferences(EquatableArray<SiteId> ids, string path, string owner)
    {
        for (var j = 0; j < ids.Count; j++)
        {
            if (_sites.IndexOf(ids[j]) < 0)
            {
                Report(Rules.UnknownSite, $"{path}[{I(j)}]", $"{owner} names the site '{ids[j]}', which is not a site of this engagement.", ids[j].Value);
            }
            else if (RepeatsEarlier(ids, j))
            {
                Report(Rules.RepeatedReference, $"{path}[{I(j)}]", $"{owner} names the site '{ids[j]}' more than once.", ids[j].Value);
            }
        }
    }

    private void StatementReferences(EquatableArray<StatementId> ids, string path, string owner)
    {
        for (var j = 0; j < ids.Count; j++)
        {
            if (_statements.IndexOf(ids[j]) < 0)
            {
                Report(Rules.UnknownStatement, $"{path}[{I(j)}]", $"{owner} cites the statement '{ids[j]}', which is not a statement of this engagement.", ids[j].Value);
            }
            else if (RepeatsEarlier(ids, j))
            {
                Report(Rules.RepeatedReference, $"{path}[{I(j)}]", $"{owner} cites the statement '{ids[j]}' more than once.", ids[j].Value);
            }
        }
    }

    private void Outcomes()
    {
        var outcomes = _engagement.Outcomes;
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i] is not { } outcome)
            {
                continue;
            }

            var owner = $"The outcome '{Check.Shorten(outcome.Objective ?? string.Empty)}'";
            SiteReferences(outcome.SiteIds, $"Outcomes[{I(i)}].SiteIds", owner);
            StatementReferences(outcome.StatementIds, $"Outcomes[{I(i)}].StatementIds", owner);
            if (outcome.AchievedBySideId is { } side && _sides.IndexOf(side) < 0)
            {
                Report(Rules.UnknownSide, $"Outcomes[{I(i)}].AchievedBySideId", $"{owner} was achieved by the side '{side}', which is not a side of this engagement.", side.Value);
            }
        }
    }

    private void Relations()
    {
        var relations = _engagement.Relations;
        for (var i = 0; i < relations.Count; i++)
        {
            if (relations[i] is not { } relation)
            {
                continue;
            }

            if (relation.TargetId == _engagement.Id)
            {
                Report(Rules.SelfRelation, $"Relations[{I(i)}].TargetId",
                    $"The engagement '{_engagement.Id}' is related to itself; a relation points to another engagement.", relation.TargetId.Value);
            }
            else if (_index.FindEngagement(relation.TargetId) is null)
            {
                Report(Rules.UnknownEngagement, $"Relations[{I(i)}].TargetId",
                    $"The relation points to the engagement '{relation.TargetId}', which is not in the document.", relation.TargetId.Value);
            }
        }
    }
}
