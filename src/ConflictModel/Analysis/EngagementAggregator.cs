using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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
    private readonly Dictionary<Key, Sums> _groups = [];
    private Sums _total;

    /// <summary>Initializes an aggregator.</summary>
    /// <param name="options">What to count and how to group it.</param>
    /// <exception cref="ArgumentException">The keys are not a grouping (an undefined or repeated key, two periods).</exception>
    public EngagementAggregator(AggregationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Check();
        _options = options;
    }

    /// <summary>Counts every engagement of <paramref name="document"/>.</summary>
    /// <param name="document">A document; its sources and actors resolve the statements that reconciliation reads.</param>
    public void Add(DatasetDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var index = new DocumentIndex(document);
        foreach (var engagement in document.Engagements)
        {
            var toll = EngagementToll.Of(engagement, new ReconciliationContext(index, engagement), _options);
            var key = new Key([.. _options.Keys.Select(k => ValueOf(engagement, k, index))]);
            _groups[key] = (_groups.TryGetValue(key, out var sums) ? sums : default).Plus(toll);
            _total = _total.Plus(toll);
        }
    }

    /// <summary>Gets the rows and the total of everything added so far.</summary>
    /// <returns>The result; adding more documents afterwards does not change it.</returns>
    public AggregationResult ToResult()
    {
        var rows = _groups.OrderBy(g => g.Key, KeyOrder.Instance).Select(g => g.Value.ToRow(g.Key.Values)).ToArray();
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
        GroupKey.Day or GroupKey.Week or GroupKey.Month or GroupKey.Year => Period(engagement, key),
        GroupKey.Country => Single(engagement.Sites.Select(s => s.Administrative?.CountryCode)),
        GroupKey.FirstLevelDivision => Single(engagement.Sites.Select(s => s.Administrative is { Divisions.Count: > 0 } path ? path.CountryCode + "/" + path.Divisions[0] : null)),
        GroupKey.EngagementType => JsonNamingPolicy.CamelCase.ConvertName(engagement.Type.ToString()),
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

    private static string? Period(Engagement engagement, GroupKey key)
    {
        var start = engagement.Time.WindowStart;
        var last = engagement.Time.WindowEnd.PlusTicks(-1);
        var (first, end) = (Label(start.Date, key), Label(last.Date, key));
        return string.Equals(first, end, StringComparison.Ordinal) ? first : null;
    }

    private static string Label(LocalDate date, GroupKey key) => key switch
    {
        GroupKey.Day => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        GroupKey.Week => WeekYearRules.Iso.GetWeekYear(date).ToString("D4", CultureInfo.InvariantCulture) + "-W" + WeekYearRules.Iso.GetWeekOfWeekYear(date).ToString("D2", CultureInfo.InvariantCulture),
        GroupKey.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => date.Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    private sealed record Key(EquatableArray<string?> Values);

    private sealed class KeyOrder : IComparer<Key>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(Key? x, Key? y)
        {
            for (var i = 0; i < x!.Values.Count; i++)
            {
                var (a, b) = (x.Values[i], y!.Values[i]);
                var order = a is null ? (b is null ? 0 : 1) : b is null ? -1 : string.CompareOrdinal(a, b);
                if (order != 0)
                {
                    return order;
                }
            }

            return 0;
        }
    }

    private readonly record struct Sums(int Engagements, int WithoutFigure, int Disputed, int QualitativeOnly, long Low, long Best, long High, bool HighOpen)
    {
        public Sums Plus(EngagementToll toll) => new(
            Engagements + 1,
            WithoutFigure + (toll.HasFigure ? 0 : 1),
            Disputed + (toll.Disputed ? 1 : 0),
            QualitativeOnly + (toll.QualitativeOnly ? 1 : 0),
            EngagementToll.Add(Low, toll.Low),
            EngagementToll.Add(Best, toll.Best),
            EngagementToll.Add(High, toll.High),
            HighOpen || toll.HighOpen);

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
        };
    }
}
