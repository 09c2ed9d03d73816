namespace ConflictModel.Tables;

/// <summary>How <see cref="TidyTableExporter"/> writes the tables.</summary>
public sealed record TableExportOptions
{
    /// <summary>The default number of rows of a table buffered before they are written (one Parquet row group): 65,536.</summary>
    public const int DefaultRowGroupSize = 65_536;

    /// <summary>Gets the file format. The default is <see cref="TableFileFormat.Parquet"/>.</summary>
    public TableFileFormat Format { get; init; } = TableFileFormat.Parquet;

    /// <summary>
    /// Gets a value indicating whether each table is split by the year its engagement starts in, in hive-style folders
    /// (<c>engagements/year=2025/part-0.parquet</c>) that DuckDB, Spark, pandas and R's arrow read as a <c>year</c>
    /// column. When <see langword="false"/> (the default), each table is one file, <c>engagements.parquet</c>.
    /// </summary>
    public bool PartitionByYear { get; init; }

    /// <summary>
    /// Gets how many rows of one table (or partition) are held in memory before they are written: memory is bounded by
    /// this many rows per table and open partition, whatever the size of the input. The default is
    /// <see cref="DefaultRowGroupSize"/>; values below 1 are refused when the export starts.
    /// </summary>
    public int RowGroupSize { get; init; } = DefaultRowGroupSize;

    /// <summary>
    /// Gets a value indicating whether the <c>reconciled</c> table's <c>reasoning</c> column is filled with each step of
    /// the reconciliation (which estimate set the low and the high, which were set aside and why). When
    /// <see langword="false"/> (the default) the column is there but empty, and the figures are reconciled without
    /// building their reasoning (<see cref="Figures.FigureReconciler.ReconcileRange"/>): the ranges are the same, and
    /// the export takes a fraction of the time. Turn it on to read why a range is what it is.
    /// </summary>
    public bool IncludeReasoning { get; init; }
}
