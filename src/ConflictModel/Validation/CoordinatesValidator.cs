using ConflictModel.Places;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates <see cref="Coordinates"/>: finite, in range, and not the (0, 0) placeholder.</summary>
internal sealed class CoordinatesValidator : AbstractValidator<Coordinates>
{
    public CoordinatesValidator() => RuleFor(x => x).Custom(static (x, context) => Inline(x, new Here<Coordinates>(context, null)));

    /// <summary>Checks <paramref name="x"/> and reports at <paramref name="at"/>; used by this validator and inline by parents.</summary>
    public static void Inline<T>(Coordinates x, Here<T> at)
    {
        if (!double.IsFinite(x.Latitude) || x.Latitude is < -90 or > 90)
        {
            var path = at.PathOf(nameof(Coordinates.Latitude));
            Check.Report(at.Context, Rules.LatitudeOutOfRange, path,
                $"{JsonPath.Describe(path)} is {Check.Text(x.Latitude)}; a latitude is a finite number of degrees in [-90, 90].", x.Latitude);
        }

        if (!double.IsFinite(x.Longitude) || x.Longitude is < -180 or > 180)
        {
            var path = at.PathOf(nameof(Coordinates.Longitude));
            Check.Report(at.Context, Rules.LongitudeOutOfRange, path,
                $"{JsonPath.Describe(path)} is {Check.Text(x.Longitude)}; a longitude is a finite number of degrees in [-180, 180].", x.Longitude);
        }

        if (x.Latitude == 0 && x.Longitude == 0)
        {
            var path = at.PathOf(null);
            Check.Report(at.Context, Rules.NullIsland, path,
                $"{JsonPath.Describe(path)} is (0, 0), which is almost always a missing position written as a number; omit the coordinates when the position is unknown.", x);
        }
    }
}
