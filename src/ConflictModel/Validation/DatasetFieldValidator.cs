using ConflictModel.Engagements;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="DatasetField"/>: dataset and name present; the value present, though it may be empty.</summary>
internal sealed class DatasetFieldValidator : AbstractValidator<DatasetField>
{
    public DatasetFieldValidator() => RuleFor(x => x).Custom(static (x, context) => Inline(x, new Here<DatasetField>(context, null)));

    /// <summary>Checks <paramref name="x"/> and reports at <paramref name="at"/>; used by this validator and inline by parents.</summary>
    public static void Inline<T>(DatasetField x, Here<T> at)
    {
        Check.RequiredText(at, nameof(DatasetField.Dataset), x.Dataset, Check.ShortText);
        Check.RequiredText(at, nameof(DatasetField.Name), x.Name, Check.ShortText);
        if (x.Value is null)
        {
            var path = at.PathOf(nameof(DatasetField.Value));
            Check.Report(at.Context, Rules.RequiredMissing, path,
                $"{JsonPath.Describe(path)} is required; write an empty string for a field that was empty.", null);
        }
        else if (x.Value.Length > Check.LongText)
        {
            Check.RequiredText(at, nameof(DatasetField.Value), x.Value, Check.LongText);
        }
    }
}
