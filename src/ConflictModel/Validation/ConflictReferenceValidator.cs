using ConflictModel.Engagements;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="ConflictReference"/>: a name and well-formed external ids.</summary>
internal sealed class ConflictReferenceValidator : AbstractValidator<ConflictReference>
{
    public ConflictReferenceValidator() => RuleFor(x => x).Custom(static (x, context) => Inline(x, new Here<ConflictReference>(context, null)));

    /// <summary>Checks <paramref name="conflict"/> and reports at <paramref name="at"/>; used by this validator and inline by parents.</summary>
    public static void Inline<T>(ConflictReference conflict, Here<T> at)
    {
        Check.RequiredText(at, nameof(ConflictReference.Name), conflict.Name, Check.ShortText);
        ExternalIdValidator.InlineAll(conflict.ExternalIds, at, nameof(ConflictReference.ExternalIds));
    }
}
