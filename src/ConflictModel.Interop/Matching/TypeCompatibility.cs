using System;
using System.Globalization;
using ConflictModel.Engagements;

namespace ConflictModel.Interop.Matching;

/// <summary>
/// How compatible two engagement types are as the same event seen by two datasets, from 0 (never) to 1 (the same
/// type), symmetric. The model's taxonomy is what the importers map to: GED's type of violence 1 and 2 become
/// <see cref="EngagementType.Battle"/> and 3 <see cref="EngagementType.ViolenceAgainstCivilians"/>; ACLED's event and
/// sub-event types become battle, attack, bombing, violence against civilians or other (docs/interop.md).
/// </summary>
/// <remarks>
/// A score of 0 removes the pair from the candidates. The default table (<see cref="Default"/>, docs/matching.md) gives
/// 1 to the same type; 0.8 between the kinds of fighting (battle, attack, ambush, raid, siege, bombing), since GED's
/// state-based and non-state types hold ACLED's battles, explosions and remote violence alike; 0.6 between violence
/// against civilians and attack or bombing (a one-sided attack by explosive); 0.4 between battle and violence against
/// civilians (the datasets disagree on who was fighting); 1 between other and other, and 0 between other and any
/// violence (ACLED's arrests and strategic developments have no GED counterpart).
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class TypeCompatibility : IEquatable<TypeCompatibility>
{
    private const int Count = 9;
    private readonly double[] _scores;

    private TypeCompatibility(double[] scores) => _scores = scores;

    /// <summary>Gets the default table described in the remarks.</summary>
    public static TypeCompatibility Default { get; } = CreateDefault();

    /// <summary>Gets the compatibility of two types.</summary>
    /// <param name="a">One event's type.</param>
    /// <param name="b">The other's.</param>
    /// <returns>A score from 0 to 1; 0 for a value outside the enumeration.</returns>
    public double Of(EngagementType a, EngagementType b) =>
        (int)a is > 0 and < Count && (int)b is > 0 and < Count ? _scores[((int)a * Count) + (int)b] : 0;

    /// <summary>Returns a table like this one, with the compatibility of <paramref name="a"/> and <paramref name="b"/> (both ways) set.</summary>
    /// <param name="a">One type.</param>
    /// <param name="b">The other (may be the same).</param>
    /// <param name="score">From 0 (never the same event) to 1.</param>
    /// <returns>A new table; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A type is not defined, or <paramref name="score"/> is outside 0 to 1.</exception>
    public TypeCompatibility With(EngagementType a, EngagementType b, double score)
    {
        if (!Enum.IsDefined(a))
        {
            throw new ArgumentOutOfRangeException(nameof(a), a, "Unknown engagement type.");
        }

        if (!Enum.IsDefined(b))
        {
            throw new ArgumentOutOfRangeException(nameof(b), b, "Unknown engagement type.");
        }

        if (score is not (>= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A compatibility is from 0 to 1.");
        }

        var scores = (double[])_scores.Clone();
        scores[((int)a * Count) + (int)b] = score;
        scores[((int)b * Count) + (int)a] = score;
        return new TypeCompatibility(scores);
    }

    /// <inheritdoc/>
    public bool Equals(TypeCompatibility? other) => other is not null && _scores.AsSpan().SequenceEqual(other._scores);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TypeCompatibility);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var s in _scores)
        {
            hash.Add(s);
        }

        return hash.ToHashCode();
    }

    /// <summary>Describes the pairs with a score above 0, for diagnostics.</summary>
    /// <returns>Lines "a~b: score".</returns>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder();
        foreach (var a in Enum.GetValues<EngagementType>())
        {
            foreach (var b in Enum.GetValues<EngagementType>())
            {
                if (a <= b && Of(a, b) > 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{a}~{b}: {Of(a, b)}; ");
                }
            }
        }

        return text.ToString().TrimEnd(' ', ';');
    }

    private static TypeCompatibility CreateDefault()
    {
        var table = new TypeCompatibility(new double[Count * Count]);
        EngagementType[] fighting = [EngagementType.Battle, EngagementType.Attack, EngagementType.Ambush, EngagementType.Raid, EngagementType.Siege, EngagementType.Bombing];
        foreach (var a in fighting)
        {
            foreach (var b in fighting)
            {
                table = table.With(a, b, a == b ? 1 : 0.8);
            }
        }

        table = table.With(EngagementType.ViolenceAgainstCivilians, EngagementType.ViolenceAgainstCivilians, 1)
            .With(EngagementType.ViolenceAgainstCivilians, EngagementType.Attack, 0.6)
            .With(EngagementType.ViolenceAgainstCivilians, EngagementType.Bombing, 0.6)
            .With(EngagementType.ViolenceAgainstCivilians, EngagementType.Raid, 0.6)
            .With(EngagementType.ViolenceAgainstCivilians, EngagementType.Ambush, 0.4)
            .With(EngagementType.ViolenceAgainstCivilians, EngagementType.Siege, 0.4)
            .With(EngagementType.ViolenceAgainstCivilians, EngagementType.Battle, 0.4)
            .With(EngagementType.Other, EngagementType.Other, 1);
        return table;
    }
}
