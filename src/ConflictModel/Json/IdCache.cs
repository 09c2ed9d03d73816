using System;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace ConflictModel.Json;

/// <summary>
/// The strings of the ids read from one document, so that an id referenced many times (an actor in many
/// sides, a statement in many estimates) is one string instead of one per reference.
/// </summary>
/// <remarks>
/// A direct-mapped table, like a processor cache: an id's UTF-8 bytes pick one slot; the string there is
/// reused when its text is the same (compared as ASCII, so only plain-ASCII ids of at most
/// <see cref="MaxLength"/> bytes are shared), and replaced otherwise. No chaining and no resizing: the
/// table's size is fixed by the input's, and a collision merely costs a string. Ids are compared, never
/// trusted by hash, so sharing cannot change what is read.
/// </remarks>
internal sealed class IdCache
{
    /// <summary>The longest id, in bytes, that is shared.</summary>
    internal const int MaxLength = 32;

    private readonly string?[] _slots;
    private readonly int _mask;

    /// <summary>Initializes an empty table sized for an input of <paramref name="inputLength"/> bytes.</summary>
    /// <param name="inputLength">The length of the document, in bytes.</param>
    internal IdCache(int inputLength)
    {
        var slots = (int)Math.Clamp(BitOperations.RoundUpToPowerOf2((uint)Math.Max(inputLength / 256, 1)), 16, 8192);
        _slots = new string?[slots];
        _mask = slots - 1;
    }

    /// <summary>Reads the text of an id, as <see cref="BoundedStringConverter.ReadId"/> does, sharing repeated ones.</summary>
    /// <param name="reader">The reader, on the token.</param>
    /// <returns>The id's text.</returns>
    internal string Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.ValueSpan.Length > MaxLength)
        {
            return BoundedStringConverter.ReadId(ref reader);
        }

        var bytes = reader.ValueSpan;
        var hash = default(HashCode);
        hash.AddBytes(bytes);
        var slot = hash.ToHashCode() & _mask;
        if (_slots[slot] is { } cached && Ascii.Equals(bytes, cached))
        {
            return cached;
        }

        var text = BoundedStringConverter.ReadId(ref reader);
        _slots[slot] = text;
        return text;
    }
}
