using ConflictModel.Places;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates <see cref="Coordinates"/>: finite, in range, and not the (0, 0) placeholder.</summary>
internal sealed class CoordinatesValidator : AbstractValidator<Coordinates>
{
    public CoordinatesValidator()
    {
        RuleFor(x => x.Latitude).Custom((value, context) =>
        {
            if (!double.IsFinite(value) || value is < -90 or > 90)
            {
                Check.Report(context, Rules.LatitudeOutOfRange, context.PropertyPath,
                    $"{JsonPath.Describe(context.PropertyPath)} is {Check.Text(value)}; a latitude is a finite number of degrees in [-90, 90].", value);
            }
        });
        RuleFor(x => x.Longitude).Custom((value, context) =>
        {
            if (!double.IsFinite(value) || value is < -180 or > 180)
            {
                Check.Report(context, Rules.LongitudeOutOfRange, context.PropertyPath,
                    $"{JsonPath.Describe(context.PropertyPath)} is {Check.Text(value)}; a longitude is a finite number of degrees in [-180, 180].", value);
            }
        });
        RuleFor(x => x).Custom((value, context) =>
        {
            if (value.Latitude == 0 && value.Longitude == 0)
            {
                var path = context.PropertyChain.ToString();
                Check.Report(context, Rules.NullIsland, path,
                    $"{JsonPath.Describe(path)} is (0, 0), which is almost always a missing position written as a number; omit the coordinates when the position is unknown.", value);
            }
        });
    }
}
