using ConflictModel.Time;
using FluentValidation;
using NodaTime;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="TemporalExtent"/>: precision and qualifier defined, zone known to TZDB, end not before start, no part below the precision.</summary>
internal sealed class TemporalExtentValidator : AbstractValidator<TemporalExtent>
{
    public TemporalExtentValidator()
    {
        RuleFor(x => x.Precision).Custom(Check.Defined);
        RuleFor(x => x.Qualifier).Custom(Check.Defined);
        RuleFor(x => x.Start).Custom((start, context) => BelowPrecision(start, context));
        RuleFor(x => x.End).Custom((end, context) =>
        {
            if (end is not { } value)
            {
                return;
            }

            BelowPrecision(value, context);
            if (value < context.InstanceToValidate.Start)
            {
                Check.Report(context, Rules.EndBeforeStart, context.PropertyPath,
                    $"The end {Check.Text(value)} is earlier than the start {Check.Text(context.InstanceToValidate.Start)}.", value);
            }
        });
        RuleFor(x => x.TimeZoneId).Custom((zone, context) =>
        {
            if (zone is not null && !Times.IsKnownZone(zone))
            {
                Check.Report(context, Rules.TimeZoneUnknown, context.PropertyPath,
                    $"{JsonPath.Describe(context.PropertyPath)} is '{Check.Shorten(zone)}', which is not a TZDB time-zone id (such as 'Africa/Bamako').", zone);
            }
        });
        RuleFor(x => x.Wording).Custom(Check.ShortOptional);
    }

    private static void BelowPrecision(LocalDateTime value, ValidationContext<TemporalExtent> context)
    {
        var precision = context.InstanceToValidate.Precision;
        if (System.Enum.IsDefined(precision) && TemporalExtent.Truncate(value, precision) != value)
        {
            Check.Report(context, Rules.BelowPrecision, context.PropertyPath,
                $"{JsonPath.Describe(context.PropertyPath)} is {Check.Text(value)}, which carries parts finer than its precision {precision}; expected {Check.Text(TemporalExtent.Truncate(value, precision))}.",
                value);
        }
    }
}
