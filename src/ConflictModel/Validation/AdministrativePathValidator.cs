using ConflictModel.Places;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates an <see cref="AdministrativePath"/>: a real ISO 3166-1 country, non-blank divisions and locality.</summary>
internal sealed class AdministrativePathValidator : AbstractValidator<AdministrativePath>
{
    public AdministrativePathValidator()
    {
        RuleFor(x => x.CountryCode).Custom((code, context) =>
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                Check.ShortRequired(code, context);
            }
            else
            {
                Check.Country(code, context);
            }
        });
        RuleFor(x => x.Divisions).Custom(Check.ShortTextList);
        RuleFor(x => x.Locality).Custom(Check.ShortOptional);
    }
}
