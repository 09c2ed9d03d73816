using System.Linq;
using ConflictModel.Collections;

namespace ConflictModel.Interop.Wikipedia;

/// <summary>
/// What <see cref="CasualtyParser"/> read from one field: the estimates, and every stretch of the input
/// with what it was taken to be, so that nothing is dropped silently.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record CasualtyParseResult
{
    /// <summary>Gets the text that was parsed (an empty string for <see langword="null"/> input).</summary>
    public required string Input { get; init; }

    /// <summary>Gets the estimates in the order they appear.</summary>
    public required EquatableArray<ParsedEstimate> Estimates { get; init; }

    /// <summary>
    /// Gets every stretch of the input in order: estimates, labels, "unknown"s, references, markup, separators
    /// and unparsed text. They never overlap and together cover the input exactly.
    /// </summary>
    public required EquatableArray<CasualtySpan> Spans { get; init; }

    /// <summary>Gets the stretches the parser did not understand.</summary>
    public EquatableArray<CasualtySpan> Unparsed => EquatableArray.From(Spans.Where(s => s.Kind == CasualtySpanKind.Unparsed));

    /// <summary>Gets a value indicating whether every stretch was understood (no <see cref="CasualtySpanKind.Unparsed"/> span).</summary>
    public bool IsComplete => Spans.All(s => s.Kind != CasualtySpanKind.Unparsed);
}
