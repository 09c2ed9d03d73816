using System.Collections.Generic;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Matching;

/// <summary>What <see cref="DatasetMatcher"/> gives back: the merged document, the matched pairs, the disagreement per figure, the counts and the problems.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class MatchResult
{
    internal MatchResult(DatasetDocument document, IReadOnlyList<EventMatch> matches, IReadOnlyList<FigureDisagreement> disagreements, MatchSummary summary, IReadOnlyList<Problem> problems)
    {
        Document = document;
        Matches = matches;
        Disagreements = disagreements;
        Summary = summary;
        Problems = problems;
    }

    /// <summary>Gets the merged document: every input's sources and actors, one engagement per group of matched events, and every unmatched engagement unchanged (its ids qualified when they collided).</summary>
    public DatasetDocument Document { get; }

    /// <summary>Gets the matched pairs, by left input, left event, right input, then right event.</summary>
    public IReadOnlyList<EventMatch> Matches { get; }

    /// <summary>Gets the disagreement of each merged figure that two or more inputs count, in the merged document's order.</summary>
    public IReadOnlyList<FigureDisagreement> Disagreements { get; }

    /// <summary>Gets the counts.</summary>
    public MatchSummary Summary { get; }

    /// <summary>Gets one problem (severity info) per event that could not be matched, located by input and engagement: codes <c>match.no-coordinates</c>, <c>match.time-too-vague</c>, <c>match.no-time</c>; and one per input whose ids were qualified (<c>match.ids-qualified</c>).</summary>
    public IReadOnlyList<Problem> Problems { get; }
}
