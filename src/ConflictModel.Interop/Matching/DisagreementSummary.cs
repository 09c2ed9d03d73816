using ConflictModel.Collections;

namespace ConflictModel.Interop.Matching;

/// <summary>How far the inputs disagree over all the merged figures that more than one input counts.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DisagreementSummary
{
    /// <summary>Gets the number of figures compared (figures of merged engagements counted by two or more inputs).</summary>
    public long Compared { get; init; }

    /// <summary>Gets how many of them all inputs count the same.</summary>
    public long Equal { get; init; }

    /// <summary>Gets how many have a lowest count of 0 and a higher one (no finite ratio).</summary>
    public long ZeroAgainstNonZero { get; init; }

    /// <summary>Gets how many have a ratio of 2 or more (one input counts at least twice another).</summary>
    public long TwiceOrMore { get; init; }

    /// <summary>Gets the median of the finite ratios (highest over lowest), or null when there are none.</summary>
    public double? MedianRatio { get; init; }

    /// <summary>Gets the largest finite ratio, or null when there are none.</summary>
    public double? MaxRatio { get; init; }

    /// <summary>Gets, per input (in input order), how many compared figures it counts strictly higher than every other input.</summary>
    public required EquatableArray<long> HighestAlone { get; init; }
}
