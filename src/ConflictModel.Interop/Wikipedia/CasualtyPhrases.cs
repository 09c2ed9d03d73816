using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Figures;

namespace ConflictModel.Interop.Wikipedia;

/// <summary>
/// The grammar of the words around a quantity: measure lists ("killed, wounded or missing"), claims ("per
/// Russia", "(Ukrainian claim)", "according to Finnish estimates") and the small token helpers the rules share.
/// </summary>
internal static class CasualtyPhrases
{
    private static readonly char[] Spaces = [' ', '\t', '\r', '\n'];

    /// <summary>Matches the longest phrase of <paramref name="phrases"/> (longest first) at token <paramref name="p"/>.</summary>
    /// <typeparam name="T">The value a phrase stands for.</typeparam>
    /// <param name="tokens">The tokens.</param>
    /// <param name="p">Where to look.</param>
    /// <param name="phrases">Word sequences and values, longest first.</param>
    /// <returns>The number of words and the value, or <see langword="null"/>.</returns>
    public static (int Length, T Value)? Match<T>(IReadOnlyList<CasualtyToken> tokens, int p, (string[] Words, T Value)[] phrases)
    {
        foreach (var (words, value) in phrases)
        {
            if (p + words.Length > tokens.Count)
            {
                continue;
            }

            var ok = true;
            for (var w = 0; w < words.Length && ok; w++)
            {
                ok = tokens[p + w].Kind == CasualtyTokenKind.Word && string.Equals(tokens[p + w].Text, words[w], StringComparison.OrdinalIgnoreCase);
            }

            if (ok)
            {
                return (words.Length, value);
            }
        }

        return null;
    }

    /// <summary>Gets the measure of the measure phrase at <paramref name="p"/> (<see cref="CasualtyLexicon.NotInModel"/> for a word the model lacks), or <see langword="null"/>.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="p">Where to look.</param>
    /// <returns>The measure, or <see langword="null"/> when no measure word is there.</returns>
    public static Measure? MatchMeasure(IReadOnlyList<CasualtyToken> tokens, int p) => Match(tokens, p, CasualtyLexicon.Measures) is { } m ? m.Value : null;

    /// <summary>Reads "killed", "slightly damaged", "killed or wounded", "killed, wounded and missing" at <paramref name="p"/>.</summary>
    /// <param name="text">The readable text the tokens index.</param>
    /// <param name="tokens">The tokens.</param>
    /// <param name="p">Where the list starts.</param>
    /// <param name="end">The token after the list.</param>
    /// <param name="words">The list as written, or <see langword="null"/> when there is none.</param>
    /// <param name="found">The measures named, in order.</param>
    /// <returns>The combined measure (see <see cref="Combine"/>), or <see langword="null"/>.</returns>
    public static Measure? MatchMeasures(string text, IReadOnlyList<CasualtyToken> tokens, int p, out int end, out string? words, out List<Measure> found)
    {
        end = p;
        words = null;
        found = [];
        var k = p;
        while (k < tokens.Count)
        {
            var m = k;
            while (m < tokens.Count && CasualtyLexicon.MeasureAdverbs.Contains(tokens[m].Text))
            {
                m++;
            }

            if (Match(tokens, m, CasualtyLexicon.Measures) is not { } phrase)
            {
                break;
            }

            found.Add(phrase.Value);
            end = m + phrase.Length;
            k = end;
            var connector = k;
            while (connector < tokens.Count && (tokens[connector].IsSymbol(',') || tokens[connector].IsSymbol('/') || tokens[connector].IsSymbol('&')
                || tokens[connector].IsWord("or") || tokens[connector].IsWord("and")))
            {
                connector++;
            }

            if (connector == k)
            {
                break;
            }

            k = connector;
        }

        if (found.Count == 0)
        {
            return null;
        }

        words = Text(text, tokens, p, end);
        return Combine(found);
    }

    /// <summary>One measure for a list: killed and wounded make killed or wounded; any other mix, or a word the model lacks, makes none.</summary>
    /// <param name="found">The measures named.</param>
    /// <returns>The measure, or <see langword="null"/>.</returns>
    public static Measure? Combine(List<Measure> found)
    {
        var distinct = found.Distinct().ToList();
        if (distinct.Contains(CasualtyLexicon.NotInModel))
        {
            return null;
        }

        if (distinct.Count == 1)
        {
            return distinct[0];
        }

        return distinct.TrueForAll(d => d is Measure.Killed or Measure.Wounded or Measure.KilledOrWounded) ? Measure.KilledOrWounded : null;
    }

    /// <summary>Gets the measure when all of <paramref name="tokens"/> is one measure list ("Killed", "Casualties"), or <see langword="null"/>.</summary>
    /// <param name="text">The readable text.</param>
    /// <param name="tokens">The tokens of a heading.</param>
    /// <returns>The measure, or <see langword="null"/>.</returns>
    public static Measure? MeasureCovering(string text, IReadOnlyList<CasualtyToken> tokens)
    {
        var measure = MatchMeasures(text, tokens, 0, out var end, out var words, out _);
        return words is not null && end == tokens.Count ? measure : null;
    }

    /// <summary>Reads a claim: "per Russia", "according to the army", "Italian claim", "Soviet est.", "according to Finnish estimates".</summary>
    /// <param name="text">The readable text.</param>
    /// <param name="tokens">The tokens of the phrase, without the parentheses.</param>
    /// <returns>The claimant as written, or <see langword="null"/> when the tokens are not a claim.</returns>
    public static string? MatchClaim(string text, IReadOnlyList<CasualtyToken> tokens)
    {
        var words = tokens.Where(t => !(t.IsSymbol('.') || t.IsSymbol(':') || t.IsSymbol(','))).ToList();
        if (words.Count == 0 || words.Count > 10 || words.Exists(w => w.Kind == CasualtyTokenKind.Number || w.IsSymbol('(') || w.IsSymbol(')')))
        {
            return null;
        }

        var matched = false;
        foreach (var prefix in CasualtyLexicon.ClaimPrefixes)
        {
            if (words.Count > prefix.Length && prefix.Select((w, i) => words[i].IsWord(w)).All(b => b))
            {
                words = words.GetRange(prefix.Length, words.Count - prefix.Length);
                matched = true;
                break;
            }
        }

        if (words.Count > 1 && CasualtyLexicon.ClaimSuffixes.Contains(words[^1].Text))
        {
            words = words.GetRange(0, words.Count - 1);
            matched = true;
        }

        if (!matched || words.Count == 0 || MatchMeasure(words, 0) is not null || words.Exists(w => CasualtyLexicon.NotCounts.Contains(w.Text)))
        {
            return null;
        }

        return text[words[0].Start..words[^1].End].Trim();
    }

    /// <summary>Drops full stops, and a pair of parentheses around everything.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <returns>A new list.</returns>
    public static List<CasualtyToken> StripParens(IReadOnlyList<CasualtyToken> tokens)
    {
        var list = tokens.Where(t => !t.IsSymbol('.')).ToList();
        if (list.Count >= 2 && list[0].IsSymbol('(') && list[^1].IsSymbol(')'))
        {
            return list.GetRange(1, list.Count - 2);
        }

        return list;
    }

    /// <summary>Finds the token after the parenthesis closing the one at <paramref name="open"/>.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="open">The index of a "(".</param>
    /// <returns>The index after its ")", or -1 when it is never closed.</returns>
    public static int MatchingParen(IReadOnlyList<CasualtyToken> tokens, int open)
    {
        var depth = 0;
        for (var i = open; i < tokens.Count; i++)
        {
            if (tokens[i].IsSymbol('('))
            {
                depth++;
            }
            else if (tokens[i].IsSymbol(')') && --depth == 0)
            {
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>Gets the readable text of tokens [from, to) with its white space reduced to single spaces.</summary>
    /// <param name="text">The readable text.</param>
    /// <param name="tokens">The tokens.</param>
    /// <param name="from">The first token.</param>
    /// <param name="to">The exclusive last token.</param>
    /// <returns>The text; empty when the range is.</returns>
    public static string Text(string text, IReadOnlyList<CasualtyToken> tokens, int from, int to) =>
        from >= to ? string.Empty : string.Join(' ', text[tokens[from].Start..tokens[to - 1].End].Split(Spaces, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Joins the texts of tokens [from, to) with single spaces, whatever was between them.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="from">The first token.</param>
    /// <param name="to">The exclusive last token.</param>
    /// <returns>The words.</returns>
    public static string Join(IReadOnlyList<CasualtyToken> tokens, int from, int to)
    {
        var parts = new string[to - from];
        for (var i = from; i < to; i++)
        {
            parts[i - from] = tokens[i].Text;
        }

        return string.Join(' ', parts);
    }
}
