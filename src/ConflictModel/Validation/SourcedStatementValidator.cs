using ConflictModel.Sources;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="SourcedStatement"/> on its own; its source and relays are checked with the engagement (<see cref="EngagementChecks"/>).</summary>
internal sealed class SourcedStatementValidator : AbstractValidator<SourcedStatement>
{
    public SourcedStatementValidator(TemporalExtentValidator time)
    {
        RuleFor(x => x.Id).Custom((id, context) => Check.Id(id.Value, context, "statement"));
        RuleFor(x => x.Stance).Custom(Check.Defined);
        RuleFor(x => x.Summary).Custom(Check.LongRequired);
        RuleFor(x => x.Quote).Custom(Check.LongOptional);
        RuleFor(x => x.ReportedAt).SetValidator(time!);
        RuleFor(x => x.Url).Custom(Check.Url);
    }
}
