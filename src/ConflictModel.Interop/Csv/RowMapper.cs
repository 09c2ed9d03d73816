using System.Collections.Generic;
using nietras.SeparatedValues;

namespace ConflictModel.Interop.Csv;

/// <summary>Turns the rows of one CSV format into engagements; one instance per import, since it binds to a header.</summary>
internal abstract class RowMapper
{
    /// <summary>Matches the header; throws <see cref="RowFormatException"/> when a required column is missing.</summary>
    public abstract void Bind(IReadOnlyList<string> header, HeaderReport report);

    /// <summary>Whether the row is a metadata row to skip (ACLED/HDX's HXL hashtags); only asked of the first data row.</summary>
    public virtual bool IsMetadataRow(SepReader.Row row) => false;

    /// <summary>Maps the row into the context's batch, or throws <see cref="RowFormatException"/> before adding anything.</summary>
    public abstract void Map(SepReader.Row row, RowContext context);
}
