using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using ConflictModel.Figures;

namespace ConflictModel.Interop.Wikipedia;

/// <summary>
/// The grammar of one quantity in a token list: <c>[qualifier] number [(–|to|or) number] [+]</c>, the word ranges
/// "between X and Y" and "from X to Y", "X or more", and words for numbers from a qualitative table.
/// </summary>
/// <remarks>
/// A qualifier of approximation before a range makes an approximate range ("c. 3,000–4,000"); a minimum before a
/// range makes its high end open ("at least 30–60" reads as 30–60+); a maximum before a range keeps its high end
/// ("up to 30–40" reads as at most 40). A number before a unit of time or distance, or after a month, is not a count.
/// </remarks>
internal static class CasualtyQuantityReader
{
    /// <summary>The largest count read as a number (a million billions); larger ones are not counts of anything.</summary>
    private const long MaxCount = 1_000_000_000_000_000;

    /// <summary>The first words of the terms of the table last used; replaced whole, so readers on other threads see one table's words or the other's.</summary>
    private static TermIndex? _termIndex;

    /// <summary>Gets a value indicating whether a quantity starts at token <paramref name="i"/>.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="i">Where to look.</param>
    /// <param name="terms">The qualitative terms.</param>
    /// <returns>Whether <see cref="TryRead"/> would succeed.</returns>
    public static bool StartsAt(IReadOnlyList<CasualtyToken> tokens, int i, QualitativeTermTable terms) => TryRead(tokens, i, terms, out _, out _);

    /// <summary>Reads a quantity starting at token <paramref name="i"/>.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="i">Where it starts.</param>
    /// <param name="terms">The qualitative terms.</param>
    /// <param name="quantity">The quantity read.</param>
    /// <param name="end">The token after it.</param>
    /// <returns>Whether a quantity starts there.</returns>
    public static bool TryRead(IReadOnlyList<CasualtyToken> tokens, int i, QualitativeTermTable terms, out Quantity? quantity, out int end)
    {
        quantity = null;
        end = i;
        if (i >= tokens.Count || (i > 0 && CasualtyLexicon.NotCounts.Contains(tokens[i - 1].Text) && tokens[i].Kind == CasualtyTokenKind.Number))
        {
            return false;
        }

        var j = i;
        QuantityForm? form = null;
        var t = tokens[j];
        if (t.Kind == CasualtyTokenKind.Symbol)
        {
            form = t.Text switch
            {
                "~" or "≈" or "∼" => QuantityForm.About,
                ">" or "≥" => QuantityForm.AtLeast,
                "<" or "≤" => QuantityForm.AtMost,
                _ => null,
            };
            if (form is null)
            {
                return false;
            }

            j++;
            if (j < tokens.Count && tokens[j].IsSymbol('='))
            {
                j++;
            }
        }
        else if (CasualtyPhrases.Match(tokens, j, CasualtyLexicon.Qualifiers) is { } qualifier)
        {
            var after = j + qualifier.Length;
            if (after < tokens.Count && tokens[after].IsSymbol('.'))
            {
                after++;
            }

            if (after < tokens.Count && (TryNumber(tokens, after, out _, out _) || TryScaledRange(tokens, after, JoinsBare, out _, out _, out _)
                || tokens[after].IsWord("between") || tokens[after].IsWord("from")))
            {
                form = qualifier.Value;
                j = after;
            }
        }

        if (j >= tokens.Count)
        {
            return false;
        }

        if (TryWordRange(tokens, j, out var low, out var high, out var open, out var k))
        {
            quantity = Range(form, low, high, open);
            end = k;
            return true;
        }

        if (TryScaledRange(tokens, j, JoinsBare, out low, out high, out k))
        {
            open = k < tokens.Count && tokens[k].IsSymbol('+');
            quantity = Range(form, low, high, open);
            end = open ? k + 1 : k;
            return true;
        }

        if (TryNumber(tokens, j, out var value, out k))
        {
            if (IsNotCountAfter(tokens, k))
            {
                return false;
            }

            var dash = k < tokens.Count && (tokens[k].Text is "-" or "–" or "—" or "−" || tokens[k].IsWord("to") || tokens[k].IsWord("or"));
            if (dash && k + 1 < tokens.Count && TryNumber(tokens, k + 1, out var top, out var k2) && IsNotCountAfter(tokens, k2))
            {
                // "40 to 60 days", "40–60 km", "20–30 %": neither end is a count.
                return false;
            }

            if (dash && k + 1 < tokens.Count && TryNumber(tokens, k + 1, out top, out k2) && top >= value
                && !(tokens[k].IsWord("or") && top == value))
            {
                var plus = k2 < tokens.Count && tokens[k2].IsSymbol('+');
                quantity = Range(form, value, top, plus);
                end = plus ? k2 + 1 : k2;
                return true;
            }

            if (k < tokens.Count && tokens[k].IsSymbol('+'))
            {
                // "60+" is a minimum whatever came before; "~60+" and "over 60+" say no more than that.
                quantity = form is null or QuantityForm.AtLeast or QuantityForm.About or QuantityForm.Exact ? Quantity.AtLeast(value) : null;
                end = k + 1;
                return quantity is not null;
            }

            if (k + 1 < tokens.Count && tokens[k].IsWord("or") && (tokens[k + 1].IsWord("more") || tokens[k + 1].IsWord("so")) && form is null or QuantityForm.Exact)
            {
                // "20 or more", "20 or so".
                quantity = tokens[k + 1].IsWord("more") ? Quantity.AtLeast(value) : Quantity.About(value);
                end = k + 2;
                return true;
            }

            quantity = form switch
            {
                QuantityForm.AtLeast => Quantity.AtLeast(value),
                QuantityForm.AtMost => Quantity.AtMost(value),
                QuantityForm.About => Quantity.About(value),
                _ => Quantity.Exactly(value),
            };
            end = k;
            return true;
        }

        if (form is null && MatchTerm(tokens, j, terms, out var term, out var termEnd))
        {
            if (termEnd < tokens.Count && tokens[termEnd].IsWord("of"))
            {
                termEnd++;
            }

            quantity = Quantity.Qualitative(term.ToLowerInvariant(), terms);
            end = termEnd;
            return true;
        }

        return false;
    }

    /// <summary>Reads a number at <paramref name="j"/>: digits with separators and an optional "thousand"/"million"/"billion", or number words.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="j">Where it starts.</param>
    /// <param name="value">The value.</param>
    /// <param name="end">The token after it.</param>
    /// <returns>Whether a whole number no larger than the largest count is there.</returns>
    public static bool TryNumber(IReadOnlyList<CasualtyToken> tokens, int j, out long value, out int end)
    {
        value = 0;
        end = j;
        if (j >= tokens.Count)
        {
            return false;
        }

        var t = tokens[j];
        if (t.Kind != CasualtyTokenKind.Number)
        {
            return TryNumberWords(tokens, j, out value, out end);
        }

        var digits = t.Text.Replace(",", string.Empty, StringComparison.Ordinal);
        var multiplier = 1L;
        var k = j + 1;
        if (k < tokens.Count && tokens[k].Kind == CasualtyTokenKind.Word && tokens[k].Lower is "thousand" or "million" or "billion")
        {
            multiplier = CasualtyLexicon.NumberWords[tokens[k].Lower];
            k++;
        }

        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) || number > 1_000_000_000_000m)
        {
            return false;
        }

        var scaled = number * multiplier;
        if (scaled != decimal.Truncate(scaled) || scaled > MaxCount)
        {
            return false;
        }

        value = (long)scaled;
        end = k;
        return true;
    }

    /// <summary>"between 40 and 60", "from 40 to 60", "between 40–60": a range written in words.</summary>
    private static bool TryWordRange(IReadOnlyList<CasualtyToken> tokens, int j, out long low, out long high, out bool open, out int end)
    {
        low = high = 0;
        open = false;
        end = j;
        var between = tokens[j].IsWord("between");
        if (!(between || tokens[j].IsWord("from")))
        {
            return false;
        }

        if (TryScaledRange(tokens, j + 1, between ? JoinsBetween : JoinsFrom, out low, out high, out var scaledEnd))
        {
            open = scaledEnd < tokens.Count && tokens[scaledEnd].IsSymbol('+');
            end = open ? scaledEnd + 1 : scaledEnd;
            return true;
        }

        if (!TryNumber(tokens, j + 1, out low, out var k) || k >= tokens.Count)
        {
            return false;
        }

        var joiner = tokens[k];
        var joins = joiner.Text is "-" or "–" or "—" or "−" || joiner.IsWord("to") || (between && joiner.IsWord("and"));
        if (!joins || !TryNumber(tokens, k + 1, out high, out var k2) || high < low || IsNotCountAfter(tokens, k2))
        {
            return false;
        }

        open = k2 < tokens.Count && tokens[k2].IsSymbol('+');
        end = open ? k2 + 1 : k2;
        return true;
    }

    /// <summary>
    /// "20–30 thousand", "1.5 to 2 million", "between 2 and 3 million", "two or three thousand": a low end of one number
    /// without a scale word, joined to a high end of one number and a scale word, which the scale applies to (as readers take
    /// it: 20,000–30,000, not 20–30,000). Only when the low end is no larger than the high end's number, both scaled ends are
    /// whole, and no unit of time or distance follows; otherwise the caller reads the text as written.
    /// </summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="j">The low end's token.</param>
    /// <param name="joins">Whether a token joins the two ends ("–", "to", "or"; "and" after "between").</param>
    /// <param name="low">The scaled low end.</param>
    /// <param name="high">The scaled high end.</param>
    /// <param name="end">The token after the scale word.</param>
    /// <returns>Whether such a range starts at <paramref name="j"/>.</returns>
    private static bool TryScaledRange(IReadOnlyList<CasualtyToken> tokens, int j, Func<CasualtyToken, bool> joins, out long low, out long high, out int end)
    {
        low = high = 0;
        end = j;
        if (j + 3 >= tokens.Count || !joins(tokens[j + 1]) || tokens[j + 3].Kind != CasualtyTokenKind.Word
            || tokens[j + 3].Lower is not ("thousand" or "million" or "billion")
            || !TryPlainNumber(tokens[j], out var bottom) || !TryPlainNumber(tokens[j + 2], out var top) || bottom > top
            || (bottom == top && tokens[j + 1].IsWord("or"))
            || IsNotCountAfter(tokens, j + 4))
        {
            return false;
        }

        var scale = CasualtyLexicon.NumberWords[tokens[j + 3].Lower];
        var scaledLow = bottom * scale;
        var scaledHigh = top * scale;
        if (scaledLow != decimal.Truncate(scaledLow) || scaledHigh != decimal.Truncate(scaledHigh) || scaledHigh > MaxCount)
        {
            return false;
        }

        low = (long)scaledLow;
        high = (long)scaledHigh;
        end = j + 4;
        return true;
    }

    /// <summary>One token that is a number without a scale word: digits ("20", "1.5", "1,200") or one number word below a hundred ("two", "twenty-one").</summary>
    private static bool TryPlainNumber(CasualtyToken token, out decimal value)
    {
        value = 0;
        if (token.Kind == CasualtyTokenKind.Number)
        {
            return decimal.TryParse(token.Text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
                && value <= 1_000_000_000_000m;
        }

        if (token.Kind != CasualtyTokenKind.Word)
        {
            return false;
        }

        foreach (var part in token.Lower.Split('-'))
        {
            if (!CasualtyLexicon.NumberWords.TryGetValue(part, out var n) || n >= 100)
            {
                return false;
            }

            value += n;
        }

        return true;
    }

    /// <summary>Gets a value indicating whether the token at <paramref name="k"/>, after a number, makes it a date, duration, measurement or share ("days", "km", "%", "per cent").</summary>
    private static bool IsNotCountAfter(IReadOnlyList<CasualtyToken> tokens, int k) =>
        k < tokens.Count && (CasualtyLexicon.NotCounts.Contains(tokens[k].Text) || (tokens[k].IsWord("per") && k + 1 < tokens.Count && tokens[k + 1].IsWord("cent")));

    private static bool JoinsBare(CasualtyToken t) => t.Text is "-" or "–" or "—" or "−" || t.IsWord("to") || t.IsWord("or");

    private static bool JoinsBetween(CasualtyToken t) => t.Text is "-" or "–" or "—" or "−" || t.IsWord("and");

    private static bool JoinsFrom(CasualtyToken t) => t.Text is "-" or "–" or "—" or "−" || t.IsWord("to");

    private static Quantity Range(QuantityForm? form, long low, long high, bool open) => form switch
    {
        QuantityForm.About => Quantity.Between(low, high, open) with { Approximate = true },
        QuantityForm.AtLeast => Quantity.Between(low, high, openEnded: true),
        QuantityForm.AtMost when !open => Quantity.AtMost(high),
        _ => Quantity.Between(low, high, open),
    };

    private static bool MatchTerm(IReadOnlyList<CasualtyToken> tokens, int j, QualitativeTermTable terms, out string term, out int end)
    {
        term = string.Empty;
        end = j;
        if (tokens[j].Kind != CasualtyTokenKind.Word || !FirstWordsOf(terms).Contains(tokens[j].Text))
        {
            // No term starts with this word: no candidate phrase needs to be built.
            return false;
        }

        for (var length = Math.Min(4, tokens.Count - j); length >= 1; length--)
        {
            var allWords = true;
            for (var w = j; w < j + length && allWords; w++)
            {
                allWords = tokens[w].Kind == CasualtyTokenKind.Word;
            }

            if (!allWords)
            {
                continue;
            }

            var candidate = length == 1 ? tokens[j].Text : CasualtyPhrases.Join(tokens, j, j + length);
            if (terms.TryGetRange(candidate, out _, out _))
            {
                term = candidate;
                end = j + length;
                return true;
            }
        }

        term = string.Empty;
        end = j;
        return false;
    }

    /// <summary>Gets the first words of the terms of <paramref name="terms"/> ("several" for "several dozen"), remembered for the table last asked about.</summary>
    private static HashSet<string> FirstWordsOf(QualitativeTermTable terms)
    {
        var index = Volatile.Read(ref _termIndex);
        if (index is null || !ReferenceEquals(index.Table, terms))
        {
            var first = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var t in terms.Terms)
            {
                first.Add(t.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var word, ..] ? word : t);
            }

            index = new TermIndex(terms, first);
            Volatile.Write(ref _termIndex, index);
        }

        return index.FirstWords;
    }

    /// <summary>"six", "twenty-one", "a hundred", "two hundred and fifty"; "and" only after a hundred, thousand or million ("six and seven" is two numbers).</summary>
    private static bool TryNumberWords(IReadOnlyList<CasualtyToken> tokens, int j, out long value, out int end)
    {
        long total = 0, current = 0;
        var k = j;
        var any = false;
        while (k < tokens.Count && tokens[k].Kind == CasualtyTokenKind.Word)
        {
            var text = tokens[k].Text;
            if (!any && !text.Contains('-') && !CasualtyLexicon.NumberWords.ContainsKey(text) && !text.Equals("a", StringComparison.OrdinalIgnoreCase))
            {
                // Most words are not numbers: say so without building lower-case copies and parts.
                break;
            }

            var word = tokens[k].Lower;
            if (word == "a" && !any && k + 1 < tokens.Count && tokens[k + 1].Lower is "hundred" or "thousand" or "million")
            {
                current = 1;
                k++;
                continue;
            }

            if (word == "and" && any && tokens[k - 1].Lower is "hundred" or "thousand" or "million" && k + 1 < tokens.Count
                && CasualtyLexicon.NumberWords.ContainsKey(tokens[k + 1].Lower.Split('-')[0]))
            {
                k++;
                continue;
            }

            var parts = word.Split('-');
            if (!Array.TrueForAll(parts, CasualtyLexicon.NumberWords.ContainsKey) || total + current > MaxCount)
            {
                break;
            }

            foreach (var part in parts)
            {
                var n = CasualtyLexicon.NumberWords[part];
                if (n == 100)
                {
                    current = Math.Max(current, 1) * 100;
                }
                else if (n >= 1000)
                {
                    total += Math.Max(current, 1) * n;
                    current = 0;
                }
                else
                {
                    current += n;
                }
            }

            any = true;
            k++;
        }

        value = total + current;
        end = k;
        return any;
    }

    /// <summary>A table and the first words of its terms.</summary>
    /// <param name="Table">The table.</param>
    /// <param name="FirstWords">The first word of each of its terms.</param>
    private sealed record TermIndex(QualitativeTermTable Table, HashSet<string> FirstWords);
}
