using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Actors;
using ConflictModel.Sources;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Matching;

/// <summary>
/// Finds the same event in two or more datasets (by time, place, type and actor, through a spatial-temporal index)
/// and merges each group of matched events into one engagement whose figures hold every dataset's estimates; the
/// method, its defaults and its limits are in docs/matching.md.
/// </summary>
/// <remarks>
/// <para>
/// Every pair of inputs is matched (never events of one input with each other). A pair of events is a candidate when
/// the rules of <see cref="MatchOptions"/> allow it, and a match when its score reaches
/// <see cref="MatchOptions.MinScore"/>. Matches are taken best first; an event is matched to one event of another
/// input, except that an event whose time covers more days than another's may gather several of them (an episode over
/// several days against daily events), each of which then has that one partner. Matches join groups (across inputs),
/// and each group becomes one engagement (<see cref="MatchResult.Document"/>); every other event passes through
/// unchanged. Nothing is lost: the events in are the engagements out plus the events merged into others.
/// </para>
/// <para>
/// The inputs are read into memory (the index needs every event of both sides); memory grows with the events.
/// </para>
/// </remarks>
/// <threadsafety>The methods are thread-safe; each call works on its own data.</threadsafety>
public static class DatasetMatcher
{
    /// <summary>Reads the inputs, matches them and merges the matches.</summary>
    /// <param name="inputs">Two or more inputs, in the order their ids are kept (an earlier input's ids win a collision).</param>
    /// <param name="options">The windows, radii, weights and threshold; <see cref="MatchOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading and the matching.</param>
    /// <returns>The merged document, the matches, the disagreements, the counts and the problems.</returns>
    /// <exception cref="ArgumentException">Fewer than two inputs, or options that <see cref="MatchOptions.Validate"/> rejects.</exception>
    /// <exception cref="Formats.DatasetReadException">An input cannot be read (as its format reports it).</exception>
    public static async Task<MatchResult> MatchAsync(IReadOnlyList<MatchInput> inputs, MatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count < 2)
        {
            throw new ArgumentException($"Matching needs two or more inputs; {inputs.Count} given.", nameof(inputs));
        }

        options ??= MatchOptions.Default;
        options.Validate();
        var data = new List<InputData>(inputs.Count);
        for (var k = 0; k < inputs.Count; k++)
        {
            ArgumentNullException.ThrowIfNull(inputs[k], nameof(inputs));
            var input = new InputData(inputs[k].Name, "in" + (k + 1).ToString(CultureInfo.InvariantCulture));
            await foreach (var document in inputs[k].Documents.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                input.Add(document);
            }

            data.Add(input);
        }

        return Run(data, options, cancellationToken);
    }

    /// <summary>Matches documents already in memory, named <c>in1</c>, <c>in2</c>… in reports.</summary>
    /// <param name="documents">Two or more documents, one per input.</param>
    /// <returns>The merged document, the matches, the disagreements, the counts and the problems.</returns>
    /// <exception cref="ArgumentException">Fewer than two documents.</exception>
    public static MatchResult Match(params DatasetDocument[] documents) => Match(MatchOptions.Default, documents);

    /// <summary>Matches documents already in memory under the given options, named <c>in1</c>, <c>in2</c>… in reports.</summary>
    /// <param name="options">The windows, radii, weights and threshold.</param>
    /// <param name="documents">Two or more documents, one per input.</param>
    /// <returns>The merged document, the matches, the disagreements, the counts and the problems.</returns>
    /// <exception cref="ArgumentException">Fewer than two documents, or options that <see cref="MatchOptions.Validate"/> rejects.</exception>
    public static MatchResult Match(MatchOptions options, params DatasetDocument[] documents)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Length < 2)
        {
            throw new ArgumentException($"Matching needs two or more inputs; {documents.Length} given.", nameof(documents));
        }

        options.Validate();
        var data = new List<InputData>();
        for (var k = 0; k < documents.Length; k++)
        {
            ArgumentNullException.ThrowIfNull(documents[k], nameof(documents));
            var label = "in" + (k + 1).ToString(CultureInfo.InvariantCulture);
            var input = new InputData(label, label);
            input.Add(documents[k]);
            data.Add(input);
        }

        return Run(data, options, CancellationToken.None);
    }

    private static MatchResult Run(List<InputData> inputs, MatchOptions options, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        Qualify(inputs, problems);
        var events = new List<MatchableEvent[]>(inputs.Count);
        for (var k = 0; k < inputs.Count; k++)
        {
            events.Add(Prepare(k, inputs[k], options, problems));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var offsets = new int[inputs.Count + 1];
        for (var k = 0; k < inputs.Count; k++)
        {
            offsets[k + 1] = offsets[k] + events[k].Length;
        }

        var groups = new UnionFind(offsets[^1]);
        var matches = new List<EventMatch>();
        var matched = new bool[offsets[^1]];
        var oneToMany = new HashSet<int>();
        long candidates = 0;
        for (var i = 0; i < inputs.Count; i++)
        {
            for (var j = i + 1; j < inputs.Count; j++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (pairs, found) = MatchPair(events[i], events[j], options);
                candidates += found;
                var partnersLeft = pairs.GroupBy(p => p.L).ToDictionary(g => g.Key, g => g.Count());
                var partnersRight = pairs.GroupBy(p => p.R).ToDictionary(g => g.Key, g => g.Count());
                foreach (var (l, r, score) in pairs.OrderBy(p => p.L).ThenBy(p => p.R))
                {
                    var a = events[i][l];
                    var b = events[j][r];
                    var many = partnersLeft[l] > 1 || partnersRight[r] > 1;
                    matches.Add(new EventMatch
                    {
                        Left = Reference(inputs, a),
                        Right = Reference(inputs, b),
                        Score = score.Total,
                        TimeScore = Math.Round(score.Time, 4),
                        DistanceScore = Math.Round(score.Place, 4),
                        TypeScore = score.Type,
                        ActorScore = Math.Round(score.Actor, 4),
                        CountScore = Math.Round(score.Count, 4),
                        PlaceNameScore = Math.Round(score.PlaceName, 4),
                        DistanceKm = Math.Round(score.DistanceKm, 3),
                        GapDays = score.GapDays,
                        OneToMany = many,
                        Reasons = MatchScorer.Explain(a, b, score),
                    });
                    groups.Union(offsets[i] + l, offsets[j] + r);
                    matched[offsets[i] + l] = matched[offsets[j] + r] = true;
                    if (partnersLeft[l] > 1)
                    {
                        oneToMany.Add(offsets[i] + l);
                    }

                    if (partnersRight[r] > 1)
                    {
                        oneToMany.Add(offsets[j] + r);
                    }
                }
            }
        }

        var merge = EngagementMerger.Merge(inputs, events, offsets, groups);
        var tallies = new InputTally[inputs.Count];
        for (var k = 0; k < inputs.Count; k++)
        {
            var e = events[k];
            tallies[k] = new InputTally
            {
                Name = inputs[k].Name,
                Label = inputs[k].Label,
                Events = e.Length,
                NoCoordinates = e.LongCount(x => x.Unmatchable == UnmatchableReason.NoCoordinates),
                TimeTooVague = e.LongCount(x => x.Unmatchable == UnmatchableReason.TimeTooVague),
                NoTime = e.LongCount(x => x.Unmatchable == UnmatchableReason.NoTime),
                Matched = Enumerable.Range(offsets[k], e.Length).LongCount(x => matched[x]),
                Qualified = inputs[k].Qualified,
            };
        }

        var summary = new MatchSummary
        {
            Inputs = tallies,
            EventsIn = offsets[^1],
            EngagementsOut = merge.Document.Engagements.Count,
            EventsMerged = merge.EventsMerged,
            Pairs = matches.Count,
            Candidates = candidates,
            Groups = merge.Groups,
            OneToManyEvents = oneToMany.Count,
            Disagreement = Disagreement.Summarise(merge.Disagreements, inputs.Count),
        };
        return new MatchResult(merge.Document, matches, merge.Disagreements, summary, problems);
    }

    /// <summary>The accepted matches between two inputs, and the number of candidates the index found.</summary>
    internal static (List<(int L, int R, PairScore Score)> Pairs, long Candidates) MatchPair(MatchableEvent[] left, MatchableEvent[] right, MatchOptions options)
    {
        var sink = new ScoringSink(left, right, options);
        var candidates = CandidateIndex.Visit(left, right, ref sink);
        return (Accept(sink.Scored, left, right), candidates);
    }

    /// <summary>The pairs of every left and right event (no index) that reach the threshold, accepted as <see cref="MatchPair"/> does: the reference the index must equal.</summary>
    internal static List<(int L, int R, PairScore Score)> MatchPairNaive(MatchableEvent[] left, MatchableEvent[] right, MatchOptions options)
    {
        var actors = new ActorSimilarityCache();
        var scored = new List<(int L, int R, PairScore Score)>();
        for (var i = 0; i < left.Length; i++)
        {
            for (var j = 0; j < right.Length; j++)
            {
                if (MatchScorer.TryMatch(left[i], right[j], options, actors, out var score))
                {
                    scored.Add((i, j, score));
                }
            }
        }

        return Accept(scored, left, right);
    }

    /// <summary>Takes the scored pairs best first, one partner per event except for an event longer than its partners (see the class remarks).</summary>
    internal static List<(int L, int R, PairScore Score)> Accept(List<(int L, int R, PairScore Score)> scored, MatchableEvent[] left, MatchableEvent[] right)
    {
        scored.Sort((x, y) => y.Score.Total.CompareTo(x.Score.Total) is var c and not 0 ? c : x.L != y.L ? x.L.CompareTo(y.L) : x.R.CompareTo(y.R));
        var partnersLeft = new Dictionary<int, List<int>>();
        var partnersRight = new Dictionary<int, List<int>>();
        var accepted = new List<(int, int, PairScore)>();

        // First pass: one to one, best first. Second: an event longer than its partners gathers the shorter events still
        // without a partner (the daily events of an episode), so a long event never takes an event from its own partner.
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var pair in scored)
            {
                var a = left[pair.L];
                var b = right[pair.R];
                var pl = partnersLeft.GetValueOrDefault(pair.L);
                var pr = partnersRight.GetValueOrDefault(pair.R);
                if (pass == 0 ? pl is not null || pr is not null : (pl is not null && pr is not null) || (pl is null && pr is null))
                {
                    continue;
                }

                var leftOk = pl is null || (a.Length > b.Length && pl.TrueForAll(x => right[x].Length < a.Length));
                var rightOk = pr is null || (b.Length > a.Length && pr.TrueForAll(x => left[x].Length < b.Length));
                if (!leftOk || !rightOk)
                {
                    continue;
                }

                (partnersLeft.TryGetValue(pair.L, out var listL) ? listL : partnersLeft[pair.L] = []).Add(pair.R);
                (partnersRight.TryGetValue(pair.R, out var listR) ? listR : partnersRight[pair.R] = []).Add(pair.L);
                accepted.Add(pair);
            }
        }

        return accepted;
    }

    /// <summary>Prepares the events of one input, with a problem for each that cannot be matched.</summary>
    internal static MatchableEvent[] Prepare(int k, InputData input, MatchOptions options, List<Problem>? problems)
    {
        var profiles = new Dictionary<ActorId, ActorProfile>();
        ActorProfile Profile(ActorId id)
        {
            if (!profiles.TryGetValue(id, out var profile))
            {
                profile = input.Actors.TryGetValue(id, out var actor)
                    ? ActorProfile.Of(actor, x => input.Actors.GetValueOrDefault(x))
                    : ActorProfile.Undeclared(id);
                profiles[id] = profile;
            }

            return profile;
        }

        var events = new MatchableEvent[input.Engagements.Count];
        for (var i = 0; i < events.Length; i++)
        {
            var e = events[i] = MatchableEvent.Create(k, i, input.Engagements[i], Profile, options);
            if (e.Unmatchable is { } reason && problems is not null)
            {
                problems.Add(new Problem
                {
                    Code = reason switch
                    {
                        UnmatchableReason.NoCoordinates => "match.no-coordinates",
                        UnmatchableReason.TimeTooVague => "match.time-too-vague",
                        _ => "match.no-time",
                    },
                    Severity = ValidationSeverity.Info,
                    Message = reason switch
                    {
                        UnmatchableReason.NoCoordinates => "The engagement has no site with coordinates, so no distance can be measured: it is passed through unmatched.",
                        UnmatchableReason.TimeTooVague => string.Create(CultureInfo.InvariantCulture, $"The engagement's time ({e.Engagement.Time}) covers {e.Length} days, more than the {options.MaxWindowDays} matched (--max-window-days): it is passed through unmatched."),
                        _ => "The engagement has no time: it is passed through unmatched.",
                    },
                    File = input.Name,
                    Value = e.DatasetId,
                    Path = "engagements[" + i.ToString(CultureInfo.InvariantCulture) + "]",
                });
            }
        }

        return events;
    }

    private static EventReference Reference(List<InputData> inputs, MatchableEvent e) => new()
    {
        Input = e.Input,
        File = inputs[e.Input].Name,
        DatasetId = e.DatasetId,
        EngagementId = e.Engagement.Id,
    };

    /// <summary>
    /// Qualifies each input whose engagement-scoped ids collide with an earlier input's (all of its engagement-scoped ids
    /// get its label), and renames each actor or source declared differently by an earlier input.
    /// </summary>
    private static void Qualify(List<InputData> inputs, List<Problem> problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var actors = new Dictionary<ActorId, Actor>();
        var sources = new Dictionary<SourceId, Source>();
        foreach (var input in inputs)
        {
            var collides = input.Engagements.Any(e => IdQualifier.IdsOf(e).Any(ids.Contains));
            var actorMap = new Dictionary<ActorId, ActorId>();
            var sourceMap = new Dictionary<SourceId, SourceId>();
            foreach (var a in input.Actors.Values)
            {
                if (actors.TryGetValue(a.Id, out var earlier) && !earlier.Equals(a))
                {
                    actorMap[a.Id] = new ActorId(input.Label + ":" + a.Id.Value);
                }
            }

            foreach (var s in input.Sources.Values)
            {
                if (sources.TryGetValue(s.Id, out var earlier) && !earlier.Equals(s))
                {
                    sourceMap[s.Id] = new SourceId(input.Label + ":" + s.Id.Value);
                }
            }

            var qualifier = new IdQualifier(input.Label, collides, actorMap, sourceMap);
            if (qualifier.Changes)
            {
                input.Apply(qualifier);
                problems.Add(new Problem
                {
                    Code = "match.ids-qualified",
                    Severity = ValidationSeverity.Info,
                    Message = $"Ids of this input are also an earlier input's ({(collides ? "engagement ids and the ids within them" : string.Empty)}{(collides && actorMap.Count + sourceMap.Count > 0 ? "; " : string.Empty)}{(actorMap.Count + sourceMap.Count > 0 ? $"{actorMap.Count} actors and {sourceMap.Count} sources declared differently" : string.Empty)}): they are kept apart, prefixed with '{input.Label}:'.",
                    File = input.Name,
                    Value = input.Label,
                });
            }

            foreach (var e in input.Engagements)
            {
                ids.UnionWith(IdQualifier.IdsOf(e));
            }

            foreach (var a in input.Actors.Values)
            {
                actors.TryAdd(a.Id, a);
            }

            foreach (var s in input.Sources.Values)
            {
                sources.TryAdd(s.Id, s);
            }
        }
    }

    /// <summary>Scores each candidate as the index finds it, keeping those that reach the threshold.</summary>
    private readonly struct ScoringSink(MatchableEvent[] left, MatchableEvent[] right, MatchOptions options) : ICandidateSink
    {
        private readonly ActorSimilarityCache _actors = new();

        public List<(int L, int R, PairScore Score)> Scored { get; } = [];

        public void Candidate(int l, int r)
        {
            if (MatchScorer.TryMatch(left[l], right[r], options, _actors, out var score))
            {
                Scored.Add((l, r, score));
            }
        }
    }
}
