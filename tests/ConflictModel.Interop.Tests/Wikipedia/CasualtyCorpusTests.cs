using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConflictModel.Interop.Wikipedia;
using Xunit.Abstractions;

namespace ConflictModel.Interop.Tests.Wikipedia;

/// <summary>The parser against more than 1,000 casualty and strength strings: the real fields of 50 infoboxes and hand-written cases of each phrasing (see TestData/README.md).</summary>
public class CasualtyCorpusTests(ITestOutputHelper output)
{
    /// <summary>
    /// The share of the entries a careful reader can read completely that the parser reads completely (no unparsed text) and
    /// exactly as expected. Measured against all entries the ceiling would be the share of readable ones (972 of 1,051, 92.5 %): the others
    /// hold text that is not a figure ("Infantry battalion and supporting arms"), which must stay unparsed.
    /// </summary>
    private const double CompleteThreshold = 0.95;

    /// <summary>The share of entries read as expected (estimates, and whether text is left over): the issue's target.</summary>
    private const double CorrectThreshold = 0.99;

    [Fact]
    public void Corpus_ShareParsedCompletely_IsAtLeastTheThreshold()
    {
        var entries = Load();
        entries.Count.Should().BeGreaterThanOrEqualTo(1000);
        entries.Count(e => e.Origin.Contains(" / ", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(183, "every field of the 50 sample infoboxes is in it");

        var exact = 0;
        var complete = 0;
        var failures = new List<string>();
        foreach (var entry in entries)
        {
            var result = CasualtyParser.Parse(entry.Text);
            var actual = result.Estimates.Select(e => e.ToString()).ToList();
            var same = actual.SequenceEqual(entry.Expected) && result.IsComplete == entry.Complete;
            if (same)
            {
                exact++;
                if (result.IsComplete)
                {
                    complete++;
                }
            }
            else
            {
                failures.Add($"{entry.Origin}: {Short(entry.Text)}\n    expected [{string.Join("; ", entry.Expected)}]{(entry.Complete ? string.Empty : " + rest")}\n    actual   [{string.Join("; ", actual)}]{(result.IsComplete ? string.Empty : " + rest: " + string.Join(" | ", result.Unparsed.Select(u => Short(u.Text))))}");
            }
        }

        var shareCorrect = (double)exact / entries.Count;
        var expectedComplete = entries.Count(e => e.Complete);
        var shareComplete = (double)complete / expectedComplete;
        var shareOfAll = (double)complete / entries.Count;
        output.WriteLine($"{entries.Count} entries; read as expected: {exact} ({shareCorrect:P1}); parsed completely and as expected: {complete} of the {expectedComplete} that can be read completely ({shareComplete:P1}), {shareOfAll:P1} of all entries.");
        foreach (var family in entries.GroupBy(Family).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var read = family.Count(e => failures.TrueForAll(f => !f.StartsWith(e.Origin + ": " + Short(e.Text) + "\n", StringComparison.Ordinal)));
            output.WriteLine($"  {family.Key}: {read} of {family.Count()} read as expected");
        }

        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }

        shareComplete.Should().BeGreaterThanOrEqualTo(CompleteThreshold);
        shareCorrect.Should().BeGreaterThanOrEqualTo(CorrectThreshold);
    }

    [Fact]
    public void Corpus_EveryEntry_HasSpansCoveringItsText()
    {
        foreach (var entry in Load())
        {
            var result = CasualtyParser.Parse(entry.Text);
            SpanAssertions.CoverInputWithoutOverlap(result);
        }
    }

    /// <summary>The kind of entry: the phrasing of a hand-written case, "real infobox field", or "modelled on Wikipedia usage".</summary>
    private static string Family(Entry entry) =>
        entry.Origin.StartsWith("hand-written: ", StringComparison.Ordinal) ? entry.Origin
        : entry.Origin.Contains(" / ", StringComparison.Ordinal) ? "real infobox field" : entry.Origin;

    private static string Short(string text) => text.Length <= 120 ? text.Replace("\n", "\\n", StringComparison.Ordinal) : text[..117].Replace("\n", "\\n", StringComparison.Ordinal) + "...";

    private static List<Entry> Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(TestData.Path("casualty-corpus.json")));
        return json.RootElement.GetProperty("entries").EnumerateArray().Select(e => new Entry(
            e.GetProperty("origin").GetString()!,
            e.GetProperty("text").GetString()!,
            e.GetProperty("expected").EnumerateArray().Select(x => x.GetString()!).ToList(),
            e.GetProperty("complete").GetBoolean())).ToList();
    }

    private sealed record Entry(string Origin, string Text, List<string> Expected, bool Complete);
}
