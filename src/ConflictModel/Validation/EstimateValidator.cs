using ConflictModel.Figures;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates an <see cref="Estimate"/> on its own; its statement is checked with the engagement (<see cref="EngagementChecks"/>).</summary>
internal sealed class EstimateValidator : AbstractValidator<Estimate>
{
    public EstimateValidator(QuantityValidator quantity)
    {
        RuleFor(x => x).Custom(static (x, context) =>
        {
            Check.Required(context, nameof(Estimate.Quantity), x.Quantity);
            Check.OptionalText(context, nameof(Estimate.Wording), x.Wording, Check.ShortText);
        });
        RuleFor(x => x.Quantity).SetValidator(quantity);
    }
}
