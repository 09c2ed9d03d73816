using ConflictModel.Actors;
using System.Text.Json;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates an <see cref="Actor"/> on its own; its parent is checked with the document (<see cref="DocumentChecks"/>).</summary>
internal sealed class ActorValidator : AbstractValidator<Actor>
{
    public ActorValidator() => RuleFor(x => x).Custom(static (x, context) =>
    {
        Check.Id(context, nameof(Actor.Id), x.Id.Value, "actor");
        Check.RequiredText(context, nameof(Actor.Name), x.Name, Check.ShortText);
        Check.TextList(context, nameof(Actor.Aliases), x.Aliases);
        Check.Defined(context, nameof(Actor.Kind), x.Kind);
        if (x.ParentRelation is { } relation)
        {
            Check.Defined(context, nameof(Actor.ParentRelation), relation);
            if (x.ParentId is null)
            {
                Check.ReportBelow(context, Rules.ParentRelationWithoutParent, nameof(Actor.ParentRelation),
                    $"The actor has a parentRelation ('{JsonNamingPolicy.CamelCase.ConvertName(relation.ToString())}') but no parentId: a relation to no parent means nothing.", relation);
            }
        }
        Check.Country(context, nameof(Actor.CountryCode), x.CountryCode);
        ExternalIdValidator.InlineAll(x.ExternalIds, new Here<Actor>(context, null), nameof(Actor.ExternalIds));
    });
}
