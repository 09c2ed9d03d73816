namespace ConflictModel.Interop.Wikipedia;

/// <summary>What kind of token a <see cref="CasualtyToken"/> is.</summary>
internal enum CasualtyTokenKind
{
    /// <summary>Digits, with thousands separators and an optional decimal part: "1,346", "2.5".</summary>
    Number,

    /// <summary>Letters, possibly with digits, hyphens and apostrophes inside: "killed", "T-26", "29th".</summary>
    Word,

    /// <summary>One punctuation or symbol character: "–", "+", "(", "?".</summary>
    Symbol,

    /// <summary>A line break: a newline, a <c>&lt;br&gt;</c> or a list item boundary.</summary>
    Break,
}
