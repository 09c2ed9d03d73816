using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ConflictModel.Interop.Matching;

/// <summary>
/// Writes a <see cref="MatchResult"/> as tables (CSV, RFC 4180: comma-separated, fields quoted when they hold a comma,
/// quote or line break, CRLF line ends) and as a readable summary.
/// </summary>
/// <threadsafety>Stateless; safe to call from several threads on different writers.</threadsafety>
public static class MatchReportWriter
{
    /// <summary>The pairs table's header.</summary>
    public const string PairsHeader = "left_file,left_id,right_file,right_id,score,reasons";

    /// <summary>The disagreement table's header.</summary>
    public const string DisagreementHeader = "engagement_id,figure_id,measure,subject,counts,lowest,highest,ratio,highest_inputs";

    /// <summary>
    /// Writes one row per matched pair: each event's file and id as its dataset writes it (GED <c>id</c>, ACLED
    /// <c>event_id_cnty</c>), the score, and the reasons joined by "; ".
    /// </summary>
    /// <param name="result">The match.</param>
    /// <param name="writer">Where to write; not closed.</param>
    public static void WritePairs(MatchResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(PairsHeader + "\r\n");
        foreach (var m in result.Matches)
        {
            Row(writer, m.Left.File, m.Left.DatasetId, m.Right.File, m.Right.DatasetId, N(m.Score), string.Join("; ", m.Reasons) + (m.OneToMany ? "; one-to-many" : string.Empty));
        }
    }

    /// <summary>
    /// Writes one row per merged figure two or more inputs count: the engagement and figure ids, the measure and subject,
    /// each input's count as <c>label=count</c> joined by "; ", the lowest and highest, their ratio (empty when the lowest
    /// is 0 and the highest not), and the labels of the inputs with the highest count.
    /// </summary>
    /// <param name="result">The match.</param>
    /// <param name="writer">Where to write; not closed.</param>
    public static void WriteDisagreements(MatchResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var labels = result.Summary.Inputs.Select(i => i.Label).ToArray();
        writer.Write(DisagreementHeader + "\r\n");
        foreach (var d in result.Disagreements)
        {
            Row(
                writer,
                d.EngagementId.Value ?? string.Empty,
                d.FigureId.Value ?? string.Empty,
                d.Measure.ToString(),
                d.Subject,
                string.Join("; ", d.Counts.Select(c => labels[c.Input] + "=" + N(c.Count))),
                N(d.Lowest),
                N(d.Highest),
                d.Ratio is { } r ? N(r) : string.Empty,
                string.Join("; ", d.HighestInputs.Select(i => labels[i])));
        }
    }

    /// <summary>Writes the summary: per input its events, the unmatchable by reason and the matched; the pairs, groups and the count that nothing was lost; the disagreement.</summary>
    /// <param name="result">The match.</param>
    /// <param name="writer">Where to write; not closed.</param>
    public static void WriteSummary(MatchResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var s = result.Summary;
        foreach (var i in s.Inputs)
        {
            writer.WriteLine($"{i.Name} ({i.Label}): {N(i.Events)} events, {N(i.Matched)} matched; unmatchable: {N(i.NoCoordinates)} without coordinates, {N(i.TimeTooVague)} with a time too vague, {N(i.NoTime)} without a time{(i.Qualified ? "; ids qualified with '" + i.Label + ":'" : string.Empty)}");
        }

        writer.WriteLine($"{N(s.Pairs)} pairs matched ({N(s.Candidates)} candidates scored), {N(s.Groups)} groups, {N(s.OneToManyEvents)} events matched to several");
        writer.WriteLine($"{N(s.EventsIn)} events in = {N(s.EngagementsOut)} engagements out + {N(s.EventsMerged)} merged into others");
        var d = s.Disagreement;
        var labels = s.Inputs.Select(i => i.Label).ToArray();
        writer.WriteLine(
            $"disagreement: {N(d.Compared)} figures compared, {N(d.Equal)} equal, {N(d.TwiceOrMore)} differ twofold or more, {N(d.ZeroAgainstNonZero)} zero against a count; " +
            $"ratio highest/lowest median {(d.MedianRatio is { } m ? N(m) : "-")}, max {(d.MaxRatio is { } x ? N(x) : "-")}; " +
            "highest alone: " + string.Join(", ", d.HighestAlone.Select((n, k) => labels[k] + " " + N(n))));
    }

    private static void Row(TextWriter writer, params string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Quote(fields[i]));
        }

        writer.Write("\r\n");
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string N(double n) => n.ToString("0.####", CultureInfo.InvariantCulture);
}
