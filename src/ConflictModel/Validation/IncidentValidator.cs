using ConflictModel.Engagements;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates an <see cref="Incident"/> on its own; its references are checked with the engagement (<see cref="EngagementChecks"/>).</summary>
internal sealed class IncidentValidator : AbstractValidator<Incident>
{
    public IncidentValidator() => RuleFor(x => x).Custom(static (x, context) => Inline(x, new Here<Incident>(context, null)));

    /// <summary>Checks <paramref name="x"/> and reports at <paramref name="at"/>; used by this validator and inline by the engagement's.</summary>
    public static void Inline<T>(Incident x, Here<T> at)
    {
        Check.Id(at, nameof(Incident.Id), x.Id.Value, "incident");
        Check.RequiredText(at, nameof(Incident.Description), x.Description, Check.LongText);
        if (x.Time is { } time)
        {
            TemporalExtentValidator.Inline(time, at.Below(nameof(Incident.Time)));
        }

        Check.AllDefined(at, nameof(Incident.Tactics), x.Tactics);
    }
}
