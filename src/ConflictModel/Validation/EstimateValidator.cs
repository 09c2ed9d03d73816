using ConflictModel.Figures;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates an <see cref="Estimate"/> and its quantity; its statement is checked with the engagement (<see cref="EngagementChecks"/>).</summary>
internal sealed class EstimateValidator : AbstractValidator<Estimate>
{
    public EstimateValidator() => RuleFor(x => x).Custom(static (x, context) => Inline(x, new Here<Estimate>(context, null)));

    /// <summary>Checks <paramref name="estimate"/> and reports at <paramref name="at"/>; used by this validator and inline by parents.</summary>
    public static void Inline<T>(Estimate estimate, Here<T> at)
    {
        Check.Required(at, nameof(Estimate.Quantity), estimate.Quantity);
        if (estimate.Quantity is { } quantity)
        {
            QuantityValidator.Inline(quantity, at.Below(nameof(Estimate.Quantity)));
        }

        Check.OptionalText(at, nameof(Estimate.Wording), estimate.Wording, Check.ShortText);
    }
}
