using System.Globalization;

namespace ConflictModel.Places;

/// <summary>A point on the WGS 84 ellipsoid, in decimal degrees (the convention of UCDP GED and ACLED).</summary>
/// <remarks>
/// Ranges (latitude in [-90, 90], longitude in [-180, 180], both finite) are checked by validation rather
/// than here, so that bad data read from a file can be reported with its location instead of thrown away.
/// </remarks>
/// <param name="Latitude">Degrees north of the equator; negative for the south.</param>
/// <param name="Longitude">Degrees east of Greenwich; negative for the west.</param>
public readonly record struct Coordinates(double Latitude, double Longitude)
{
    /// <summary>Returns "latitude, longitude" with invariant formatting, for example "16.7666, -3.0026".</summary>
    /// <returns>A culture-independent text form that round-trips the doubles.</returns>
    public override string ToString() =>
        Latitude.ToString("R", CultureInfo.InvariantCulture) + ", " + Longitude.ToString("R", CultureInfo.InvariantCulture);
}
