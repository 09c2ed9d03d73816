using ConflictModel.Engagements;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates an <see cref="Outcome"/> on its own; its references are checked with the engagement (<see cref="EngagementChecks"/>).</summary>
internal sealed class OutcomeValidator : AbstractValidator<Outcome>
{
    public OutcomeValidator()
    {
        RuleFor(x => x.Objective).Custom(Check.LongRequired);
        RuleFor(x => x.Result).Custom(Check.Defined);
        RuleFor(x => x.HeldLongTerm).Custom((held, context) =>
        {
            var result = context.InstanceToValidate.Result;
            if (held is { } value && result != OutcomeResult.Captured)
            {
                Check.Report(context, Rules.HeldLongTermWithoutCapture, context.PropertyPath,
                    $"'heldLongTerm' is {(value ? "true" : "false")} but the result is {result}; it applies only to a captured objective.", value);
            }
        });
        RuleFor(x => x.Note).Custom(Check.LongOptional);
    }
}
