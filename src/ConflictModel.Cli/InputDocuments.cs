using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Formats;
using ConflictModel.Validation;

namespace ConflictModel.Cli;

/// <summary>
/// Opens an input of any readable format of the registry (recognised by its first bytes), a file or <c>-</c> for
/// standard input, for the commands that read documents (<c>summary</c>, <c>infobox</c>), and says in one line why
/// it cannot.
/// </summary>
internal static class InputDocuments
{
    /// <summary>The name of standard input in messages.</summary>
    internal const string StandardInput = "standard input";

    /// <summary>Gets the name an input is called by in messages.</summary>
    /// <param name="path">The path, or <c>-</c>.</param>
    /// <returns>The name.</returns>
    internal static string NameOf(string path) => path == "-" ? StandardInput : path;

    /// <summary>
    /// Opens <paramref name="path"/> and recognises its format. Standard input is read into memory first (the
    /// format is recognised from the first bytes, which a pipe cannot give back), so it suits one document or a
    /// moderate file; a large file is best given by name, which is read as a stream.
    /// </summary>
    /// <param name="path">A file, or <c>-</c> for standard input.</param>
    /// <param name="error">Where a failure is reported.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The reading, the stream it reads (to dispose) and the format's name, or <see langword="null"/> when the input cannot be read or its format not told (the reason was written).</returns>
    internal static async Task<(DatasetReading Reading, Stream Stream, string Format)?> OpenAsync(string path, TextWriter error, CancellationToken cancellationToken)
    {
        var name = NameOf(path);
        Stream stream;
        try
        {
            if (path == "-")
            {
                var memory = new MemoryStream();
                await using (var input = Console.OpenStandardInput())
                {
                    await input.CopyToAsync(memory, cancellationToken).ConfigureAwait(false);
                }

                memory.Position = 0;
                stream = memory;
            }
            else
            {
                stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{name}: cannot read the file: {e.Message}");
            return null;
        }

        var registry = FormatRegistry.Default;
        var sniff = await registry.SniffAsync(stream, cancellationToken).ConfigureAwait(false);
        if (sniff.Format is not { } format)
        {
            error.WriteLine(new Problem { Code = "format.unrecognised", Severity = ValidationSeverity.Error, Message = $"Cannot tell the format: {sniff.Explain()}. Convert it to JSON with convert --from {string.Join("|", registry.ReadableNames)}.", File = name, Line = 1 });
            await stream.DisposeAsync().ConfigureAwait(false);
            return null;
        }

        var reading = format.Read(stream, new DatasetReadOptions { Name = name, BadRecords = BadRowHandling.StopAtFirst });
        return (reading, stream, format.Name);
    }
}
