using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Interop.Csv;

/// <summary>
/// A step a dataset puts between the import's batches and the caller (<see cref="RowMapper.CreateStage"/>): ACLED's
/// monadic files join the rows of one event into one engagement there. It takes the batches in file order, hands
/// documents on to the caller, and corrects the summary for what it joined or refused.
/// </summary>
internal abstract class BatchStage
{
    /// <summary>Takes the next batch of engagements, one per row imported, in file order.</summary>
    public abstract ValueTask AcceptAsync(DatasetDocument batch, CancellationToken cancellationToken);

    /// <summary>Hands on what is still held, after the last batch (and before a failed import's exception is thrown).</summary>
    public abstract ValueTask FinishAsync(CancellationToken cancellationToken);

    /// <summary>Gets the exception the stage threw itself (a bad row it found under <see cref="BadRowHandling.StopAtFirst"/>), its summary already corrected.</summary>
    public CsvImportException? Failure { get; protected set; }

    /// <summary>The import's summary corrected for the rows the stage joined or rejected.</summary>
    public abstract ImportSummary Complete(ImportSummary summary);
}
