using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Interop.Csv;
using ConflictModel.Interop.Ged;
using ConflictModel.Sources;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Acled;

/// <summary>ACLED on the way out: 31 columns, fatalities reconciled conservatively (ACLED's own policy), the HXL row on request.</summary>
internal sealed class AcledLayout : CsvLayout
{
    public static readonly AcledLayout Instance = new();

    /// <summary>The text the importer gives a source's statement, which the export therefore does not lose.</summary>
    private const string ReportPlaceholder = "Reported the event ACLED codes as ";

    public override IReadOnlyList<string> Columns => AcledColumns.Names;

    public override string Dataset => AcledMapping.Dataset;

    public override ReconciliationPolicy Policy => ReconciliationPolicy.Conservative;

    public override IEnumerable<string[]> HeaderRows(CsvExportOptions options, IReadOnlyList<string> columns) =>
        options.IncludeHxlRow ? [columns.Select(c => AcledColumns.Hashtags.GetValueOrDefault(c, string.Empty)).ToArray()] : [];

    public override void ToColumns(Engagement engagement, int siteIndex, Func<ActorId, Actor?> actors, Func<SourceId, Source?> sources, Func<DisputedFigure, ReconciledFigure?> reconcile, string[] output) =>
        AcledMapping.ToColumns(engagement, siteIndex, actors, sources, reconcile, output, applyFields: true);

    public override void Notes(Engagement engagement, DocumentIndex index, Action<Problem> note)
    {
        var e = engagement;
        RowNotes(e, note, "ACLED", "fatalities");
        if (GedMapping.External(e.ExternalIds, ExternalIdScheme.AcledEvent).Length == 0 && !ExportNotes.HasField(e, Dataset, "event_id_cnty"))
        {
            IdNote(e, note, "event_id_cnty", ExportNotes.DerivedEventId(e, AcledMapping.IdPrefix), AcledMapping.IdPrefix);
        }

        TypeNote(e, index, note);
        FigureNotes(e, note);
        StatementNotes(e, index, note);
    }

    private void TypeNote(Engagement e, DocumentIndex index, Action<Problem> note)
    {
        if (ExportNotes.HasField(e, Dataset, "event_type") || ExportNotes.HasField(e, Dataset, "sub_event_type"))
        {
            return;
        }

        var (_, eventType, subEvent) = AcledTaxonomy.FromModel(AcledMapping.TypeOf(e, index.FindActor), e.Tactics);
        var rule = e.Type switch
        {
            EngagementType.Attack when ExportNotes.IsAttackOnCivilians(e, index.FindActor) => "an Attack whose defending side is civilians",
            EngagementType.Attack or EngagementType.Ambush or EngagementType.Raid or EngagementType.Siege => $"ACLED has no type for {e.Type}: it",
            EngagementType.Bombing when subEvent == "Remote explosive/landmine/IED" && !e.Tactics.Contains(Tactic.ImprovisedExplosiveDevice) => "a Bombing without a tactic that names its weapon",
            EngagementType.Other when subEvent == "Other" => "an engagement of type Other without mob violence or arrests",
            _ => null,
        };
        if (rule is not null)
        {
            note(ExportNotes.Note(e, ExportNotes.PathOf(e) + ".type", ExportNotes.MappingRule, $"{rule} is written as {eventType} / {subEvent}, by rule."));
        }
    }

    private static void FigureNotes(Engagement e, Action<Problem> note)
    {
        var total = e.Figures.FirstOrDefault(f => f.Measure == Measure.Killed && f.Subject.Kind == SubjectKind.All && f.PartOf is null);
        var summed = total is null ? e.Figures.Where(f => f.Measure == Measure.Killed && f.PartOf is null).ToList() : [];
        foreach (var f in e.Figures)
        {
            var path = ExportNotes.PathOf(e, "figures", f.Id.Value);
            if (ReferenceEquals(f, total) || (summed.Count == 1 && ReferenceEquals(f, summed[0]) && f.Subject.Kind == SubjectKind.All))
            {
                if (!ExportNotes.IsOneExact(f) && !(f.Estimates.IsEmpty && ExportNotes.HasField(e, AcledMapping.Dataset, "fatalities")))
                {
                    note(ExportNotes.Note(e, path, ExportNotes.EstimatesDropped, f.Estimates.IsEmpty
                        ? "the total killed has no estimate: fatalities is left empty."
                        : $"{f.Estimates.Count} estimate(s) of the total killed are written as one value in fatalities (the exact one, else their conservative reconciliation); the estimates as stated, and who stated them, are not written."));
                }

                continue;
            }

            var reason = f.PartOf is { } whole ? $"a part of figure {whole.Value}, counted in its whole"
                : f.Measure != Measure.Killed ? "ACLED counts fatalities only"
                : total is not null ? "ACLED's fatalities is the total killed, which another figure gives"
                : summed.Count == 1 ? "written as the total fatalities, without saying whose deaths they are"
                : $"summed with {summed.Count - 1} other killed figure(s) into fatalities";
            note(ExportNotes.Note(e, path, ExportNotes.FigureDropped, $"{reason}: the figure {ExportNotes.Describe(f)} is not written as such."));
        }
    }

    private static void StatementNotes(Engagement e, DocumentIndex index, Action<Problem> note)
    {
        var notesTaken = false;
        foreach (var statement in e.Statements)
        {
            var path = ExportNotes.PathOf(e, "statements", statement.Id.Value);
            var source = index.FindSource(statement.SourceId);
            if (statement.SourceId == AcledMapping.AcledSourceId && !notesTaken)
            {
                notesTaken = true;
                var lost = ExportNotes.LostDetails(statement, StatementStance.Assessment);
                if (statement.ReportedAt is not null)
                {
                    lost.Remove("its time beyond the day");
                    lost.Add("its date");
                }

                if (lost.Count > 0)
                {
                    note(ExportNotes.Note(e, path, ExportNotes.StatementDropped, $"ACLED's own statement is written as notes: {string.Join(", ", lost)} not written."));
                }

                continue;
            }

            if (source is null || source.Kind == SourceKind.Compilation)
            {
                note(ExportNotes.Note(e, path, ExportNotes.StatementDropped, source is null
                    ? $"the statement's source {statement.SourceId.Value} is not declared: only its id is written in source."
                    : $"ACLED's source column lists reporting sources, not compilations: the statement of {source.Name} is not written."));
                continue;
            }

            if (statement.Via.Count > 0)
            {
                note(ExportNotes.Note(e, path, ExportNotes.StatementDropped, "ACLED's source column lists the sources that reported directly: this relayed statement is not written."));
                continue;
            }

            var details = ExportNotes.LostDetails(statement, StatementStance.Report);
            if (!statement.Summary.StartsWith(ReportPlaceholder, StringComparison.Ordinal))
            {
                details.Insert(0, "its summary");
            }

            if (statement.ReportedAt is not null)
            {
                details.Remove("its time beyond the day");
                details.Add("its date");
            }

            if (details.Count > 0)
            {
                note(ExportNotes.Note(e, path, ExportNotes.StatementDropped, $"ACLED's source column holds the source's name ({source.Name}): {string.Join(", ", details)} not written."));
            }
        }

        if (e.ResultSummary is not null && notesTaken)
        {
            note(ExportNotes.Note(e, ExportNotes.PathOf(e) + ".resultSummary", ExportNotes.SummaryDropped, "notes holds ACLED's own statement: the result summary is not written."));
        }
    }
}
