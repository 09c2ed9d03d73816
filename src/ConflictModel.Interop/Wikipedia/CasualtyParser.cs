using ConflictModel.Figures;

namespace ConflictModel.Interop.Wikipedia;

/// <summary>
/// Reads the casualties or strength field of a Wikipedia "Infobox military conflict" ("30–60+ killed",
/// "141 killed &lt;br /&gt; 229 wounded", "Per Russia: ~5,000 killed&lt;ref&gt;...&lt;/ref&gt;") into
/// <see cref="ParsedEstimate"/>s, accounting for every character of the input.
/// </summary>
/// <remarks>
/// <para>It works in three steps, each small and separately documented:</para>
/// <list type="number">
/// <item>Markup is reduced to readable text with a position map (references, <c>{{efn}}</c>, comments and
/// citation tags removed; links reduced to their labels; <c>&lt;br&gt;</c>, newlines, bullets and list
/// templates become line breaks; <c>{{circa|…}}</c>, <c>{{formatnum:…}}</c>, <c>{{nowrap|…}}</c> and
/// <c>&amp;nbsp;</c> become their text). An unknown template is kept verbatim and ends up unparsed.</item>
/// <item>The readable text is cut into tokens: numbers (with thousands separators), words, symbols, line breaks.</item>
/// <item>Rules read each line: a heading ("'''Germany''':", "Per Russia:") applies to what follows; the line is
/// cut into chunks at commas, semicolons and "and" when a new number follows; each chunk is read as
/// [qualifier] number-or-range-or-word [what is counted] [measure] [(claim)].</item>
/// </list>
/// <para>
/// Numbers: "30", "1,346", "2.5 million", number words ("six", "twenty-one", "a hundred"); ranges with a
/// hyphen, an en or em dash or "to" ("30–60", "30 to 60"), open with "+" ("60+", "30–60+"); minimums
/// ("at least", "over", "more than", "minimum"), maximums ("up to", "fewer than"), approximations ("~",
/// "c.", "circa", "about", "around", "est.", "some"); words for numbers from the qualitative term table
/// ("dozens", "hundreds", "several", "a few"). "none", "nil" and "no losses" are zero; "unknown", "?",
/// "N/A" and "uncertain" are reported as <see cref="CasualtySpanKind.NoFigure"/> spans.
/// </para>
/// <para>
/// The parser never throws on any input and never drops text: the result's spans cover the input without
/// overlap, and whatever the rules did not understand is a <see cref="CasualtySpanKind.Unparsed"/> span.
/// </para>
/// </remarks>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class CasualtyParser
{
    /// <summary>
    /// Gets the qualitative term table the parser uses by default: <see cref="QualitativeTermTable.Default"/>
    /// plus "several hundred" (300–999), "several thousand" (3,000–9,999), "a few hundred" (200–500), "a
    /// few thousand" (2,000–5,000), "hundreds of thousands" (200,000–999,999) and "a handful" (2–5).
    /// </summary>
    public static QualitativeTermTable DefaultTerms => CasualtyLexicon.DefaultTerms;

    /// <summary>Parses the text of one casualties or strength field.</summary>
    /// <param name="text">The raw field value, wikitext included; <see langword="null"/> is read as empty.</param>
    /// <param name="terms">The words for numbers to recognise, with their ranges; <see cref="DefaultTerms"/> when <see langword="null"/>.</param>
    /// <returns>The estimates and the spans of the whole input; never <see langword="null"/>.</returns>
    public static CasualtyParseResult Parse(string? text, QualitativeTermTable? terms = null)
    {
        var input = text ?? string.Empty;
        return CasualtyParseSession.Run(input, terms ?? CasualtyLexicon.DefaultTerms);
    }
}
