using System;

namespace ConflictModel.Interop.Csv;

/// <summary>
/// One import's pool of the short values of one column that repeat from row to row (place, country and
/// conflict names, ids, flags), so that a batch holds one string per distinct value rather than one per row.
/// Bounded: once 2,048 values are pooled, new ones are returned without being pooled.
/// </summary>
internal sealed class StringPool
{
    private const int MaxLength = 64;
    private readonly string?[] _slots = new string?[1 << 12];
    private int _count;

    /// <summary>Returns the pooled string equal to <paramref name="value"/>, making and pooling one if there is none.</summary>
    public string Get(ReadOnlySpan<char> value) => value.Length == 0 ? string.Empty : Get(value, null);

    /// <summary>Returns the pooled string equal to <paramref name="value"/>, pooling <paramref name="value"/> itself if there is none.</summary>
    public string Get(string value) => value.Length == 0 ? string.Empty : Get(value.AsSpan(), value);

    private string Get(ReadOnlySpan<char> value, string? text)
    {
        if (value.Length > MaxLength)
        {
            return text ?? value.ToString();
        }

        var mask = _slots.Length - 1;
        var i = string.GetHashCode(value) & mask;
        while (_slots[i] is { } pooled)
        {
            if (value.SequenceEqual(pooled))
            {
                return pooled;
            }

            i = (i + 1) & mask;
        }

        text ??= value.ToString();
        if (_count < _slots.Length / 2)
        {
            _slots[i] = text;
            _count++;
        }

        return text;
    }
}
