using ConflictModel.Time;
using FluentValidation;
using NodaTime;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="TemporalExtent"/>: precision and qualifier defined, zone known to TZDB, end not before start, no part below the precision.</summary>
internal sealed class TemporalExtentValidator : AbstractValidator<TemporalExtent>
{
    public TemporalExtentValidator() => RuleFor(x => x).Custom(static (x, context) =>
    {
        Check.Defined(context, nameof(TemporalExtent.Precision), x.Precision);
        Check.Defined(context, nameof(TemporalExtent.Qualifier), x.Qualifier);
        BelowPrecision(context, nameof(TemporalExtent.Start), x.Start, x.Precision);
        if (x.End is { } end)
        {
            BelowPrecision(context, nameof(TemporalExtent.End), end, x.Precision);
            if (end < x.Start)
            {
                Check.Report(context, Rules.EndBeforeStart, Check.At(context, nameof(TemporalExtent.End)),
                    $"The end {Check.Text(end)} is earlier than the start {Check.Text(x.Start)}.", end);
            }
        }

        if (x.TimeZoneId is { } zone && !Times.IsKnownZone(zone))
        {
            var path = Check.At(context, nameof(TemporalExtent.TimeZoneId));
            Check.Report(context, Rules.TimeZoneUnknown, path,
                $"{JsonPath.Describe(path)} is '{Check.Shorten(zone)}', which is not a TZDB time-zone id (such as 'Africa/Bamako').", zone);
        }

        Check.OptionalText(context, nameof(TemporalExtent.Wording), x.Wording, Check.ShortText);
    });

    private static void BelowPrecision(ValidationContext<TemporalExtent> context, string member, LocalDateTime value, TemporalPrecision precision)
    {
        if (System.Enum.IsDefined(precision) && TemporalExtent.Truncate(value, precision) != value)
        {
            var path = Check.At(context, member);
            Check.Report(context, Rules.BelowPrecision, path,
                $"{JsonPath.Describe(path)} is {Check.Text(value)}, which carries parts finer than its precision {precision}; expected {Check.Text(TemporalExtent.Truncate(value, precision))}.",
                value);
        }
    }
}
