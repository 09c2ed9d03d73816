using System;
using System.Collections.Generic;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Sources;
using ConflictModel.Validation;

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

    /// <summary>Gets how many rows the engagement is written as: one per site (ACLED's monadic layout: one per site and actor).</summary>
    /// <param name="engagement">The engagement.</param>
    /// <returns>At least 1.</returns>
    public virtual int RowCount(Engagement engagement) => Math.Max(1, engagement.Sites.Count);

    /// <summary>Fills the first <see cref="Columns"/> values of the engagement's row number <paramref name="siteIndex"/> (of <see cref="RowCount"/>; the site's number, unless the layout says otherwise).</summary>
    public abstract void ToColumns(Engagement engagement, int siteIndex, Func<ActorId, Actor?> actors, Func<SourceId, Source?> sources, Func<DisputedFigure, ReconciledFigure?> reconcile, string[] output);

    /// <summary>
    /// Reports, through <paramref name="note"/>, what of <paramref name="engagement"/> the dataset splits, cannot hold
    /// (one note per fact, located at its member) or writes by a rule the model does not state.
    /// </summary>
    /// <param name="engagement">The engagement.</param>
    /// <param name="index">The engagement's document, for its actors and sources.</param>
    /// <param name="note">Takes each note.</param>
    public abstract void Notes(Engagement engagement, DocumentIndex index, Action<Problem> note);

    /// <summary>
    /// Reports, through <paramref name="note"/>, what of <paramref name="engagement"/> the engagement's first row, just
    /// filled by <see cref="ToColumns"/>, holds otherwise than the model does: members that an import of the row would
    /// give back differently (a name, a side's role, an actor's kind), judged from the values written.
    /// </summary>
    /// <param name="engagement">The engagement.</param>
    /// <param name="index">The engagement's document, for its actors and sources.</param>
    /// <param name="note">Takes each note.</param>
    public virtual void WrittenNotes(Engagement engagement, DocumentIndex index, Action<Problem> note)
    {
    }

    /// <summary>The notes every CSV dataset shares: one location and two sides per row, no incidents, outcomes or relations.</summary>
    /// <param name="engagement">The engagement.</param>
    /// <param name="note">Takes each note.</param>
    /// <param name="name">The dataset's name in messages ("GED").</param>
    /// <param name="counts">What the first row carries ("figures").</param>
    protected static void RowNotes(Engagement engagement, Action<Problem> note, string name, string counts)
    {
        var e = engagement;
        if (e.Sites.Count > 1)
        {
            note(ExportNotes.Note(e, ExportNotes.PathOf(e) + ".sites", ExportNotes.SitesSplit, $"{e.Sites.Count} sites, split into {e.Sites.Count} rows ({counts} on the first)."));
        }

        for (var s = 2; s < e.Sides.Count; s++)
        {
            note(ExportNotes.Note(e, ExportNotes.PathOf(e, "sides", e.Sides[s].Id.Value), ExportNotes.SidesDropped, $"side {s + 1} of {e.Sides.Count}; {name} holds two sides a row, so this one is not written."));
        }

        foreach (var incident in e.Incidents)
        {
            note(ExportNotes.Note(e, ExportNotes.PathOf(e, "incidents", incident.Id.Value), ExportNotes.IncidentDropped, $"{name} has no column for incidents: '{incident.Description}' is not written."));
        }

        for (var o = 0; o < e.Outcomes.Count; o++)
        {
            note(ExportNotes.Note(e, ExportNotes.PathOf(e, "outcomes", o), ExportNotes.OutcomeDropped, $"{name} has no column for outcomes: '{e.Outcomes[o].Objective}: {e.Outcomes[o].Result}' is not written."));
        }

        for (var r = 0; r < e.Relations.Count; r++)
        {
            note(ExportNotes.Note(e, ExportNotes.PathOf(e, "relations", r), ExportNotes.RelationDropped, $"{name} has no column for relations between engagements: {e.Relations[r].Kind} {e.Relations[r].TargetId} is not written."));
        }
    }

    /// <summary>Notes that a required event id column was derived from the engagement id, by the rule of docs/interop.md.</summary>
    /// <param name="engagement">The engagement.</param>
    /// <param name="note">Takes the note.</param>
    /// <param name="column">The column ("id").</param>
    /// <param name="value">The value written.</param>
    /// <param name="prefix">The prefix removed ("ged-").</param>
    protected static void IdNote(Engagement engagement, Action<Problem> note, string column, string value, string prefix) =>
        note(ExportNotes.Note(
            engagement,
            ExportNotes.PathOf(engagement) + ".externalIds",
            ExportNotes.IdDerived,
            $"no event id of the dataset: {column} is the engagement id without a '{prefix}' prefix, '{value}', which an import reads back as engagement '{prefix}{value}'."));
}
