using ConflictModel.Time;
using FluentValidation;
using NodaTime;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="TemporalExtent"/>: precision and qualifier defined, zone known to TZDB, end not before start, no part below the precision.</summary>
internal sealed class TemporalExtentValidator : AbstractValidator<TemporalExtent>
{
    public TemporalExtentValidator() => RuleFor(x => x).Custom(static (x, context) => Inline(x, new Here<TemporalExtent>(context, null)));


    /// <summary>Checks <paramref name="x"/> and reports at <paramref name="at"/>; used by this validator and inline by parents.</summary>
    public static void Inline<T>(TemporalExtent x, Here<T> at)
    {
        Check.Defined(at, nameof(TemporalExtent.Precision), x.Precision);
        Check.Defined(at, nameof(TemporalExtent.Qualifier), x.Qualifier);
        BelowPrecision(at, nameof(TemporalExtent.Start), x.Start, x.Precision);
        if (x.End is { } end)
        {
            BelowPrecision(at, nameof(TemporalExtent.End), end, x.Precision);
            if (end < x.Start)
            {
                Check.Report(at.Context, Rules.EndBeforeStart, at.PathOf(nameof(TemporalExtent.End)),
                    $"The end {Check.Text(end)} is earlier than the start {Check.Text(x.Start)}.", end);
            }
        }

        if (x.TimeZoneId is { } zone && !Times.IsKnownZone(zone))
        {
            var path = at.PathOf(nameof(TemporalExtent.TimeZoneId));
            Check.Report(at.Context, Rules.TimeZoneUnknown, path,
                $"{JsonPath.Describe(path)} is '{Check.Shorten(zone)}', which is not a TZDB time-zone id (such as 'Africa/Bamako').", zone);
        }

        Check.OptionalText(at, nameof(TemporalExtent.Wording), x.Wording, Check.ShortText);
    }
    private static void BelowPrecision<T>(Here<T> at, string member, LocalDateTime value, TemporalPrecision precision)
    {
        if (System.Enum.IsDefined(precision) && TemporalExtent.Truncate(value, precision) != value)
        {
            var path = at.PathOf(member);
            Check.Report(at.Context, Rules.BelowPrecision, path,
                $"{JsonPath.Describe(path)} is {Check.Text(value)}, which carries parts finer than its precision {precision}; expected {Check.Text(TemporalExtent.Truncate(value, precision))}.",
                value);
        }
    }
}
