using ConflictModel.Engagements;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>
/// Validates an <see cref="Engagement"/>: its own members, each of its items through their validators,
/// and the references and comparisons between items (<see cref="EngagementChecks"/>).
/// </summary>
internal sealed class EngagementValidator : AbstractValidator<Engagement>
{
    public EngagementValidator(
        ExternalIdValidator externalIds,
        DatasetFieldValidator datasetFields,
        ConflictReferenceValidator conflict,
        TemporalExtentValidator time,
        SiteValidator sites,
        SideValidator sides,
        IncidentValidator incidents,
        OutcomeValidator outcomes,
        DisputedFigureValidator figures,
        SourcedStatementValidator statements,
        EngagementRelationValidator relations)
    {
        RuleFor(x => x).Custom(static (x, context) =>
        {
            Check.Id(context, nameof(Engagement.Id), x.Id.Value, "engagement");
            Check.RequiredText(context, nameof(Engagement.Name), x.Name, Check.ShortText);
            Check.TextList(context, nameof(Engagement.Aliases), x.Aliases);
            Check.Defined(context, nameof(Engagement.Type), x.Type);
            Check.AllDefined(context, nameof(Engagement.Tactics), x.Tactics);
            Check.Required(context, nameof(Engagement.Time), x.Time);
            Check.NoNullElements(context, nameof(Engagement.Sites), x.Sites);
            Check.NoNullElements(context, nameof(Engagement.Sides), x.Sides);
            var sides = 0;
            foreach (var side in x.Sides)
            {
                sides += side is null ? 0 : 1;
            }

            if (sides < 2)
            {
                Check.Report(context, Rules.FewerThanTwoSides, Check.At(context, nameof(Engagement.Sides)),
                    $"The engagement '{x.Id}' has {sides} side(s); an engagement has at least two (civilians for one-sided violence).", sides);
            }

            Check.NoNullElements(context, nameof(Engagement.Incidents), x.Incidents);
            Check.NoNullElements(context, nameof(Engagement.Outcomes), x.Outcomes);
            Check.OptionalText(context, nameof(Engagement.ResultSummary), x.ResultSummary, Check.LongText);
            Check.NoNullElements(context, nameof(Engagement.Figures), x.Figures);
            Check.NoNullElements(context, nameof(Engagement.Statements), x.Statements);
            Check.NoNullElements(context, nameof(Engagement.Relations), x.Relations);
            Check.NoNullElements(context, nameof(Engagement.ExternalIds), x.ExternalIds);
            Check.NoNullElements(context, nameof(Engagement.DatasetFields), x.DatasetFields);
        });
        RuleFor(x => x.Conflict).SetValidator(conflict!);
        RuleFor(x => x.Time).SetValidator(time);
        RuleForEach(x => x.Sites).SetValidator(sites);
        RuleForEach(x => x.Sides).SetValidator(sides);
        RuleForEach(x => x.Incidents).SetValidator(incidents);
        RuleForEach(x => x.Outcomes).SetValidator(outcomes);
        RuleForEach(x => x.Figures).SetValidator(figures);
        RuleForEach(x => x.Statements).SetValidator(statements);
        RuleForEach(x => x.Relations).SetValidator(relations);
        RuleForEach(x => x.ExternalIds).SetValidator(externalIds);
        RuleForEach(x => x.DatasetFields).SetValidator(datasetFields);

        RuleFor(x => x).Custom(EngagementChecks.Run);
    }
}
