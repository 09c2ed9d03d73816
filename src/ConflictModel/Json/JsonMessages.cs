using System;
using System.Globalization;

namespace ConflictModel.Json;

/// <summary>Every message the JSON reader and writer give, in one place.</summary>
internal static class JsonMessages
{
    internal static string NullElement(int index) => $"The array's element at index {N(index)} is null, which the format does not allow: remove it.";

    internal const string NullDocument = "The input is the JSON literal null, not a dataset document: expected an object such as {\"formatVersion\": \"" + DatasetDocument.CurrentFormatVersion + "\", ...}.";

    internal const string InvalidUtf8 = "A string holds bytes that are not UTF-8: the input must be UTF-8 text (re-save or convert the file as UTF-8).";

    internal const string ByteOrderMark = "The input starts with a byte-order mark (U+FEFF), which JSON text must not have: save the file as UTF-8 without a BOM.";

    internal static string Expected(string expected, string found) => $"Expected {expected} but found {found}.";

    /// <summary>Describes an object of the record type <paramref name="typeName"/> with its article: "an Actor (an object)", "a Site (an object)".</summary>
    internal static string AnObject(string typeName) =>
        (typeName.Length > 0 && "AEIOU".Contains(typeName[0], StringComparison.Ordinal) ? "an " : "a ") + typeName + " (an object)";

    internal static string NotAnEnumName(string type, string found, string allowed) =>
        $"Expected one of the {type} names ({allowed}; exact case) but found {found}.";

    internal static string UndefinedEnumValue(string type, string value, string allowed) =>
        $"The {type} value {value} is not a defined member and cannot be written. Allowed values: {allowed}.";

    internal static string UnknownMember(string name, string owner, string allowed) =>
        $"The member '{name}' is not part of {owner}; allowed members: {allowed}. Check its spelling (names are camelCase) or remove it.";

    internal static string NullNotAllowed(string name, string owner) =>
        $"The member '{name}' of {owner} cannot be null: give it a value.";

    internal static string DuplicateMember(string name) => $"The member '{name}' appears twice in the same object: keep one.";

    internal static string MissingMembers(string owner, string names) => $"Required members of {owner} are missing: {names}.";

    internal static string StringTooLong(long length, bool bytes) => bytes
        ? $"A string of {N(length)} bytes as written exceeds the limit of {N(DatasetJson.MaxStringLength)} characters."
        : $"A string of {N(length)} characters exceeds the limit of {N(DatasetJson.MaxStringLength)} characters.";

    internal static string StringTooLongToWrite(long length) =>
        $"A string of {N(length)} characters exceeds the format's limit of {N(DatasetJson.MaxStringLength)} characters and cannot be written.";

    internal static string DefaultId(string type) =>
        $"A default {type} (one with no Value) cannot be written: give every id a value.";

    internal static string NullElementToWrite(string type, int index) => $"An array of {type} holds a null element at index {N(index)}, which cannot be written.";

    internal static string NonFiniteCoordinates(string value) => $"Coordinates ({value}) are not finite numbers and cannot be written.";

    internal static string BadPartialDate(string member, string text, string precision, string example, string? form) => form is null
        ? $"The {member} '{text}' is not a date at {precision} precision: expected the form '{example}', with a month, day and time that exist."
        : $"The {member} '{text}' has the form of {form} precision but precision is '{precision}': write it as '{example}' or change the precision.";

    internal static string YearOutOfRange(int year) => $"The year {N(year)} is outside 0000–9999 and cannot be written as a date of the format.";

    internal static string MalformedFormatVersion(string text) =>
        $"The formatVersion '{text}' is not of the form MAJOR.MINOR (such as \"{DatasetDocument.CurrentFormatVersion}\").";

    internal static string UnsupportedMajorVersion(string text, string current) =>
        $"The document has formatVersion '{text}', a major version this library cannot read (it reads {current.Split('.')[0]}.x and writes {current}): use a version of ConflictModel that supports it, or convert the document.";

    internal static string NewerMinorVersion(string text, string current) =>
        $" The document declares formatVersion '{text}', newer than this library's {current}: it may use members this version does not know; upgrade ConflictModel.";

    internal static string Located(string reason, string path, long line, long bytePosition) =>
        $"{reason} Path: {path} | LineNumber: {N(line)} | BytePositionInLine: {N(bytePosition)}.";

    internal static string JsonLine(long line) => $"JSON Lines line {N(line)}: ";

    internal static string LineTooLong(long limit) =>
        $"The line is longer than the limit of {N(limit)} bytes (JsonLinesReadOptions.MaxLineBytes) and was not read.";

    internal static string UnpairedSurrogate(int index) =>
        $"The input string holds an unpaired UTF-16 surrogate at character {N(index)}, which is not text and cannot be read as JSON.";

    internal static string NotTheEnd(string found) => $"The document ends but the input goes on with {found}: a file holds one document (use JSON Lines for several).";

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
