using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ConflictModel.Packaging.Tests;

/// <summary>
/// The fenced blocks of the README and docs/getting-started.md that the packaging tests run as they are written.
/// A block the tests run is named by the comment <c>&lt;!-- snippet: NAME --&gt;</c> on the line above its fence.
/// </summary>
internal static partial class Documentation
{
    /// <summary>The block named <paramref name="name"/> in <paramref name="markdownPath"/>; fails when there is not exactly one.</summary>
    public static string Snippet(string markdownPath, string name)
    {
        var matches = NamedBlock().Matches(Read(markdownPath)).Where(m => m.Groups["name"].Value == name).ToArray();
        return matches.Length == 1
            ? matches[0].Groups["code"].Value
            : throw new InvalidDataException($"{markdownPath} has {matches.Length} blocks named '{name}' (<!-- snippet: {name} --> above a fence); expected one.");
    }

    /// <summary>Every block of <paramref name="language"/> in <paramref name="markdownPath"/>, in order.</summary>
    public static string[] Blocks(string markdownPath, string language) =>
        [.. FencedBlock().Matches(Read(markdownPath)).Where(m => m.Groups["lang"].Value == language).Select(m => m.Groups["code"].Value)];

    private static string Read(string path) => File.ReadAllText(path).ReplaceLineEndings("\n");

    [GeneratedRegex(@"^<!-- snippet: (?<name>[\w-]+) -->\n```\w*\n(?<code>.*?\n)```$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex NamedBlock();

    [GeneratedRegex(@"^```(?<lang>\w+)\n(?<code>.*?\n)```$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FencedBlock();
}
