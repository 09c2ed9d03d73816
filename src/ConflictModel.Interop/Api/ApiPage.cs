using System;
using System.Collections.Generic;

namespace ConflictModel.Interop.Api;

/// <summary>One page of an API input as read: its envelope's scalar members, where it starts, and how many records it held.</summary>
internal sealed class ApiPage
{
    /// <summary>Gets the envelope's scalar members by name (ignoring case): numbers as written, strings unescaped, booleans as true/false, null as null.</summary>
    public Dictionary<string, string?> Members { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the texts found inside the envelope's nested members (an error object's message), the first few.</summary>
    public List<string> NestedTexts { get; } = [];

    /// <summary>Gets or sets a value indicating whether the page is a bare array of records (no envelope).</summary>
    public bool Bare { get; set; }

    /// <summary>Gets or sets a value indicating whether the envelope had the records member as an array.</summary>
    public bool HasRecords { get; set; }

    /// <summary>Gets or sets the number of records (array elements) the page held.</summary>
    public long Records { get; set; }

    /// <summary>Gets or sets the file the page is in.</summary>
    public string File { get; set; } = string.Empty;

    /// <summary>Gets or sets the line the page starts on.</summary>
    public long Line { get; set; }

    /// <summary>Returns a member's value, or <see langword="null"/> when the page has none of that name.</summary>
    public string? Member(string name) => Members.GetValueOrDefault(name);
}
