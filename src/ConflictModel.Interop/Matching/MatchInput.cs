using System;
using System.Collections.Generic;

namespace ConflictModel.Interop.Matching;

/// <summary>One stream of documents to match: a name for reports (its file) and its documents, in any format read.</summary>
/// <threadsafety>Immutable; the documents are enumerated once.</threadsafety>
public sealed record MatchInput
{
    /// <summary>Initializes a new instance of the <see cref="MatchInput"/> class.</summary>
    /// <param name="name">The input's name in reports: its file, or a label.</param>
    /// <param name="documents">The documents, read once (a <c>DatasetReading</c> of any format, or documents built in code).</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    public MatchInput(string name, IAsyncEnumerable<DatasetDocument> documents)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(documents);
        Name = name;
        Documents = documents;
    }

    /// <summary>Gets the input's name in reports (the <c>left_file</c> and <c>right_file</c> columns).</summary>
    public string Name { get; }

    /// <summary>Gets the documents.</summary>
    public IAsyncEnumerable<DatasetDocument> Documents { get; }

    /// <summary>Creates an input of documents already in memory.</summary>
    /// <param name="name">The input's name in reports.</param>
    /// <param name="documents">The documents.</param>
    /// <returns>A new input.</returns>
    public static MatchInput Of(string name, params DatasetDocument[] documents) => new(name, ToAsync(documents));

    private static async IAsyncEnumerable<DatasetDocument> ToAsync(DatasetDocument[] documents)
    {
        foreach (var d in documents)
        {
            yield return d;
        }

        await System.Threading.Tasks.Task.CompletedTask.ConfigureAwait(false);
    }
}
