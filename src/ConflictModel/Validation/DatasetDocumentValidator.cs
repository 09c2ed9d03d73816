using System;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="DatasetDocument"/>: its format version, the document-wide checks (<see cref="DocumentChecks"/>), then every source, actor and engagement.</summary>
internal sealed class DatasetDocumentValidator : AbstractValidator<DatasetDocument>
{
    public DatasetDocumentValidator(SourceValidator sources, ActorValidator actors, EngagementValidator engagements)
    {
        RuleFor(x => x.FormatVersion).Custom(FormatVersion);
        RuleFor(x => x.Title).Custom(Check.ShortOptional);
        RuleFor(x => x.Description).Custom(Check.LongOptional);
        RuleFor(x => x).Custom(DocumentChecks.Run);
        RuleFor(x => x.Sources).Custom(Check.NoNullElements);
        RuleForEach(x => x.Sources).SetValidator(sources);
        RuleFor(x => x.Actors).Custom(Check.NoNullElements);
        RuleForEach(x => x.Actors).SetValidator(actors);
        RuleFor(x => x.Engagements).Custom(Check.NoNullElements);
        RuleForEach(x => x.Engagements).SetValidator(engagements);
    }

    private static void FormatVersion(string? version, ValidationContext<DatasetDocument> context)
    {
        if (string.IsNullOrWhiteSpace(version))
        {
            Check.ShortRequired(version, context);
            return;
        }

        var dot = version.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0 || !IsNumber(version.AsSpan(0, dot)) || !IsNumber(version.AsSpan(dot + 1)))
        {
            Check.Report(context, Rules.FormatVersionMalformed, context.PropertyPath,
                $"'formatVersion' is '{Check.Shorten(version)}'; expected \"major.minor\" such as \"{DatasetDocument.CurrentFormatVersion}\".", version);
        }
        else if (!version.AsSpan(0, dot).SequenceEqual("1"))
        {
            Check.Report(context, Rules.FormatVersionUnsupported, context.PropertyPath,
                $"'formatVersion' is '{Check.Shorten(version)}'; this library reads format 1.x (it writes {DatasetDocument.CurrentFormatVersion}).", version);
        }
    }

    private static bool IsNumber(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 9 || (text.Length > 1 && text[0] == '0'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
