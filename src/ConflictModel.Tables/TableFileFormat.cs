namespace ConflictModel.Tables;

/// <summary>The file format the tidy tables are written in.</summary>
public enum TableFileFormat
{
    /// <summary>Apache Parquet: typed columns (integers, doubles, booleans, dates, timestamps), Snappy-compressed, one <c>.parquet</c> file per table or partition.</summary>
    Parquet = 1,

    /// <summary>CSV (RFC 4180, UTF-8, a header row): one <c>.csv</c> file per table or partition; an empty field is a null, booleans are <c>true</c>/<c>false</c>, dates and timestamps ISO 8601.</summary>
    Csv = 2,
}
