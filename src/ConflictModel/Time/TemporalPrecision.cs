namespace ConflictModel.Time;

/// <summary>
/// How much of a <see cref="TemporalExtent"/>'s date and time is known. Parts finer than the precision
/// are zero in the stored value and carry no meaning ("2025-06" is stored as 2025-06-01T00:00).
/// </summary>
public enum TemporalPrecision
{
    /// <summary>Only the year is known ("in 2025"); UCDP date_prec 5.</summary>
    Year = 1,

    /// <summary>The year and month are known ("in June 2025"); UCDP date_prec 4.</summary>
    Month = 2,

    /// <summary>The calendar day is known ("on 2 June 2025"); UCDP date_prec 1.</summary>
    Day = 3,

    /// <summary>
    /// The day and a six-hour part of it are known ("on the morning of 2 June"); the stored time is the
    /// start of the part: 00:00 night, 06:00 morning, 12:00 afternoon, 18:00 evening (see <see cref="DayPart"/>).
    /// </summary>
    PartOfDay = 4,

    /// <summary>The hour is known ("at 10am"); minutes are zero.</summary>
    Hour = 5,

    /// <summary>The minute is known ("at 10:17"); seconds are zero.</summary>
    Minute = 6,
}
