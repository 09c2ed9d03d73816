using System.Globalization;
using System.Text;
using ConflictModel.Figures;

namespace ConflictModel.Interop.Wikipedia;

/// <summary>
/// One number read from a casualty or strength field ("30–60+ killed", "12 guns", "200 dead (Italian
/// claim)"): the quantity, what it counts, whose claim it is, and where in the input it was written.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Measure"/> is set when the words name something the model counts ("killed", "wounded or
/// injured" → killed or wounded, "POWs" → captured, "sunk" → destroyed, "casualties" → killed or wounded, the
/// narrow sense the model gives the word). It is <see langword="null"/> when no measure is named (a bare
/// "2,500", "12 guns", "37,000 troops": the field decides what it means) or when the words name one the
/// model lacks ("damaged", "killed or missing"); <see cref="MeasureText"/> then keeps the words.
/// </para>
/// <para><see cref="Unit"/> is set for things that are not people ("tanks", "heavy cruisers").</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ParsedEstimate
{
    /// <summary>Gets the number as the text gave it.</summary>
    public required Quantity Quantity { get; init; }

    /// <summary>Gets what is counted, or <see langword="null"/> when the text names nothing the model counts (see remarks).</summary>
    public Measure? Measure { get; init; }

    /// <summary>Gets the words that say what is counted ("killed or wounded", "slightly damaged"), or <see langword="null"/> when there are none.</summary>
    public string? MeasureText { get; init; }

    /// <summary>Gets what one unit of the count is when it is not a person ("tanks", "Infantry tanks"), or <see langword="null"/> for people.</summary>
    public string? Unit { get; init; }

    /// <summary>
    /// Gets the people counted as the text names them ("soldiers", "civilians", "children", "Italian"), or
    /// <see langword="null"/> when it names none or counts things (see <see cref="Unit"/>).
    /// </summary>
    public string? Subject { get; init; }

    /// <summary>
    /// Gets who made the claim when the text says so, one name per claimant: "Ukraine" for "per Ukraine", "(Ukrainian
    /// claim)" and "according to the Ukrainian government" alike; "Soviet Union" for "(Soviet est.)". A claimant the
    /// parser's table of countries, demonyms, historical states and alliances does not know is kept as written ("the army").
    /// <see langword="null"/> when the text names no claimant.
    /// </summary>
    public string? Attribution { get; init; }

    /// <summary>Gets the claimant as the text wrote it ("Ukrainian", "the Soviet archives" less its claim word), or <see langword="null"/>.</summary>
    public string? AttributionText { get; init; }

    /// <summary>
    /// Gets the index in <see cref="CasualtyParseResult.Estimates"/> of the estimate this one counts a part of
    /// ("at least 12 civilians, including 4 children": the 4 is part of the 12; "7 tanks (5 T-26, 2 T-38)"), or
    /// <see langword="null"/>. A part is never to be added to its whole; it takes the whole's measure when it names none.
    /// </summary>
    public int? PartOf { get; init; }

    /// <summary>
    /// Gets a parenthetical that qualifies the estimate without counting ("1 later died in hospital" in "13 killed (1
    /// later died in hospital)", "mostly civilians"), or <see langword="null"/>. Numbers in a remark are not estimates.
    /// </summary>
    public string? Remark { get; init; }

    /// <summary>Gets the heading the estimate stands under ("Germany", "Total"), or <see langword="null"/>.</summary>
    public string? Group { get; init; }

    /// <summary>Gets the offset in the input of the estimate's first character.</summary>
    public required int Start { get; init; }

    /// <summary>Gets the number of input characters the estimate was read from.</summary>
    public required int Length { get; init; }

    /// <summary>Gets the input's characters the estimate was read from, verbatim (references inside it included).</summary>
    public required string Text { get; init; }

    /// <summary>
    /// Returns a compact form used by the test corpus: "killed 30-60+", "? 12 guns", "killedorwounded ~40 @Russia",
    /// "? ~3000-4000" (an approximate range), "killed 4 ^0" (a part of estimate 0), with the measure (or "?"), the
    /// quantity, the unit, the attribution and the part-of link.
    /// </summary>
    /// <returns>A culture-independent text form.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Measure is { } m ? m.ToString().ToLowerInvariant() : "?");
        text.Append(' ').Append(Format(Quantity));
        if (Unit is not null)
        {
            text.Append(' ').Append(Unit);
        }

        if (Attribution is not null)
        {
            text.Append(" @").Append(Attribution);
        }

        if (PartOf is { } whole)
        {
            text.Append(" ^").Append(whole.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private static string Format(Quantity q) => q.Form switch
    {
        QuantityForm.Exact => N(q.Value),
        QuantityForm.AtLeast => ">=" + N(q.Value),
        QuantityForm.AtMost => "<=" + N(q.Value),
        QuantityForm.About => "~" + N(q.Value),
        QuantityForm.Range => (q.Approximate ? "~" : string.Empty) + N(q.Low) + "-" + N(q.High) + (q.OpenEnded ? "+" : string.Empty),
        _ => "'" + q.Term + "'",
    };

    private static string N(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";
}
