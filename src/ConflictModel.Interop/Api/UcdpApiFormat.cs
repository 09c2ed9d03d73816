using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Ged;

namespace ConflictModel.Interop.Api;

/// <summary>
/// The UCDP API's GED JSON as a format of the registry (<c>ucdp-api</c>): the pages of
/// <c>https://ucdpapi.pcr.uu.se/api/gedevents/{version}</c>, each an envelope with <c>TotalCount</c>,
/// <c>TotalPages</c>, <c>PreviousPageUrl</c>, <c>NextPageUrl</c> and the <c>Result</c> array of events, or the
/// events alone as a JSON array. Read only: write the events as <c>ged</c> (CSV), <c>json</c> or <c>jsonl</c>.
/// </summary>
/// <remarks>
/// <para>
/// An event has the fields of the GED CSV (<c>id</c>, <c>relid</c>, <c>type_of_violence</c>, <c>best</c>...) and is
/// mapped by the GED CSV row mapper, so it becomes the engagement its CSV row would (see <see cref="GedImporter"/>).
/// Ids and codes may be numbers or strings, and missing values <c>null</c>.
/// </para>
/// <para>
/// When the input's pages are read, the events are counted against the first page's <c>TotalCount</c> and the pages
/// against its <c>TotalPages</c>: a difference (pages missing or read twice, the data changed between requests) is a
/// warning, <c>api.count-differs</c>.
/// </para>
/// </remarks>
/// <threadsafety>Stateless; safe to share between threads.</threadsafety>
public sealed class UcdpApiFormat : ApiJsonFormat
{
    private UcdpApiFormat()
    {
    }

    /// <summary>Gets the instance registered in <see cref="Formats.FormatRegistry.Default"/>.</summary>
    public static UcdpApiFormat Instance { get; } = new();

    /// <inheritdoc/>
    public override string Name => "ucdp-api";

    /// <inheritdoc/>
    public override string Description => "UCDP API GED JSON (gedevents pages with their Result array, or the events as a JSON array; a folder of pages); read only";

    /// <summary>Gets what a GED event holds of a document: the same as a row of the GED CSV (<see cref="GedFormat.CannotHold"/>); the format is read only.</summary>
    public override IReadOnlyList<string> CannotHold => GedFormat.Instance.CannotHold;

    /// <inheritdoc/>
    private protected override string RecordsMember => "Result";

    /// <inheritdoc/>
    private protected override string DatasetName => "UCDP GED";

    /// <inheritdoc/>
    private protected override IReadOnlyList<string> EnvelopeMarks { get; } = ["TotalCount", "TotalPages", "PreviousPageUrl", "NextPageUrl", "Result"];

    /// <inheritdoc/>
    private protected override IReadOnlyList<string> RecordMarks { get; } = ["relid", "type_of_violence", "where_prec", "side_a", "best"];

    /// <inheritdoc/>
    private protected override RowMapper CreateMapper() => new GedRowMapper(restoreNeutralisedFormulas: false);

    /// <inheritdoc/>
    private protected override string? CheckPage(ApiPage page, Action<string, string> warn) => null;

    /// <inheritdoc/>
    private protected override void CheckPages(IReadOnlyList<ApiPage> pages, long records, Action<string, string> warn)
    {
        var envelopes = pages.Where(p => !p.Bare).ToArray();
        if (envelopes.Length == 0)
        {
            return;
        }

        var totals = envelopes.Select(p => p.Member("TotalCount")).Where(t => t is not null).Distinct(StringComparer.Ordinal).ToArray();
        if (totals.Length > 1)
        {
            warn("api.count-differs", $"The pages give different TotalCounts ({string.Join(", ", totals)}): they come from different queries or versions, or the data changed between requests.");
            return;
        }

        var total = totals.Length == 1 && long.TryParse(totals[0], NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : (long?)null;
        var pageCount = long.TryParse(envelopes[0].Member("TotalPages"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : (long?)null;
        var read = pages.Sum(x => x.Records);
        if (total is { } expected && expected != read)
        {
            warn("api.count-differs", string.Create(CultureInfo.InvariantCulture,
                $"The pages hold {read} events, but TotalCount says {expected}{(pageCount is { } n ? $" in {n} pages; {envelopes.Length} {(envelopes.Length == 1 ? "page was" : "pages were")} read" : string.Empty)}: pages are missing or repeated, or the data changed between requests."));
        }
        else if (pageCount is { } n && n != envelopes.Length)
        {
            warn("api.count-differs", string.Create(CultureInfo.InvariantCulture,
                $"{envelopes.Length} pages were read, but TotalPages says {n} (the events add up to TotalCount, {read}): pages of different sizes were saved together."));
        }
    }
}
