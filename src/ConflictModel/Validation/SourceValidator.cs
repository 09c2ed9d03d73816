using ConflictModel.Sources;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="Source"/> on its own; its affiliation is checked with the document (<see cref="DocumentChecks"/>).</summary>
internal sealed class SourceValidator : AbstractValidator<Source>
{
    public SourceValidator()
    {
        RuleFor(x => x.Id).Custom((id, context) => Check.Id(id.Value, context, "source"));
        RuleFor(x => x.Name).Custom(Check.ShortRequired);
        RuleFor(x => x.Kind).Custom(Check.Defined);
        RuleFor(x => x.Url).Custom(Check.Url);
        RuleFor(x => x.Description).Custom(Check.LongOptional);
    }
}
