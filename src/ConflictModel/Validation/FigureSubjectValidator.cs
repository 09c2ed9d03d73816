using ConflictModel.Figures;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="FigureSubject"/>: a defined kind whose members fit it.</summary>
internal sealed class FigureSubjectValidator : AbstractValidator<FigureSubject>
{
    public FigureSubjectValidator()
    {
        RuleFor(x => x).Custom(static (x, context) => Inline(x, new Here<FigureSubject>(context, null)));
    }

    /// <summary>Checks <paramref name="subject"/> and reports at <paramref name="at"/>; used by this validator and inline by parents.</summary>
    public static void Inline<T>(FigureSubject subject, Here<T> at)
    {
        Check.Defined(at, nameof(FigureSubject.Kind), subject.Kind);
        var isSide = subject.Kind == SubjectKind.Side;
        var isActors = subject.Kind == SubjectKind.Actors;
        if (isSide && subject.SideId is null)
        {
            Check.Report(at.Context, Rules.SubjectKindMismatch, at.PathOf(nameof(FigureSubject.SideId)), "A subject of kind side needs 'sideId'.", null);
        }
        else if (!isSide && subject.SideId is { } side)
        {
            Check.Report(at.Context, Rules.SubjectKindMismatch, at.PathOf(nameof(FigureSubject.SideId)),
                $"A subject of kind {subject.Kind} does not use 'sideId' ('{side}'); use kind side, or remove it.", side);
        }

        if (isActors && subject.ActorIds.IsEmpty)
        {
            Check.Report(at.Context, Rules.SubjectKindMismatch, at.PathOf(nameof(FigureSubject.ActorIds)), "A subject of kind actors needs at least one id in 'actorIds'.", null);
        }
        else if (!isActors && !subject.ActorIds.IsEmpty)
        {
            Check.Report(at.Context, Rules.SubjectKindMismatch, at.PathOf(nameof(FigureSubject.ActorIds)),
                $"A subject of kind {subject.Kind} does not use 'actorIds' ({subject.ActorIds}); use kind actors, or remove them.", subject.ActorIds.ToString());
        }
    }
}
