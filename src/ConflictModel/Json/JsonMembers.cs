using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace ConflictModel.Json;

/// <summary>
/// The JSON members of one object type as <see cref="DocumentReader"/> reads them: their names in
/// declaration order, which are required, and the strict rules on names (no unknown member, no duplicate,
/// no missing required member) with the format's messages.
/// </summary>
/// <remarks>
/// A member is identified by its index in <see cref="Names"/>; an object's members seen so far are a bit
/// mask of those indices. The members of an object usually come in declaration order (the writer's order),
/// so the member after the last one seen is tried first. The names and the required set are checked
/// against the source-generated metadata by a test, so that the reader cannot fall behind the model.
/// </remarks>
internal sealed class JsonMembers
{
    private readonly byte[][] _utf8;
    private readonly int _required;

    /// <summary>Initializes the table.</summary>
    /// <param name="owner">How messages name the object: its type name, such as "Engagement".</param>
    /// <param name="names">The JSON names of the members, in declaration order (at most 31).</param>
    /// <param name="required">The names of the members that must be present.</param>
    internal JsonMembers(string owner, string[] names, string[] required)
    {
        if (names.Length > 31)
        {
            throw new ArgumentException("At most 31 members fit the mask.", nameof(names));
        }

        Owner = owner;
        Names = [.. names];
        Allowed = string.Join(", ", names);
        _utf8 = Array.ConvertAll(names, Encoding.UTF8.GetBytes);
        foreach (var name in required)
        {
            var index = Array.IndexOf(names, name);
            _required |= index >= 0 ? 1 << index : throw new ArgumentException("Not a member: " + name, nameof(required));
        }
    }

    /// <summary>Gets how messages name the object.</summary>
    internal string Owner { get; }

    /// <summary>Gets the JSON names, in declaration order.</summary>
    internal ImmutableArray<string> Names { get; }

    /// <summary>Gets the names of the required members, in declaration order.</summary>
    internal IEnumerable<string> Required
    {
        get
        {
            for (var i = 0; i < Names.Length; i++)
            {
                if ((_required & (1 << i)) != 0)
                {
                    yield return Names[i];
                }
            }
        }
    }

    /// <summary>Gets the names, comma-separated, for messages.</summary>
    internal string Allowed { get; }

    /// <summary>
    /// Moves to the next member of the object: reads its name, refuses an unknown or repeated one, records
    /// it in <paramref name="seen"/> and moves the reader to its value.
    /// </summary>
    /// <param name="reader">The reader, on the object's start or on the last token of the previous member's value.</param>
    /// <param name="seen">The members seen so far, as a bit mask.</param>
    /// <returns>The member's index, or -1 at the end of the object once every required member was seen.</returns>
    /// <exception cref="JsonException">The member is unknown, repeated, or a required member is missing (located, see <see cref="JsonErrors"/>).</exception>
    internal int Next(ref Utf8JsonReader reader, ref int seen)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            // The reader has checked the syntax: this is the end of the object.
            if ((seen & _required) != _required)
            {
                throw JsonErrors.AtToken(in reader, JsonMessages.MissingMembers(Owner, Missing(seen)));
            }

            return -1;
        }

        var index = Find(ref reader, seen == 0 ? 0 : BitOperations.Log2((uint)seen) + 1);
        if (index < 0)
        {
            throw JsonErrors.AtToken(in reader, JsonMessages.UnknownMember(reader.GetString()!, Owner, Allowed));
        }

        if ((seen & (1 << index)) != 0)
        {
            throw JsonErrors.AtToken(in reader, JsonMessages.DuplicateMember(Names[index]));
        }

        seen |= 1 << index;
        reader.Read();
        return index;
    }

    /// <summary>Creates the exception for a <see langword="null"/> where member <paramref name="index"/> needs a value.</summary>
    /// <param name="reader">The reader, on the null.</param>
    /// <param name="index">The member.</param>
    /// <returns>The exception to throw.</returns>
    internal JsonException NullNotAllowed(ref readonly Utf8JsonReader reader, int index) =>
        JsonErrors.AtToken(in reader, JsonMessages.NullNotAllowed(Names[index], Owner));

    private int Find(ref Utf8JsonReader reader, int hint)
    {
        if (reader.ValueIsEscaped)
        {
            for (var i = 0; i < _utf8.Length; i++)
            {
                if (reader.ValueTextEquals(_utf8[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        // Members come in declaration order with the absent ones left out: search on from the hint, then
        // wrap around.
        var name = reader.ValueSpan;
        for (var i = hint; i < _utf8.Length; i++)
        {
            if (name.SequenceEqual(_utf8[i]))
            {
                return i;
            }
        }

        for (var i = 0; i < hint && i < _utf8.Length; i++)
        {
            if (name.SequenceEqual(_utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private string Missing(int seen)
    {
        var missing = new List<string>();
        foreach (var name in Required)
        {
            if ((seen & (1 << Names.IndexOf(name))) == 0)
            {
                missing.Add(name);
            }
        }

        return string.Join(", ", missing);
    }
}
