using System;

namespace ConflictModel.Json;

/// <summary>How <see cref="DatasetJson.ReadLinesAsync"/> reads a JSON Lines stream.</summary>
/// <threadsafety>Immutable once constructed; the callback is called on the reading thread.</threadsafety>
public sealed record JsonLinesReadOptions
{
    /// <summary>Gets the defaults: stop at the first bad line; lines of up to 64 MiB.</summary>
    public static JsonLinesReadOptions Default { get; } = new();

    /// <summary>Gets what happens to a line that is not a readable document. The default is <see cref="JsonLinesErrorHandling.Stop"/>.</summary>
    public JsonLinesErrorHandling ErrorHandling { get; init; } = JsonLinesErrorHandling.Stop;

    /// <summary>
    /// Gets the callback that receives each skipped line's exception (its <see cref="DatasetJsonException.JsonLine"/>
    /// says which line) when <see cref="ErrorHandling"/> is <see cref="JsonLinesErrorHandling.SkipAndReport"/>;
    /// required in that mode so that no line is dropped silently.
    /// </summary>
    public Action<DatasetJsonException>? OnInvalidLine { get; init; }

    /// <summary>
    /// Gets the longest line, in bytes, that is read; a longer line is reported as invalid without being
    /// held in memory. This bounds the reader's memory. The default is 67,108,864 (64 MiB).
    /// </summary>
    public int MaxLineBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>Checks that the options can be used.</summary>
    /// <exception cref="ArgumentException">Skip-and-report has no callback, or the line limit is not positive.</exception>
    internal void Check()
    {
        if (ErrorHandling == JsonLinesErrorHandling.SkipAndReport && OnInvalidLine is null)
        {
            throw new ArgumentException("SkipAndReport needs an OnInvalidLine callback, so that skipped lines are reported.", nameof(OnInvalidLine));
        }

        if (ErrorHandling is not (JsonLinesErrorHandling.Stop or JsonLinesErrorHandling.SkipAndReport))
        {
            throw new ArgumentException("ErrorHandling must be Stop or SkipAndReport.", nameof(ErrorHandling));
        }

        if (MaxLineBytes <= 0)
        {
            throw new ArgumentException("MaxLineBytes must be positive.", nameof(MaxLineBytes));
        }
    }
}
