namespace ConflictModel.Tables;

/// <summary>One column of a tidy table: its snake_case name, its type, and whether it may be empty (null).</summary>
/// <param name="Name">The column's name, the same in CSV and Parquet.</param>
/// <param name="Type">What the column holds.</param>
/// <param name="Nullable">Whether a row may leave it empty.</param>
internal sealed record TableColumn(string Name, ColumnType Type, bool Nullable = true);
