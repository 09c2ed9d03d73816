using ConflictModel.Engagements;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="ConflictReference"/>: a name and well-formed external ids.</summary>
internal sealed class ConflictReferenceValidator : AbstractValidator<ConflictReference>
{
    public ConflictReferenceValidator(ExternalIdValidator externalIds)
    {
        RuleFor(x => x.Name).Custom(Check.ShortRequired);
        RuleFor(x => x.ExternalIds).Custom(Check.NoNullElements);
        RuleForEach(x => x.ExternalIds).SetValidator(externalIds);
    }
}
