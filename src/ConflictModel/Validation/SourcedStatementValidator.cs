using ConflictModel.Sources;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="SourcedStatement"/> on its own; its source and relays are checked with the engagement (<see cref="EngagementChecks"/>).</summary>
internal sealed class SourcedStatementValidator : AbstractValidator<SourcedStatement>
{
    public SourcedStatementValidator(TemporalExtentValidator time)
    {
        RuleFor(x => x).Custom(static (x, context) =>
        {
            Check.Id(context, nameof(SourcedStatement.Id), x.Id.Value, "statement");
            Check.Defined(context, nameof(SourcedStatement.Stance), x.Stance);
            Check.RequiredText(context, nameof(SourcedStatement.Summary), x.Summary, Check.LongText);
            Check.OptionalText(context, nameof(SourcedStatement.Quote), x.Quote, Check.LongText);
            Check.Url(context, nameof(SourcedStatement.Url), x.Url);
        });
        RuleFor(x => x.ReportedAt).SetValidator(time!);
    }
}
