namespace ConflictModel.Interop.Formats;

/// <summary>What a format made of the first bytes of an input: whether they fit, and the evidence, for messages.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record FormatRecognition
{
    /// <summary>Gets the format's name.</summary>
    public required string Format { get; init; }

    /// <summary>Gets how well the input fits.</summary>
    public required FormatFit Fit { get; init; }

    /// <summary>Gets what was seen, in words: "a header with type_of_violence, relid and best" or "it starts with '['".</summary>
    public required string Evidence { get; init; }
}
