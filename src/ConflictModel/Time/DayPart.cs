namespace ConflictModel.Time;

/// <summary>
/// A six-hour part of a day, used with <see cref="TemporalPrecision.PartOfDay"/>. The numeric value is
/// the hour at which the part starts.
/// </summary>
public enum DayPart
{
    /// <summary>00:00 to 06:00.</summary>
    Night = 0,

    /// <summary>06:00 to 12:00.</summary>
    Morning = 6,

    /// <summary>12:00 to 18:00.</summary>
    Afternoon = 12,

    /// <summary>18:00 to 24:00.</summary>
    Evening = 18,
}
