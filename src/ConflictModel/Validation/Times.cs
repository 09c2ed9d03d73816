using ConflictModel.Time;
using NodaTime;

namespace ConflictModel.Validation;

/// <summary>
/// Time comparisons that never throw: extents with an unknown precision, or within a year of the edges of
/// NodaTime's calendar (where a zone offset or one more unit would leave its range), are not compared.
/// </summary>
internal static class Times
{
    public static bool IsKnownZone(string? zoneId) => zoneId is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) is not null;

    /// <summary>Gets the window [start, end) of an extent as instants, comparable with another extent's.</summary>
    /// <remarks>
    /// When both extents name known zones, the local times are mapped through their zones; otherwise both
    /// are read as if in the same zone, which is what the data can tell.
    /// </remarks>
    public static bool TryWindow(TemporalExtent extent, bool zoned, out Instant start, out Instant end)
    {
        start = end = default;
        if (!System.Enum.IsDefined(extent.Precision) || extent.Start.Year is >= 9998 or <= -9997 || extent.End is { Year: >= 9998 })
        {
            return false;
        }

        if (extent.End is { } last && last < extent.Start)
        {
            return false;
        }

        var zone = zoned && extent.TimeZoneId is not null ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(extent.TimeZoneId) : null;
        start = ToInstant(extent.Start, zone);
        end = ToInstant(extent.WindowEnd, zone);
        return true;
    }

    public static bool BothZoned(TemporalExtent a, TemporalExtent b) => IsKnownZone(a.TimeZoneId) && IsKnownZone(b.TimeZoneId);

    private static Instant ToInstant(LocalDateTime local, DateTimeZone? zone) =>
        zone is null ? local.InUtc().ToInstant() : local.InZoneLeniently(zone).ToInstant();
}
