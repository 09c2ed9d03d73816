using ConflictModel.Engagements;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates an <see cref="Outcome"/> on its own; its references are checked with the engagement (<see cref="EngagementChecks"/>).</summary>
internal sealed class OutcomeValidator : AbstractValidator<Outcome>
{
    public OutcomeValidator() => RuleFor(x => x).Custom(static (x, context) =>
    {
        Check.RequiredText(context, nameof(Outcome.Objective), x.Objective, Check.LongText);
        Check.Defined(context, nameof(Outcome.Result), x.Result);
        if (x.HeldLongTerm is { } held && x.Result != OutcomeResult.Captured)
        {
            Check.Report(context, Rules.HeldLongTermWithoutCapture, Check.At(context, nameof(Outcome.HeldLongTerm)),
                $"'heldLongTerm' is {(held ? "true" : "false")} but the result is {x.Result}; it applies only to a captured objective.", held);
        }

        Check.OptionalText(context, nameof(Outcome.Note), x.Note, Check.LongText);
    });
}
