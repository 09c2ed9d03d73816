namespace ConflictModel.Interop.Wikipedia;

/// <summary>One token of the readable text of a casualty field, with its [start, end) in that text.</summary>
/// <param name="Kind">What kind of token it is.</param>
/// <param name="Text">The token's characters.</param>
/// <param name="Start">Its first readable position.</param>
/// <param name="End">Its exclusive end.</param>
internal readonly record struct CasualtyToken(CasualtyTokenKind Kind, string Text, int Start, int End)
{
    /// <summary>Gets the lower-case text, for lexicon look-ups.</summary>
    public string Lower => Text.ToLowerInvariant();

    /// <summary>Gets a value indicating whether this is the symbol <paramref name="symbol"/>.</summary>
    /// <param name="symbol">The character.</param>
    /// <returns>Whether the token is that symbol.</returns>
    public bool IsSymbol(char symbol) => Kind == CasualtyTokenKind.Symbol && Text[0] == symbol;

    /// <summary>Gets a value indicating whether this is a word equal to <paramref name="word"/>, ignoring case.</summary>
    /// <param name="word">The word.</param>
    /// <returns>Whether it matches.</returns>
    public bool IsWord(string word) => Kind == CasualtyTokenKind.Word && string.Equals(Text, word, System.StringComparison.OrdinalIgnoreCase);
}
