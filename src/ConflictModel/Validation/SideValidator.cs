using ConflictModel.Engagements;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="Side"/> on its own; its actors are checked with the engagement (<see cref="EngagementChecks"/>).</summary>
internal sealed class SideValidator : AbstractValidator<Side>
{
    public SideValidator()
    {
        RuleFor(x => x.Id).Custom((id, context) => Check.Id(id.Value, context, "side"));
        RuleFor(x => x.Role).Custom(Check.Defined);
        RuleFor(x => x.ActorIds).Custom((actors, context) =>
        {
            if (actors.IsEmpty)
            {
                Check.Report(context, Rules.SideWithoutActors, context.PropertyPath,
                    $"The side '{context.InstanceToValidate.Id}' lists no actor; add at least one (an actor of kind unknown if nobody knows who).", null);
            }
        });
        RuleFor(x => x.Name).Custom(Check.ShortOptional);
    }
}
