using ConflictModel.Collections;

namespace ConflictModel.Interop.Wikipedia;

/// <summary>
/// One numbered column of an infobox (<c>combatant1</c>, <c>commander1</c>, <c>units1</c>,
/// <c>strength1</c>, <c>casualties1</c>), read into names and parsed figures.
/// </summary>
/// <remarks>
/// A column may have casualties and no combatants: <c>casualties3</c> is commonly used for civilians or
/// third parties ("1 person lynched") without a <c>combatant3</c>.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record InfoboxSide
{
    /// <summary>Gets the column number, 1 to 3 (the digit in <c>combatant1</c>).</summary>
    public required int Number { get; init; }

    /// <summary>Gets the combatants' names, flags and link targets stripped ("Malian Armed Forces").</summary>
    public EquatableArray<string> Combatants { get; init; }

    /// <summary>Gets the commanders' names, flags and links stripped.</summary>
    public EquatableArray<string> Commanders { get; init; }

    /// <summary>Gets the units' names, links stripped.</summary>
    public EquatableArray<string> Units { get; init; }

    /// <summary>Gets the parsed <c>strengthN</c> field, or <see langword="null"/> when it is absent or empty.</summary>
    public CasualtyParseResult? Strength { get; init; }

    /// <summary>Gets the parsed <c>casualtiesN</c> field, or <see langword="null"/> when it is absent or empty.</summary>
    public CasualtyParseResult? Casualties { get; init; }
}
