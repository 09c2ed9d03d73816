namespace ConflictModel.Interop.Wikipedia;

/// <summary>What a stretch of a casualty field's text was taken to be by <see cref="CasualtyParser"/>.</summary>
public enum CasualtySpanKind
{
    /// <summary>One estimate: a number (or a word for a number) with what it counts; see <see cref="ParsedEstimate"/>.</summary>
    Estimate = 1,

    /// <summary>
    /// A heading or note understood and applied to estimates rather than read as one: "'''Germany''':",
    /// "Per Russia:", a line "(British claim)".
    /// </summary>
    Label = 2,

    /// <summary>An explicit statement that there is no number: "unknown", "?", "N/A", "uncertain".</summary>
    NoFigure = 3,

    /// <summary>A reference, footnote, citation-needed tag or HTML comment, removed before reading.</summary>
    Reference = 4,

    /// <summary>Markup that shows no text of its own: link brackets, bold quotes, flag icons, HTML tags, list bullets.</summary>
    Markup = 5,

    /// <summary>White space and punctuation between estimates: line breaks, commas, "and".</summary>
    Separator = 6,

    /// <summary>Text the parser did not understand; kept so that nothing is dropped silently.</summary>
    Unparsed = 7,
}
