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
        RuleFor(x => x.Id).Custom((id, context) => Check.Id(id.Value, context, "engagement"));
        RuleFor(x => x.Name).Custom(Check.ShortRequired);
        RuleFor(x => x.Aliases).Custom(Check.ShortTextList);
        RuleFor(x => x.Conflict).SetValidator(conflict!);
        RuleFor(x => x.Type).Custom(Check.Defined);
        RuleFor(x => x.Tactics).Custom(Check.AllDefined);
        RuleFor(x => x.Time).Custom(Check.Required);
        RuleFor(x => x.Time).SetValidator(time);

        RuleFor(x => x.Sites).Custom(Check.NoNullElements);
        RuleForEach(x => x.Sites).SetValidator(sites);
        RuleFor(x => x.Sides).Custom((list, context) =>
        {
            Check.NoNullElements(list, context);
            var count = 0;
            foreach (var side in list)
            {
                count += side is null ? 0 : 1;
            }

            if (count < 2)
            {
                Check.Report(context, Rules.FewerThanTwoSides, context.PropertyPath,
                    $"The engagement '{context.InstanceToValidate.Id}' has {count} side(s); an engagement has at least two (civilians for one-sided violence).", count);
            }
        });
        RuleForEach(x => x.Sides).SetValidator(sides);
        RuleFor(x => x.Incidents).Custom(Check.NoNullElements);
        RuleForEach(x => x.Incidents).SetValidator(incidents);
        RuleFor(x => x.Outcomes).Custom(Check.NoNullElements);
        RuleForEach(x => x.Outcomes).SetValidator(outcomes);
        RuleFor(x => x.ResultSummary).Custom(Check.LongOptional);
        RuleFor(x => x.Figures).Custom(Check.NoNullElements);
        RuleForEach(x => x.Figures).SetValidator(figures);
        RuleFor(x => x.Statements).Custom(Check.NoNullElements);
        RuleForEach(x => x.Statements).SetValidator(statements);
        RuleFor(x => x.Relations).Custom(Check.NoNullElements);
        RuleForEach(x => x.Relations).SetValidator(relations);
        RuleFor(x => x.ExternalIds).Custom(Check.NoNullElements);
        RuleForEach(x => x.ExternalIds).SetValidator(externalIds);
        RuleFor(x => x.DatasetFields).Custom(Check.NoNullElements);
        RuleForEach(x => x.DatasetFields).SetValidator(datasetFields);

        RuleFor(x => x).Custom(EngagementChecks.Run);
    }
}
