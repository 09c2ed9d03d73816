using static ConflictModel.Validation.RuleCategory;
using static ConflictModel.Validation.ValidationSeverity;

namespace ConflictModel.Validation;

/// <summary>The rule catalogue: one descriptor per code. <see cref="ValidationRules.All"/> exposes it.</summary>
internal static class Rules
{
    // Structural: CM1xxx.
    public static readonly ValidationRule RequiredMissing = R("CM1001", Structural, Error,
        "A required member is present and, for text, not blank (names, summaries, times, quantities, subjects).",
        "`\"name\": \"  \"` on an actor; an engagement with no `time`.", "Give the member a value; if it is really unknown, say so in words (\"unknown\").");
    public static readonly ValidationRule NullElement = R("CM1002", Structural, Error,
        "No element of a collection of objects is null.", "`\"engagements\": [null]`.", "Remove the null element or replace it with the object it stands for.");
    public static readonly ValidationRule BlankOptionalText = R("CM1003", Structural, Warning,
        "An optional text, when present, is not empty or white space.", "`\"note\": \"\"`.", "Omit the member (null) instead of writing an empty string.");
    public static readonly ValidationRule TextTooLong = R("CM1004", Structural, Error,
        "Text stays within its bound: 500 characters for names, terms and other short text; 20,000 for descriptions, summaries, quotes and notes; 2,048 for URLs.",
        "An actor name of 600 characters.", "Shorten the text; put long explanations in a description or note.");
    public static readonly ValidationRule IdMissing = R("CM1005", Structural, Error,
        "An item's own id is present and not blank.", "`\"id\": \"\"` on a site.", "Give the item a unique id such as `timbuktu-airport`.");
    public static readonly ValidationRule IdMalformed = R("CM1006", Structural, Error,
        "An id is at most 128 characters of ASCII letters, digits, '-', '_', '.' and ':'.", "`\"id\": \"Timbuktu airport\"` (a space).", "Use only the allowed characters, e.g. `timbuktu-airport`.");
    public static readonly ValidationRule EnumUndefined = R("CM1007", Structural, Error,
        "An enumerated member holds one of its defined values.", "An actor `kind` of 0, or an unknown numeric value.", "Use one of the values listed in the codebook for that member.");
    public static readonly ValidationRule FormatVersionMalformed = R("CM1008", Structural, Error,
        "`formatVersion` is \"major.minor\": two non-negative integers without leading zeros.", "`\"formatVersion\": \"1\"`, `\"v1.0\"`.", "Write \"1.0\" (the version this library writes).");
    public static readonly ValidationRule FormatVersionUnsupported = R("CM1009", Structural, Error,
        "`formatVersion` has major version 1, the one this library reads.", "`\"formatVersion\": \"2.0\"`.", "Convert the document to format 1.x, or use a library version that reads it.");
    public static readonly ValidationRule UrlMalformed = R("CM1010", Structural, Error,
        "A URL is an absolute http or https address.", "`\"url\": \"www.example.org/article\"`.", "Write the full address, starting with `https://`.");
    public static readonly ValidationRule QuantityFormMismatch = R("CM1011", Structural, Error,
        "A quantity sets exactly the members its form uses: `value` for exact, atLeast, atMost and about; `low` and `high` for a range; `term` and `low` (and optionally `high`) for a qualitative term; `openEnded` and `approximate` only on a range.",
        "`{\"form\": \"exact\", \"low\": 3}` (no value, and a low).", "Set the members of the form, or change the form to the one the members describe.");
    public static readonly ValidationRule SubjectKindMismatch = R("CM1012", Structural, Error,
        "A figure subject sets `sideId` only for kind side (and then must), and `actorIds` only for kind actors (and then must).",
        "`{\"kind\": \"civilians\", \"sideId\": \"mali\"}`.", "Make the kind match the members: kind side with a sideId, kind actors with actorIds, other kinds with neither.");
    public static readonly ValidationRule ExternalIdMalformed = R("CM1013", Structural, Warning,
        "An external id looks like its registry's ids: Wikidata `Q` and digits; UCDP, Gleditsch-Ward, PRIO-GRID and GeoNames ids digits only; ACLED event ids letters then digits.",
        "`{\"scheme\": \"wikidata\", \"value\": \"5682436\"}` (no Q).", "Copy the id exactly as the registry writes it.");
    public static readonly ValidationRule ParentRelationWithoutParent = R("CM1014", Structural, Warning,
        "`parentRelation` is set only on an actor that has a `parentId`: a relation to no parent means nothing.",
        "`{\"id\": \"jnim\", \"parentRelation\": \"affiliatedWith\"}` with no `parentId`.", "Add the parent (`parentId`), or leave `parentRelation` out.");

    // Referential: CM2xxx.
    public static readonly ValidationRule DuplicateId = R("CM2001", Referential, Error,
        "Ids are unique per kind (actor, source, engagement, side, site, statement, figure, incident) across the whole document.",
        "Two actors with id `jnim`; a site id used in two engagements.", "Give each item its own id, or merge the duplicates.");
    public static readonly ValidationRule UnknownActor = R("CM2002", Referential, Error,
        "Every actor reference resolves to an actor of the document: side members, incident actors, figure subjects, source affiliations, parents.",
        "A side listing `wagner` when no actor has that id.", "Declare the actor in `actors`, or correct the id.");
    public static readonly ValidationRule UnknownSource = R("CM2003", Referential, Error,
        "Every source reference resolves to a source of the document: a statement's `sourceId` and each `via` relay.",
        "`\"via\": [\"afp\"]` when no source has id `afp`.", "Declare the source in `sources`, or correct the id.");
    public static readonly ValidationRule UnknownStatement = R("CM2004", Referential, Error,
        "Every statement reference (estimates, outcomes, incidents) resolves to a statement of the same engagement.",
        "An estimate citing `afp-toll` when the engagement has no such statement.", "Add the statement to the engagement's `statements`, or correct the id.");
    public static readonly ValidationRule UnknownSite = R("CM2005", Referential, Error,
        "Every site reference (incidents, outcomes, `withinSiteId`) resolves to a site of the same engagement.",
        "An outcome with `siteIds: [\"airport\"]` and no site `airport` in the engagement.", "Add the site to the engagement's `sites`, or correct the id.");
    public static readonly ValidationRule UnknownSide = R("CM2006", Referential, Error,
        "Every side reference (a figure subject's `sideId`, an outcome's `achievedBySideId`) resolves to a side of the same engagement.",
        "`\"achievedBySideId\": \"mali\"` when the engagement has no side `mali`.", "Correct the id, or add the side.");
    public static readonly ValidationRule UnknownEngagement = R("CM2007", Referential, Error,
        "A relation's `targetId` resolves to an engagement of the document.", "`{\"kind\": \"precededBy\", \"targetId\": \"dioura-2025\"}` with no such engagement.",
        "Add the related engagement to the document, or drop the relation (mention it in a note).");
    public static readonly ValidationRule ActorOnTwoSides = R("CM2008", Referential, Error,
        "No actor is listed on two sides of one engagement.", "`mali-army` on both the attacker and the defender side.", "Keep the actor on the side it fought on; split it into two actors if it really split.");
    public static readonly ValidationRule ActorParentCycle = R("CM2009", Referential, Error,
        "Actor parents (`parentId`) form no cycle, including an actor that is its own parent.", "`a.parentId = b` and `b.parentId = a`.", "Break the loop: the top of a hierarchy has no parent.");
    public static readonly ValidationRule ViaChainLoop = R("CM2010", Referential, Error,
        "A statement's `via` chain repeats no source and does not contain the speaker (`sourceId`).", "`sourceId: \"official\"`, `via: [\"afp\", \"official\"]`.",
        "List each relay once, nearest to the speaker first, without the speaker.");
    public static readonly ValidationRule SelfRelation = R("CM2011", Referential, Error,
        "An engagement relation does not point to the engagement itself.", "Engagement `e1` with a relation whose `targetId` is `e1`.", "Point the relation at the other engagement, or remove it.");
    public static readonly ValidationRule SiteContainmentCycle = R("CM2012", Referential, Error,
        "Sites' `withinSiteId` form no cycle, including a site within itself.", "`base.withinSiteId = airport` and `airport.withinSiteId = base`.", "The outermost site has no `withinSiteId`.");
    public static readonly ValidationRule RepeatedReference = R("CM2013", Referential, Warning,
        "A list of references names each item once (side actors, incident and outcome sites and statements, subject actors).", "`\"actorIds\": [\"jnim\", \"jnim\"]`.", "Remove the repeated id.");
    public static readonly ValidationRule ActorOnNoSide = R("CM2014", Referential, Info,
        "An actor an incident or a figure subject names belongs to a side of the engagement (directly, by an ancestor, or as an ancestor).",
        "An incident carried out by `residents` when no side lists them.", "Nothing to fix if the actor was a bystander; otherwise add it to its side, possibly as a third party.");
    public static readonly ValidationRule UnknownWholeFigure = R("CM2015", Referential, Error,
        "A figure's `partOf` resolves to another figure of the same engagement.", "`\"partOf\": \"civilians-killed\"` when the engagement has no such figure.",
        "Correct the id, or add the whole figure to the engagement.");
    public static readonly ValidationRule FigurePartCycle = R("CM2016", Referential, Error,
        "Figures' `partOf` form no loop, including a figure part of itself.", "`children.partOf = civilians` and `civilians.partOf = children`.",
        "The whole has no `partOf`; point each part at its whole.");
    public static readonly ValidationRule UnknownSupersededStatement = R("CM2017", Referential, Error,
        "Every statement a statement `supersedes` is another statement of the same engagement.", "`\"supersedes\": [\"afp-first-toll\"]` when the engagement has no such statement.",
        "Correct the id, or add the earlier statement to the engagement.");
    public static readonly ValidationRule RevisionCycle = R("CM2018", Referential, Error,
        "Statements' `supersedes` links form no loop, including a statement superseding itself.", "`final.supersedes = [first]` and `first.supersedes = [final]`.",
        "Only the later statement names the earlier one; the first report supersedes nothing.");

    // Semantic: CM3xxx.
    public static readonly ValidationRule LatitudeOutOfRange = R("CM3001", Semantic, Error,
        "A latitude is a finite number in [-90, 90].", "`\"latitude\": 116.77`, `NaN`.", "Correct the value; check that latitude and longitude were not swapped.");
    public static readonly ValidationRule LongitudeOutOfRange = R("CM3002", Semantic, Error,
        "A longitude is a finite number in [-180, 180].", "`\"longitude\": -300.0`.", "Correct the value; check the sign and that it is in decimal degrees.");
    public static readonly ValidationRule NullIsland = R("CM3003", Semantic, Warning,
        "Coordinates are not exactly (0, 0), which is nearly always a geocoding failure written as a number.", "`{\"latitude\": 0, \"longitude\": 0}`.", "Remove the coordinates (null) or give the real position.");
    public static readonly ValidationRule CountryCodeUnknown = R("CM3004", Semantic, Error,
        "A country code is an officially assigned ISO 3166-1 alpha-2 code, upper case.", "`\"countryCode\": \"XK\"`, `\"ml\"`, `\"MLI\"`.", "Use the two-letter upper-case ISO code (`ML` for Mali).");
    public static readonly ValidationRule TimeZoneUnknown = R("CM3005", Semantic, Error,
        "A time-zone id is an id of the IANA time-zone database (TZDB), as NodaTime knows it.", "`\"timeZoneId\": \"GMT+1\"`, `\"Africa/Timbuktu \"`.", "Use a TZDB id such as `Africa/Bamako`, or omit the zone.");
    public static readonly ValidationRule EndBeforeStart = R("CM3006", Semantic, Error,
        "A time extent's `end` is not earlier than its `start`.", "`start: 2025-06-03`, `end: 2025-06-02`.", "Swap or correct the values.");
    public static readonly ValidationRule BelowPrecision = R("CM3007", Semantic, Error,
        "A time carries no part finer than its precision (a day-precision time has no time of day; part-of-day starts at 00, 06, 12 or 18).",
        "`start: 2025-06-02T10:00` with precision `day`.", "Zero the finer parts, or raise the precision to what is known.");
    public static readonly ValidationRule NegativeCount = R("CM3008", Semantic, Error,
        "Counts (`value`, `low`, `high`) are not negative.", "`{\"form\": \"exact\", \"value\": -1}` (a UCDP -1 sentinel).", "Give the count, or use a qualitative estimate or none at all when it is unknown.");
    public static readonly ValidationRule LowAboveHigh = R("CM3009", Semantic, Error,
        "A range's (or a term's) `low` is not above its `high`.", "`{\"form\": \"range\", \"low\": 60, \"high\": 30}`.", "Swap the bounds.");
    public static readonly ValidationRule BestOutsideRange = R("CM3010", Semantic, Warning,
        "A point estimate (exact or about, the \"best\") lies within the range the same statement gives for the same figure (UCDP's low <= best <= high).",
        "A statement giving exact 12 and range 2-10 for the same figure.", "Nothing to drop: real data does this. Check the source and note it; correct it only if it is a transcription error.");
    public static readonly ValidationRule ReportedBeforeEvent = R("CM3011", Semantic, Warning,
        "A statement is not reported (`reportedAt`) entirely before the engagement starts.", "A statement reported on 2025-05-30 about an engagement on 2025-06-02.",
        "Check the report date and the engagement's time; a warning or threat made before the event belongs to another engagement or in a note.");
    public static readonly ValidationRule SelfReported = R("CM3012", Semantic, Info,
        "Flags an estimate whose statement's source is affiliated with the side it counts (a side reporting its own losses).", "The Malian army's spokesman giving the army's own death toll.",
        "Nothing to fix: self-reported figures are kept and weighed accordingly.");
    public static readonly ValidationRule ComponentExceedsKilledOrWounded = R("CM3013", Semantic, Warning,
        "For the same subject and source, killed (or wounded) is not more than killed-or-wounded.", "A source saying at least 20 killed and 14 killed or wounded.",
        "Check the source's words; keep both estimates if that is what was said.");
    public static readonly ValidationRule FigureWithoutEstimates = R("CM3014", Semantic, Warning,
        "A figure has at least one estimate.", "`{\"id\": \"mali-killed\", \"estimates\": []}`.", "Add the estimates, or remove the figure.");
    public static readonly ValidationRule SideWithoutActors = R("CM3015", Semantic, Warning,
        "A side lists at least one actor.", "`{\"id\": \"attackers\", \"actorIds\": []}`.", "Add the actors (an actor of kind unknown if nobody knows who).");
    public static readonly ValidationRule FewerThanTwoSides = R("CM3016", Semantic, Warning,
        "An engagement has at least two sides.", "An attack with only the attacker's side.", "Add the other side (civilians for one-sided violence).");
    public static readonly ValidationRule HeldLongTermWithoutCapture = R("CM3017", Semantic, Warning,
        "`heldLongTerm` is set only for an outcome whose result is captured.", "`{\"result\": \"repelled\", \"heldLongTerm\": false}`.", "Remove `heldLongTerm`, or change the result to captured.");
    public static readonly ValidationRule DuplicateFigure = R("CM3018", Semantic, Warning,
        "An engagement has at most one figure per measure, subject and unit.", "Two figures of killed for side `mali`.", "Merge the estimates into one figure.");
    public static readonly ValidationRule IncidentOutsideEngagement = R("CM3019", Semantic, Warning,
        "An incident with an exact time overlaps the exact time of its engagement.", "An incident on 2025-06-05 in an engagement on 2025-06-02.", "Correct the time, or widen the engagement's time to cover all its incidents.");
    public static readonly ValidationRule UnitOnPeopleMeasure = R("CM3020", Semantic, Warning,
        "A unit is given only for measures that can count things: captured, destroyed and strength.", "`{\"measure\": \"killed\", \"unit\": \"vehicles\"}`.", "Remove the unit, or use destroyed or captured for equipment.");
    public static readonly ValidationRule ContradictoryBounds = R("CM3021", Semantic, Warning,
        "The bounds one statement gives for the same figure can all hold: its `atLeast` value is not above its `atMost` value (UCDP's low <= high when they are carried as separate bounds).",
        "A statement giving at least 12 and at most 9 for the same figure (a GED row with low 12 and high 9).",
        "Nothing to drop: real data does this. Check the source and note it; correct it only if it is a transcription error.");
    public static readonly ValidationRule PartMeasureMismatch = R("CM3022", Semantic, Error,
        "A part counts what its whole counts: the same measure and unit, or killed or wounded within killed-or-wounded.",
        "A figure of wounded declared `partOf` a figure of killed.", "Point the part at the figure it is a part of, or remove `partOf`.");
    public static readonly ValidationRule PartExceedsWhole = R("CM3023", Semantic, Warning,
        "A part's lowest estimate is not above its whole's highest (4 children cannot be among at most 3 civilians).",
        "A figure of at least 12 children `partOf` a figure whose estimates say at most 10 civilians.",
        "Check the sources' words; keep both if that is what was said.");

    /// <summary>Every rule, ordered by code.</summary>
    public static readonly ValidationRule[] All =
    [
        RequiredMissing, NullElement, BlankOptionalText, TextTooLong, IdMissing, IdMalformed, EnumUndefined, FormatVersionMalformed,
        FormatVersionUnsupported, UrlMalformed, QuantityFormMismatch, SubjectKindMismatch, ExternalIdMalformed,
        ParentRelationWithoutParent,
        DuplicateId, UnknownActor, UnknownSource, UnknownStatement, UnknownSite, UnknownSide, UnknownEngagement, ActorOnTwoSides,
        ActorParentCycle, ViaChainLoop, SelfRelation, SiteContainmentCycle, RepeatedReference, ActorOnNoSide, UnknownWholeFigure, FigurePartCycle,
        UnknownSupersededStatement, RevisionCycle,
        LatitudeOutOfRange, LongitudeOutOfRange, NullIsland, CountryCodeUnknown, TimeZoneUnknown, EndBeforeStart, BelowPrecision,
        NegativeCount, LowAboveHigh, BestOutsideRange, ReportedBeforeEvent, SelfReported, ComponentExceedsKilledOrWounded,
        FigureWithoutEstimates, SideWithoutActors, FewerThanTwoSides, HeldLongTermWithoutCapture, DuplicateFigure,
        IncidentOutsideEngagement, UnitOnPeopleMeasure, ContradictoryBounds, PartMeasureMismatch, PartExceedsWhole,
    ];

    private static ValidationRule R(string code, RuleCategory category, ValidationSeverity severity, string checks, string example, string fix) =>
        new() { Code = code, Category = category, Severity = severity, Checks = checks, Example = example, Fix = fix };
}
