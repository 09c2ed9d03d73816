using ConflictModel.Figures;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates an <see cref="Estimate"/> on its own; its statement is checked with the engagement (<see cref="EngagementChecks"/>).</summary>
internal sealed class EstimateValidator : AbstractValidator<Estimate>
{
    public EstimateValidator(QuantityValidator quantity)
    {
        RuleFor(x => x.Quantity).Custom(Check.Required);
        RuleFor(x => x.Quantity).SetValidator(quantity);
        RuleFor(x => x.Wording).Custom(Check.ShortOptional);
    }
}
