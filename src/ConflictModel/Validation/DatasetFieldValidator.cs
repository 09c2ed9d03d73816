using ConflictModel.Engagements;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="DatasetField"/>: dataset and name present; the value present, though it may be empty.</summary>
internal sealed class DatasetFieldValidator : AbstractValidator<DatasetField>
{
    public DatasetFieldValidator() => RuleFor(x => x).Custom(static (x, context) =>
    {
        Check.RequiredText(context, nameof(DatasetField.Dataset), x.Dataset, Check.ShortText);
        Check.RequiredText(context, nameof(DatasetField.Name), x.Name, Check.ShortText);
        if (x.Value is null)
        {
            var path = Check.At(context, nameof(DatasetField.Value));
            Check.Report(context, Rules.RequiredMissing, path,
                $"{JsonPath.Describe(path)} is required; write an empty string for a field that was empty.", null);
        }
        else if (x.Value.Length > Check.LongText)
        {
            Check.RequiredText(context, nameof(DatasetField.Value), x.Value, Check.LongText);
        }
    });
}
