using System;
using System.Collections.Generic;
using System.Reflection;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;
using ConflictModel.Validation;

namespace ConflictModel.Schema;

/// <summary>
/// What the validator requires of each text member, stated again for the schema: its length bound (CM1004) and
/// whether it must not be blank (CM1001). The validator's own calls are the truth; the schema tests prove each
/// entry against them (a value one character over the bound is CM1004, one at the bound is not), and a member
/// of the format with no entry fails schema generation.
/// </summary>
internal static class ValidatorRules
{
    /// <summary>The longest URL the validator accepts (CM1004).</summary>
    internal const int UrlLength = 2_048;

    /// <summary>An id: 1 to 128 ASCII letters, digits, '-', '_', '.' and ':' (CM1005, CM1006).</summary>
    internal const string IdPattern = "^[A-Za-z0-9._:-]{1,128}$";

    /// <summary>A required text that is not blank (CM1001): at least one character that is not white space.</summary>
    internal const string NotBlankPattern = "\\S";

    /// <summary>An absolute http or https URL (CM1010), as near as a pattern gets to the validator's parse: the scheme, then a host.</summary>
    internal const string UrlPattern = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+";

    private const int Short = ModelLimits.ShortText;
    private const int Long = ModelLimits.LongText;

    // (declaring type, member) -> (bound of the text or of each text of a list, whether it must not be blank).
    private static readonly Dictionary<(Type, string), (int Bound, bool NotBlank)> Texts = new()
    {
        [(typeof(DatasetDocument), nameof(DatasetDocument.Title))] = (Short, false),
        [(typeof(DatasetDocument), nameof(DatasetDocument.Description))] = (Long, false),
        [(typeof(Source), nameof(Source.Name))] = (Short, true),
        [(typeof(Source), nameof(Source.Url))] = (UrlLength, false),
        [(typeof(Source), nameof(Source.Description))] = (Long, false),
        [(typeof(SourcedStatement), nameof(SourcedStatement.Summary))] = (Long, true),
        [(typeof(SourcedStatement), nameof(SourcedStatement.Quote))] = (Long, false),
        [(typeof(SourcedStatement), nameof(SourcedStatement.Url))] = (UrlLength, false),
        [(typeof(Actor), nameof(Actor.Name))] = (Short, true),
        [(typeof(Actor), nameof(Actor.Aliases))] = (Short, true),
        [(typeof(ExternalId), nameof(ExternalId.Value))] = (Short, true),
        [(typeof(Engagement), nameof(Engagement.Name))] = (Short, true),
        [(typeof(Engagement), nameof(Engagement.Aliases))] = (Short, true),
        [(typeof(Engagement), nameof(Engagement.ResultSummary))] = (Long, false),
        [(typeof(ConflictReference), nameof(ConflictReference.Name))] = (Short, true),
        [(typeof(DatasetField), nameof(DatasetField.Dataset))] = (Short, true),
        [(typeof(DatasetField), nameof(DatasetField.Name))] = (Short, true),
        [(typeof(DatasetField), nameof(DatasetField.Value))] = (Long, false),
        [(typeof(EngagementRelation), nameof(EngagementRelation.Note))] = (Long, false),
        [(typeof(Incident), nameof(Incident.Description))] = (Long, true),
        [(typeof(Outcome), nameof(Outcome.Objective))] = (Long, true),
        [(typeof(Outcome), nameof(Outcome.Note))] = (Long, false),
        [(typeof(Side), nameof(Side.Name))] = (Short, false),
        [(typeof(DisputedFigure), nameof(DisputedFigure.Unit))] = (Short, false),
        [(typeof(DisputedFigure), nameof(DisputedFigure.Note))] = (Long, false),
        [(typeof(Estimate), nameof(Estimate.Wording))] = (Short, false),
        [(typeof(Quantity), nameof(Quantity.Term))] = (Short, false),
        [(typeof(Site), nameof(Site.Name))] = (Short, true),
        [(typeof(Site), nameof(Site.Aliases))] = (Short, true),
        [(typeof(Site), nameof(Site.Description))] = (Long, false),
        [(typeof(AdministrativePath), nameof(AdministrativePath.Divisions))] = (Short, true),
        [(typeof(AdministrativePath), nameof(AdministrativePath.Locality))] = (Short, false),
        [(typeof(TemporalExtent), nameof(TemporalExtent.Wording))] = (Short, false),
    };

    // Text members whose values another rule constrains more closely than a length (a code list, a pattern).
    private static readonly HashSet<(Type, string)> Coded =
    [
        (typeof(DatasetDocument), nameof(DatasetDocument.FormatVersion)),
        (typeof(Actor), nameof(Actor.CountryCode)),
        (typeof(AdministrativePath), nameof(AdministrativePath.CountryCode)),
        (typeof(TemporalExtent), nameof(TemporalExtent.TimeZoneId)),
    ];

    /// <summary>The members whose value is an http(s) URL (CM1010).</summary>
    internal static bool IsUrl(PropertyInfo member) => member.Name == "Url" && Texts.ContainsKey((member.DeclaringType!, member.Name));

    /// <summary>The members whose value is an ISO 3166-1 alpha-2 code (CM3004).</summary>
    internal static bool IsCountryCode(PropertyInfo member) => member.Name == "CountryCode";

    /// <summary>The text rule of a string member (or of each string of a list member).</summary>
    /// <exception cref="InvalidOperationException">The member is text the table does not know: add it here, with the validator's bound.</exception>
    internal static (int Bound, bool NotBlank)? TextOf(PropertyInfo member)
    {
        var key = (member.DeclaringType!, member.Name);
        if (Texts.TryGetValue(key, out var rule))
        {
            return rule;
        }

        return Coded.Contains(key)
            ? null
            : throw new InvalidOperationException($"The schema does not know the validator's text bound of {member.DeclaringType!.Name}.{member.Name}; add it to {nameof(ValidatorRules)}.");
    }
}
