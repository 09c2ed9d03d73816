using ConflictModel.Figures;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>
/// Validates a <see cref="Quantity"/>: the members fit the form, counts are not negative, and a range's
/// low is not above its high.
/// </summary>
internal sealed class QuantityValidator : AbstractValidator<Quantity>
{
    public QuantityValidator()
    {
        RuleFor(x => x).Custom(static (q, context) =>
        {
            Check.Defined(context, nameof(Quantity.Form), q.Form);
            Check.OptionalText(context, nameof(Quantity.Term), q.Term, Check.ShortText);
            FitsForm(q, context);
            Negative(q.Value, nameof(Quantity.Value), context);
            Negative(q.Low, nameof(Quantity.Low), context);
            Negative(q.High, nameof(Quantity.High), context);
            if (q.Form is QuantityForm.Range or QuantityForm.Qualitative && q.Low is { } low && q.High is { } high && low > high)
            {
                Check.ReportBelow(context, Rules.LowAboveHigh, nameof(Quantity.Low),
                    $"The low {Check.Text(low)} is above the high {Check.Text(high)}; swap the bounds.", low);
            }
        });
    }

    private static void FitsForm(Quantity q, ValidationContext<Quantity> context)
    {
        switch (q.Form)
        {
            case QuantityForm.Exact or QuantityForm.AtLeast or QuantityForm.AtMost or QuantityForm.About:
                Needs(q.Value, nameof(Quantity.Value), q.Form, context);
                Forbids(q.Low, nameof(Quantity.Low), q.Form, context);
                Forbids(q.High, nameof(Quantity.High), q.Form, context);
                Forbids(q.Term, nameof(Quantity.Term), q.Form, context);
                ForbidsOpenEnded(q, context);
                break;
            case QuantityForm.Range:
                Needs(q.Low, nameof(Quantity.Low), q.Form, context);
                Needs(q.High, nameof(Quantity.High), q.Form, context);
                Forbids(q.Value, nameof(Quantity.Value), q.Form, context);
                Forbids(q.Term, nameof(Quantity.Term), q.Form, context);
                break;
            case QuantityForm.Qualitative:
                if (string.IsNullOrWhiteSpace(q.Term))
                {
                    Check.ReportBelow(context, Rules.QuantityFormMismatch, nameof(Quantity.Term),
                        "A qualitative quantity needs its term (\"dozens\", \"several\").", q.Term);
                }

                Needs(q.Low, nameof(Quantity.Low), q.Form, context);
                Forbids(q.Value, nameof(Quantity.Value), q.Form, context);
                ForbidsOpenEnded(q, context);
                break;
            default:
                break;
        }
    }

    private static void Needs<TValue>(TValue? value, string member, QuantityForm form, ValidationContext<Quantity> context)
    {
        if (value is null)
        {
            Check.ReportBelow(context, Rules.QuantityFormMismatch, member, $"A quantity of form {form} needs '{JsonPath.From(member)}'.", null);
        }
    }

    private static void Forbids<TValue>(TValue? value, string member, QuantityForm form, ValidationContext<Quantity> context)
    {
        if (value is not null)
        {
            Check.ReportBelow(context, Rules.QuantityFormMismatch, member,
                $"A quantity of form {form} does not use '{JsonPath.From(member)}', which is {Check.Text(value)}; remove it or change the form.", value);
        }
    }

    private static void ForbidsOpenEnded(Quantity q, ValidationContext<Quantity> context)
    {
        if (q.OpenEnded)
        {
            Check.ReportBelow(context, Rules.QuantityFormMismatch, nameof(Quantity.OpenEnded),
                $"Only a range can be open-ended; a quantity of form {q.Form} cannot (use atLeast for \"60+\").", true);
        }
    }

    private static void Negative(long? value, string member, ValidationContext<Quantity> context)
    {
        if (value is < 0)
        {
            Check.ReportBelow(context, Rules.NegativeCount, member,
                $"'{JsonPath.From(member)}' is {Check.Text(value.Value)}; counts are not negative (a -1 sentinel means unknown: omit the estimate).", value.Value);
        }
    }
}
