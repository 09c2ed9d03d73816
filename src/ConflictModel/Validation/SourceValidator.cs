using ConflictModel.Sources;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="Source"/> on its own; its affiliation is checked with the document (<see cref="DocumentChecks"/>).</summary>
internal sealed class SourceValidator : AbstractValidator<Source>
{
    public SourceValidator() => RuleFor(x => x).Custom(static (x, context) =>
    {
        Check.Id(context, nameof(Source.Id), x.Id.Value, "source");
        Check.RequiredText(context, nameof(Source.Name), x.Name, Check.ShortText);
        Check.Defined(context, nameof(Source.Kind), x.Kind);
        if (x.Credibility is { } credibility)
        {
            Check.Defined(context, nameof(Source.Credibility), credibility);
        }

        Check.Url(context, nameof(Source.Url), x.Url);
        Check.OptionalText(context, nameof(Source.Description), x.Description, Check.LongText);
    });
}
