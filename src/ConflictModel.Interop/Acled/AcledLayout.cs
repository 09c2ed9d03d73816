using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Interop.Csv;
using ConflictModel.Sources;

namespace ConflictModel.Interop.Acled;

/// <summary>ACLED on the way out: 31 columns, fatalities reconciled conservatively (ACLED's own policy), the HXL row on request.</summary>
internal sealed class AcledLayout : CsvLayout
{
    public static readonly AcledLayout Instance = new();

    public override IReadOnlyList<string> Columns => AcledColumns.Names;

    public override string Dataset => AcledMapping.Dataset;

    public override ReconciliationPolicy Policy => ReconciliationPolicy.Conservative;

    public override IEnumerable<string[]> HeaderRows(CsvExportOptions options, IReadOnlyList<string> columns) =>
        options.IncludeHxlRow ? [columns.Select(c => AcledColumns.Hashtags.GetValueOrDefault(c, string.Empty)).ToArray()] : [];

    public override void ToColumns(Engagement engagement, int siteIndex, Func<ActorId, Actor?> actors, Func<SourceId, Source?> sources, Func<DisputedFigure, ReconciledFigure?> reconcile, string[] output) =>
        AcledMapping.ToColumns(engagement, siteIndex, actors, sources, reconcile, output, applyFields: true);

    public override void Notes(Engagement engagement, Action<string, string> note)
    {
        RowNotes(engagement, note, "ACLED", "fatalities");
        var hasTotal = engagement.Figures.Any(IsTotalKilled);
        var dropped = engagement.Figures.Count(f => !IsTotalKilled(f));
        if (dropped > 0 && hasTotal)
        {
            note("export.figures-dropped", $"{dropped} figure(s) other than the total killed are not written.");
        }

        if (!engagement.Incidents.IsEmpty || !engagement.Outcomes.IsEmpty)
        {
            note("export.incidents-dropped", "incidents and outcomes are not written.");
        }
    }

    private static bool IsTotalKilled(DisputedFigure figure) => figure.Measure == Measure.Killed && figure.Subject.Kind == SubjectKind.All;
}
