using ConflictModel.Engagements;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates an <see cref="Incident"/> on its own; its references are checked with the engagement (<see cref="EngagementChecks"/>).</summary>
internal sealed class IncidentValidator : AbstractValidator<Incident>
{
    public IncidentValidator(TemporalExtentValidator time)
    {
        RuleFor(x => x.Id).Custom((id, context) => Check.Id(id.Value, context, "incident"));
        RuleFor(x => x.Description).Custom(Check.LongRequired);
        RuleFor(x => x.Time).SetValidator(time!);
        RuleFor(x => x.Tactics).Custom(Check.AllDefined);
    }
}
