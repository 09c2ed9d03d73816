using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Interop.Formats;

/// <summary>
/// A file format that dataset documents are read from or written to (JSON, JSON Lines, UCDP GED CSV, ACLED CSV...),
/// behind one small surface so that every command and caller treats every format alike. <see cref="FormatRegistry"/>
/// holds them by <see cref="Name"/>.
/// </summary>
/// <remarks>
/// <para>
/// Reading yields documents as an <see cref="IAsyncEnumerable{T}"/> of bounded batches (<see cref="DatasetReading"/>),
/// with the problems and a summary beside it; writing takes such a stream. Memory stays bounded by a batch,
/// progress goes through <see cref="DatasetReadOptions.Progress"/>, and cancellation works the same for all.
/// </para>
/// <para>
/// A new format is one folder with a subclass registered in <see cref="FormatRegistry.Default"/>; a format that
/// reads several files (a folder of API pages) or writes a folder of tables overrides the path-based members.
/// </para>
/// </remarks>
/// <threadsafety>Formats are stateless; each read or write has its own state, so one instance serves parallel calls.</threadsafety>
public abstract class DatasetFormat
{
    /// <summary>
    /// The name of the dataset field (<see cref="Engagements.DatasetField"/>, with the format's dataset) in which a reader
    /// records the <see cref="FormatLayout"/> an engagement was read in, so that a writer can write the same layout back.
    /// The <c>@</c> keeps it apart from every column name of the datasets.
    /// </summary>
    public const string LayoutFieldName = "@layout";

    /// <summary>Gets the name the format is registered and chosen under (<c>--from</c>, <c>--to</c>): lower case, such as <c>ged</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Gets a short description for help and listings, such as "UCDP GED CSV (one row per event)".</summary>
    public abstract string Description { get; }

    /// <summary>Gets the file extensions the format is usually saved with, with the dot (<c>.csv</c>).</summary>
    public abstract IReadOnlyList<string> Extensions { get; }

    /// <summary>Gets a value indicating whether <see cref="Read"/> is supported.</summary>
    public abstract bool CanRead { get; }

    /// <summary>Gets a value indicating whether <see cref="WriteAsync"/> is supported.</summary>
    public abstract bool CanWrite { get; }

    /// <summary>
    /// Gets what of a dataset document the format cannot hold, one statement each ("a figure other than the total
    /// killed"); empty for a format that holds everything. Writers note each instance they meet.
    /// </summary>
    public abstract IReadOnlyList<string> CannotHold { get; }

    /// <summary>
    /// Gets the layouts the format reads and writes, the one written by default first (when neither
    /// <see cref="DatasetWriteOptions.Layout"/> nor the engagements name one); empty for a format with one layout.
    /// </summary>
    public virtual IReadOnlyList<FormatLayout> Layouts => [];

    /// <summary>Finds one of <see cref="Layouts"/> by name (ordinal, ignoring case).</summary>
    /// <param name="name">The layout's name, such as <c>release</c>.</param>
    /// <returns>The layout, or <see langword="null"/> when the format has none of that name.</returns>
    public FormatLayout? FindLayout(string? name)
    {
        foreach (var layout in Layouts)
        {
            if (string.Equals(layout.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return layout;
            }
        }

        return null;
    }

    /// <summary>
    /// Says whether <paramref name="head"/>, the first bytes of an input (up to <see cref="FormatRegistry.SniffBytes"/>),
    /// looks like this format, and what in it says so.
    /// </summary>
    /// <param name="head">The first bytes; may be cut anywhere, even inside a character.</param>
    /// <returns>The verdict.</returns>
    public abstract FormatRecognition Recognise(ReadOnlySpan<byte> head);

    /// <summary>Reads <paramref name="input"/> lazily: nothing is read until the result is enumerated, once.</summary>
    /// <param name="input">The input, positioned at its start; left open.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="DatasetReadOptions.Default"/>.</param>
    /// <returns>The documents, with the problems and summary once enumerated.</returns>
    /// <exception cref="NotSupportedException"><see cref="CanRead"/> is <see langword="false"/>.</exception>
    public virtual DatasetReading Read(Stream input, DatasetReadOptions? options = null) =>
        throw new NotSupportedException($"The {Name} format cannot be read.");

    /// <summary>
    /// Gets a value indicating whether <see cref="ReadFolder"/> is supported: the format's input may be a folder of
    /// files read as one (saved API pages); <see langword="false"/> unless the format says otherwise.
    /// </summary>
    public virtual bool CanReadFolder => false;

    /// <summary>
    /// Reads the files of <paramref name="folder"/> as one input, in the order the format documents (page order for the
    /// API formats), lazily: nothing is read until the result is enumerated, once. Problems name each file.
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="DatasetReadOptions.Default"/>; a <see langword="null"/> <see cref="DatasetReadOptions.Name"/> names the input after the folder.</param>
    /// <returns>The documents, with the problems and summary once enumerated; the files are closed when the enumeration ends.</returns>
    /// <exception cref="NotSupportedException"><see cref="CanReadFolder"/> is <see langword="false"/>.</exception>
    /// <exception cref="System.IO.IOException">The folder does not exist or holds none of the format's files.</exception>
    public virtual DatasetReading ReadFolder(string folder, DatasetReadOptions? options = null) =>
        throw new NotSupportedException($"The {Name} format reads one file, not a folder of them.");

    /// <summary>Writes <paramref name="documents"/> to <paramref name="output"/> as one file of this format.</summary>
    /// <param name="documents">The documents, in order, each declaring the actors and sources its engagements use.</param>
    /// <param name="output">Where the bytes go; left open and flushed.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="DatasetWriteOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the write between documents.</param>
    /// <returns>What was written, and notes on what the format could not hold.</returns>
    /// <exception cref="NotSupportedException"><see cref="CanWrite"/> is <see langword="false"/>.</exception>
    /// <exception cref="DatasetWriteException">The documents cannot be written as one file (two declarations of one id differ).</exception>
    public virtual Task<DatasetWriteSummary> WriteAsync(IAsyncEnumerable<DatasetDocument> documents, Stream output, DatasetWriteOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException($"The {Name} format cannot be written.");

    /// <summary>Returns <see cref="Name"/>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
