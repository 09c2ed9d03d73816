using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using ConflictModel.Json;

namespace ConflictModel.Cli.Tests;

/// <summary>Test files made from the Timbuktu document, good and bad.</summary>
internal static class Documents
{
    /// <summary>Gets the text of docs/examples/timbuktu-2025.json.</summary>
    public static string Timbuktu { get; } = File.ReadAllText(Repository.TimbuktuExample);

    /// <summary>Gets the Timbuktu document on one line, as in a JSON Lines file.</summary>
    public static string TimbuktuLine { get; } = JsonNode.Parse(Timbuktu)!.ToJsonString();

    /// <summary>The Timbuktu document with the first site's latitude off the globe (116.7666): one validation error, CM3001.</summary>
    public static string WithBadLatitude => Replace(Timbuktu, "\"latitude\": 16.7666", "\"latitude\": 116.7666");

    /// <summary>The Timbuktu document with a source kind that is no SourceKind: the reader refuses it.</summary>
    public static string WithUnknownEnum => Replace(Timbuktu, "\"kind\": \"newsAgency\"", "\"kind\": \"newsWire\"");

    /// <summary>The Timbuktu document with an empty title: one validation warning, CM1003, and no error.</summary>
    public static string WithBlankTitle => Replace(Timbuktu, "\"title\": \"2025 Timbuktu attack\"", "\"title\": \" \"");

    /// <summary>Gets the one-based line of the first line of <paramref name="text"/> that contains <paramref name="fragment"/>.</summary>
    public static int LineOf(string text, string fragment) =>
        text.Split('\n').Select((line, index) => (line, index)).First(l => l.line.Contains(fragment, StringComparison.Ordinal)).index + 1;

    /// <summary>Puts a document on one line.</summary>
    public static string OneLine(string json) => JsonNode.Parse(json)!.ToJsonString();

    private static string Replace(string text, string old, string replacement)
    {
        text.Should().Contain(old, "the test document must contain what it replaces");
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + old.Length)..];
    }

    /// <summary>Checks that the Timbuktu example reads, so that the bad files differ from it only as intended.</summary>
    public static void CheckBaseline() => DatasetJson.Read(Timbuktu);
}
