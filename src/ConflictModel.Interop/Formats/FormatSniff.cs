using System.Collections.Generic;
using System.Linq;

namespace ConflictModel.Interop.Formats;

/// <summary>What <see cref="FormatRegistry.SniffAsync"/> made of an input.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record FormatSniff
{
    /// <summary>Gets the format the input is in, or <see langword="null"/> when the first bytes cannot tell.</summary>
    public DatasetFormat? Format { get; init; }

    /// <summary>Gets every readable format's verdict, in registration order.</summary>
    public required IReadOnlyList<FormatRecognition> Verdicts { get; init; }

    /// <summary>Gets the input's first characters as a quoted snippet, for messages.</summary>
    public required string Head { get; init; }

    /// <summary>Gets the names of the formats the input could be in (certain or possible).</summary>
    public IReadOnlyList<string> Candidates => Verdicts.Where(v => v.Fit != FormatFit.No).Select(v => v.Format).ToArray();

    /// <summary>
    /// Returns why the format could not be told, in words: what was seen and which formats could fit, such as
    /// "it starts with '[{\"id\"…' (a JSON array, not a dataset document); formats that could fit: none".
    /// </summary>
    /// <returns>The explanation.</returns>
    public string Explain()
    {
        var candidates = Candidates;
        var seen = string.Join("; ", Verdicts.Select(v => v.Format + ": " + v.Evidence).Distinct());
        return $"it starts with {Head} ({seen}); " + (candidates.Count == 0 ? "no format fits" : "formats that could fit: " + string.Join(", ", candidates));
    }
}
