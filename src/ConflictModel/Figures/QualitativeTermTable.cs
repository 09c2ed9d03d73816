using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ConflictModel.Figures;

/// <summary>
/// The ranges the library assigns to words used instead of numbers ("several", "dozens"), so that a
/// qualitative estimate can take part in reconciliation. Immutable; derive a new table with
/// <see cref="With"/> to override an entry or add a term.
/// </summary>
/// <remarks>
/// <para>The default table (documented in docs/modelling-guide.md):</para>
/// <list type="table">
/// <listheader><term>term</term><description>range</description></listheader>
/// <item><term>a few, few</term><description>2–5</description></item>
/// <item><term>several</term><description>3–9</description></item>
/// <item><term>a dozen</term><description>10–14</description></item>
/// <item><term>dozens</term><description>24–99 (two dozen up to the next order of magnitude)</description></item>
/// <item><term>several dozen</term><description>36–108 (several times twelve)</description></item>
/// <item><term>scores</term><description>40–199</description></item>
/// <item><term>hundreds</term><description>200–999</description></item>
/// <item><term>thousands</term><description>2,000–9,999</description></item>
/// <item><term>tens of thousands</term><description>20,000–99,999</description></item>
/// <item><term>some, a number of</term><description>2 or more, no upper limit</description></item>
/// <item><term>many, numerous</term><description>10 or more, no upper limit</description></item>
/// </list>
/// <para>Terms are matched ignoring case and surrounding white space.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class QualitativeTermTable
{
    private readonly ImmutableDictionary<string, (long Low, long? High)> _ranges;

    private QualitativeTermTable(ImmutableDictionary<string, (long Low, long? High)> ranges) => _ranges = ranges;

    /// <summary>Gets the library's default table, described in the remarks.</summary>
    public static QualitativeTermTable Default { get; } = new QualitativeTermTable(
        ImmutableDictionary.Create<string, (long Low, long? High)>(StringComparer.OrdinalIgnoreCase))
        .With("a few", 2, 5)
        .With("few", 2, 5)
        .With("several", 3, 9)
        .With("a dozen", 10, 14)
        .With("dozens", 24, 99)
        .With("several dozen", 36, 108)
        .With("scores", 40, 199)
        .With("hundreds", 200, 999)
        .With("thousands", 2_000, 9_999)
        .With("tens of thousands", 20_000, 99_999)
        .With("some", 2, null)
        .With("a number of", 2, null)
        .With("many", 10, null)
        .With("numerous", 10, null);

    /// <summary>Gets the known terms in ordinal order.</summary>
    public IEnumerable<string> Terms => _ranges.Keys.OrderBy(k => k, StringComparer.Ordinal);

    /// <summary>Returns a new table in which <paramref name="term"/> means <paramref name="low"/> to <paramref name="high"/>.</summary>
    /// <param name="term">The word; replaces any entry that matches ignoring case.</param>
    /// <param name="low">The smallest number the term can mean; not negative.</param>
    /// <param name="high">The largest, or <see langword="null"/> for no upper limit; not below <paramref name="low"/>.</param>
    /// <returns>A new table; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="term"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="low"/> is negative or <paramref name="high"/> is below it.</exception>
    public QualitativeTermTable With(string term, long low, long? high)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(term);
        ArgumentOutOfRangeException.ThrowIfNegative(low);
        if (high is { } h)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(h, low, nameof(high));
        }

        return new QualitativeTermTable(_ranges.SetItem(term.Trim(), (low, high)));
    }

    /// <summary>Looks up the range of <paramref name="term"/>.</summary>
    /// <param name="term">The word, matched ignoring case and surrounding white space.</param>
    /// <param name="low">The smallest number the term means, when found.</param>
    /// <param name="high">The largest, or <see langword="null"/> for no upper limit, when found.</param>
    /// <returns><see langword="true"/> when the term is in the table.</returns>
    public bool TryGetRange(string term, out long low, out long? high)
    {
        if (term is not null && _ranges.TryGetValue(term.Trim(), out var range))
        {
            (low, high) = range;
            return true;
        }

        (low, high) = (0, null);
        return false;
    }
}
