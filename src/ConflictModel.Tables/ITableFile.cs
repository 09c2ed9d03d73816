using System;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Tables;

/// <summary>One open output file of a table (or of one partition of it), to which buffered rows are appended.</summary>
internal interface ITableFile : IAsyncDisposable
{
    /// <summary>Appends the buffer's rows (CSV: as lines; Parquet: as one row group).</summary>
    ValueTask WriteAsync(TableBuffer rows, CancellationToken cancellationToken);
}
