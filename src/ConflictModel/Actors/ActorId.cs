using System;

namespace ConflictModel.Actors;

/// <summary>
/// Identifies an actor (a belligerent, a group of civilians, a government) within a dataset document, for example <c>"jnim"</c>; written as a plain JSON string.
/// </summary>
/// <remarks>
/// Ids are compared ordinally and case-sensitively. Well-formedness (non-blank, at most 128 characters of
/// letters, digits, '-', '_', '.' and ':') is checked by validation, not here, so that a document read
/// from untrusted input can be reported on rather than rejected half-built.
/// </remarks>
/// <param name="Value">The id as written in JSON.</param>
public readonly record struct ActorId(string Value) : IComparable<ActorId>
{
    /// <summary>Compares ids ordinally, which gives a stable, culture-independent order.</summary>
    /// <param name="other">The id to compare with.</param>
    /// <returns>A negative number, zero or a positive number, as <see cref="string.CompareOrdinal(string, string)"/>.</returns>
    public int CompareTo(ActorId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the id's text, or an empty string for a default id.</summary>
    /// <returns>The value as written in JSON.</returns>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Orders ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(ActorId left, ActorId right) => left.CompareTo(right) < 0;

    /// <summary>Orders ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(ActorId left, ActorId right) => left.CompareTo(right) > 0;

    /// <summary>Orders ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(ActorId left, ActorId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(ActorId left, ActorId right) => left.CompareTo(right) >= 0;
}
