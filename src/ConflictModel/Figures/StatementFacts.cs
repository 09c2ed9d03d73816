using ConflictModel.Engagements;
using ConflictModel.Sources;
using NodaTime;

namespace ConflictModel.Figures;

/// <summary>What reconciliation needs to know about one statement, worked out once per engagement.</summary>
internal sealed class StatementFacts
{
    public required SourcedStatement Statement { get; init; }

    public Source? Source { get; init; }

    /// <summary>Gets the side the source speaks for, or <see langword="null"/> for an independent source.</summary>
    public Side? PartisanSide { get; init; }

    /// <summary>Gets the source's name followed by its relays ("a local official via AFP").</summary>
    public required string Name { get; init; }

    public Credibility? Credibility { get; init; }

    /// <summary>Gets a value indicating whether the reporting window is known (<see cref="Start"/> and <see cref="End"/> are set).</summary>
    public bool HasWindow { get; init; }

    public Instant Start { get; init; }

    public Instant End { get; init; }

    /// <summary>Whether this statement was certainly reported by <paramref name="cutoff"/> (its window ends by then).</summary>
    public bool KnownBy(Instant cutoff) => HasWindow && End <= cutoff;

    /// <summary>Whether this statement was certainly reported after <paramref name="earlier"/> (its window starts when the other's has ended).</summary>
    public bool IsLaterThan(StatementFacts earlier) => HasWindow && earlier.HasWindow && earlier.End <= Start;
}
