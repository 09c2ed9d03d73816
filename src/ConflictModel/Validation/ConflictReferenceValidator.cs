using ConflictModel.Engagements;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="ConflictReference"/>: a name and well-formed external ids.</summary>
internal sealed class ConflictReferenceValidator : AbstractValidator<ConflictReference>
{
    public ConflictReferenceValidator(ExternalIdValidator externalIds)
    {
        RuleFor(x => x).Custom(static (x, context) =>
        {
            Check.RequiredText(context, nameof(ConflictReference.Name), x.Name, Check.ShortText);
            Check.NoNullElements(context, nameof(ConflictReference.ExternalIds), x.ExternalIds);
        });
        RuleForEach(x => x.ExternalIds).SetValidator(externalIds);
    }
}
