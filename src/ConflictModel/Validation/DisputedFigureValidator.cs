using ConflictModel.Figures;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="DisputedFigure"/> on its own; references and comparisons between figures are checked with the engagement (<see cref="EngagementChecks"/>).</summary>
internal sealed class DisputedFigureValidator : AbstractValidator<DisputedFigure>
{
    public DisputedFigureValidator(FigureSubjectValidator subject, EstimateValidator estimate)
    {
        RuleFor(x => x.Id).Custom((id, context) => Check.Id(id.Value, context, "figure"));
        RuleFor(x => x.Measure).Custom(Check.Defined);
        RuleFor(x => x.Subject).Custom(Check.Required);
        RuleFor(x => x.Subject).SetValidator(subject);
        RuleFor(x => x.Unit).Custom((unit, context) =>
        {
            Check.ShortOptional(unit, context);
            var measure = context.InstanceToValidate.Measure;
            if (!string.IsNullOrWhiteSpace(unit) && measure is not (Measure.Captured or Measure.Destroyed or Measure.Strength) && System.Enum.IsDefined(measure))
            {
                Check.Report(context, Rules.UnitOnPeopleMeasure, context.PropertyPath,
                    $"The measure {measure} counts people, but the unit is '{Check.Shorten(unit)}'; use captured or destroyed for equipment, or remove the unit.", unit);
            }
        });
        RuleFor(x => x.Estimates).Custom((estimates, context) =>
        {
            if (estimates.IsEmpty)
            {
                Check.Report(context, Rules.FigureWithoutEstimates, context.PropertyPath,
                    $"The figure '{context.InstanceToValidate.Id}' has no estimate; add the sources' numbers or remove the figure.", null);
            }

            Check.NoNullElements(estimates, context);
        });
        RuleForEach(x => x.Estimates).SetValidator(estimate);
        RuleFor(x => x.Note).Custom(Check.LongOptional);
    }
}
