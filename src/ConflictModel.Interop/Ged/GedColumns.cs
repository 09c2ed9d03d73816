using System.Collections.Generic;

namespace ConflictModel.Interop.Ged;

/// <summary>The columns of UCDP GED CSV files: current names, their canonical order, and historical names.</summary>
/// <remarks>
/// <para>
/// Importers match columns by name, ignoring case and surrounding spaces, so reordered columns and the
/// upper-case headers of early releases read alike. Columns that GED releases or export tools have
/// renamed are recognised under their old names (<see cref="HistoricalNames"/>) and reported in
/// <see cref="Csv.ImportSummary.RenamedColumns"/>.
/// </para>
/// <para>
/// Only <see cref="Required"/> columns must be present; any other missing column is listed in
/// <see cref="Csv.ImportSummary.MissingColumns"/> and its part of the model left empty.
/// <c>code_status</c> exists only in the monthly Candidate releases.
/// </para>
/// </remarks>
public static class GedColumns
{
    /// <summary>Gets the 49 columns of GED 25.1 and the Candidate releases (v26.0.x), in the order they are written.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "id", "relid", "year", "active_year", "code_status", "type_of_violence",
        "conflict_dset_id", "conflict_new_id", "conflict_name",
        "dyad_dset_id", "dyad_new_id", "dyad_name",
        "side_a_dset_id", "side_a_new_id", "side_a",
        "side_b_dset_id", "side_b_new_id", "side_b",
        "number_of_sources", "source_article", "source_office", "source_date", "source_headline", "source_original",
        "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2",
        "latitude", "longitude", "geom_wkt", "priogrid_gid",
        "country", "country_id", "region",
        "event_clarity", "date_prec", "date_start", "date_end",
        "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown",
        "best", "high", "low",
        "gwnoa", "gwnob",
    ];

    /// <summary>
    /// Gets the names columns had in earlier GED releases, by current name: GED 1.x and 2.0 called the
    /// estimates <c>best_est</c>, <c>high_est</c> and <c>low_est</c>; the UCDP API and some exports spell
    /// the Gleditsch-Ward codes <c>gwno_a</c>/<c>gwno_b</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> HistoricalNames { get; } = new Dictionary<string, string[]>
    {
        ["best"] = ["best_est"],
        ["high"] = ["high_est"],
        ["low"] = ["low_est"],
        ["gwnoa"] = ["gwno_a"],
        ["gwnob"] = ["gwno_b"],
    };

    /// <summary>Gets the columns without which a file is not read as GED: the event id, dates, sides and best estimate.</summary>
    public static IReadOnlyCollection<string> Required { get; } = ["id", "date_start", "date_end", "side_a", "side_b", "best"];
}
