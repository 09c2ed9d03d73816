using ConflictModel.Places;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="Site"/> on its own; <see cref="Site.WithinSiteId"/> is checked with the engagement (<see cref="EngagementChecks"/>).</summary>
internal sealed class SiteValidator : AbstractValidator<Site>
{
    public SiteValidator(CoordinatesValidator coordinates, AdministrativePathValidator administrative, ExternalIdValidator externalIds)
    {
        RuleFor(x => x.Id).Custom((id, context) => Check.Id(id.Value, context, "site"));
        RuleFor(x => x.Name).Custom(Check.ShortRequired);
        RuleFor(x => x.Aliases).Custom(Check.ShortTextList);
        RuleFor(x => x.Role).Custom(Check.Defined);
        RuleFor(x => x.Kind).Custom(Check.Defined);
        RuleFor(x => x.Coordinates.GetValueOrDefault()).SetValidator(coordinates).OverridePropertyName(nameof(Site.Coordinates)).When(x => x.Coordinates.HasValue);
        RuleFor(x => x.Administrative).SetValidator(administrative!);
        RuleFor(x => x.Precision).Custom(Check.Defined);
        RuleFor(x => x.Description).Custom(Check.LongOptional);
        RuleFor(x => x.ExternalIds).Custom(Check.NoNullElements);
        RuleForEach(x => x.ExternalIds).SetValidator(externalIds);
    }
}
