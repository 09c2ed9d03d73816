using ConflictModel.Actors;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates an <see cref="Actor"/> on its own; its parent is checked with the document (<see cref="DocumentChecks"/>).</summary>
internal sealed class ActorValidator : AbstractValidator<Actor>
{
    public ActorValidator(ExternalIdValidator externalIds)
    {
        RuleFor(x => x.Id).Custom((id, context) => Check.Id(id.Value, context, "actor"));
        RuleFor(x => x.Name).Custom(Check.ShortRequired);
        RuleFor(x => x.Aliases).Custom(Check.ShortTextList);
        RuleFor(x => x.Kind).Custom(Check.Defined);
        RuleFor(x => x.ParentRelation).Custom(Check.Defined);
        RuleFor(x => x.CountryCode).Custom(Check.Country);
        RuleFor(x => x.ExternalIds).Custom(Check.NoNullElements);
        RuleForEach(x => x.ExternalIds).SetValidator(externalIds);
    }
}
