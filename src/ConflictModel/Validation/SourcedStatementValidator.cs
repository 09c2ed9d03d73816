using ConflictModel.Sources;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="SourcedStatement"/> on its own; its source and relays are checked with the engagement (<see cref="EngagementChecks"/>).</summary>
internal sealed class SourcedStatementValidator : AbstractValidator<SourcedStatement>
{
    public SourcedStatementValidator() => RuleFor(x => x).Custom(static (x, context) => Inline(x, new Here<SourcedStatement>(context, null)));

    /// <summary>Checks <paramref name="x"/> and reports at <paramref name="at"/>; used by this validator and inline by the engagement's.</summary>
    public static void Inline<T>(SourcedStatement x, Here<T> at)
    {
        Check.Id(at, nameof(SourcedStatement.Id), x.Id.Value, "statement");
        Check.Defined(at, nameof(SourcedStatement.Stance), x.Stance);
        Check.RequiredText(at, nameof(SourcedStatement.Summary), x.Summary, Check.LongText);
        Check.OptionalText(at, nameof(SourcedStatement.Quote), x.Quote, Check.LongText);
        if (x.ReportedAt is { } reportedAt)
        {
            TemporalExtentValidator.Inline(reportedAt, at.Below(nameof(SourcedStatement.ReportedAt)));
        }

        Check.Url(at, nameof(SourcedStatement.Url), x.Url);
        if (x.Credibility is { } credibility)
        {
            Check.Defined(at, nameof(SourcedStatement.Credibility), credibility);
        }
    }
}
