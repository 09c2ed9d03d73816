using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Formats;

namespace ConflictModel.Cli;

/// <summary>
/// Opens an input of any readable format of the registry (recognised by its first bytes), a file or <c>-</c> for
/// standard input, as a reading that stops at the first bad record, for the commands that read documents
/// (<c>summary</c>, <c>infobox</c>); opening goes through <see cref="DatasetInput"/>, as for every command.
/// </summary>
internal static class InputDocuments
{
    /// <summary>Gets the name an input is called by in messages.</summary>
    /// <param name="path">The path, or <c>-</c>.</param>
    /// <returns>The name.</returns>
    internal static string NameOf(string path) => path == "-" ? DatasetInput.StandardInputName : path;

    /// <summary>Opens <paramref name="path"/>, recognises its format and starts reading it as a stream (standard input included).</summary>
    /// <param name="path">A file, or <c>-</c> for standard input.</param>
    /// <param name="error">Where a failure is reported.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The reading, the stream it reads (to dispose) and the format's name, or <see langword="null"/> when the input cannot be read or its format not told (the reason was written).</returns>
    internal static async Task<(DatasetReading Reading, Stream Stream, string Format)?> OpenAsync(string path, TextWriter error, CancellationToken cancellationToken)
    {
        if (await DatasetInput.OpenAsync(path, "auto", FormatRegistry.Default, error, null, cancellationToken).ConfigureAwait(false) is not var (stream, format, name))
        {
            return null;
        }

        var reading = format.Read(stream, new DatasetReadOptions { Name = name, BadRecords = BadRowHandling.StopAtFirst });
        return (reading, stream, format.Name);
    }
}
