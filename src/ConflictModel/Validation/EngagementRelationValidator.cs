using ConflictModel.Engagements;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates an <see cref="EngagementRelation"/> on its own; its target is checked with the engagement (<see cref="EngagementChecks"/>).</summary>
internal sealed class EngagementRelationValidator : AbstractValidator<EngagementRelation>
{
    public EngagementRelationValidator() => RuleFor(x => x).Custom(static (x, context) =>
    {
        Check.Defined(context, nameof(EngagementRelation.Kind), x.Kind);
        Check.OptionalText(context, nameof(EngagementRelation.Note), x.Note, Check.LongText);
    });
}
