using System;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates a <see cref="DatasetDocument"/>: its format version, the document-wide checks (<see cref="DocumentChecks"/>), then every source, actor and engagement.</summary>
internal sealed class DatasetDocumentValidator : AbstractValidator<DatasetDocument>
{
    public DatasetDocumentValidator(SourceValidator sources, ActorValidator actors, EngagementValidator engagements, OwnRules? own = null)
    {
        RuleFor(x => x).Custom(static (x, context) =>
        {
            FormatVersion(x.FormatVersion, context);
            Check.OptionalText(context, nameof(DatasetDocument.Title), x.Title, Check.ShortText);
            Check.OptionalText(context, nameof(DatasetDocument.Description), x.Description, Check.LongText);
            DocumentChecks.Run(x, context);
            Check.NoNullElements(context, nameof(DatasetDocument.Sources), x.Sources);
            Check.NoNullElements(context, nameof(DatasetDocument.Actors), x.Actors);
            Check.NoNullElements(context, nameof(DatasetDocument.Engagements), x.Engagements);
        });
        RuleForEach(x => x.Sources).SetValidator(sources);
        RuleForEach(x => x.Actors).SetValidator(actors);
        RuleForEach(x => x.Engagements).SetValidator(engagements);
        if (own?.Sources is { } ownSources)
        {
            RuleForEach(x => x.Sources).SetValidator(ownSources);
        }

        if (own?.Actors is { } ownActors)
        {
            RuleForEach(x => x.Actors).SetValidator(ownActors);
        }

        if (own?.Document is { } ownDocument)
        {
            Include(ownDocument);
        }
    }

    private static void FormatVersion(string? version, ValidationContext<DatasetDocument> context)
    {
        if (string.IsNullOrWhiteSpace(version))
        {
            Check.RequiredText(context, nameof(DatasetDocument.FormatVersion), version, Check.ShortText);
            return;
        }

        var path = Check.At(context, nameof(DatasetDocument.FormatVersion));
        var dot = version.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0 || !IsNumber(version.AsSpan(0, dot)) || !IsNumber(version.AsSpan(dot + 1)))
        {
            Check.Report(context, Rules.FormatVersionMalformed, path,
                $"'formatVersion' is '{Check.Shorten(version)}'; expected \"major.minor\" such as \"{DatasetDocument.CurrentFormatVersion}\".", version);
        }
        else if (!version.AsSpan(0, dot).SequenceEqual("1"))
        {
            Check.Report(context, Rules.FormatVersionUnsupported, path,
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
