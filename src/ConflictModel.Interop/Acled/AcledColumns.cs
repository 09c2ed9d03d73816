using System.Collections.Generic;

namespace ConflictModel.Interop.Acled;

/// <summary>The columns of ACLED CSV exports: current names, their order, historical names, and the HDX hashtags.</summary>
/// <remarks>
/// Importers match columns by name, ignoring case and surrounding spaces. Older exports and the shapefile
/// distribution used other names (<see cref="HistoricalNames"/>); columns that no longer exist
/// of earlier layouts (<c>data_id</c>, <c>iso3</c>, <c>event_id_no_cnty</c>, <c>gwno</c>) are known too
/// (<see cref="PreV2023Names"/>, <see cref="LegacyNames"/>) and kept verbatim where the model cannot derive them.
/// </remarks>
public static class AcledColumns
{
    /// <summary>Gets the columns of the current ACLED codebook, in the order they are written.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>
    /// Gets earlier names by current name: <c>ally_actor_1</c>/<c>ally_actor_2</c> (exports before 2019), and
    /// the ten-character shapefile names <c>geo_precis</c>, <c>time_precis</c> and <c>event_id_c</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> HistoricalNames { get; } = new Dictionary<string, string[]>
    {
        ["assoc_actor_1"] = ["ally_actor_1"],
        ["assoc_actor_2"] = ["ally_actor_2"],
        ["geo_precision"] = ["geo_precis"],
        ["time_precision"] = ["time_precis"],
        ["event_id_cnty"] = ["event_id_c"],
        ["actor1"] = ["actor"],
        ["inter1"] = ["inter"],
    };

    /// <summary>
    /// Gets the columns of the layout ACLED published until its column change of 20 March 2023 (direct exports and the
    /// API): <c>data_id</c>, <c>event_id_no_cnty</c> and <c>iso3</c>, no <c>disorder_type</c>, <c>civilian_targeting</c>
    /// or <c>tags</c>, and numeric <c>inter1</c>, <c>inter2</c> and <c>interaction</c> codes; in that layout's order.
    /// </summary>
    public static IReadOnlyList<string> PreV2023Names { get; } =
    [
        "data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "region", "country", "admin1", "admin2",
        "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "timestamp", "iso3",
    ];

    /// <summary>
    /// Gets the columns of ACLED's exports before 2019 (version 7 and earlier): a Gleditsch-Ward <c>gwno</c> instead of the
    /// ISO code, <c>ally_actor_1</c>/<c>ally_actor_2</c> for the associated actors, no sub-event type, region, source scale
    /// or timestamp, and the event types of that codebook (<c>Battle-No change of territory</c>, <c>Remote violence</c>...);
    /// written in upper case, as those files were.
    /// </summary>
    public static IReadOnlyList<string> LegacyNames { get; } =
    [
        "GWNO", "EVENT_ID_CNTY", "EVENT_ID_NO_CNTY", "EVENT_DATE", "YEAR", "TIME_PRECISION", "EVENT_TYPE", "ACTOR1", "ALLY_ACTOR_1", "INTER1",
        "ACTOR2", "ALLY_ACTOR_2", "INTER2", "INTERACTION", "COUNTRY", "ADMIN1", "ADMIN2", "ADMIN3", "LOCATION", "LATITUDE", "LONGITUDE",
        "GEO_PRECISION", "SOURCE", "NOTES", "FATALITIES",
    ];

    /// <summary>
    /// Gets the columns of the export tool's and the API's monadic files (<c>export_type=monadic</c>): the current columns
    /// without <c>actor2</c>, <c>assoc_actor_2</c> and <c>inter2</c>, each event written once per actor, that actor in
    /// <c>actor1</c> (its associated actors in <c>assoc_actor_1</c>, its type in <c>inter1</c>), the event's other columns
    /// (its fatalities included) repeated on each of its rows.
    /// </summary>
    public static IReadOnlyList<string> MonadicNames { get; } =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>
    /// Gets the columns of acledR's long format, the output of <c>acled_transform_longer(data, type = "full_actors")</c>
    /// (acledR 1.0, <c>R/acled_transform_longer.R</c>): the current columns with <c>actor1</c>, <c>actor2</c>,
    /// <c>assoc_actor_1</c>, <c>assoc_actor_2</c>, <c>inter1</c> and <c>inter2</c> replaced, after <c>sub_event_type</c>, by
    /// <c>type_of_actor</c> (the column the row's actor came from), <c>actor</c>, <c>inter_type</c> (<c>inter1</c> or
    /// <c>inter2</c>) and <c>inter</c> (empty, or <c>NA</c> as R writes it, for an associated actor): one row per actor
    /// and per associated actor of each event, the event's other columns (its fatalities included) on each. Read only.
    /// </summary>
    public static IReadOnlyList<string> AcledrLongNames { get; } =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "type_of_actor", "actor", "inter_type", "inter", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>Gets every column any layout has, by current name: <see cref="Names"/>, then those of earlier layouts only.</summary>
    internal static IReadOnlyList<string> AllNames { get; } = [.. Names, "data_id", "event_id_no_cnty", "iso3", "gwno"];

    /// <summary>Gets the columns without which a file is not read as ACLED.</summary>
    public static IReadOnlyCollection<string> Required { get; } = ["event_id_cnty", "event_date", "event_type", "actor1", "fatalities"];

    /// <summary>
    /// Gets the HXL hashtag written under each column when <see cref="Csv.CsvExportOptions.IncludeHxlRow"/> is set,
    /// in the style of the HDX distribution. On import, a first data row whose non-empty values all start with
    /// <c>#</c> is recognised as such a row and skipped, whatever its tags.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Hashtags { get; } = new Dictionary<string, string>
    {
        ["event_id_cnty"] = "#event+code",
        ["event_date"] = "#date+occurred",
        ["year"] = "#date+year",
        ["time_precision"] = "#date+precision",
        ["disorder_type"] = "#event+category",
        ["event_type"] = "#event+type",
        ["sub_event_type"] = "#event+type+sub",
        ["actor1"] = "#group+name+first",
        ["assoc_actor_1"] = "#group+name+first+assoc",
        ["inter1"] = "#group+type+first",
        ["actor2"] = "#group+name+second",
        ["assoc_actor_2"] = "#group+name+second+assoc",
        ["inter2"] = "#group+type+second",
        ["interaction"] = "#group+interaction",
        ["civilian_targeting"] = "#event+civilians",
        ["iso"] = "#country+code",
        ["region"] = "#region+name",
        ["country"] = "#country+name",
        ["admin1"] = "#adm1+name",
        ["admin2"] = "#adm2+name",
        ["admin3"] = "#adm3+name",
        ["location"] = "#loc+name",
        ["latitude"] = "#geo+lat",
        ["longitude"] = "#geo+lon",
        ["geo_precision"] = "#geo+precision",
        ["source"] = "#meta+source",
        ["source_scale"] = "#meta+source+scale",
        ["notes"] = "#description",
        ["fatalities"] = "#affected+killed",
        ["tags"] = "#meta+tags",
        ["timestamp"] = "#date+updated",
        ["data_id"] = "#meta+id",
        ["event_id_no_cnty"] = "#event+num",
        ["iso3"] = "#country+code+iso3",
    };
}
