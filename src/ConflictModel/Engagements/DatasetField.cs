namespace ConflictModel.Engagements;

/// <summary>
/// A field of an external dataset kept verbatim because the model has no member for it, such as UCDP
/// GED's <c>code_status</c> = <c>Clear</c>. Importers fill these and exporters read them back, so a
/// round trip through the model loses nothing.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DatasetField
{
    /// <summary>Gets the dataset the field comes from, in lower case: <c>ucdp-ged</c>, <c>acled</c>.</summary>
    public required string Dataset { get; init; }

    /// <summary>Gets the field's name as the dataset spells it (<c>code_status</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the field's value exactly as it appeared, possibly empty.</summary>
    public required string Value { get; init; }

    /// <summary>Creates a dataset field.</summary>
    /// <param name="dataset">The dataset, in lower case.</param>
    /// <param name="name">The field name as the dataset spells it.</param>
    /// <param name="value">The value as it appeared.</param>
    /// <returns>A new field.</returns>
    public static DatasetField Of(string dataset, string name, string value) => new() { Dataset = dataset, Name = name, Value = value };
}
