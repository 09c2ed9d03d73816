using ConflictModel.Actors;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>Validates an <see cref="ExternalId"/>: a defined scheme and a value shaped like that registry's ids.</summary>
internal sealed class ExternalIdValidator : AbstractValidator<ExternalId>
{
    public ExternalIdValidator() => RuleFor(x => x).Custom(static (x, context) => Inline(x, new Here<ExternalId>(context, null)));


    /// <summary>Checks every external id of <paramref name="ids"/>, reporting a null element as such; used inline by parents.</summary>
    public static void InlineAll<T>(ConflictModel.Collections.EquatableArray<ExternalId> ids, Here<T> at, string member)
    {
        Check.NoNullElements(at, member, ids);
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] is { } id)
            {
                Inline(id, at.Below(Check.Item(member, i)));
            }
        }
    }

    /// <summary>Checks <paramref name="x"/> and reports at <paramref name="at"/>; used by this validator and inline by parents.</summary>
    public static void Inline<T>(ExternalId x, Here<T> at)
    {
        Check.Defined(at, nameof(ExternalId.Scheme), x.Scheme);
        if (string.IsNullOrWhiteSpace(x.Value) || x.Value.Length > Check.ShortText)
        {
            Check.RequiredText(at, nameof(ExternalId.Value), x.Value, Check.ShortText);
        }
        else if (Expected(x.Scheme, x.Value) is { } expected)
        {
            Check.Report(at.Context, Rules.ExternalIdMalformed, at.PathOf(nameof(ExternalId.Value)),
                $"The {x.Scheme} id '{Check.Shorten(x.Value)}' does not look like one: expected {expected}.", x.Value);
        }
    }
    private static string? Expected(ExternalIdScheme scheme, string value) => scheme switch
    {
        ExternalIdScheme.Wikidata => value.Length > 1 && value[0] == 'Q' && value[1] != '0' && AllDigits(value, 1) ? null : "'Q' followed by digits, such as Q5682436",
        ExternalIdScheme.UcdpActor or ExternalIdScheme.UcdpConflict or ExternalIdScheme.UcdpDyad or ExternalIdScheme.GleditschWard
            or ExternalIdScheme.UcdpEvent or ExternalIdScheme.PrioGrid or ExternalIdScheme.GeoNames => AllDigits(value, 0) ? null : "digits only",
        ExternalIdScheme.AcledEvent => IsAcledEvent(value) ? null : "upper-case letters then digits, such as MLI12345",
        _ => null,
    };

    private static bool AllDigits(string value, int from)
    {
        for (var i = from; i < value.Length; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }
        }

        return value.Length > from;
    }

    private static bool IsAcledEvent(string value)
    {
        var letters = 0;
        while (letters < value.Length && char.IsAsciiLetterUpper(value[letters]))
        {
            letters++;
        }

        return letters > 0 && AllDigits(value, letters);
    }
}
