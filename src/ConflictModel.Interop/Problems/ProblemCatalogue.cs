using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Validation;
using static ConflictModel.Validation.ValidationSeverity;

namespace ConflictModel.Interop.Problems;

/// <summary>
/// The one catalogue of every problem code the library and its tool report: the core's (<see cref="ProblemCodes.All"/>:
/// validation rules, JSON reading and writing, merging) and this package's (CSV, GED, ACLED, exports, format
/// recognition, files). <c>docs/problem-codes.md</c> is generated from it, and a test fails when a code is used that
/// it lacks, or listed that nothing uses.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public static class ProblemCatalogue
{
    private static readonly ProblemCode[] Interop =
    [
        C("csv.empty", Error, "The file is empty: there is no header line.", "Check that the right file was given and that it was written completely."),
        C("csv.missing-columns", Error, "The header lacks a column the import needs; columns are matched by name, ignoring case, including their historical names.", "Check the file's first line against the dataset's codebook, or name the right format with --from."),
        C("csv.duplicate-column", Error, "The header names a column twice, so its values cannot be told apart.", "Rename or remove one of the two columns."),
        C("csv.column-name-too-long", Error, "A column name is longer than 500 characters: the first line is most likely not a header.", "Check that the file is CSV with a header line."),
        C("csv.column-count", Error, "A row has more or fewer values than the header has columns; a quote may be unbalanced or a separator missing.", "Fix the row at the line given (a spreadsheet's re-save often cures unbalanced quotes)."),
        C("csv.not-an-integer", Error, "A value that must be a whole number is not one.", "Write the number in digits, without a decimal part or thousands separators."),
        C("csv.not-a-number", Error, "A value that must be a decimal number is not one.", "Write the number with a '.' as the decimal separator."),
        C("csv.value-too-long", Error, "A value is longer than the most the model (or a dataset field) can keep, so the row cannot be imported without losing it.", "Shorten the value in the file; nothing is cut silently."),
        C("csv.id-collision", Error, "The row's engagement id, even suffixed with its line, is already taken by another row.", "Give the rows distinct event ids."),
        C("csv.duplicate-id", Warning, "Another row of the batch has the same event id; this row is imported under its id suffixed with its line, and the file's id is kept.", "Nothing to do when the rows are the parts of a split event; otherwise give them distinct ids."),
        C("csv.text-replaced", Warning, "A text the model requires is empty or too long for its member, so a placeholder or a shortened text stands in; the file's value is kept in a dataset field.", "Nothing is lost; fill in or shorten the value at the source if it matters."),
        C("csv.coordinates-out-of-range", Warning, "A latitude or longitude is outside its range; the site is imported without coordinates and the file's values are kept in dataset fields.", "Check the coordinates at the source (swapped latitude and longitude are common)."),
        C("ged.bad-date", Error, "A GED date is not a date (yyyy-MM-dd, with or without a time) or is outside the years 0000 to 9999.", "Write the date as yyyy-MM-dd."),
        C("ged.missing-date", Error, "date_start or date_end is empty; a GED event needs both.", "Fill in the dates (the same day twice for a one-day event)."),
        C("ged.where-prec-out-of-range", Error, "where_prec is not one of UCDP's location precision codes 1 to 7.", "Use the code from UCDP's codebook."),
        C("ged.empty-id", Warning, "The event id is empty; the engagement gets an id from its line.", "Fill in the id if the event has one."),
        C("ged.empty-actor-id", Warning, "A side's UCDP actor id is empty; the actor is identified by its name.", "Fill in the UCDP actor id if known."),
        C("ged.same-actor-both-sides", Warning, "side_a and side_b are the same actor, as in UCDP's placeholder actors for unidentified parties; side b gets a second actor of the same name.", "Nothing to do for UCDP's placeholders."),
        C("ged.negative-count", Warning, "A death count is negative (a -1 'unknown' sentinel?); it is imported as it stands.", "Replace the sentinel with an empty value if the count is unknown."),
        C("ged.high-below-best", Warning, "high is below best, which UCDP's own rows sometimes have; imported as it stands.", "Check the estimates at the source."),
        C("ged.low-above-best", Warning, "low is above best; imported as it stands.", "Check the estimates at the source."),
        C("ged.low-above-high", Warning, "low is above high; imported as it stands.", "Check the estimates at the source."),
        C("ged.deaths-sum-differs", Warning, "deaths_a + deaths_b + deaths_civilians + deaths_unknown differs from best; imported as it stands.", "Check the counts at the source."),
        C("ged.end-before-start", Warning, "date_end is before date_start; imported as it stands (validation then reports it).", "Swap or correct the dates."),
        C("ged.unknown-country", Warning, "A Gleditsch-Ward code is not in the country table, so the site has no ISO country; the code is kept.", "Check the code against the Gleditsch-Ward list."),
        C("acled.bad-date", Error, "event_date is not a date ACLED writes (yyyy-MM-dd, d MMMM yyyy...) or is outside the years 0000 to 9999.", "Write the date as yyyy-MM-dd."),
        C("acled.time-precision-out-of-range", Error, "time_precision is not 1, 2 or 3.", "Use ACLED's codes: 1 day, 2 week, 3 month."),
        C("acled.geo-precision-out-of-range", Error, "geo_precision is not 1, 2 or 3.", "Use ACLED's codes: 1 the place, 2 nearby, 3 the region."),
        C("acled.empty-id", Warning, "The event id is empty; the engagement gets an id from its line.", "Fill in event_id_cnty."),
        C("acled.empty-actor", Warning, "actor1 is empty; the side is imported without a named actor.", "Fill in the actor if known."),
        C("acled.same-actor-both-sides", Warning, "One actor is on both sides; side 2 is given a second actor of the same name.", "Nothing to do for intra-group clashes; otherwise correct the actors."),
        C("acled.negative-count", Warning, "fatalities is negative; imported as it stands.", "Check the count at the source."),
        C("acled.unknown-inter", Warning, "An inter1 or inter2 value is neither one of ACLED's inter codes 0 to 8 nor its words in any codebook; the actor's kind is unknown and the value is kept.", "Check the value against the codebook's actor types."),
        C("acled.monadic-late-row", Error, "A row of a monadic file repeats an event whose rows were already joined and handed on (its first row more than the window of rows before, or the file unsorted): the row is rejected so that the event is not counted twice.", "Sort the file by event_id_cnty (or keep an event's rows within 10,000 rows of each other)."),
        C("acled.monadic-rows-differ", Warning, "Two rows of one event in a monadic file differ in what they share (date, type, place, fatalities, notes): the first row's values are kept.", "Check the rows at the source; a monadic file repeats the event's values on each actor's row."),
        C("acled.bad-type-of-actor", Error, "A row of acledR's long format (acled_transform_longer) has a type_of_actor other than actor1, actor2, assoc_actor_1 or assoc_actor_2, or an inter_type that does not match it: the side of the row's actor is unknown.", "Check the row; acledR writes the column each actor came from."),
        C("acled.monadic-extra-row", Warning, "A monadic file has more rows for one event than it has actors (two): a row repeating an actor already read is ignored, another actor joins the second side.", "Check the event's rows at the source."),
        C("acled.unknown-country", Warning, "An ISO 3166-1 numeric code is not in the country table; the code is kept.", "Check the code against ISO 3166-1."),
        C("export.sites-split", Info, "The engagement has several sites and the format holds one a row: it is written as one row per site, its counts on the first.", "Nothing to do; importing the rows back joins them by event id."),
        C("export.sides-dropped", Info, "The engagement has more than two sides and the format holds two: the side named in the path is not written.", "Write to JSON or JSON Lines to keep every side."),
        C("export.actors-dropped", Info, "A side has several actors and the format's side column holds one (GED): the column gets the side's name (or else the actors' names joined), and the actors' ids, kinds and countries are not written.", "Write to JSON or JSON Lines to keep every actor."),
        C("export.figure-dropped", Info, "The format has no column for the figure named in the path (a measure other than killed, a subject it has no column for, a part of another figure, a second figure of one subject), or sums it into another value.", "Write to JSON or JSON Lines to keep every figure."),
        C("export.estimates-dropped", Info, "The figure's estimates are written as one value (or best, low and high) reconciled from them: the estimates as stated, and who stated them, are not written.", "Write to JSON or JSON Lines to keep every estimate."),
        C("export.statement-dropped", Info, "The statement named in the path, or the parts of it the message lists (summary, stance, quote, URL, date...), cannot be written in the format's source columns.", "Write to JSON or JSON Lines to keep every statement."),
        C("export.incident-dropped", Info, "The format has no column for incidents: the incident named in the path is not written.", "Write to JSON or JSON Lines to keep it."),
        C("export.outcome-dropped", Info, "The format has no column for outcomes: the outcome named in the path is not written.", "Write to JSON or JSON Lines to keep it."),
        C("export.relation-dropped", Info, "The format has no column for relations between engagements: the relation named in the path is not written.", "Write to JSON or JSON Lines to keep it."),
        C("export.summary-dropped", Info, "The format has no column left for the engagement's result summary: it is not written.", "Write to JSON or JSON Lines to keep it."),
        C("export.mapping-rule", Info, "The format's taxonomy needs a value the model does not state (an attack on civilians, a type the format has no counterpart for): it is chosen by the rule the message names (docs/interop.md).", "Nothing to do if the rule fits; otherwise set the value as a dataset field of the format."),
        C("export.id-derived", Info, "The engagement has no event id of the format, whose id column is required: the engagement id without the import's prefix stands in (ged-, acled-), so that an import reads it back as the same engagement id.", "Nothing to do; add the dataset's event id as an external id to write that instead."),
        C("export.no-id", Error, "The engagement has no id, from which the format's required event id column would be derived: it is not written.", "Give the engagement an id (validation reports it as CM1001)."),
        C("format.unrecognised", Error, "The input's first bytes fit no format, or fit several equally; the message says what they show and which formats could fit.", "Name the format (--from, --format)."),
        C("format.mismatch", Error, "The format named does not fit the input, which plainly is in another format (named in the message).", "Name the format the message suggests, or let it be recognised (auto)."),
        C("match.no-coordinates", Info, "The engagement has no site with coordinates, so no distance can be measured: it cannot be matched and passes through to the merged output unchanged.", "Nothing to do if the place is unknown; otherwise add the site's coordinates at the source."),
        C("match.time-too-vague", Info, "The engagement's time covers more days than the matcher's longest window (a year, a span of months): it cannot be matched and passes through unchanged.", "Nothing to do; or raise the longest window (--max-window-days) knowing that vague times match many events."),
        C("match.no-time", Info, "The engagement has no time (possible only in documents built in code): it cannot be matched and passes through unchanged.", "Give the engagement a time (validation reports it as CM1001)."),
        C("match.ids-qualified", Info, "Ids of this input are also another input's (the same file twice, two exports of one dataset): its engagement-scoped ids, and its actors and sources declared differently, are prefixed with the input's label so that they stay apart.", "Nothing to do; the report's ids are the datasets' own."),
        C("api.empty", Error, "The input (or page file) holds no JSON at all.", "Check that the download completed; an API page is a JSON object with its array of records."),
        C("api.unexpected-shape", Error, "The JSON is not an API page of the format: the top-level value is neither an envelope object with the records member (Result for UCDP, data for ACLED) nor an array of records, or the records member is not an array (an error answer, another endpoint).", "Save the API's answer as it came (or its records array), from the endpoint the format reads (gedevents, acled/read)."),
        C("api.failed-response", Error, "The page's envelope says the request failed (ACLED: success false, or a status other than 200); the message gives what the API said.", "Request the page again (check the key, the query and the limits) and save the successful answer."),
        C("api.not-a-record", Error, "An element of the records array is not an object of fields.", "Remove or fix the element at the path given."),
        C("api.nested-value", Error, "A record's field holds an object or array, where the dataset's columns hold one value each.", "Flatten the field to the value the dataset's CSV column holds."),
        C("api.duplicate-field", Error, "A record names one field twice (matched ignoring case), so its values cannot be told apart.", "Remove one of the two members."),
        C("api.unknown-field", Warning, "A record has a field that the first record lacks; the import is bound to the first record's fields, so this field's values are not imported (reported once per field).", "Give every record the same fields (null where a value is missing), or save the pages of one query together."),
        C("api.count-differs", Warning, "The events read differ from what the envelopes promise (UCDP: TotalCount and TotalPages of the first page; ACLED: a page's count): pages are missing, repeated or cut, or the data changed between requests.", "Download the missing pages, or all pages again in one go."),
        C("io.unreadable", Error, "The file cannot be opened or read (missing, a folder, no permission).", "Check the path and the permissions."),
        C("csv.encoding", Error, "A byte of the file cannot be decoded in the encoding the file was read in (decided from its byte order mark, or from its start when it cannot be read twice); nothing is replaced, so the import stops there.", "Re-save the file as UTF-8, or give a seekable file so that all of it decides the encoding."),
        C("csv.encoding-not-utf8", Warning, "The file is not UTF-8: it was decoded as the encoding the message names (Windows-1252 when its bytes are not valid UTF-8 and it has no byte order mark, as spreadsheets on Windows save).", "Check names with accents; re-save the file as UTF-8 to silence the warning."),
        C("csv.date-spellings", Warning, "A date column is not all yyyy-MM-dd (a spreadsheet's re-save): the message lists its spellings as decided from the whole column and the day/month order numeric dates are read in, and why.", "Check one date you know; re-save the dates as yyyy-MM-dd to silence the warning."),
        C("csv.date-order-assumed", Warning, "No value of a date column tells day-first from month-first (every day and month is 12 or less): the layout's convention, named in the message, is used.", "Check one date you know; if it reads wrongly, re-save the dates as yyyy-MM-dd."),
        C("csv.date-order-conflict", Error, "A date can only be read in the other day/month order than the one its column was decided in from an earlier value; one column cannot be both.", "Correct the date, or re-save the column's dates as yyyy-MM-dd."),
        C("csv.date-order-contradicted", Error, "In an input that cannot be read twice, the day/month order was assumed from the first rows and a later date can only be the other order: the rows before may be misread, so the import stops.", "Give the file as a seekable file (its whole column then decides), or re-save its dates as yyyy-MM-dd."),
        C("csv.scientific-id", Error, "An id is in scientific notation (6.25373E+05), as a spreadsheet rewrites long numbers; its digits may have been lost, so the row is not imported under a guessed id.", "Re-export the file from the source, or format the id column as text before saving."),
        C("export.column-dropped", Info, "The layout being written has no column for a value the engagement holds (GED 5.0 has no code_status; ACLED's pre-2023 layout has no tags): it is not written.", "Write the layout the file came in (leave --layout out), or JSON, to keep every value."),
        C("export.fact-dropped", Info, "A member the format has no column for, or cannot write as the model holds it, is not written: the engagement's name or aliases, its tactics, the time of day, time zone or qualifier, a site's role, kind, aliases or gazetteer ids, a side's role or name, an actor's aliases, parent, kind, country or external ids, a source's kind, URL or affiliation, a figure's unit or note, an estimate's wording, another dataset's fields. The path names the member; the message says what is lost and why. A value an import of the row would give back as it is (the importers' own names, roles and kinds) is not noted.", "Write to JSON or JSON Lines to keep it."),
    ];

    private static readonly Dictionary<string, ProblemCode> ByCode = AllCodes().ToDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>Gets every code: the core's first (validation rules, then the others by code), then this package's, grouped by area.</summary>
    public static IReadOnlyList<ProblemCode> All { get; } = AllCodes().AsReadOnly();

    /// <summary>Finds a code.</summary>
    /// <param name="code">A code such as <c>CM2002</c> or <c>ged.high-below-best</c>, matched exactly.</param>
    /// <returns>The entry, or <see langword="null"/> when no code is so named.</returns>
    public static ProblemCode? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var entry) ? entry : null;

    private static ProblemCode[] AllCodes() => [.. ProblemCodes.All, .. Interop];

    private static ProblemCode C(string code, ValidationSeverity severity, string meaning, string fix) =>
        new() { Code = code, Severity = severity, Meaning = meaning, Fix = fix };
}
