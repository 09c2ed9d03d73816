using ConflictModel.Actors;
using ConflictModel.Sources;

namespace ConflictModel.Interop.Csv;

/// <summary>What a row mapper needs besides the row: where it is, and the block that collects the row's uses and warnings.</summary>
internal sealed class RowContext
{
    public RowContext(string file, RowBlock block)
    {
        File = file;
        Block = block;
    }

    public string File { get; }

    /// <summary>Gets or sets the block whose lists collect what the row being mapped uses and warns about.</summary>
    public RowBlock Block { get; set; }

    public long Line { get; set; }

    /// <summary>
    /// Gets or sets the 1-based number of the API record being mapped (records of one line are told apart by it), or 0
    /// for a CSV row, which its <see cref="Line"/> names.
    /// </summary>
    public long Record { get; set; }

    /// <summary>Gets or sets the JSON path of the API record being mapped (<c>data[3]</c>), or <see langword="null"/> for a CSV row.</summary>
    public string? Path { get; set; }

    /// <summary>
    /// Gets or sets the text the mapper appends to the key of the row's ids; set (<c>.line-N</c>) only when
    /// another row of the batch already has the row's event id, so that the document's ids stay unique.
    /// </summary>
    public string? IdSuffix { get; set; }

    /// <summary>Records that the row's engagement names <paramref name="actor"/>; the batch will declare it.</summary>
    public void Use(Actor actor) => Block.Actors.Add(actor);

    /// <summary>Records that a statement of the row cites <paramref name="source"/>; the batch will declare it.</summary>
    public void Use(Source source) => Block.Sources.Add(source);

    public void Warn(string? column, string? value, string code, string message) =>
        Block.Warnings.Add(CsvProblems.Warning(File, Line, column, value, code, message));
}
