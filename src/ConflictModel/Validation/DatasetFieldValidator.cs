using ConflictModel.Engagements;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="DatasetField"/>: dataset and name present; the value present, though it may be empty.</summary>
internal sealed class DatasetFieldValidator : AbstractValidator<DatasetField>
{
    public DatasetFieldValidator()
    {
        RuleFor(x => x.Dataset).Custom(Check.ShortRequired);
        RuleFor(x => x.Name).Custom(Check.ShortRequired);
        RuleFor(x => x.Value).Custom((value, context) =>
        {
            if (value is null)
            {
                Check.Report(context, Rules.RequiredMissing, context.PropertyPath,
                    $"{JsonPath.Describe(context.PropertyPath)} is required; write an empty string for a field that was empty.", null);
            }
            else if (value.Length > Check.LongText)
            {
                Check.LongRequired(value, context);
            }
        });
    }
}
