using System;
using System.Collections.Generic;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Interop.Csv;
using ConflictModel.Sources;

namespace ConflictModel.Interop.Ged;

/// <summary>UCDP GED on the way out: 49 columns, counts reconciled by best estimate (UCDP's own practice).</summary>
internal sealed class GedLayout : CsvLayout
{
    public static readonly GedLayout Instance = new();

    public override IReadOnlyList<string> Columns => GedColumns.Names;

    public override string Dataset => GedMapping.Dataset;

    public override ReconciliationPolicy Policy => ReconciliationPolicy.BestEstimate;

    public override void ToColumns(Engagement engagement, int siteIndex, Func<ActorId, Actor?> actors, Func<SourceId, Source?> sources, Func<DisputedFigure, ReconciledFigure?> reconcile, string[] output) =>
        GedMapping.ToColumns(engagement, siteIndex, actors, sources, reconcile, output, applyFields: true);

    public override void Notes(Engagement engagement, Action<string, string> note) => RowNotes(engagement, note, "GED", "figures");
}
