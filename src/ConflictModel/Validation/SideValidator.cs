using ConflictModel.Engagements;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="Side"/> on its own; its actors are checked with the engagement (<see cref="EngagementChecks"/>).</summary>
internal sealed class SideValidator : AbstractValidator<Side>
{
    public SideValidator() => RuleFor(x => x).Custom(static (x, context) => Inline(x, new Here<Side>(context, null)));

    /// <summary>Checks <paramref name="x"/> and reports at <paramref name="at"/>; used by this validator and inline by the engagement's.</summary>
    public static void Inline<T>(Side x, Here<T> at)
    {
        Check.Id(at, nameof(Side.Id), x.Id.Value, "side");
        Check.Defined(at, nameof(Side.Role), x.Role);
        if (x.ActorIds.IsEmpty)
        {
            Check.Report(at.Context, Rules.SideWithoutActors, at.PathOf(nameof(Side.ActorIds)),
                $"The side '{x.Id}' lists no actor; add at least one (an actor of kind unknown if nobody knows who).", null);
        }

        Check.OptionalText(at, nameof(Side.Name), x.Name, Check.ShortText);
    }
}
