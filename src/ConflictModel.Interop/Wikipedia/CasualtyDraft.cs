using System.Collections.Generic;
using ConflictModel.Figures;

namespace ConflictModel.Interop.Wikipedia;

/// <summary>
/// An estimate while <see cref="CasualtyGrammar"/> reads it: its measure, claim and part-of link may still change when a
/// later chunk or a note line says more; <see cref="CasualtyEstimateBuilder"/> turns it into a <see cref="ParsedEstimate"/>.
/// </summary>
internal sealed class CasualtyDraft
{
    /// <summary>Gets the quantity as the text gave it.</summary>
    public required Quantity Quantity { get; init; }

    /// <summary>Gets or sets the model measure, or <see langword="null"/> when the words name none.</summary>
    public Measure? Measure { get; set; }

    /// <summary>Gets or sets the measure words as written.</summary>
    public string? MeasureText { get; set; }

    /// <summary>Gets the unit of things counted, or <see langword="null"/> for people.</summary>
    public string? Unit { get; init; }

    /// <summary>Gets the people counted as the text names them ("soldiers", "civilians"), or <see langword="null"/>.</summary>
    public string? Subject { get; init; }

    /// <summary>Gets the heading the estimate stands under.</summary>
    public string? Group { get; init; }

    /// <summary>Gets or sets the normalised claimant.</summary>
    public string? Attribution { get; set; }

    /// <summary>Gets or sets the claimant as written.</summary>
    public string? AttributionText { get; set; }

    /// <summary>Gets or sets the estimate this one counts a part of ("including 4 children").</summary>
    public CasualtyDraft? PartOf { get; set; }

    /// <summary>Gets or sets a parenthetical remark that qualifies the estimate without counting ("1 later died in hospital").</summary>
    public string? Remark { get; set; }

    /// <summary>Gets the readable position of the first character.</summary>
    public required int CleanStart { get; init; }

    /// <summary>Gets or sets the readable exclusive end.</summary>
    public int CleanEnd { get; set; }

    /// <summary>Gets or sets the index among the session's drafts.</summary>
    public int Index { get; set; }

    /// <summary>Gets the readable position where the measure words start.</summary>
    public int MeasureStart { get; init; }

    /// <summary>Gets the measures named, in order, so that a list continued on the next line can be combined.</summary>
    public List<Measure> MeasureParts { get; init; } = [];

    /// <summary>Gets a value indicating whether the estimate ends its chunk with a comma after its measure ("150,000 killed,").</summary>
    public bool OpenList { get; init; }

    /// <summary>Gets a value indicating whether the words after the number say it is a part of the estimate before ("3 of them civilians").</summary>
    public bool SaysPart { get; init; }

    /// <summary>Gets a value indicating whether the draft counts people (no unit).</summary>
    public bool IsPeople => Unit is null;

    /// <summary>Gets a value indicating whether the text says what is counted: people by a noun, or things by a unit.</summary>
    public bool NamesWhatIsCounted => Unit is not null || Subject is not null;
}
