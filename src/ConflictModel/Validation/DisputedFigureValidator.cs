using ConflictModel.Figures;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>
/// Validates a <see cref="DisputedFigure"/> with its subject and estimates; references and comparisons
/// between figures are checked with the engagement (<see cref="EngagementChecks"/>).
/// </summary>
internal sealed class DisputedFigureValidator : AbstractValidator<DisputedFigure>
{
    public DisputedFigureValidator() => RuleFor(x => x).Custom(static (x, context) => Inline(x, new Here<DisputedFigure>(context, null)));

    /// <summary>Checks <paramref name="x"/> and reports at <paramref name="at"/>; used by this validator and inline by the engagement's.</summary>
    public static void Inline<T>(DisputedFigure x, Here<T> at)
    {
        Check.Id(at, nameof(DisputedFigure.Id), x.Id.Value, "figure");
        Check.Defined(at, nameof(DisputedFigure.Measure), x.Measure);
        Check.Required(at, nameof(DisputedFigure.Subject), x.Subject);
        if (x.Subject is { } subject)
        {
            FigureSubjectValidator.Inline(subject, at.Below(nameof(DisputedFigure.Subject)));
        }

        Check.OptionalText(at, nameof(DisputedFigure.Unit), x.Unit, Check.ShortText);
        if (!string.IsNullOrWhiteSpace(x.Unit) && x.Measure is not (Measure.Captured or Measure.Destroyed or Measure.Strength) && System.Enum.IsDefined(x.Measure))
        {
            Check.Report(at.Context, Rules.UnitOnPeopleMeasure, at.PathOf(nameof(DisputedFigure.Unit)),
                $"The measure {x.Measure} counts people, but the unit is '{Check.Shorten(x.Unit)}'; use captured or destroyed for equipment, or remove the unit.", x.Unit);
        }

        if (x.Estimates.IsEmpty)
        {
            Check.Report(at.Context, Rules.FigureWithoutEstimates, at.PathOf(nameof(DisputedFigure.Estimates)),
                $"The figure '{x.Id}' has no estimate; add the sources' numbers or remove the figure.", null);
        }

        Check.NoNullElements(at, nameof(DisputedFigure.Estimates), x.Estimates);
        for (var i = 0; i < x.Estimates.Count; i++)
        {
            if (x.Estimates[i] is { } estimate)
            {
                EstimateValidator.Inline(estimate, at.Below(Check.Item(nameof(DisputedFigure.Estimates), i)));
            }
        }

        Check.OptionalText(at, nameof(DisputedFigure.Note), x.Note, Check.LongText);
    }
}
