using ConflictModel.Figures;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="FigureSubject"/>: a defined kind whose members fit it.</summary>
internal sealed class FigureSubjectValidator : AbstractValidator<FigureSubject>
{
    public FigureSubjectValidator()
    {
        RuleFor(x => x).Custom(static (subject, context) =>
        {
            Check.Defined(context, nameof(FigureSubject.Kind), subject.Kind);
            var isSide = subject.Kind == SubjectKind.Side;
            var isActors = subject.Kind == SubjectKind.Actors;
            if (isSide && subject.SideId is null)
            {
                Check.ReportBelow(context, Rules.SubjectKindMismatch, nameof(FigureSubject.SideId), "A subject of kind side needs 'sideId'.", null);
            }
            else if (!isSide && subject.SideId is { } side)
            {
                Check.ReportBelow(context, Rules.SubjectKindMismatch, nameof(FigureSubject.SideId),
                    $"A subject of kind {subject.Kind} does not use 'sideId' ('{side}'); use kind side, or remove it.", side);
            }

            if (isActors && subject.ActorIds.IsEmpty)
            {
                Check.ReportBelow(context, Rules.SubjectKindMismatch, nameof(FigureSubject.ActorIds), "A subject of kind actors needs at least one id in 'actorIds'.", null);
            }
            else if (!isActors && !subject.ActorIds.IsEmpty)
            {
                Check.ReportBelow(context, Rules.SubjectKindMismatch, nameof(FigureSubject.ActorIds),
                    $"A subject of kind {subject.Kind} does not use 'actorIds' ({subject.ActorIds}); use kind actors, or remove them.", subject.ActorIds.ToString());
            }
        });
    }
}
