namespace ConflictModel.Tables;

/// <summary>The type of a tidy table's column, as Parquet stores it and as the CSV form writes it.</summary>
internal enum ColumnType
{
    /// <summary>UTF-8 text (Parquet <c>BYTE_ARRAY</c>, <c>STRING</c>); in CSV as it stands, quoted when needed.</summary>
    Text,

    /// <summary>A 32-bit integer (Parquet <c>INT32</c>); in CSV in invariant digits.</summary>
    Int32,

    /// <summary>A 64-bit integer (Parquet <c>INT64</c>); in CSV in invariant digits.</summary>
    Int64,

    /// <summary>A 64-bit floating-point number (Parquet <c>DOUBLE</c>); in CSV in the shortest round-trip form.</summary>
    Double,

    /// <summary>A boolean (Parquet <c>BOOLEAN</c>); in CSV <c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A calendar date (Parquet <c>DATE</c>); in CSV <c>YYYY-MM-DD</c>.</summary>
    Date,

    /// <summary>A local date and time without a zone (Parquet <c>TIMESTAMP</c>, microseconds, not adjusted to UTC); in CSV <c>YYYY-MM-DDTHH:MM:SS</c>.</summary>
    Timestamp,
}
