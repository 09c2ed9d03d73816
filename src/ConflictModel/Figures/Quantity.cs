using System;
using System.Globalization;

namespace ConflictModel.Figures;

/// <summary>
/// A number as a source stated it: exact, at least, at most, about, a range (possibly open-ended, as in
/// "30–60+"), or a qualitative word ("dozens") with the range the library assigns to it.
/// </summary>
/// <remarks>
/// <para>
/// Which members are meaningful depends on <see cref="Form"/>: <see cref="Value"/> for exact, at least,
/// at most and about; <see cref="Low"/>, <see cref="High"/> and <see cref="OpenEnded"/> for a range;
/// <see cref="Approximate"/> also for a range;
/// <see cref="Term"/>, <see cref="Low"/> and <see cref="High"/> (null for no upper limit) for a
/// qualitative term. Build quantities with the factory methods, which check their arguments; the members
/// are also settable through object initialisers so that a deserialiser can build any value, and
/// validation reports a combination that does not fit its form.
/// </para>
/// <para>All numbers are counts and must not be negative.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Quantity
{
    /// <summary>Gets the shape of the number.</summary>
    public required QuantityForm Form { get; init; }

    /// <summary>Gets the stated number for exact, at-least, at-most and about forms; otherwise <see langword="null"/>.</summary>
    public long? Value { get; init; }

    /// <summary>Gets the lower end of a range or of a qualitative term's range; otherwise <see langword="null"/>.</summary>
    public long? Low { get; init; }

    /// <summary>
    /// Gets the upper end of a range, or of a qualitative term's range (<see langword="null"/> when the term
    /// has no upper limit, as "many"); otherwise <see langword="null"/>.
    /// </summary>
    public long? High { get; init; }

    /// <summary>Gets a value indicating whether a range's high end is itself a minimum ("30–60+").</summary>
    public bool OpenEnded { get; init; }

    /// <summary>
    /// Gets a value indicating whether a range is itself approximate ("c. 3,000–4,000", "about 30 to 40"):
    /// its ends are rounded figures, as the number of an "about" estimate is.
    /// </summary>
    /// <remarks>
    /// Only a range can be approximate (validation reports it on any other form, rule CM1011); for a
    /// single approximate number use <see cref="QuantityForm.About"/>. Reconciliation widens an
    /// approximate range by the policy's <see cref="ReconciliationPolicy.ApproximateTolerance"/> as it
    /// widens "about n": with a tolerance of 0.1, "c. 3,000–4,000" allows 2,700 to 4,400. With the default
    /// tolerance of 0 it counts as the plain range. An open-ended approximate range ("c. 30–60+") is
    /// widened below only.
    /// </remarks>
    public bool Approximate { get; init; }

    /// <summary>Gets the qualitative term ("dozens", "several") for the qualitative form; otherwise <see langword="null"/>.</summary>
    public string? Term { get; init; }

    /// <summary>Creates an exact quantity ("fourteen").</summary>
    /// <param name="value">The number; not negative.</param>
    /// <returns>A quantity of form <see cref="QuantityForm.Exact"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Quantity Exactly(long value) => Single(QuantityForm.Exact, value);

    /// <summary>Creates a minimum ("at least 30").</summary>
    /// <param name="value">The minimum; not negative.</param>
    /// <returns>A quantity of form <see cref="QuantityForm.AtLeast"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Quantity AtLeast(long value) => Single(QuantityForm.AtLeast, value);

    /// <summary>Creates a maximum ("up to 20").</summary>
    /// <param name="value">The maximum; not negative.</param>
    /// <returns>A quantity of form <see cref="QuantityForm.AtMost"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Quantity AtMost(long value) => Single(QuantityForm.AtMost, value);

    /// <summary>Creates an approximation ("about 40").</summary>
    /// <param name="value">The stated number; not negative.</param>
    /// <returns>A quantity of form <see cref="QuantityForm.About"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Quantity About(long value) => Single(QuantityForm.About, value);

    /// <summary>Creates a range ("30 to 60"), or with <paramref name="openEnded"/> a range whose top is a minimum ("30–60+").</summary>
    /// <param name="low">The lower end; not negative.</param>
    /// <param name="high">The upper end; not below <paramref name="low"/>.</param>
    /// <param name="openEnded">Whether <paramref name="high"/> is itself a minimum.</param>
    /// <returns>A quantity of form <see cref="QuantityForm.Range"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="low"/> is negative or <paramref name="high"/> is below it.</exception>
    public static Quantity Between(long low, long high, bool openEnded = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(low);
        ArgumentOutOfRangeException.ThrowIfLessThan(high, low);
        return new Quantity { Form = QuantityForm.Range, Low = low, High = high, OpenEnded = openEnded };
    }

    /// <summary>Creates an approximate range ("c. 3,000–4,000", "some 30 to 40 killed"): see <see cref="Approximate"/>.</summary>
    /// <param name="low">The lower end; not negative.</param>
    /// <param name="high">The upper end; not below <paramref name="low"/>.</param>
    /// <returns>A quantity of form <see cref="QuantityForm.Range"/> with <see cref="Approximate"/> set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="low"/> is negative or <paramref name="high"/> is below it.</exception>
    public static Quantity AboutBetween(long low, long high) => Between(low, high) with { Approximate = true };

    /// <summary>
    /// Creates a qualitative quantity ("dozens") with the range <paramref name="terms"/> assigns to it, or
    /// <see cref="QualitativeTermTable.Default"/> when <paramref name="terms"/> is <see langword="null"/>.
    /// </summary>
    /// <param name="term">The word as the source used it; looked up ignoring case and surrounding spaces.</param>
    /// <param name="terms">The table of ranges to use; the library default when <see langword="null"/>.</param>
    /// <returns>A quantity of form <see cref="QuantityForm.Qualitative"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="term"/> is not in the table; use <see cref="Qualitative(string, long, long?)"/> to give its range.</exception>
    public static Quantity Qualitative(string term, QualitativeTermTable? terms = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(term);
        var table = terms ?? QualitativeTermTable.Default;
        if (!table.TryGetRange(term, out var low, out var high))
        {
            throw new ArgumentException(
                $"The qualitative term '{term}' is not in the table. Known terms: {string.Join(", ", table.Terms)}. " +
                "Give its range explicitly with Quantity.Qualitative(term, low, high) or add it with QualitativeTermTable.With.",
                nameof(term));
        }

        return new Quantity { Form = QuantityForm.Qualitative, Term = term.Trim(), Low = low, High = high };
    }

    /// <summary>Creates a qualitative quantity with an explicit range, overriding the library's table.</summary>
    /// <param name="term">The word as the source used it.</param>
    /// <param name="low">The smallest number the term can mean; not negative.</param>
    /// <param name="high">The largest number it can mean, or <see langword="null"/> for no upper limit.</param>
    /// <returns>A quantity of form <see cref="QuantityForm.Qualitative"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="low"/> is negative or <paramref name="high"/> is below it.</exception>
    public static Quantity Qualitative(string term, long low, long? high)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(term);
        ArgumentOutOfRangeException.ThrowIfNegative(low);
        if (high is { } h)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(h, low, nameof(high));
        }

        return new Quantity { Form = QuantityForm.Qualitative, Term = term.Trim(), Low = low, High = high };
    }

    /// <summary>
    /// Gets the smallest number the quantity allows: the value for exact, at-least and about; zero for at
    /// most; the low end for a range or term. <see langword="null"/> when the members do not fit the form.
    /// </summary>
    public long? LowerBound => Form switch
    {
        QuantityForm.Exact or QuantityForm.AtLeast or QuantityForm.About => Value,
        QuantityForm.AtMost => Value is null ? null : 0,
        QuantityForm.Range or QuantityForm.Qualitative => Low,
        _ => null,
    };

    /// <summary>
    /// Gets the largest number the quantity allows, or <see langword="null"/> when it has no upper limit
    /// (at least, open-ended range, a term such as "many") or the members do not fit the form.
    /// </summary>
    public long? UpperBound => Form switch
    {
        QuantityForm.Exact or QuantityForm.AtMost or QuantityForm.About => Value,
        QuantityForm.Range => OpenEnded ? null : High,
        QuantityForm.Qualitative => High,
        _ => null,
    };

    /// <summary>Gets a value indicating whether the source gave a number rather than a word.</summary>
    public bool IsNumeric => Form != QuantityForm.Qualitative;

    /// <summary>Returns the quantity in compact English: "14", "≥30", "≤20", "~40", "30–60+", "~3000–4000", "dozens (24–99)".</summary>
    /// <returns>A culture-independent text form.</returns>
    public override string ToString() => Form switch
    {
        QuantityForm.Exact => N(Value),
        QuantityForm.AtLeast => "≥" + N(Value),
        QuantityForm.AtMost => "≤" + N(Value),
        QuantityForm.About => "~" + N(Value),
        QuantityForm.Range => (Approximate ? "~" : string.Empty) + N(Low) + "–" + N(High) + (OpenEnded ? "+" : string.Empty),
        QuantityForm.Qualitative => Term + " (" + N(Low) + "–" + (High is null ? "?" : N(High)) + ")",
        _ => Form.ToString(),
    };

    private static string N(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";

    private static Quantity Single(QuantityForm form, long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        return new Quantity { Form = form, Value = value };
    }
}
