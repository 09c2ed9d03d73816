using System.Collections.Generic;

namespace ConflictModel.Tables;

/// <summary>A tidy table's name (the file or folder it is written to) and its columns, in order.</summary>
/// <param name="Name">The table's name: <c>engagements</c>, <c>sides</c>, …</param>
/// <param name="Columns">Its columns, in the order they are written.</param>
internal sealed record TableSchema(string Name, IReadOnlyList<TableColumn> Columns);
