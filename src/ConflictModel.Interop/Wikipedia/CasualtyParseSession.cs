using ConflictModel.Figures;

namespace ConflictModel.Interop.Wikipedia;

/// <summary>
/// One run of <see cref="CasualtyParser"/> over one input, in four steps each in its own type: cleaning
/// (<see cref="WikitextCleaner"/>), tokens (<see cref="CasualtyTokenizer"/>), grammar (<see cref="CasualtyGrammar"/>,
/// with <see cref="CasualtyQuantityReader"/> and <see cref="CasualtyPhrases"/>) and building estimates and spans
/// (<see cref="CasualtyEstimateBuilder"/>).
/// </summary>
internal static class CasualtyParseSession
{
    /// <summary>Parses <paramref name="input"/>.</summary>
    /// <param name="input">The field's wikitext.</param>
    /// <param name="terms">The qualitative terms.</param>
    /// <returns>The estimates and the spans of the whole input.</returns>
    public static CasualtyParseResult Run(string input, QualitativeTermTable terms)
    {
        var clean = WikitextCleaner.Clean(input);
        var builder = new CasualtyEstimateBuilder(input, clean);
        new CasualtyGrammar(builder, terms).Read(CasualtyTokenizer.Tokenize(clean));
        return builder.Build();
    }
}
