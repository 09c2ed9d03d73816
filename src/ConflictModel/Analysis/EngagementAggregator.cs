using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Collections;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using NodaTime;
using NodaTime.Calendars;

namespace ConflictModel.Analysis;

/// <summary>
/// Counts the engagements of documents, one document at a time, into groups: sums of reconciled ranges that keep
/// open highs open, never add a part to its whole, and put what a key cannot place in a not-assignable row.
/// </summary>
/// <remarks>
/// <para>
/// Memory grows with the number of groups, not with the documents: add the batches of a stream as they come
/// (<see cref="AggregateAsync"/> does). The period keys place an engagement by its time window: one whose window
/// (from its start to the end of its last unit of precision) lies in one period is counted there; one known only
/// more coarsely ("2025" grouped by month) or spanning two periods is not assignable for that key.
/// </para>
/// <para>
/// The place keys take the country (and first-level division) of the engagement's sites: when its sites name
/// none, or more than one, the engagement is not assignable for that key.
/// </para>
/// </remarks>
/// <threadsafety>Mutable; one thread at a time.</threadsafety>
public sealed class EngagementAggregator
{
    private readonly AggregationOptions _options;
    private readonly Dictionary<string?[], Sums> _groups = new(KeyComparer.Instance);
    private readonly Dictionary<int, string> _labels = [];
    private readonly string?[] _values;
    private readonly int _period = -1;
    private readonly int _role = -1;
    private Sums _total;

    /// <summary>Initializes an aggregator.</summary>
    /// <param name="options">What to count and how to group it.</param>
    /// <exception cref="ArgumentException">The keys are not a grouping (an undefined or repeated key, two periods), or <see cref="AggregationOptions.CoarseTime"/> is undefined.</exception>
    public EngagementAggregator(AggregationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Check();
        _options = options;
        _values = new string?[options.Keys.Count];
        for (var i = 0; i < options.Keys.Count; i++)
        {
            if (AggregationOptions.IsPeriod(options.Keys[i]))
            {
                _period = i;
            }
            else if (options.Keys[i] == GroupKey.SideRole)
            {
                _role = i;
            }
        }
    }

    /// <summary>Counts every engagement of <paramref name="document"/>.</summary>
    /// <param name="document">A document; its sources and actors resolve the statements that reconciliation reads.</param>
    public void Add(DatasetDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var index = new DocumentIndex(document);
        var keys = _options.Keys;
        foreach (var engagement in document.Engagements)
        {
            for (var i = 0; i < _values.Length; i++)
            {
                _values[i] = i == _period || i == _role ? null : ValueOf(engagement, keys[i], index);
            }

            var context = new ReconciliationContext(index, engagement);
            List<(DateKey Period, long Weight)>? periods = null;
            if (_period >= 0)
            {
                var (label, spread) = PeriodOf(engagement, keys[_period]);
                _values[_period] = label;
                periods = spread;
            }

            if (_role < 0)
            {
                var toll = EngagementToll.Of(engagement, context, _options);
                _total = _total.Plus(toll, spread: periods is not null);
                AddShare(toll, periods);
                continue;
            }

            var shares = EngagementToll.ByRole(engagement, context, _options);
            var whole = default(EngagementToll);
            foreach (var (role, toll) in shares)
            {
                whole = whole.Plus(toll);
                _values[_role] = role;
                AddShare(toll, periods);
            }

            _total = _total.Plus(whole, spread: periods is not null);
        }
    }

    /// <summary>Adds one count to the row of <see cref="_values"/>, or spreads it over <paramref name="periods"/>.</summary>
    private void AddShare(EngagementToll toll, List<(DateKey Period, long Weight)>? periods)
    {
        if (periods is null)
        {
            AddTo(toll, spread: false);
            return;
        }

        var weights = new long[periods.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = periods[i].Weight;
        }

        var (lows, bests, highs) = (Share(toll.Low, weights), Share(toll.Best, weights), Share(toll.High, weights));
        for (var i = 0; i < periods.Count; i++)
        {
            _values[_period] = Label(periods[i].Period);
            AddTo(toll with { Low = lows[i], Best = bests[i], High = highs[i] }, spread: true);
        }
    }

    private void AddTo(EngagementToll toll, bool spread)
    {
        ref var sums = ref CollectionsMarshal.GetValueRefOrNullRef(_groups, _values);
        if (Unsafe.IsNullRef(ref sums))
        {
            _groups.Add([.. _values], default(Sums).Plus(toll, spread));
        }
        else
        {
            sums = sums.Plus(toll, spread);
        }
    }

    /// <summary>
    /// Shares <paramref name="value"/> out in proportion to <paramref name="weights"/> by the largest-remainder method:
    /// whole numbers that add up to it exactly, the remainder going to the largest fractions (earlier first on a tie).
    /// </summary>
    internal static long[] Share(long value, long[] weights)
    {
        Int128 total = 0;
        foreach (var w in weights)
        {
            total += w;
        }

        var shares = new long[weights.Length];
        var remainders = new Int128[weights.Length];
        long given = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var exact = (Int128)value * weights[i];
            shares[i] = (long)(exact / total);
            remainders[i] = exact % total;
            given += shares[i];
        }

        for (var left = value - given; left > 0; left--)
        {
            var best = -1;
            for (var i = 0; i < weights.Length; i++)
            {
                if (remainders[i] >= 0 && (best < 0 || remainders[i] > remainders[best]))
                {
                    best = i;
                }
            }

            shares[best]++;
            remainders[best] = -1;
        }

        return shares;
    }

    /// <summary>Gets the rows and the total of everything added so far.</summary>
    /// <returns>The result; adding more documents afterwards does not change it.</returns>
    public AggregationResult ToResult()
    {
        var rows = _groups.OrderBy(g => g.Key, KeyOrder.Instance).Select(g => g.Value.ToRow([.. g.Key])).ToArray();
        return new AggregationResult
        {
            Options = _options,
            Rows = rows,
            Total = _total.ToRow([]),
            NotAssignable = rows.Where(r => r.NotAssignable).Sum(r => r.Engagements),
        };
    }

    /// <summary>Counts every engagement of a stream of documents (the batches of an import, the lines of a JSON Lines file).</summary>
    /// <param name="documents">The documents, read one at a time.</param>
    /// <param name="options">What to count and how to group it.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The rows and the total.</returns>
    /// <exception cref="ArgumentException">The keys are not a grouping.</exception>
    public static async Task<AggregationResult> AggregateAsync(IAsyncEnumerable<DatasetDocument> documents, AggregationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var aggregator = new EngagementAggregator(options);
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            aggregator.Add(document);
        }

        return aggregator.ToResult();
    }

    /// <summary>Counts the engagements of one document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">What to count and how to group it.</param>
    /// <returns>The rows and the total.</returns>
    /// <exception cref="ArgumentException">The keys are not a grouping.</exception>
    public static AggregationResult Aggregate(DatasetDocument document, AggregationOptions options)
    {
        var aggregator = new EngagementAggregator(options);
        aggregator.Add(document);
        return aggregator.ToResult();
    }

    /// <summary>The value of <paramref name="key"/> for an engagement, or <see langword="null"/> when the key cannot place it.</summary>
    internal static string? ValueOf(Engagement engagement, GroupKey key, DocumentIndex index) => key switch
    {
        GroupKey.Initiator => InitiatingSide(engagement) is { } side ? string.Join("+", side.ActorIds.Select(a => a.Value).Order(StringComparer.Ordinal)) : null,
        GroupKey.InitiatorKind => InitiatingSide(engagement) is { } side && side.ActorIds.Select(index.FindActor).ToList() is var actors && actors.TrueForAll(a => a is not null)
            ? string.Join("+", actors.Select(a => JsonNamingPolicy.CamelCase.ConvertName(a!.Kind.ToString())).Distinct().Order(StringComparer.Ordinal))
            : null,
        GroupKey.Day or GroupKey.Week or GroupKey.Month or GroupKey.Year => PeriodLabel(engagement, key),
        GroupKey.Country => Country(engagement),
        GroupKey.FirstLevelDivision => Single(engagement.Sites.Select(s => s.Administrative is { Divisions.Count: > 0 } path ? path.CountryCode + "/" + path.Divisions[0] : null)),
        GroupKey.EngagementType => JsonNamingPolicy.CamelCase.ConvertName(engagement.Type.ToString()),
        GroupKey.SideRole => null,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a group key."),
    };

    private static Side? InitiatingSide(Engagement engagement) =>
        engagement.Sides.FirstOrDefault(s => s.Role == SideRole.Attacker && s.ActorIds.Count > 0) ?? engagement.Sides.FirstOrDefault(s => s.ActorIds.Count > 0);

    private static string? Single(IEnumerable<string?> values)
    {
        string? found = null;
        foreach (var value in values)
        {
            if (value is null)
            {
                continue;
            }

            if (found is not null && !string.Equals(found, value, StringComparison.Ordinal))
            {
                return null;
            }

            found = value;
        }

        return found;
    }

    private static string? Country(Engagement engagement)
    {
        string? found = null;
        foreach (var site in engagement.Sites)
        {
            if (site.Administrative?.CountryCode is not { } code)
            {
                continue;
            }

            if (found is not null && !string.Equals(found, code, StringComparison.Ordinal))
            {
                return null;
            }

            found = code;
        }

        return found;
    }

    /// <summary>The engagement's period for <paramref name="key"/>, or <see langword="null"/> when its window covers several.</summary>
    internal static string? PeriodLabel(Engagement engagement, GroupKey key)
    {
        var (first, last) = Window(engagement, key);
        return first == last ? LabelOf(first) : null;
    }

    /// <summary>The window's first and last period (the last the one holding the window's last instant).</summary>
    private static (DateKey First, DateKey Last) Window(Engagement engagement, GroupKey key) =>
        (DateKey.Of(engagement.Time.WindowStart.Date, key), DateKey.Of(engagement.Time.WindowEnd.PlusTicks(-1).Date, key));

    /// <summary>
    /// The label of the engagement's period, or, when its window covers several: <see langword="null"/> under
    /// <see cref="CoarseTimeHandling.NotAssignable"/>, or each period it covers with the ticks of the window in it.
    /// </summary>
    private (string? Label, List<(DateKey Period, long Weight)>? Spread) PeriodOf(Engagement engagement, GroupKey key)
    {
        var (first, last) = Window(engagement, key);
        if (first == last)
        {
            return (Label(first), null);
        }

        if (_options.CoarseTime != CoarseTimeHandling.Spread)
        {
            return (null, null);
        }

        var start = engagement.Time.WindowStart;
        var end = engagement.Time.WindowEnd;
        var periods = new List<(DateKey, long)>();
        for (var period = first; ; period = period.Next())
        {
            var from = period.Start.AtMidnight();
            var to = period.Next().Start.AtMidnight();
            var a = from > start ? from : start;
            var b = to < end ? to : end;
            periods.Add((period, Ticks(b) - Ticks(a)));
            if (period == last)
            {
                break;
            }
        }

        return (null, periods);
    }

    private static long Ticks(LocalDateTime value) => value.InUtc().ToInstant().ToUnixTimeTicks();

    /// <summary>A period's label, made once per aggregator.</summary>
    private string Label(DateKey period)
    {
        if (!_labels.TryGetValue(period.Code, out var label))
        {
            _labels.Add(period.Code, label = LabelOf(period));
        }

        return label;
    }

    private static string LabelOf(DateKey period) => period.Key switch
    {
        GroupKey.Day => period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        GroupKey.Week => WeekYearRules.Iso.GetWeekYear(period.Start).ToString("D4", CultureInfo.InvariantCulture) + "-W" + WeekYearRules.Iso.GetWeekOfWeekYear(period.Start).ToString("D2", CultureInfo.InvariantCulture),
        GroupKey.Month => period.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => period.Start.Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>A period (day, ISO week, month or year) by its first day.</summary>
    private readonly record struct DateKey(GroupKey Key, LocalDate Start)
    {
        /// <summary>A number unique among the periods of one key.</summary>
        public int Code => Start.Year * 1000 + Start.DayOfYear;

        public static DateKey Of(LocalDate date, GroupKey key) => new(key, key switch
        {
            GroupKey.Day => date,
            GroupKey.Week => date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)),
            GroupKey.Month => new LocalDate(date.Year, date.Month, 1),
            _ => new LocalDate(date.Year, 1, 1),
        });

        public DateKey Next() => new(Key, Key switch
        {
            GroupKey.Day => Start.PlusDays(1),
            GroupKey.Week => Start.PlusWeeks(1),
            GroupKey.Month => Start.PlusMonths(1),
            _ => Start.PlusYears(1),
        });
    }

    /// <summary>Compares the keys of groups by value (the buffer of the engagement being added, against those stored).</summary>
    private sealed class KeyComparer : IEqualityComparer<string?[]>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals(string?[]? x, string?[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(string?[] obj)
        {
            var hash = default(HashCode);
            foreach (var value in obj)
            {
                hash.Add(value is null ? 0 : StringComparer.Ordinal.GetHashCode(value));
            }

            return hash.ToHashCode();
        }
    }

    private sealed class KeyOrder : IComparer<string?[]>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(string?[]? x, string?[]? y)
        {
            for (var i = 0; i < x!.Length; i++)
            {
                var (a, b) = (x[i], y![i]);
                var order = a is null ? (b is null ? 0 : 1) : b is null ? -1 : string.CompareOrdinal(a, b);
                if (order != 0)
                {
                    return order;
                }
            }

            return 0;
        }
    }

    private readonly record struct Sums(int Engagements, int WithoutFigure, int Disputed, int QualitativeOnly, long Low, long Best, long High, bool HighOpen, int Spread)
    {
        public Sums Plus(EngagementToll toll, bool spread) => new(
            Engagements + 1,
            WithoutFigure + (toll.HasFigure ? 0 : 1),
            Disputed + (toll.Disputed ? 1 : 0),
            QualitativeOnly + (toll.QualitativeOnly ? 1 : 0),
            EngagementToll.Add(Low, toll.Low),
            EngagementToll.Add(Best, toll.Best),
            EngagementToll.Add(High, toll.High),
            HighOpen || toll.HighOpen,
            Spread + (spread ? 1 : 0));

        public AggregateRow ToRow(EquatableArray<string?> keys) => new()
        {
            Keys = keys,
            NotAssignable = keys.Any(k => k is null),
            Engagements = Engagements,
            WithoutFigure = WithoutFigure,
            Disputed = Disputed,
            QualitativeOnly = QualitativeOnly,
            Low = Low,
            Best = Best,
            High = High,
            HighOpen = HighOpen,
            Spread = Spread,
        };
    }
}
