using ConflictModel.Collections;
using ConflictModel.Engagements;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>
/// Validates an <see cref="Engagement"/>: its own members, each of its items through their validators,
/// and the references and comparisons between items (<see cref="EngagementChecks"/>).
/// </summary>
internal sealed class EngagementValidator : AbstractValidator<Engagement>
{
    private readonly IValidator<Engagement>? _own;

    /// <param name="own">A user's own engagement rules, run after the built-in ones on each engagement, or <see langword="null"/>.</param>
    public EngagementValidator(IValidator<Engagement>? own = null)
    {
        if (own is not null)
        {
            // Registered after the built-in rule below, by the constructor's end.
            _own = own;
        }

        RuleFor(x => x).Custom(static (x, context) =>
        {
            Check.Id(context, nameof(Engagement.Id), x.Id.Value, "engagement");
            Check.RequiredText(context, nameof(Engagement.Name), x.Name, Check.ShortText);
            Check.TextList(context, nameof(Engagement.Aliases), x.Aliases);
            var at = new Here<Engagement>(context, null);
            if (x.Conflict is { } conflict)
            {
                ConflictReferenceValidator.Inline(conflict, at.Below(nameof(Engagement.Conflict)));
            }

            Check.Defined(context, nameof(Engagement.Type), x.Type);
            Check.AllDefined(context, nameof(Engagement.Tactics), x.Tactics);
            Check.Required(context, nameof(Engagement.Time), x.Time);
            if (x.Time is { } time)
            {
                TemporalExtentValidator.Inline(time, at.Below(nameof(Engagement.Time)));
            }

            Items(x.Sites, at, nameof(Engagement.Sites), SiteValidator.Inline);
            Items(x.Sides, at, nameof(Engagement.Sides), SideValidator.Inline);
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

            Items(x.Incidents, at, nameof(Engagement.Incidents), IncidentValidator.Inline);
            Items(x.Outcomes, at, nameof(Engagement.Outcomes), OutcomeValidator.Inline);
            Check.OptionalText(context, nameof(Engagement.ResultSummary), x.ResultSummary, Check.LongText);
            Items(x.Figures, at, nameof(Engagement.Figures), DisputedFigureValidator.Inline);
            Items(x.Statements, at, nameof(Engagement.Statements), SourcedStatementValidator.Inline);
            Items(x.Relations, at, nameof(Engagement.Relations), EngagementRelationValidator.Inline);
            ExternalIdValidator.InlineAll(x.ExternalIds, at, nameof(Engagement.ExternalIds));
            Items(x.DatasetFields, at, nameof(Engagement.DatasetFields), DatasetFieldValidator.Inline);
        });

        RuleFor(x => x).Custom(EngagementChecks.Run);

        if (_own is not null)
        {
            Include(_own);
        }
    }

    /// <summary>Reports null elements of <paramref name="items"/>, then checks each item with <paramref name="check"/> at its path.</summary>
    private static void Items<TItem>(EquatableArray<TItem> items, Here<Engagement> at, string member, System.Action<TItem, Here<Engagement>> check)
        where TItem : class
    {
        Check.NoNullElements(at, member, items);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item)
            {
                check(item, at.Below(Check.Item(member, i)));
            }
        }
    }
}
