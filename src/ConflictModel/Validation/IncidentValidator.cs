using ConflictModel.Engagements;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates an <see cref="Incident"/> on its own; its references are checked with the engagement (<see cref="EngagementChecks"/>).</summary>
internal sealed class IncidentValidator : AbstractValidator<Incident>
{
    public IncidentValidator(TemporalExtentValidator time)
    {
        RuleFor(x => x).Custom(static (x, context) =>
        {
            Check.Id(context, nameof(Incident.Id), x.Id.Value, "incident");
            Check.RequiredText(context, nameof(Incident.Description), x.Description, Check.LongText);
            Check.AllDefined(context, nameof(Incident.Tactics), x.Tactics);
        });
        RuleFor(x => x.Time).SetValidator(time!);
    }
}
