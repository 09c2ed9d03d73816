using System;
using System.Collections.Generic;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Sources;

namespace ConflictModel.Interop.Csv;

/// <summary>
/// What differs between the CSV datasets on the way out: the columns, the dataset name of their kept fields, the
/// reconciliation policy of their counts, how one row is filled, and what an engagement holds that the dataset
/// cannot. <see cref="CsvExportEngine"/> does the rest, the same for every dataset.
/// </summary>
internal abstract class CsvLayout
{
    /// <summary>Gets the dataset's columns, in file order.</summary>
    public abstract IReadOnlyList<string> Columns { get; }

    /// <summary>Gets the dataset name of the dataset fields an import keeps (<c>ucdp-ged</c>, <c>acled</c>).</summary>
    public abstract string Dataset { get; }

    /// <summary>Gets the policy a figure with several estimates is reconciled with, as the dataset itself does.</summary>
    public abstract ReconciliationPolicy Policy { get; }

    /// <summary>Gets the rows written under the header before the data (ACLED's HXL row), or none.</summary>
    /// <param name="options">The export's options.</param>
    /// <param name="columns">Every column written, the additional ones included.</param>
    /// <returns>The rows.</returns>
    public virtual IEnumerable<string[]> HeaderRows(CsvExportOptions options, IReadOnlyList<string> columns) => [];

    /// <summary>Fills the first <see cref="Columns"/> values of the row for the engagement's site number <paramref name="siteIndex"/>.</summary>
    public abstract void ToColumns(Engagement engagement, int siteIndex, Func<ActorId, Actor?> actors, Func<SourceId, Source?> sources, Func<DisputedFigure, ReconciledFigure?> reconcile, string[] output);

    /// <summary>Reports, through <paramref name="note"/>, what of <paramref name="engagement"/> the dataset splits or cannot hold.</summary>
    /// <param name="engagement">The engagement.</param>
    /// <param name="note">Takes a code and a message.</param>
    public abstract void Notes(Engagement engagement, Action<string, string> note);

    /// <summary>The notes every CSV dataset shares: one location and two sides per row.</summary>
    /// <param name="engagement">The engagement.</param>
    /// <param name="note">Takes a code and a message.</param>
    /// <param name="name">The dataset's name in messages ("GED").</param>
    /// <param name="counts">What the first row carries ("figures").</param>
    protected static void RowNotes(Engagement engagement, Action<string, string> note, string name, string counts)
    {
        if (engagement.Sites.Count > 1)
        {
            note("export.sites-split", $"{engagement.Sites.Count} sites, split into {engagement.Sites.Count} rows ({counts} on the first).");
        }

        if (engagement.Sides.Count > 2)
        {
            note("export.sides-dropped", $"{engagement.Sides.Count} sides; {name} holds two, the others are not written.");
        }
    }
}
