namespace ConflictModel.Interop.Wikipedia;

/// <summary>One <c>| name = value</c> parameter of an infobox, as written.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record InfoboxParameter
{
    /// <summary>Gets the parameter's name, trimmed and in lower case ("casualties1").</summary>
    public required string Name { get; init; }

    /// <summary>Gets the value's wikitext, trimmed, references and templates included.</summary>
    public required string Value { get; init; }

    /// <summary>Creates a parameter.</summary>
    /// <param name="name">The name; trimmed and lower-cased.</param>
    /// <param name="value">The wikitext value; trimmed.</param>
    /// <returns>A new parameter.</returns>
    public static InfoboxParameter Of(string name, string value) =>
        new() { Name = (name ?? string.Empty).Trim().ToLowerInvariant(), Value = (value ?? string.Empty).Trim() };
}
