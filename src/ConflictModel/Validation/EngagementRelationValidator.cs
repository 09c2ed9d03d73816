using ConflictModel.Engagements;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates an <see cref="EngagementRelation"/> on its own; its target is checked with the engagement (<see cref="EngagementChecks"/>).</summary>
internal sealed class EngagementRelationValidator : AbstractValidator<EngagementRelation>
{
    public EngagementRelationValidator() => RuleFor(x => x).Custom(static (x, context) => Inline(x, new Here<EngagementRelation>(context, null)));

    /// <summary>Checks <paramref name="x"/> and reports at <paramref name="at"/>; used by this validator and inline by the engagement's.</summary>
    public static void Inline<T>(EngagementRelation x, Here<T> at)
    {
        Check.Defined(at, nameof(EngagementRelation.Kind), x.Kind);
        Check.OptionalText(at, nameof(EngagementRelation.Note), x.Note, Check.LongText);
    }
}
