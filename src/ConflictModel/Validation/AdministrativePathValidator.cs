using ConflictModel.Places;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates an <see cref="AdministrativePath"/>: a real ISO 3166-1 country, non-blank divisions and locality.</summary>
internal sealed class AdministrativePathValidator : AbstractValidator<AdministrativePath>
{
    public AdministrativePathValidator() => RuleFor(x => x).Custom(static (x, context) => Inline(x, new Here<AdministrativePath>(context, null)));

    /// <summary>Checks <paramref name="x"/> and reports at <paramref name="at"/>; used by this validator and inline by parents.</summary>
    public static void Inline<T>(AdministrativePath x, Here<T> at)
    {
        if (string.IsNullOrWhiteSpace(x.CountryCode))
        {
            Check.RequiredText(at, nameof(AdministrativePath.CountryCode), x.CountryCode, Check.ShortText);
        }
        else
        {
            Check.Country(at, nameof(AdministrativePath.CountryCode), x.CountryCode);
        }

        Check.TextList(at, nameof(AdministrativePath.Divisions), x.Divisions);
        Check.OptionalText(at, nameof(AdministrativePath.Locality), x.Locality, Check.ShortText);
    }
}
