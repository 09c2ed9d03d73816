using System.Collections.Generic;

namespace ConflictModel.Interop.Csv;

/// <summary>What a row mapper needs besides the row: where it is, the batch, and a place for warnings.</summary>
internal sealed class RowContext
{
    private readonly List<ImportWarning> _pending = [];

    public RowContext(string file, BatchBuilder batch)
    {
        File = file;
        Batch = batch;
    }

    public string File { get; }

    public BatchBuilder Batch { get; }

    public long Line { get; set; }

    public IReadOnlyList<ImportWarning> PendingWarnings => _pending;

    public void Warn(string? column, string? value, string code, string message) =>
        _pending.Add(new ImportWarning { File = File, Line = Line, Column = column, Value = value, Code = code, Message = message });

    public void ClearWarnings() => _pending.Clear();
}
