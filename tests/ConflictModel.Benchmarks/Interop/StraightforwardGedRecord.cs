using ConflictModel.Benchmarks.Interop;
using ConflictModel.Interop.Csv;
using CsvHelper;

// Every string member of the CsvHelper record types of this assembly (only StraightforwardGedRecord) is read
// through RestoredStringConverter, which undoes the formula neutralisation of files we wrote.
[assembly: CsvConverter(typeof(RestoredStringConverter))]

namespace ConflictModel.Benchmarks.Interop;

/// <summary>
/// One row of a UCDP GED CSV file as CsvHelper reads it for <see cref="StraightforwardGedImporter"/>: one
/// property per column, matched by header name. Every value stays the file's text: the importer parses what it
/// needs, and keeps the text of any column it cannot reproduce as a dataset field.
/// </summary>
[CsvRecord]
public sealed partial class StraightforwardGedRecord
{
    /// <summary>Gets or sets <c>id</c>, the GED event id.</summary>
    [CsvColumn("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>relid</c>.</summary>
    [CsvColumn("relid")]
    public string Relid { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>year</c>.</summary>
    [CsvColumn("year")]
    public string Year { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>active_year</c>.</summary>
    [CsvColumn("active_year")]
    public string ActiveYear { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>code_status</c>, or <see langword="null"/> when the file has no such column (it exists only in Candidate releases).</summary>
    [CsvColumn("code_status", Optional = true)]
    public string? CodeStatus { get; set; }

    /// <summary>Gets or sets <c>type_of_violence</c>.</summary>
    [CsvColumn("type_of_violence")]
    public string TypeOfViolence { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>conflict_dset_id</c>.</summary>
    [CsvColumn("conflict_dset_id")]
    public string ConflictDsetId { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>conflict_new_id</c>.</summary>
    [CsvColumn("conflict_new_id")]
    public string ConflictNewId { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>conflict_name</c>.</summary>
    [CsvColumn("conflict_name")]
    public string ConflictName { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>dyad_dset_id</c>.</summary>
    [CsvColumn("dyad_dset_id")]
    public string DyadDsetId { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>dyad_new_id</c>.</summary>
    [CsvColumn("dyad_new_id")]
    public string DyadNewId { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>dyad_name</c>.</summary>
    [CsvColumn("dyad_name")]
    public string DyadName { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>side_a_dset_id</c>.</summary>
    [CsvColumn("side_a_dset_id")]
    public string SideADsetId { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>side_a_new_id</c>, the UCDP actor id of side A.</summary>
    [CsvColumn("side_a_new_id")]
    public string SideANewId { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>side_a</c>.</summary>
    [CsvColumn("side_a")]
    public string SideA { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>side_b_dset_id</c>.</summary>
    [CsvColumn("side_b_dset_id")]
    public string SideBDsetId { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>side_b_new_id</c>, the UCDP actor id of side B.</summary>
    [CsvColumn("side_b_new_id")]
    public string SideBNewId { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>side_b</c>.</summary>
    [CsvColumn("side_b")]
    public string SideB { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>number_of_sources</c>.</summary>
    [CsvColumn("number_of_sources")]
    public string NumberOfSources { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>source_article</c>: quoted <c>"office,date,headline"</c> items joined with ';'.</summary>
    [CsvColumn("source_article")]
    public string SourceArticle { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>source_office</c>.</summary>
    [CsvColumn("source_office")]
    public string SourceOffice { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>source_date</c>.</summary>
    [CsvColumn("source_date")]
    public string SourceDate { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>source_headline</c>.</summary>
    [CsvColumn("source_headline")]
    public string SourceHeadline { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>source_original</c>.</summary>
    [CsvColumn("source_original")]
    public string SourceOriginal { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>where_prec</c>.</summary>
    [CsvColumn("where_prec")]
    public string WherePrec { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>where_coordinates</c>, the place name.</summary>
    [CsvColumn("where_coordinates")]
    public string WhereCoordinates { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>where_description</c>.</summary>
    [CsvColumn("where_description")]
    public string WhereDescription { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>adm_1</c>.</summary>
    [CsvColumn("adm_1")]
    public string Adm1 { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>adm_2</c>.</summary>
    [CsvColumn("adm_2")]
    public string Adm2 { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>latitude</c>.</summary>
    [CsvColumn("latitude")]
    public string Latitude { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>longitude</c>.</summary>
    [CsvColumn("longitude")]
    public string Longitude { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>geom_wkt</c>.</summary>
    [CsvColumn("geom_wkt")]
    public string GeomWkt { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>priogrid_gid</c>.</summary>
    [CsvColumn("priogrid_gid")]
    public string PriogridGid { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>country</c>.</summary>
    [CsvColumn("country")]
    public string Country { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>country_id</c>, a Gleditsch-Ward code.</summary>
    [CsvColumn("country_id")]
    public string CountryId { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>region</c>.</summary>
    [CsvColumn("region")]
    public string Region { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>event_clarity</c>.</summary>
    [CsvColumn("event_clarity")]
    public string EventClarity { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>date_prec</c>.</summary>
    [CsvColumn("date_prec")]
    public string DatePrec { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>date_start</c>.</summary>
    [CsvColumn("date_start")]
    public string DateStart { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>date_end</c>.</summary>
    [CsvColumn("date_end")]
    public string DateEnd { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>deaths_a</c>.</summary>
    [CsvColumn("deaths_a")]
    public string DeathsA { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>deaths_b</c>.</summary>
    [CsvColumn("deaths_b")]
    public string DeathsB { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>deaths_civilians</c>.</summary>
    [CsvColumn("deaths_civilians")]
    public string DeathsCivilians { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>deaths_unknown</c>.</summary>
    [CsvColumn("deaths_unknown")]
    public string DeathsUnknown { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>best</c> (<c>best_est</c> in GED 1.x and 2.0).</summary>
    [CsvColumn("best", "best_est")]
    public string Best { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>high</c> (<c>high_est</c> in GED 1.x and 2.0).</summary>
    [CsvColumn("high", "high_est")]
    public string High { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>low</c> (<c>low_est</c> in GED 1.x and 2.0).</summary>
    [CsvColumn("low", "low_est")]
    public string Low { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>gwnoa</c>, the Gleditsch-Ward code of side A (<c>gwno_a</c> in some exports).</summary>
    [CsvColumn("gwnoa", "gwno_a")]
    public string Gwnoa { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>gwnob</c>, the Gleditsch-Ward code of side B (<c>gwno_b</c> in some exports).</summary>
    [CsvColumn("gwnob", "gwno_b")]
    public string Gwnob { get; set; } = string.Empty;

    /// <summary>
    /// Returns the 49 values in the order of <see cref="ConflictModel.Interop.Ged.GedColumns.Names"/>;
    /// <see langword="null"/> for <c>code_status</c> when the file has no such column.
    /// </summary>
    /// <returns>A new array of the values.</returns>
    public string?[] ToArray() =>
    [
        Id, Relid, Year, ActiveYear, CodeStatus, TypeOfViolence,
        ConflictDsetId, ConflictNewId, ConflictName,
        DyadDsetId, DyadNewId, DyadName,
        SideADsetId, SideANewId, SideA,
        SideBDsetId, SideBNewId, SideB,
        NumberOfSources, SourceArticle, SourceOffice, SourceDate, SourceHeadline, SourceOriginal,
        WherePrec, WhereCoordinates, WhereDescription, Adm1, Adm2,
        Latitude, Longitude, GeomWkt, PriogridGid,
        Country, CountryId, Region,
        EventClarity, DatePrec, DateStart, DateEnd,
        DeathsA, DeathsB, DeathsCivilians, DeathsUnknown,
        Best, High, Low,
        Gwnoa, Gwnob,
    ];
}

/// <summary>
/// Reads a string field and removes the apostrophe that <see cref="SpreadsheetSafety.Neutralise"/> puts in front
/// of values a spreadsheet would run as formulas, as our importers do by default.
/// </summary>
internal sealed class RestoredStringConverter : ICsvConverter<string>
{
    /// <inheritdoc/>
    public string Read(CsvReader reader, int index) => SpreadsheetSafety.Restore(reader.GetString(index));

    /// <inheritdoc/>
    public void Write(CsvWriter writer, string value) => writer.WriteField(SpreadsheetSafety.Neutralise(value));
}
