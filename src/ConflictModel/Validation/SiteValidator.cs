using ConflictModel.Places;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>
/// Validates a <see cref="Site"/> on its own, with its coordinates, administrative path and external
/// ids; <see cref="Site.WithinSiteId"/> is checked with the engagement (<see cref="EngagementChecks"/>).
/// </summary>
internal sealed class SiteValidator : AbstractValidator<Site>
{
    public SiteValidator() => RuleFor(x => x).Custom(static (x, context) => Inline(x, new Here<Site>(context, null)));

    /// <summary>Checks <paramref name="x"/> and reports at <paramref name="at"/>; used by this validator and inline by the engagement's.</summary>
    public static void Inline<T>(Site x, Here<T> at)
    {
        Check.Id(at, nameof(Site.Id), x.Id.Value, "site");
        Check.RequiredText(at, nameof(Site.Name), x.Name, Check.ShortText);
        Check.TextList(at, nameof(Site.Aliases), x.Aliases);
        Check.Defined(at, nameof(Site.Role), x.Role);
        Check.Defined(at, nameof(Site.Kind), x.Kind);
        if (x.Coordinates is { } coordinates)
        {
            CoordinatesValidator.Inline(coordinates, at.Below(nameof(Site.Coordinates)));
        }

        if (x.Administrative is { } administrative)
        {
            AdministrativePathValidator.Inline(administrative, at.Below(nameof(Site.Administrative)));
        }

        Check.Defined(at, nameof(Site.Precision), x.Precision);
        Check.OptionalText(at, nameof(Site.Description), x.Description, Check.LongText);
        ExternalIdValidator.InlineAll(x.ExternalIds, at, nameof(Site.ExternalIds));
    }
}
