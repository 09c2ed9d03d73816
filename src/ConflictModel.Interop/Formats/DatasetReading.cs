using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using ConflictModel.Interop.Csv;
using ConflictModel.Json;

namespace ConflictModel.Interop.Formats;

/// <summary>
/// The documents of one input as a format reads them, lazily and once, with what the read found beside them:
/// <see cref="Summary"/> (records read, imported and rejected, the problems) and <see cref="Origin"/> (where the
/// document last delivered starts).
/// </summary>
/// <remarks>
/// Enumerate it once; the documents arrive in input order, each declaring the actors and sources its engagements
/// use, at most a batch at a time. A failure that stops the read is a <see cref="DatasetReadException"/>, whatever
/// the format. <see cref="Summary"/> may be read at any time; it is final once the enumeration ends.
/// </remarks>
/// <threadsafety>Enumerate from one consumer; <see cref="Summary"/> and <see cref="Origin"/> may be read from any thread.</threadsafety>
public sealed class DatasetReading : IAsyncEnumerable<DatasetDocument>
{
    private readonly Func<ReadTally, CancellationToken, IAsyncEnumerable<DatasetDocument>> _produce;
    private readonly ReadTally _tally;
    private int _enumerated;

    internal DatasetReading(string format, string recordKind, DatasetReadOptions options, Func<ReadTally, CancellationToken, IAsyncEnumerable<DatasetDocument>> produce)
    {
        _produce = produce;
        _tally = new ReadTally(format, recordKind, options);
    }

    /// <summary>Gets the input's name as problems give it.</summary>
    public string Name => _tally.Name;

    /// <summary>Gets what the read has found so far; final once the enumeration has ended (or failed).</summary>
    public ReadSummary Summary => _tally.Summary();

    /// <summary>
    /// Gets where the document last delivered comes from: the input's name and, for formats with a line per record
    /// (JSON Lines), its one-based line; <see langword="null"/> line for the others.
    /// </summary>
    public (string? File, long? Line) Origin => (_tally.Name, _tally.OriginLine);

    /// <summary>Starts the read.</summary>
    /// <param name="cancellationToken">Stops the read between records.</param>
    /// <returns>The enumerator.</returns>
    /// <exception cref="InvalidOperationException">The reading has already been enumerated.</exception>
    public IAsyncEnumerator<DatasetDocument> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _enumerated, 1) != 0)
        {
            throw new InvalidOperationException("A DatasetReading is enumerated once: read the input again for a second pass.");
        }

        return RunAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
    }

    private async IAsyncEnumerable<DatasetDocument> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var documents = _produce(_tally, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                DatasetDocument document;
                try
                {
                    if (!await documents.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }

                    document = documents.Current;
                }
                catch (CsvImportException e)
                {
                    _tally.TakeCsv(e.Summary);
                    throw new DatasetReadException(e.Error, _tally.Summary(), e);
                }
                catch (DatasetJsonException e)
                {
                    var problem = e.Problem with { File = _tally.Name };
                    _tally.Rejected(problem, stopping: true);
                    throw new DatasetReadException(problem, _tally.Summary(), e);
                }

                _tally.Delivered(document);
                yield return document;
            }
        }
        finally
        {
            await documents.DisposeAsync().ConfigureAwait(false);
        }
    }
}
