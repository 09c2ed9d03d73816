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
        RuleFor(x => x).Custom(static (x, context) => Inline(x, new Here<Quantity>(context, null)));
    }


    /// <summary>Checks <paramref name="q"/> and reports at <paramref name="at"/>; used by this validator and inline by parents.</summary>
    public static void Inline<T>(Quantity q, Here<T> at)
    {
        Check.Defined(at, nameof(Quantity.Form), q.Form);
        Check.OptionalText(at, nameof(Quantity.Term), q.Term, Check.ShortText);
        FitsForm(q, at);
        Negative(q.Value, nameof(Quantity.Value), at);
        Negative(q.Low, nameof(Quantity.Low), at);
        Negative(q.High, nameof(Quantity.High), at);
        if (q.Form is QuantityForm.Range or QuantityForm.Qualitative && q.Low is { } low && q.High is { } high && low > high)
        {
            Check.Report(at.Context, Rules.LowAboveHigh, at.PathOf(nameof(Quantity.Low)),
                $"The low {Check.Text(low)} is above the high {Check.Text(high)}; swap the bounds.", low);
        }
    }
    private static void FitsForm<T>(Quantity q, Here<T> at)
    {
        switch (q.Form)
        {
            case QuantityForm.Exact or QuantityForm.AtLeast or QuantityForm.AtMost or QuantityForm.About:
                Needs(q.Value, nameof(Quantity.Value), q.Form, at);
                Forbids(q.Low, nameof(Quantity.Low), q.Form, at);
                Forbids(q.High, nameof(Quantity.High), q.Form, at);
                Forbids(q.Term, nameof(Quantity.Term), q.Form, at);
                ForbidsOpenEnded(q, at);
                ForbidsApproximate(q, at);
                break;
            case QuantityForm.Range:
                Needs(q.Low, nameof(Quantity.Low), q.Form, at);
                Needs(q.High, nameof(Quantity.High), q.Form, at);
                Forbids(q.Value, nameof(Quantity.Value), q.Form, at);
                Forbids(q.Term, nameof(Quantity.Term), q.Form, at);
                break;
            case QuantityForm.Qualitative:
                if (string.IsNullOrWhiteSpace(q.Term))
                {
                    Check.Report(at.Context, Rules.QuantityFormMismatch, at.PathOf(nameof(Quantity.Term)),
                        "A qualitative quantity needs its term (\"dozens\", \"several\").", q.Term);
                }

                Needs(q.Low, nameof(Quantity.Low), q.Form, at);
                Forbids(q.Value, nameof(Quantity.Value), q.Form, at);
                ForbidsOpenEnded(q, at);
                ForbidsApproximate(q, at);
                break;
            default:
                break;
        }
    }

    private static void Needs<T, TValue>(TValue? value, string member, QuantityForm form, Here<T> at)
    {
        if (value is null)
        {
            Check.Report(at.Context, Rules.QuantityFormMismatch, at.PathOf(member), $"A quantity of form {form} needs '{JsonPath.From(member)}'.", null);
        }
    }

    private static void Forbids<T, TValue>(TValue? value, string member, QuantityForm form, Here<T> at)
    {
        if (value is not null)
        {
            Check.Report(at.Context, Rules.QuantityFormMismatch, at.PathOf(member),
                $"A quantity of form {form} does not use '{JsonPath.From(member)}', which is {Check.Text(value)}; remove it or change the form.", value);
        }
    }

    private static void ForbidsOpenEnded<T>(Quantity q, Here<T> at)
    {
        if (q.OpenEnded)
        {
            Check.Report(at.Context, Rules.QuantityFormMismatch, at.PathOf(nameof(Quantity.OpenEnded)),
                $"Only a range can be open-ended; a quantity of form {q.Form} cannot (use atLeast for \"60+\").", true);
        }
    }

    private static void ForbidsApproximate<T>(Quantity q, Here<T> at)
    {
        if (q.Approximate)
        {
            Check.Report(at.Context, Rules.QuantityFormMismatch, at.PathOf(nameof(Quantity.Approximate)),
                $"Only a range can be approximate; a quantity of form {q.Form} cannot (use about for \"about 40\", a range with approximate for \"c. 30–40\").", true);
        }
    }

    private static void Negative<T>(long? value, string member, Here<T> at)
    {
        if (value is < 0)
        {
            Check.Report(at.Context, Rules.NegativeCount, at.PathOf(member),
                $"'{JsonPath.From(member)}' is {Check.Text(value.Value)}; counts are not negative (a -1 sentinel means unknown: omit the estimate).", value.Value);
        }
    }
}
