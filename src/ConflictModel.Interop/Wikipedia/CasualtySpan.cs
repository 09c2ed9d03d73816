namespace ConflictModel.Interop.Wikipedia;

/// <summary>A stretch [<see cref="Start"/>, <see cref="Start"/> + <see cref="Length"/>) of the parsed text and what it was taken to be.</summary>
/// <remarks>The spans of one <see cref="CasualtyParseResult"/> are in order, never overlap and together cover the whole input.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record CasualtySpan
{
    /// <summary>Gets the offset of the first character in the input, counted in UTF-16 code units.</summary>
    public required int Start { get; init; }

    /// <summary>Gets the number of characters; at least 1.</summary>
    public required int Length { get; init; }

    /// <summary>Gets what the stretch was taken to be.</summary>
    public required CasualtySpanKind Kind { get; init; }

    /// <summary>Gets the input's characters in the span, verbatim.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the offset just after the last character.</summary>
    public int End => Start + Length;

    /// <summary>Returns "Kind [start, end): text".</summary>
    /// <returns>A compact text form for messages.</returns>
    public override string ToString() => $"{Kind} [{Start}, {End}): {Text}";
}
