using System.Collections.Generic;
using ConflictModel.Interop.Csv;

namespace ConflictModel.Interop.Acled;

/// <summary>
/// ACLED CSV as a format of the registry (<c>acled</c>): direct exports and the HDX distribution, read with
/// <see cref="AcledImporter"/>'s mapping and written with <see cref="AcledExporter"/>'s, one engagement per event.
/// </summary>
/// <threadsafety>Stateless; safe to share between threads.</threadsafety>
public sealed class AcledFormat : CsvFormat
{
    /// <summary>Gets the instance registered in <see cref="Formats.FormatRegistry.Default"/>.</summary>
    public static AcledFormat Instance { get; } = new();

    private AcledFormat()
    {
    }

    /// <inheritdoc/>
    public override string Name => "acled";

    /// <inheritdoc/>
    public override string Description => "ACLED CSV (export or HDX): one row per event";

    /// <inheritdoc/>
    public override IReadOnlyList<string> CannotHold { get; } =
    [
        "more than one site on a row (an engagement with several sites is split into rows, fatalities on the first)",
        "more than two sides",
        "figures other than the total killed (wounded, arrested, per-side counts...)",
        "more than one estimate per figure (reconciled conservatively, as ACLED does)",
        "incidents, outcomes, quotes and relay chains of statements",
    ];

    /// <inheritdoc/>
    private protected override IReadOnlyList<string> MarkColumns { get; } = ["event_id_cnty", "event_date", "sub_event_type", "fatalities", "actor1"];

    /// <inheritdoc/>
    private protected override string DatasetName => "ACLED";

    /// <inheritdoc/>
    private protected override CsvLayout Layout => AcledLayout.Instance;

    /// <inheritdoc/>
    private protected override RowMapper CreateMapper(bool restoreNeutralisedFormulas) => new AcledRowMapper(restoreNeutralisedFormulas);
}
