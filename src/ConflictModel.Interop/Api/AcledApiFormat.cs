using System;
using System.Collections.Generic;
using System.Globalization;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Csv;

namespace ConflictModel.Interop.Api;

/// <summary>
/// The ACLED API's JSON as a format of the registry (<c>acled-api</c>): the answers of <c>acled/read</c>, each an
/// envelope with <c>status</c>, <c>success</c>, <c>count</c> and the <c>data</c> array of events (and other members,
/// which are not needed), or the <c>data</c> array alone. Read only: write the events as <c>acled</c> (CSV),
/// <c>json</c> or <c>jsonl</c>.
/// </summary>
/// <remarks>
/// <para>
/// Monadic answers (<c>export_type=monadic</c>: records without <c>actor2</c>, one per actor) are joined into one
/// engagement per event by the same stage as ACLED's monadic CSV files (<c>AcledMonadicStage</c>): their
/// fatalities are counted once, records read = imported + rejected, imported = engagements + merged, and a record of an
/// event already handed on is refused (<c>acled.monadic-late-row</c>, located by file, line and JSON path).
/// </para>
/// <para>
/// An event has the fields of ACLED's CSV export (<c>event_id_cnty</c>, <c>event_date</c>, <c>actor1</c>,
/// <c>fatalities</c>...) and is mapped by the ACLED CSV row mapper, so it becomes the engagement its CSV row would
/// (see <see cref="AcledImporter"/>). The API has returned values both as strings and as numbers; both are read.
/// </para>
/// <para>
/// A page whose envelope reports a failure (<c>success</c> false, or a <c>status</c> other than 200) stops the read
/// with <c>api.failed-response</c> and what the API said; a page whose <c>count</c> differs from the events in its
/// <c>data</c> is a warning, <c>api.count-differs</c>.
/// </para>
/// </remarks>
/// <threadsafety>Stateless; safe to share between threads.</threadsafety>
public sealed class AcledApiFormat : ApiJsonFormat
{
    private AcledApiFormat()
    {
    }

    /// <summary>Gets the instance registered in <see cref="Formats.FormatRegistry.Default"/>.</summary>
    public static AcledApiFormat Instance { get; } = new();

    /// <inheritdoc/>
    public override string Name => "acled-api";

    /// <inheritdoc/>
    public override string Description => "ACLED API JSON (acled/read answers with their data array, or the data array alone; a folder of pages); read only";

    /// <summary>Gets what an ACLED event holds of a document: the same as a row of ACLED's CSV (<see cref="AcledFormat.CannotHold"/>); the format is read only.</summary>
    public override IReadOnlyList<string> CannotHold => AcledFormat.Instance.CannotHold;

    /// <inheritdoc/>
    private protected override string RecordsMember => "data";

    /// <inheritdoc/>
    private protected override string DatasetName => "ACLED";

    /// <inheritdoc/>
    private protected override IReadOnlyList<string> EnvelopeMarks { get; } = ["status", "success", "count", "data", "messages", "last_update", "filename", "data_query_restrictions"];

    /// <inheritdoc/>
    private protected override IReadOnlyList<string> RecordMarks { get; } = ["event_id_cnty", "event_type", "sub_event_type", "actor1", "fatalities", "interaction", "inter1"];

    /// <summary>Names the layout when it is not the current one (<c>monadic</c>: records without <c>actor2</c>, joined per event as the CSV files are).</summary>
    /// <param name="fields">The first record's field names.</param>
    /// <returns>The layout's name, or <see langword="null"/> for the current layout.</returns>
    private protected override string? LayoutOf(IReadOnlySet<string> fields) =>
        AcledRowMapper.Recognise(fields) is var kind and not AcledLayoutKind.Current ? kind.Name() : null;

    /// <inheritdoc/>
    private protected override RowMapper CreateMapper() => new AcledRowMapper(restoreNeutralisedFormulas: false);

    /// <inheritdoc/>
    private protected override string? CheckPage(ApiPage page, Action<string, string> warn)
    {
        var success = page.Member("success");
        var status = page.Member("status");
        if (string.Equals(success, "false", StringComparison.OrdinalIgnoreCase) || success == "0" || (status is not null && status != "200"))
        {
            var said = page.NestedTexts.Count > 0 ? " It says: " + string.Join("; ", page.NestedTexts) + "." : string.Empty;
            return $"The ACLED API answered with a failure (status {status ?? "not given"}, success {success ?? "not given"}); the page's events cannot be trusted to be complete.{said}";
        }

        if (page.Member("count") is { } count && long.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n != page.Records)
        {
            warn("api.count-differs", string.Create(CultureInfo.InvariantCulture, $"The page's count says {n} events, but its data array holds {page.Records}: the page was saved incompletely or edited."));
        }

        return null;
    }

    /// <inheritdoc/>
    private protected override void CheckPages(IReadOnlyList<ApiPage> pages, long records, Action<string, string> warn)
    {
        // ACLED's count is per page (checked with each page); the envelope gives no total to check the pages against.
    }
}
