using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConflictModel.Interop.Wikipedia;
using Xunit.Abstractions;

namespace ConflictModel.Interop.Tests.Wikipedia;

/// <summary>The parser against 335 casualty and strength strings, most of them real (see TestData/README.md).</summary>
public class CasualtyCorpusTests(ITestOutputHelper output)
{
    /// <summary>The share of entries parsed completely (no unparsed text) and exactly as expected, rounded down: today's score.</summary>
    private const double CompleteThreshold = 0.86;

    /// <summary>The share of entries read as expected (estimates, and whether text is left over), rounded down: today's score.</summary>
    private const double CorrectThreshold = 0.98;

    [Fact]
    public void Corpus_ShareParsedCompletely_IsAtLeastTheThreshold()
    {
        var entries = Load();
        entries.Count.Should().BeGreaterThanOrEqualTo(300);
        entries.Count(e => e.Origin != "modelled on Wikipedia usage").Should().BeGreaterThan(entries.Count / 2, "most of the corpus is real");

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
        var shareComplete = (double)complete / entries.Count;
        output.WriteLine($"{entries.Count} entries; read as expected: {exact} ({shareCorrect:P1}); parsed completely and as expected: {complete} of {entries.Count} ({shareComplete:P1}; {expectedComplete} can be read completely).");
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
