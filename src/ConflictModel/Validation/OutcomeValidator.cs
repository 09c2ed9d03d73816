using ConflictModel.Engagements;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates an <see cref="Outcome"/> on its own; its references are checked with the engagement (<see cref="EngagementChecks"/>).</summary>
internal sealed class OutcomeValidator : AbstractValidator<Outcome>
{
    public OutcomeValidator() => RuleFor(x => x).Custom(static (x, context) => Inline(x, new Here<Outcome>(context, null)));

    /// <summary>Checks <paramref name="x"/> and reports at <paramref name="at"/>; used by this validator and inline by the engagement's.</summary>
    public static void Inline<T>(Outcome x, Here<T> at)
    {
        Check.RequiredText(at, nameof(Outcome.Objective), x.Objective, Check.LongText);
        Check.Defined(at, nameof(Outcome.Result), x.Result);
        if (x.HeldLongTerm is { } held && x.Result != OutcomeResult.Captured)
        {
            Check.Report(at.Context, Rules.HeldLongTermWithoutCapture, at.PathOf(nameof(Outcome.HeldLongTerm)),
                $"'heldLongTerm' is {(held ? "true" : "false")} but the result is {x.Result}; it applies only to a captured objective.", held);
        }

        Check.OptionalText(at, nameof(Outcome.Note), x.Note, Check.LongText);
    }
}
