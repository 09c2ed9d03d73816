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
            error.WriteLine((e.Problem with { File = file.ToString() }).ToString());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{file}: cannot read the file: {e.Message}");
        }

        return null;
    }
}
