using System.Collections.Generic;
using static ConflictModel.Tables.ColumnType;

namespace ConflictModel.Tables;

/// <summary>
/// The seven tidy tables and their columns (documented column by column in docs/analysis.md, which a test keeps in
/// step). Every table has <c>engagement_id</c>; the other ids are unique within their engagement, so a join uses
/// <c>engagement_id</c> and the id together.
/// </summary>
internal static class TidySchemas
{
    public static readonly TableSchema Engagements = new("engagements",
    [
        new("engagement_id", Text, false),
        new("name", Text, false),
        new("type", Text, false),
        new("conflict_name", Text),
        new("tactics", Text),
        new("time_start", Timestamp, false),
        new("time_end", Timestamp, false),
        new("start_date", Date, false),
        new("time_precision", Text, false),
        new("time_qualifier", Text, false),
        new("time_text", Text, false),
        new("country_code", Text),
        new("site_count", Int32, false),
        new("side_count", Int32, false),
        new("figure_count", Int32, false),
        new("statement_count", Int32, false),
        new("result_summary", Text),
    ]);

    public static readonly TableSchema Sides = new("sides",
    [
        new("engagement_id", Text, false),
        new("side_id", Text, false),
        new("role", Text, false),
        new("name", Text),
        new("actor_ids", Text, false),
        new("actor_names", Text),
        new("actor_count", Int32, false),
    ]);

    public static readonly TableSchema Sites = new("sites",
    [
        new("engagement_id", Text, false),
        new("site_id", Text, false),
        new("name", Text, false),
        new("role", Text, false),
        new("kind", Text, false),
        new("latitude", Double),
        new("longitude", Double),
        new("precision", Text, false),
        new("country_code", Text),
        new("admin1", Text),
        new("admin_path", Text),
        new("locality", Text),
        new("within_site_id", Text),
    ]);

    public static readonly TableSchema Figures = new("figures",
    [
        new("engagement_id", Text, false),
        new("figure_id", Text, false),
        new("measure", Text, false),
        new("subject_kind", Text, false),
        new("subject_side_id", Text),
        new("subject_actor_ids", Text),
        new("unit", Text),
        new("part_of", Text),
        new("estimate_count", Int32, false),
        new("disputed", Boolean, false),
        new("note", Text),
    ]);

    public static readonly TableSchema Estimates = new("estimates",
    [
        new("engagement_id", Text, false),
        new("figure_id", Text, false),
        new("estimate_index", Int32, false),
        new("measure", Text, false),
        new("statement_id", Text, false),
        new("source_id", Text),
        new("source_name", Text),
        new("stance", Text),
        new("reported_at", Timestamp),
        new("reported_precision", Text),
        new("form", Text, false),
        new("value", Int64),
        new("low", Int64),
        new("high", Int64),
        new("open_ended", Boolean, false),
        new("approximate", Boolean, false),
        new("term", Text),
        new("lower_bound", Int64),
        new("upper_bound", Int64),
        new("quantity_text", Text, false),
        new("wording", Text),
    ]);

    public static readonly TableSchema Statements = new("statements",
    [
        new("engagement_id", Text, false),
        new("statement_id", Text, false),
        new("source_id", Text, false),
        new("source_name", Text),
        new("source_kind", Text),
        new("stance", Text, false),
        new("summary", Text, false),
        new("quote", Text),
        new("reported_at", Timestamp),
        new("reported_precision", Text),
        new("url", Text),
        new("via", Text),
        new("supersedes", Text),
        new("credibility", Text),
    ]);

    public static readonly TableSchema Reconciled = new("reconciled",
    [
        new("engagement_id", Text, false),
        new("figure_id", Text, false),
        new("measure", Text, false),
        new("policy", Text, false),
        new("low", Int64),
        new("best", Int64),
        new("high", Int64),
        new("high_open", Boolean, false),
        new("qualitative_term", Text),
        new("range_text", Text, false),
        new("reasoning", Text),
    ]);

    /// <summary>The tables in the order they are built and listed.</summary>
    public static readonly IReadOnlyList<TableSchema> All = [Engagements, Sides, Sites, Figures, Estimates, Statements, Reconciled];
}
