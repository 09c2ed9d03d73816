using System;
using System.IO;

namespace ConflictModel.Tables.Tests;

/// <summary>A fresh folder under the temporary directory, deleted with its contents on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cm-tables-" + Guid.NewGuid().ToString("N")[..12]);

    public TempFolder() => Directory.CreateDirectory(Path);

    public string Sql(string relative) => "'" + System.IO.Path.Combine(Path, relative).Replace("'", "''", StringComparison.Ordinal) + "'";

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
