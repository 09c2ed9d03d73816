using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Time;

/// <summary>
/// When something happened, as precisely as it is known and qualified as the source qualified it:
/// "at around 10am on 2 June 2025, Timbuktu time" is a start of 2025-06-02T10:00, hour precision,
/// approximate, in <c>Africa/Bamako</c>.
/// </summary>
/// <remarks>
/// <para>
/// The start and the optional end are local date-times in the named time zone (or with no zone when it is
/// unknown). Parts finer than <see cref="Precision"/> are zero and meaningless; validation rejects a
/// value that carries them. The end, when present, has the same precision as the start and is
/// inclusive: a <see cref="TemporalPrecision.Day"/> extent from 2 to 3 June covers both days.
/// </para>
/// <para>
/// <see cref="Wording"/> keeps the source's own words ("a week prior", "spring 2025") so nothing is lost
/// when an expression is only approximately representable.
/// </para>
/// <para>Use the factory methods (<see cref="OnDay(int, int, int)"/>, <see cref="InMonth"/>...) rather than
/// setting members by hand; they zero the parts below the precision for you.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TemporalExtent
{
    /// <summary>Gets the first moment of the extent, truncated to <see cref="Precision"/>.</summary>
    public required LocalDateTime Start { get; init; }

    /// <summary>
    /// Gets the inclusive last moment of the extent at the same precision as <see cref="Start"/>, or
    /// <see langword="null"/> when the extent is a single unit of its precision (one day, one hour...).
    /// </summary>
    public LocalDateTime? End { get; init; }

    /// <summary>Gets how much of <see cref="Start"/> and <see cref="End"/> is known.</summary>
    public required TemporalPrecision Precision { get; init; }

    /// <summary>Gets how the source qualified the time. The default is <see cref="TemporalQualifier.Exact"/>.</summary>
    public TemporalQualifier Qualifier { get; init; } = TemporalQualifier.Exact;

    /// <summary>
    /// Gets the IANA (TZDB) id of the time zone in which <see cref="Start"/> and <see cref="End"/> are
    /// local times, such as <c>Africa/Bamako</c>; <see langword="null"/> when the zone is not known.
    /// </summary>
    public string? TimeZoneId { get; init; }

    /// <summary>Gets the source's own wording of the time ("at around 10am"), or <see langword="null"/>.</summary>
    public string? Wording { get; init; }

    /// <summary>
    /// Gets the part of the day when <see cref="Precision"/> is <see cref="TemporalPrecision.PartOfDay"/>,
    /// derived from the hour of <see cref="Start"/>; otherwise <see langword="null"/>.
    /// </summary>
    public DayPart? DayPart => Precision == TemporalPrecision.PartOfDay ? (DayPart)(Start.Hour / 6 * 6) : null;

    /// <summary>
    /// Gets the first local moment the extent can cover: <see cref="Start"/> itself, since parts below
    /// the precision are zero.
    /// </summary>
    public LocalDateTime WindowStart => Start;

    /// <summary>
    /// Gets the exclusive local end of the window the extent covers: one unit of <see cref="Precision"/>
    /// after <see cref="End"/> (or after <see cref="Start"/> when there is no end). "June 2025" ends at
    /// 2025-07-01T00:00. The qualifier is not applied: "around 10am" still ends at 11:00.
    /// </summary>
    public LocalDateTime WindowEnd => Advance(End ?? Start, Precision);

    /// <summary>Creates an extent known to the year.</summary>
    /// <param name="year">The year, for example 2025.</param>
    /// <returns>An exact extent at <see cref="TemporalPrecision.Year"/> precision.</returns>
    public static TemporalExtent InYear(int year) => Create(new LocalDateTime(year, 1, 1, 0, 0), TemporalPrecision.Year);

    /// <summary>Creates an extent known to the month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>An exact extent at <see cref="TemporalPrecision.Month"/> precision.</returns>
    public static TemporalExtent InMonth(int year, int month) =>
        Create(new LocalDateTime(year, month, 1, 0, 0), TemporalPrecision.Month);

    /// <summary>Creates an extent known to the day.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month.</param>
    /// <returns>An exact extent at <see cref="TemporalPrecision.Day"/> precision.</returns>
    public static TemporalExtent OnDay(int year, int month, int day) => OnDay(new LocalDate(year, month, day));

    /// <summary>Creates an extent known to the day.</summary>
    /// <param name="date">The calendar date.</param>
    /// <returns>An exact extent at <see cref="TemporalPrecision.Day"/> precision.</returns>
    public static TemporalExtent OnDay(LocalDate date) => Create(date.AtMidnight(), TemporalPrecision.Day);

    /// <summary>Creates an extent covering a six-hour part of a day ("on the morning of 2 June").</summary>
    /// <param name="date">The calendar date.</param>
    /// <param name="part">The part of that day.</param>
    /// <returns>An exact extent at <see cref="TemporalPrecision.PartOfDay"/> precision.</returns>
    public static TemporalExtent InPartOfDay(LocalDate date, DayPart part) =>
        Create(date.At(new LocalTime((int)part, 0)), TemporalPrecision.PartOfDay);

    /// <summary>Creates an extent known to the hour ("at 10am on 2 June").</summary>
    /// <param name="date">The calendar date.</param>
    /// <param name="hour">The hour, 0 to 23.</param>
    /// <returns>An exact extent at <see cref="TemporalPrecision.Hour"/> precision.</returns>
    public static TemporalExtent AtHour(LocalDate date, int hour) => Create(date.At(new LocalTime(hour, 0)), TemporalPrecision.Hour);

    /// <summary>Creates an extent known to the minute.</summary>
    /// <param name="value">The local date and time; seconds and below are dropped.</param>
    /// <returns>An exact extent at <see cref="TemporalPrecision.Minute"/> precision.</returns>
    public static TemporalExtent AtMinute(LocalDateTime value) => Create(Truncate(value, TemporalPrecision.Minute), TemporalPrecision.Minute);

    /// <summary>Creates an extent from <paramref name="start"/> to <paramref name="end"/>, both inclusive, at one precision.</summary>
    /// <param name="start">The first moment; parts below <paramref name="precision"/> are dropped.</param>
    /// <param name="end">The last moment; parts below <paramref name="precision"/> are dropped.</param>
    /// <param name="precision">How much of both values is known.</param>
    /// <returns>An exact extent spanning the two values.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is earlier than <paramref name="start"/>.</exception>
    public static TemporalExtent Between(LocalDateTime start, LocalDateTime end, TemporalPrecision precision)
    {
        var s = Truncate(start, precision);
        var e = Truncate(end, precision);
        if (e < s)
        {
            throw new ArgumentException(
                $"The end ({e:uuuu-MM-dd'T'HH:mm}) must not be earlier than the start ({s:uuuu-MM-dd'T'HH:mm}).", nameof(end));
        }

        return new TemporalExtent { Start = s, End = e == s ? null : e, Precision = precision };
    }

    /// <summary>Creates an extent between two calendar dates, both inclusive, at day precision.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    /// <returns>An exact extent at <see cref="TemporalPrecision.Day"/> precision.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static TemporalExtent Between(LocalDate start, LocalDate end) =>
        Between(start.AtMidnight(), end.AtMidnight(), TemporalPrecision.Day);

    /// <summary>Returns a copy marked <see cref="TemporalQualifier.Approximate"/> ("around").</summary>
    /// <returns>A new extent; this one is unchanged.</returns>
    public TemporalExtent Approximately() => this with { Qualifier = TemporalQualifier.Approximate };

    /// <summary>Returns a copy whose local times are in the TZDB zone <paramref name="timeZoneId"/>.</summary>
    /// <param name="timeZoneId">An IANA zone id such as <c>Africa/Bamako</c>; checked by validation, not here.</param>
    /// <returns>A new extent; this one is unchanged.</returns>
    public TemporalExtent InZone(string timeZoneId) => this with { TimeZoneId = timeZoneId };

    /// <summary>Returns a copy that keeps the source's wording of the time.</summary>
    /// <param name="wording">The words used, such as "at around 10am".</param>
    /// <returns>A new extent; this one is unchanged.</returns>
    public TemporalExtent WithWording(string wording) => this with { Wording = wording };

    /// <summary>
    /// Returns the extent in ISO 8601 showing only what is known, with the qualifier and zone:
    /// <c>~2025-06-02T10 Africa/Bamako</c>, <c>2025-06</c>, <c>2025-05-23/2025-05-26</c>.
    /// </summary>
    /// <returns>A culture-independent text form.</returns>
    public override string ToString()
    {
        var text = Format(Start, Precision);
        if (End is { } end)
        {
            text += "/" + Format(end, Precision);
        }

        var prefix = Qualifier switch
        {
            TemporalQualifier.Approximate => "~",
            TemporalQualifier.Before => "<",
            TemporalQualifier.After => ">",
            _ => string.Empty,
        };
        return TimeZoneId is null ? prefix + text : prefix + text + " " + TimeZoneId;
    }

    /// <summary>Formats <paramref name="value"/> with only the parts that <paramref name="precision"/> keeps.</summary>
    /// <param name="value">The local date-time.</param>
    /// <param name="precision">The precision.</param>
    /// <returns>"2025", "2025-06", "2025-06-02", "2025-06-02T10" or "2025-06-02T10:17".</returns>
    public static string Format(LocalDateTime value, TemporalPrecision precision) => precision switch
    {
        TemporalPrecision.Year => value.Year.ToString("D4", CultureInfo.InvariantCulture),
        TemporalPrecision.Month => LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM").Format(value.Date),
        TemporalPrecision.Day => LocalDatePattern.Iso.Format(value.Date),
        TemporalPrecision.PartOfDay or TemporalPrecision.Hour =>
            LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH").Format(value),
        _ => LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm").Format(value),
    };

    /// <summary>Drops the parts of <paramref name="value"/> finer than <paramref name="precision"/>.</summary>
    /// <param name="value">The local date-time to truncate.</param>
    /// <param name="precision">The precision to keep.</param>
    /// <returns>The truncated value; for part-of-day precision, the start of the six-hour part.</returns>
    public static LocalDateTime Truncate(LocalDateTime value, TemporalPrecision precision) => precision switch
    {
        TemporalPrecision.Year => new LocalDateTime(value.Year, 1, 1, 0, 0),
        TemporalPrecision.Month => new LocalDateTime(value.Year, value.Month, 1, 0, 0),
        TemporalPrecision.Day => value.Date.AtMidnight(),
        TemporalPrecision.PartOfDay => value.Date.At(new LocalTime(value.Hour / 6 * 6, 0)),
        TemporalPrecision.Hour => value.Date.At(new LocalTime(value.Hour, 0)),
        TemporalPrecision.Minute => value.Date.At(new LocalTime(value.Hour, value.Minute)),
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown temporal precision."),
    };

    private static TemporalExtent Create(LocalDateTime start, TemporalPrecision precision) =>
        new() { Start = start, Precision = precision };

    private static LocalDateTime Advance(LocalDateTime value, TemporalPrecision precision) => precision switch
    {
        TemporalPrecision.Year => value.PlusYears(1),
        TemporalPrecision.Month => value.PlusMonths(1),
        TemporalPrecision.Day => value.PlusDays(1),
        TemporalPrecision.PartOfDay => value.PlusHours(6),
        TemporalPrecision.Hour => value.PlusHours(1),
        _ => value.PlusMinutes(1),
    };
}
