using ConflictModel.Places;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates <see cref="Coordinates"/>: finite, in range, and not the (0, 0) placeholder.</summary>
internal sealed class CoordinatesValidator : AbstractValidator<Coordinates>
{
    public CoordinatesValidator() => RuleFor(x => x).Custom(static (x, context) =>
    {
        if (!double.IsFinite(x.Latitude) || x.Latitude is < -90 or > 90)
        {
            var path = Check.At(context, nameof(Coordinates.Latitude));
            Check.Report(context, Rules.LatitudeOutOfRange, path,
                $"{JsonPath.Describe(path)} is {Check.Text(x.Latitude)}; a latitude is a finite number of degrees in [-90, 90].", x.Latitude);
        }

        if (!double.IsFinite(x.Longitude) || x.Longitude is < -180 or > 180)
        {
            var path = Check.At(context, nameof(Coordinates.Longitude));
            Check.Report(context, Rules.LongitudeOutOfRange, path,
                $"{JsonPath.Describe(path)} is {Check.Text(x.Longitude)}; a longitude is a finite number of degrees in [-180, 180].", x.Longitude);
        }

        if (x.Latitude == 0 && x.Longitude == 0)
        {
            var path = Check.At(context, null);
            Check.Report(context, Rules.NullIsland, path,
                $"{JsonPath.Describe(path)} is (0, 0), which is almost always a missing position written as a number; omit the coordinates when the position is unknown.", x);
        }
    });
}
