using ConflictModel.Figures;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="DisputedFigure"/> on its own; references and comparisons between figures are checked with the engagement (<see cref="EngagementChecks"/>).</summary>
internal sealed class DisputedFigureValidator : AbstractValidator<DisputedFigure>
{
    public DisputedFigureValidator(FigureSubjectValidator subject, EstimateValidator estimate)
    {
        RuleFor(x => x).Custom(static (x, context) =>
        {
            Check.Id(context, nameof(DisputedFigure.Id), x.Id.Value, "figure");
            Check.Defined(context, nameof(DisputedFigure.Measure), x.Measure);
            Check.Required(context, nameof(DisputedFigure.Subject), x.Subject);
            Check.OptionalText(context, nameof(DisputedFigure.Unit), x.Unit, Check.ShortText);
            if (!string.IsNullOrWhiteSpace(x.Unit) && x.Measure is not (Measure.Captured or Measure.Destroyed or Measure.Strength) && System.Enum.IsDefined(x.Measure))
            {
                Check.Report(context, Rules.UnitOnPeopleMeasure, Check.At(context, nameof(DisputedFigure.Unit)),
                    $"The measure {x.Measure} counts people, but the unit is '{Check.Shorten(x.Unit)}'; use captured or destroyed for equipment, or remove the unit.", x.Unit);
            }

            if (x.Estimates.IsEmpty)
            {
                Check.Report(context, Rules.FigureWithoutEstimates, Check.At(context, nameof(DisputedFigure.Estimates)),
                    $"The figure '{x.Id}' has no estimate; add the sources' numbers or remove the figure.", null);
            }

            Check.NoNullElements(context, nameof(DisputedFigure.Estimates), x.Estimates);
            Check.OptionalText(context, nameof(DisputedFigure.Note), x.Note, Check.LongText);
        });
        RuleFor(x => x.Subject).SetValidator(subject);
        RuleForEach(x => x.Estimates).SetValidator(estimate);
    }
}
