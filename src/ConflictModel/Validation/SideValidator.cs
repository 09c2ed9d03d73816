using ConflictModel.Engagements;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="Side"/> on its own; its actors are checked with the engagement (<see cref="EngagementChecks"/>).</summary>
internal sealed class SideValidator : AbstractValidator<Side>
{
    public SideValidator() => RuleFor(x => x).Custom(static (x, context) =>
    {
        Check.Id(context, nameof(Side.Id), x.Id.Value, "side");
        Check.Defined(context, nameof(Side.Role), x.Role);
        if (x.ActorIds.IsEmpty)
        {
            Check.Report(context, Rules.SideWithoutActors, Check.At(context, nameof(Side.ActorIds)),
                $"The side '{x.Id}' lists no actor; add at least one (an actor of kind unknown if nobody knows who).", null);
        }

        Check.OptionalText(context, nameof(Side.Name), x.Name, Check.ShortText);
    });
}
