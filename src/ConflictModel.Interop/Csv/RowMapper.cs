using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Sources;

namespace ConflictModel.Interop.Csv;

/// <summary>
/// Turns the rows of one CSV format into engagements; one instance per import and thread, since it binds to a
/// header and caches the actors and sources it has made.
/// </summary>
/// <remarks>
/// Actors and sources are defined by the first row, in file order, that names them (a later row naming the
/// same id differently keeps its own values as dataset fields). A mapper on a worker thread sees only the
/// rows it maps, so the engine checks each row's actors and sources against those of the rows before it and
/// maps a row again on the first mapper when they differ. The first mapper's tables are the file-order ones:
/// the engine asks them with <see cref="Known(ActorId)"/> and adds what the workers define with
/// <see cref="Adopt(Actor)"/>. That way an import gives the same documents on any number of threads.
/// </remarks>
internal abstract class RowMapper
{
    /// <summary>Matches the header; throws <see cref="RowFormatException"/> when a required column is missing.</summary>
    public abstract void Bind(IReadOnlyList<string> header, HeaderReport report);

    /// <summary>Gets the date columns whose format is decided for the whole column before rows are mapped (see <see cref="DateColumns"/>).</summary>
    public virtual IReadOnlyList<DateColumnSpec> DateColumns => [];

    /// <summary>Gets the name of the layout the bound header was recognised as, or <see langword="null"/> when the format has one.</summary>
    public virtual string? LayoutName => null;

    /// <summary>Takes the decisions for <see cref="DateColumns"/> (by name; a column the header lacks has none); called before <see cref="Bind"/>.</summary>
    public virtual void UseDates(IReadOnlyDictionary<string, DateColumn> dates)
    {
    }

    /// <summary>
    /// Creates the step between the import's batches and <paramref name="next"/> that the bound layout needs, or
    /// <see langword="null"/> (the default) when batches go straight to the caller. Asked once, after <see cref="Bind"/>.
    /// </summary>
    /// <param name="options">The import's options.</param>
    /// <param name="next">The caller's batch callback.</param>
    /// <param name="summary">The import's summary so far, for an exception the stage throws.</param>
    /// <returns>The stage, or <see langword="null"/>.</returns>
    public virtual BatchStage? CreateStage(CsvImportOptions options, Func<DatasetDocument, CancellationToken, ValueTask> next, Func<ImportSummary> summary) => null;

    /// <summary>Whether the row is a metadata row to skip (ACLED/HDX's HXL hashtags); only asked of the first data row.</summary>
    public virtual bool IsMetadataRow(CsvRow row) => false;

    /// <summary>
    /// Maps the row to its engagement, telling <paramref name="context"/> each actor and source it uses; or throws
    /// <see cref="RowFormatException"/> (the context's warnings and uses of the row are then discarded).
    /// </summary>
    public abstract Engagement Map(CsvRow row, RowContext context);

    /// <summary>Creates a mapper for another thread: bound to the same header, with empty caches.</summary>
    public abstract RowMapper CreateWorker();

    /// <summary>Returns the actor this mapper uses for <paramref name="id"/>, or <see langword="null"/> when it has none yet.</summary>
    public abstract Actor? Known(ActorId id);

    /// <summary>Returns the source this mapper uses for <paramref name="id"/>, or <see langword="null"/> when it has none yet.</summary>
    public abstract Source? Known(SourceId id);

    /// <summary>Makes <paramref name="actor"/> the actor this mapper uses for its id from now on.</summary>
    public abstract void Adopt(Actor actor);

    /// <summary>Makes <paramref name="source"/> the source this mapper uses for its id from now on.</summary>
    public abstract void Adopt(Source source);
}
