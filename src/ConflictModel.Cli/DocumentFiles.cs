using System;
using System.IO;
using ConflictModel.Json;

namespace ConflictModel.Cli;

/// <summary>Reads one document from a file and reports, in one line, why it could not.</summary>
internal static class DocumentFiles
{
    /// <summary>Reads a whole JSON document.</summary>
    /// <param name="file">The file.</param>
    /// <param name="error">Where a failure is reported.</param>
    /// <returns>The document, or <see langword="null"/> when it could not be read (and the reason was written).</returns>
    internal static DatasetDocument? TryRead(FileInfo file, TextWriter error)
    {
        try
        {
            using var stream = file.OpenRead();
            return DatasetJson.Read(stream);
        }
        catch (DatasetJsonException e)
        {
            error.WriteLine($"{file}:{Line(e)}: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{file}: cannot read the file: {e.Message}");
        }

        return null;
    }

    /// <summary>Gets the one-based line of a read failure, 1 when it has none.</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>The line.</returns>
    internal static long Line(DatasetJsonException exception) => (exception.LineNumber ?? 0) + 1;
}
