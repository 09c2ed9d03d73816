using System;
using System.Collections.Generic;
using System.Linq;
using static ConflictModel.Validation.ValidationSeverity;

namespace ConflictModel.Validation;

/// <summary>
/// The core's part of the problem catalogue: every validation rule (<c>CM…</c>, from <see cref="ValidationRules"/>),
/// every failure of the JSON and JSON Lines readers and writer (<c>json.…</c>), and what merging documents
/// reports (<c>merge.…</c>). The interop package's catalogue adds the codes of its formats.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public static class ProblemCodes
{
    private static readonly ProblemCode[] Own =
    [
        C("json.syntax", Error, "The input is not well-formed JSON (a missing comma or quote, a stray character, text cut short).", "Fix the JSON at the line and column given; a JSON linter shows the same place."),
        C("json.invalid-document", Error, "The JSON is well-formed but is not a dataset document: a value of the wrong type or out of range, an unknown, duplicate or missing member, excessive depth, or an unsupported formatVersion.", "Change the value at the path given to what the message expects; the codebook lists every member."),
        C("json.line-too-long", Error, "A line of a JSON Lines file is longer than the reader's limit (JsonLinesReadOptions.MaxLineBytes) and was not read.", "Split the document into smaller ones (one engagement per line), or raise the limit."),
        C("json.encoding", Error, "The text holds an unpaired UTF-16 surrogate, which is not text and cannot be written as JSON.", "Remove or replace the broken character in the string it came from."),
        C("json.unwritable", Error, "A document holds a value that JSON cannot carry, so it could not be written.", "Validate the document first; the message names the value."),
        C("merge.duplicate", Info, "Two inputs (lines, batches or files) declared an item with the same id and equal content; it is kept once.", "Nothing to do: this is how self-contained JSON Lines lines repeat the sources and actors they share."),
        C("merge.conflict", Error, "Two inputs declared an item with the same id but different content; neither is chosen silently.", "Give one of them another id, or make the two declarations equal; the message names both places."),
    ];

    private static readonly Dictionary<string, ProblemCode> ByCode = AllCodes().ToDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>Gets the core's codes: the validation rules first, ordered by code, then the others, ordered by code.</summary>
    public static IReadOnlyList<ProblemCode> All { get; } = AllCodes().AsReadOnly();

    /// <summary>Finds one of the core's codes.</summary>
    /// <param name="code">A code such as <c>CM2002</c> or <c>json.syntax</c>, matched exactly.</param>
    /// <returns>The entry, or <see langword="null"/> when the core has no such code.</returns>
    public static ProblemCode? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var entry) ? entry : null;

    private static ProblemCode[] AllCodes() =>
        [
            .. ValidationRules.All.Select(r => new ProblemCode { Code = r.Code, Severity = r.Severity, Meaning = r.Checks, Fix = r.Fix }),
            .. Own.OrderBy(c => c.Code, StringComparer.Ordinal),
        ];

    private static ProblemCode C(string code, ValidationSeverity severity, string meaning, string fix) =>
        new() { Code = code, Severity = severity, Meaning = meaning, Fix = fix };
}
