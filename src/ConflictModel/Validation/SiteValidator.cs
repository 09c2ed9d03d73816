using ConflictModel.Places;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="Site"/> on its own; <see cref="Site.WithinSiteId"/> is checked with the engagement (<see cref="EngagementChecks"/>).</summary>
internal sealed class SiteValidator : AbstractValidator<Site>
{
    public SiteValidator(CoordinatesValidator coordinates, AdministrativePathValidator administrative, ExternalIdValidator externalIds)
    {
        RuleFor(x => x).Custom(static (x, context) =>
        {
            Check.Id(context, nameof(Site.Id), x.Id.Value, "site");
            Check.RequiredText(context, nameof(Site.Name), x.Name, Check.ShortText);
            Check.TextList(context, nameof(Site.Aliases), x.Aliases);
            Check.Defined(context, nameof(Site.Role), x.Role);
            Check.Defined(context, nameof(Site.Kind), x.Kind);
            Check.Defined(context, nameof(Site.Precision), x.Precision);
            Check.OptionalText(context, nameof(Site.Description), x.Description, Check.LongText);
            Check.NoNullElements(context, nameof(Site.ExternalIds), x.ExternalIds);
        });
        RuleFor(x => x.Coordinates.GetValueOrDefault()).SetValidator(coordinates).OverridePropertyName(nameof(Site.Coordinates)).When(x => x.Coordinates.HasValue);
        RuleFor(x => x.Administrative).SetValidator(administrative!);
        RuleForEach(x => x.ExternalIds).SetValidator(externalIds);
    }
}
