using ConflictModel.Places;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates an <see cref="AdministrativePath"/>: a real ISO 3166-1 country, non-blank divisions and locality.</summary>
internal sealed class AdministrativePathValidator : AbstractValidator<AdministrativePath>
{
    public AdministrativePathValidator() => RuleFor(x => x).Custom(static (x, context) =>
    {
        if (string.IsNullOrWhiteSpace(x.CountryCode))
        {
            Check.RequiredText(context, nameof(AdministrativePath.CountryCode), x.CountryCode, Check.ShortText);
        }
        else
        {
            Check.Country(context, nameof(AdministrativePath.CountryCode), x.CountryCode);
        }

        Check.TextList(context, nameof(AdministrativePath.Divisions), x.Divisions);
        Check.OptionalText(context, nameof(AdministrativePath.Locality), x.Locality, Check.ShortText);
    });
}
