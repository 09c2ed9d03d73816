using System.Collections.Generic;
using System.Linq;
using ConflictModel.Interop.Csv;

namespace ConflictModel.Interop.Ged;

/// <summary>
/// UCDP GED CSV as a format of the registry (<c>ged</c>): read with <see cref="GedImporter"/>'s mapping, written
/// with <see cref="GedExporter"/>'s, one engagement per event.
/// </summary>
/// <threadsafety>Stateless; safe to share between threads.</threadsafety>
public sealed class GedFormat : CsvFormat
{
    /// <summary>Gets the instance registered in <see cref="Formats.FormatRegistry.Default"/>.</summary>
    public static GedFormat Instance { get; } = new();

    private GedFormat()
    {
    }

    /// <inheritdoc/>
    public override string Name => "ged";

    /// <inheritdoc/>
    public override string Description => "UCDP GED CSV: one row per event (and per location of a split event)";

    /// <inheritdoc/>
    public override IReadOnlyList<string> CannotHold { get; } =
    [
        "more than one site on a row (an engagement with several sites is split into rows, figures on the first)",
        "more than two sides",
        "figures other than killed per side, civilians and unknown (wounded, arrested, missing...)",
        "more than one estimate per figure (reconciled by best estimate, as UCDP does)",
        "incidents, outcomes, quotes and relay chains of statements",
    ];

    /// <inheritdoc/>
    private protected override IReadOnlyList<string> MarkColumns { get; } = ["type_of_violence", "relid", "best", "where_prec", "side_a"];

    /// <inheritdoc/>
    private protected override string DatasetName => "GED";

    /// <inheritdoc/>
    public override IReadOnlyList<Formats.FormatLayout> Layouts { get; } = GedFileLayout.All.Select(l => l.Format).ToArray();

    /// <inheritdoc/>
    private protected override CsvLayout Layout => new GedLayout(GedFileLayout.Release);

    /// <inheritdoc/>
    private protected override CsvLayout CreateLayout(Formats.FormatLayout layout) => new GedLayout(GedFileLayout.Find(layout.Name) ?? GedFileLayout.Release);

    /// <inheritdoc/>
    private protected override RowMapper CreateMapper(bool restoreNeutralisedFormulas) => new GedRowMapper(restoreNeutralisedFormulas);
}
