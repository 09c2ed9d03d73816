using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConflictModel.Collections;
using ConflictModel.Figures;

namespace ConflictModel.Interop.Wikipedia;

/// <summary>One run of <see cref="CasualtyParser"/> over one input: the rules, and the bookkeeping that gives every character a span.</summary>
internal sealed class CasualtyParseSession
{
    /// <summary>The largest count read as a number (a million billions); larger ones are not counts of anything.</summary>
    private const long MaxCount = 1_000_000_000_000_000;

    private readonly string _input;
    private readonly QualitativeTermTable _terms;
    private readonly CleanText _clean;
    private readonly string _text;
    private readonly CasualtySpanKind[] _kinds;
    private readonly int[] _owners;
    private readonly List<Draft> _drafts = [];
    private string? _group;
    private string? _attribution;
    private Measure? _headingMeasure;
    private readonly List<Draft> _sinceLastLabel = [];
    private Draft? _continuation;

    public CasualtyParseSession(string input, QualitativeTermTable terms)
    {
        _input = input;
        _terms = terms;
        _clean = WikitextCleaner.Clean(input);
        _text = _clean.Text;
        _kinds = new CasualtySpanKind[_text.Length];
        _owners = new int[_text.Length];
        Array.Fill(_owners, -1);
    }

    public CasualtyParseResult Run()
    {
        var tokens = CasualtyTokenizer.Tokenize(_text);
        var line = new List<CasualtyToken>();
        foreach (var token in tokens)
        {
            if (token.Kind == CasualtyTokenKind.Break)
            {
                Mark(token.Start, token.End, CasualtySpanKind.Separator);
                ParseLine(line);
                line = [];
            }
            else
            {
                line.Add(token);
            }
        }

        ParseLine(line);
        return Build();
    }

    // ---- Lines: headings, notes, chunks ------------------------------------------------------------

    private void ParseLine(List<CasualtyToken> line)
    {
        if (line.Count == 0)
        {
            return;
        }

        if (TryNoteLine(line))
        {
            return;
        }

        var lineGroup = _group;
        var lineAttribution = _attribution;
        var lineMeasure = _headingMeasure;
        var rest = line;
        if (TryHeading(line, out var restStart, out var headingTokens))
        {
            _sinceLastLabel.Clear();
            MarkTokens(line, 0, restStart, CasualtySpanKind.Label);
            var claim = MatchClaim(headingTokens);
            var measure = MeasureCovering(headingTokens);
            var headingText = TextOf(headingTokens);
            rest = line.GetRange(restStart, line.Count - restStart);
            if (rest.Count == 0)
            {
                if (claim is not null)
                {
                    _attribution = claim;
                }
                else if (measure is not null)
                {
                    _headingMeasure = measure;
                }
                else
                {
                    _group = headingText;
                    _headingMeasure = null;
                }

                return;
            }

            if (claim is not null)
            {
                lineAttribution = claim;
            }
            else if (measure is not null)
            {
                lineMeasure = measure;
            }
            else
            {
                lineGroup = headingText;
            }
        }

        if (rest.Count > 2 && rest[0].IsSymbol('(') && MatchingParen(rest, 0) == rest.Count)
        {
            // A line in parentheses, "(including 15,009 killed)": read what is inside.
            var skip = rest[1].IsWord("including") || rest[1].IsWord("incl") ? 2 : 1;
            MarkTokens(rest, 0, skip, CasualtySpanKind.Separator);
            MarkTokens(rest, rest.Count - 1, rest.Count, CasualtySpanKind.Separator);
            rest = rest.GetRange(skip, rest.Count - skip - 1);
        }

        if (TryContinueMeasureList(rest, out var consumed))
        {
            rest = rest.GetRange(consumed, rest.Count - consumed);
        }

        _continuation = null;
        var before = _drafts.Count;
        var chunks = SplitChunks(rest, out var andAfter);
        var drafts = new List<List<Draft>>();
        foreach (var chunk in chunks)
        {
            var count = _drafts.Count;
            ParseChunk(chunk, lineGroup, lineAttribution, lineMeasure);
            drafts.Add(_drafts.GetRange(count, _drafts.Count - count));
        }

        ShareMeasures(drafts, andAfter);
        if (_drafts.Count > before && _drafts[^1] is { OpenList: true, MeasureText: not null } last)
        {
            _continuation = last;
        }

        _sinceLastLabel.AddRange(_drafts.Skip(before));
    }

    /// <summary>
    /// A line that is only a claim, "(British claim)" or "(according to Finnish estimates)", applies to the estimates above it
    /// back to the previous heading or note that have no claim of their own.
    /// </summary>
    private bool TryNoteLine(List<CasualtyToken> line)
    {
        var inner = StripParens(line);
        var claim = inner.Any(t => t.IsSymbol(':')) ? null : MatchClaim(inner);
        if (claim is null || _sinceLastLabel.Count == 0)
        {
            return false;
        }

        foreach (var draft in _sinceLastLabel)
        {
            draft.Attribution ??= claim;
        }

        _sinceLastLabel.Clear();
        MarkTokens(line, 0, line.Count, CasualtySpanKind.Label);
        return true;
    }

    /// <summary>"Germany:", "'''Total''':", "Per Russia:", "(Polish accounts:)": words without numbers, then a colon.</summary>
    private static bool TryHeading(List<CasualtyToken> line, out int restStart, out List<CasualtyToken> heading)
    {
        restStart = 0;
        heading = [];
        var first = line[0].IsSymbol('(') ? 1 : 0;
        for (var i = first; i < line.Count; i++)
        {
            var t = line[i];
            if (t.IsSymbol(':'))
            {
                if (i == first)
                {
                    return false;
                }

                heading = line.GetRange(first, i - first);
                restStart = i + 1;
                if (first == 1 && restStart < line.Count && line[restStart].IsSymbol(')'))
                {
                    restStart++;
                }

                return true;
            }

            if (t.IsSymbol('(') && i > first && MatchingParen(line, i) is var after && after > i)
            {
                // "German (on 12 July):": a parenthesis inside a heading may hold anything.
                i = after - 1;
                continue;
            }

            if (t.Kind == CasualtyTokenKind.Number || t.IsSymbol('(') || t.IsSymbol(')') || i - first > 8 || (i == first && t.Kind != CasualtyTokenKind.Word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "150,000 killed,&lt;br&gt; wounded or captured": a measure list cut by a line break continues the last
    /// estimate of the line before when that line ended with a comma after its measure.
    /// </summary>
    private bool TryContinueMeasureList(List<CasualtyToken> line, out int consumed)
    {
        consumed = 0;
        if (_continuation is not { } draft || line.Count == 0)
        {
            return false;
        }

        var start = line[0].IsWord("and") || line[0].IsWord("or") ? 1 : 0;
        MatchMeasures(line, start, out var end, out var text, out var found);
        if (text is null || (end < line.Count && !line[end].IsSymbol('.') && !line[end].IsSymbol(',')))
        {
            return false;
        }

        draft.MeasureParts.AddRange(found);
        draft.Measure = Combine(draft.MeasureParts);
        draft.MeasureText = string.Join(' ', _text[draft.MeasureStart..line[end - 1].End]
            .Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        for (var c = draft.CleanEnd; c < line[end - 1].End; c++)
        {
            _kinds[c] = CasualtySpanKind.Estimate;
            _owners[c] = draft.Index;
        }

        draft.CleanEnd = line[end - 1].End;
        consumed = end;
        return true;
    }

    /// <summary>
    /// "1 ammunition dump and several mortars destroyed": a count of things without a measure, joined by
    /// "and" to a count of things with one, shares it.
    /// </summary>
    private static void ShareMeasures(List<List<Draft>> drafts, List<bool> andAfter)
    {
        for (var i = drafts.Count - 2; i >= 0; i--)
        {
            if (andAfter[i] && drafts[i].Count == 1 && drafts[i + 1].Count >= 1 && drafts[i][0] is { MeasureText: null, Unit: not null } first
                && drafts[i + 1][0] is { MeasureText: not null, Unit: not null } next)
            {
                first.Measure = next.Measure;
                first.MeasureText = next.MeasureText;
            }
        }
    }

    /// <summary>Cuts a line at ",", ";", "and", "plus" and "&amp;" when a new quantity follows (outside parentheses).</summary>
    private List<List<CasualtyToken>> SplitChunks(List<CasualtyToken> tokens) => SplitChunks(tokens, out _);

    /// <summary>Cuts a line like <see cref="SplitChunks(List{CasualtyToken})"/>, telling for each chunk whether "and" joins it to the next.</summary>
    private List<List<CasualtyToken>> SplitChunks(List<CasualtyToken> tokens, out List<bool> andAfter)
    {
        andAfter = [];
        var chunks = new List<List<CasualtyToken>>();
        var current = new List<CasualtyToken>();
        var depth = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.IsSymbol('('))
            {
                depth++;
            }
            else if (t.IsSymbol(')'))
            {
                depth = Math.Max(0, depth - 1);
            }

            var isSeparator = depth == 0 && current.Count > 0 && (t.IsSymbol(',') || t.IsSymbol(';') || t.IsSymbol('&') || t.IsWord("and") || t.IsWord("plus")
                || t.IsWord("including") || t.IsWord("incl"));
            if (isSeparator)
            {
                var next = i + 1;
                while (next < tokens.Count && (tokens[next].IsWord("and") || tokens[next].IsWord("or") || tokens[next].IsWord("plus") || tokens[next].IsWord("including")
                    || tokens[next].IsWord("incl") || tokens[next].IsSymbol('.')))
                {
                    next++;
                }

                if (next < tokens.Count && StartsQuantity(tokens, next))
                {
                    MarkTokens(tokens, i, next, CasualtySpanKind.Separator);
                    andAfter.Add(tokens.Skip(i).Take(next - i).Any(x => x.IsWord("and") || x.IsSymbol('&') || x.IsWord("plus")));
                    chunks.Add(current);
                    current = [];
                    i = next - 1;
                    continue;
                }
            }

            current.Add(t);
        }

        if (current.Count > 0)
        {
            andAfter.Add(false);
            chunks.Add(current);
        }

        return chunks;
    }

    // ---- Chunks: one estimate each ------------------------------------------------------------------

    private void ParseChunk(List<CasualtyToken> chunk, string? group, string? attribution, Measure? headingMeasure)
    {
        var end = chunk.Count;
        while (end > 0 && (chunk[end - 1].IsSymbol('.') || chunk[end - 1].IsSymbol(',') || chunk[end - 1].IsSymbol(';')))
        {
            end--;
        }

        MarkTokens(chunk, end, chunk.Count, CasualtySpanKind.Separator);
        if (end == 0)
        {
            return;
        }

        var tokens = chunk.GetRange(0, end);
        if (IsNoFigure(tokens))
        {
            MarkTokens(tokens, 0, tokens.Count, CasualtySpanKind.NoFigure);
            return;
        }

        if (TryZero(tokens, group, attribution))
        {
            return;
        }

        var q = -1;
        Quantity? quantity = null;
        var p = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TryQuantity(tokens, i, out quantity, out p))
            {
                q = i;
                break;
            }
        }

        if (q < 0 || quantity is null)
        {
            MarkTokens(tokens, 0, tokens.Count, CasualtySpanKind.Unparsed);
            return;
        }

        // What is counted: the words up to the measure, a stop word or a parenthesis.
        var unitStart = p;
        while (p < tokens.Count && CasualtyLexicon.Fillers.Contains(tokens[p].Text) && p + 1 < tokens.Count && tokens[p + 1].Kind == CasualtyTokenKind.Word)
        {
            p++;
            unitStart = p;
        }

        var unitEnd = p;
        while (p < tokens.Count && MatchMeasure(tokens, p) is null && IsUnitToken(tokens, p))
        {
            p++;
            unitEnd = p;
        }

        var measureStart = p < tokens.Count ? tokens[p].Start : 0;
        var measure = MatchMeasures(tokens, p, out var measureEnd, out var measureText, out var measureParts);
        Measure? resolved = headingMeasure;
        if (measureText is not null)
        {
            resolved = measure;
            p = measureEnd;
        }

        if (q > 0 && measureText is null && unitEnd == unitStart && tokens.Take(q).Any(t => t.Kind == CasualtyTokenKind.Word))
        {
            // "Security Regiment 5", "For the period July 7–22": a number after words, counting nothing, is a name or a date.
            MarkTokens(tokens, 0, tokens.Count, CasualtySpanKind.Unparsed);
            return;
        }

        MarkTokens(tokens, 0, q, CasualtySpanKind.Unparsed);
        string? unit = null;
        var unitWords = tokens.GetRange(unitStart, unitEnd - unitStart);
        if (unitWords.Count > 0 && !CasualtyLexicon.PeopleNouns.Contains(unitWords[^1].Text) && !IsDemonym(unitWords))
        {
            unit = TextOf(unitWords);
        }

        var draft = new Draft
        {
            Quantity = quantity, Measure = resolved, MeasureText = measureText, Unit = unit, Group = group, Attribution = attribution,
            CleanStart = tokens[q].Start, CleanEnd = tokens[p - 1].End, MeasureParts = measureParts, MeasureStart = measureStart,
            OpenList = p == tokens.Count && end < chunk.Count && chunk[end].IsSymbol(','),
        };

        // A claim after it: "(Italian claim)", "according to the army", "per Russia".
        if (p < tokens.Count)
        {
            var claimEnd = tokens[p].IsSymbol('(') ? MatchingParen(tokens, p) : tokens.Count;
            if (claimEnd > p)
            {
                var claimTokens = tokens.GetRange(p, claimEnd - p);
                if (MatchClaim(StripParens(claimTokens)) is { } claim)
                {
                    draft.Attribution = claim;
                    draft.CleanEnd = tokens[claimEnd - 1].End;
                    p = claimEnd;
                }
            }
        }

        AddDraft(draft);

        // Estimates in parentheses after it: "7 tanks (5 T-26, 2 T-38)".
        if (p < tokens.Count && tokens[p].IsSymbol('(') && MatchingParen(tokens, p) is var close && close > p + 1)
        {
            var inner = tokens.GetRange(p + 1, close - p - 2);
            var skip = inner.Count > 1 && (inner[0].IsWord("including") || inner[0].IsWord("incl") || inner[0].IsWord("of")) ? 1 : 0;
            if (skip == 1 && inner[0].IsWord("of") && !(inner[1].IsWord("which") && inner.Count > 2))
            {
                skip = 0;
            }
            else if (skip == 1 && inner[0].IsWord("of"))
            {
                skip = 2;
            }

            inner = inner.GetRange(skip, inner.Count - skip);
            if (inner.Count > 0 && StartsQuantity(inner, 0))
            {
                MarkTokens(tokens, p, p + 1 + skip, CasualtySpanKind.Separator);
                MarkTokens(tokens, close - 1, close, CasualtySpanKind.Separator);
                foreach (var sub in SplitChunks(inner))
                {
                    ParseChunk(sub, group, draft.Attribution, null);
                }

                p = close;
            }
        }

        MarkTokens(tokens, p, tokens.Count, CasualtySpanKind.Unparsed);
    }

    private static bool IsUnitToken(List<CasualtyToken> tokens, int p)
    {
        var t = tokens[p];
        if (t.Kind == CasualtyTokenKind.Word)
        {
            if (CasualtyLexicon.StopWords.Contains(t.Text)
                || (CasualtyLexicon.MeasureAdverbs.Contains(t.Text) && p + 1 < tokens.Count && MatchMeasure(tokens, p + 1) is not null))
            {
                return false;
            }

            if ((t.IsWord("and") || t.IsWord("or")) && (p + 1 >= tokens.Count || tokens[p + 1].Kind != CasualtyTokenKind.Word
                || MatchMeasure(tokens, p + 1) is not null || CasualtyLexicon.StopWords.Contains(tokens[p + 1].Text)))
            {
                return false;
            }

            return p == 0 || !tokens[p - 1].IsSymbol('(');
        }

        // "88 mm guns", "T-26": a number or hyphen inside a name, when a word follows.
        return (t.Kind == CasualtyTokenKind.Number || t.IsSymbol('/') || t.IsSymbol('-'))
            && p + 1 < tokens.Count && tokens[p + 1].Kind == CasualtyTokenKind.Word && !CasualtyLexicon.StopWords.Contains(tokens[p + 1].Text)
            && MatchMeasure(tokens, p + 1) is null && !CasualtyLexicon.NotCounts.Contains(tokens[p + 1].Text);
    }

    /// <summary>"70,000 Italian", "26,000 German": one capitalised word that reads as a nationality counts people.</summary>
    private static bool IsDemonym(List<CasualtyToken> words)
    {
        if (words.Count != 1 || words[0].Text.Length < 4 || !char.IsUpper(words[0].Text[0]))
        {
            return false;
        }

        var word = words[0].Text;
        return word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
            || word.EndsWith("ch", StringComparison.Ordinal) || (word.EndsWith('i') && !word.EndsWith("ii", StringComparison.Ordinal));
    }

    private static bool IsNoFigure(List<CasualtyToken> tokens)
    {
        if (tokens.Count >= 3 && tokens[0].IsWord("unknown") && tokens[1].IsWord("number") && tokens[2].IsWord("of"))
        {
            // "unknown number of Stuka dive-bombers and fighters".
            return true;
        }

        var indicator = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var lower = t.Lower;
            if (t.IsSymbol('?') || lower is "unknown" or "uncertain" or "unclear" or "unconfirmed" or "unreported" or "undisclosed" or "na" or "unk" or "nk")
            {
                indicator = true;
            }
            else if (t.IsWord("n") && i + 2 < tokens.Count && tokens[i + 1].IsSymbol('/') && tokens[i + 2].IsWord("a"))
            {
                indicator = true;
                i += 2;
            }
            else if (t.Kind == CasualtyTokenKind.Number || !(CasualtyLexicon.NoFigureWords.Contains(t.Text) || MatchMeasure(tokens, i) is not null
                || CasualtyLexicon.PeopleNouns.Contains(t.Text) || t.IsSymbol(',') || t.IsSymbol('/') || t.IsSymbol(':') || t.IsWord("and") || t.IsWord("or")))
            {
                return false;
            }
        }

        return indicator || (tokens.Count == 1 && tokens[0].Text is "-" or "–" or "—");
    }

    /// <summary>"None", "nil", "no losses", "zero killed".</summary>
    private bool TryZero(List<CasualtyToken> tokens, string? group, string? attribution)
    {
        if (!CasualtyLexicon.ZeroWords.Contains(tokens[0].Text))
        {
            return false;
        }

        var p = 1;
        while (p < tokens.Count && (CasualtyLexicon.PeopleNouns.Contains(tokens[p].Text) || CasualtyLexicon.Fillers.Contains(tokens[p].Text)))
        {
            p++;
        }

        var measure = MatchMeasures(tokens, p, out var end, out var measureText);
        if (measureText is not null)
        {
            p = end;
        }
        else if (tokens[0].IsWord("no"))
        {
            return false;
        }

        if (p != tokens.Count)
        {
            return false;
        }

        AddDraft(new Draft
        {
            Quantity = Quantity.Exactly(0), Measure = measureText is null ? null : measure, MeasureText = measureText, Group = group,
            Attribution = attribution, CleanStart = tokens[0].Start, CleanEnd = tokens[^1].End,
        });
        return true;
    }

    // ---- Quantities ---------------------------------------------------------------------------------

    private bool StartsQuantity(List<CasualtyToken> tokens, int i) => TryQuantity(tokens, i, out _, out _);

    private bool TryQuantity(List<CasualtyToken> tokens, int i, out Quantity? quantity, out int end)
    {
        quantity = null;
        end = i;
        if (i > 0 && CasualtyLexicon.NotCounts.Contains(tokens[i - 1].Text) && tokens[i].Kind == CasualtyTokenKind.Number)
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
        else if (MatchPhrase(tokens, j, CasualtyLexicon.Qualifiers) is { } qualifier)
        {
            var after = j + qualifier.Length;
            if (after < tokens.Count && tokens[after].IsSymbol('.'))
            {
                after++;
            }

            if (after < tokens.Count && TryNumber(tokens, after, out _, out _))
            {
                form = qualifier.Value;
                j = after;
            }
        }

        if (j >= tokens.Count)
        {
            return false;
        }

        if (TryNumber(tokens, j, out var value, out var k))
        {
            if (k < tokens.Count && CasualtyLexicon.NotCounts.Contains(tokens[k].Text))
            {
                return false;
            }

            var dash = k < tokens.Count && (tokens[k].Text is "-" or "–" or "—" or "−" || tokens[k].IsWord("to"));
            if (dash && k + 1 < tokens.Count && TryNumber(tokens, k + 1, out var high, out var k2) && high >= value
                && !(k2 < tokens.Count && CasualtyLexicon.NotCounts.Contains(tokens[k2].Text)))
            {
                var open = k2 < tokens.Count && tokens[k2].IsSymbol('+');
                quantity = Quantity.Between(value, high, open);
                end = open ? k2 + 1 : k2;
                return true;
            }

            if (k < tokens.Count && tokens[k].IsSymbol('+'))
            {
                quantity = Quantity.AtLeast(value);
                end = k + 1;
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

        if (form is null && MatchTerm(tokens, j, out var term, out var termEnd))
        {
            if (termEnd < tokens.Count && tokens[termEnd].IsWord("of"))
            {
                termEnd++;
            }

            quantity = Quantity.Qualitative(term.ToLowerInvariant(), _terms);
            end = termEnd;
            return true;
        }

        return false;
    }

    private bool MatchTerm(List<CasualtyToken> tokens, int j, out string term, out int end)
    {
        for (var length = Math.Min(4, tokens.Count - j); length >= 1; length--)
        {
            var words = tokens.GetRange(j, length);
            if (words.Any(w => w.Kind != CasualtyTokenKind.Word))
            {
                continue;
            }

            var candidate = string.Join(' ', words.Select(w => w.Text));
            if (_terms.TryGetRange(candidate, out _, out _))
            {
                // "some" and "a number of" before a number are qualifiers, not terms: "some 300".
                term = candidate;
                end = j + length;
                return true;
            }
        }

        term = string.Empty;
        end = j;
        return false;
    }

    private static bool TryNumber(List<CasualtyToken> tokens, int j, out long value, out int end)
    {
        value = 0;
        end = j;
        if (j >= tokens.Count)
        {
            return false;
        }

        var t = tokens[j];
        if (t.Kind == CasualtyTokenKind.Number)
        {
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

        return TryNumberWords(tokens, j, out value, out end);
    }

    private static bool TryNumberWords(List<CasualtyToken> tokens, int j, out long value, out int end)
    {
        long total = 0, current = 0;
        var k = j;
        var any = false;
        while (k < tokens.Count && tokens[k].Kind == CasualtyTokenKind.Word)
        {
            var word = tokens[k].Lower;
            if (word == "a" && !any && k + 1 < tokens.Count && tokens[k + 1].Lower is "hundred" or "thousand" or "million")
            {
                current = 1;
                k++;
                continue;
            }

            if (word == "and" && any && k + 1 < tokens.Count && CasualtyLexicon.NumberWords.ContainsKey(tokens[k + 1].Lower.Split('-')[0]))
            {
                k++;
                continue;
            }

            var parts = word.Split('-');
            if (!parts.All(CasualtyLexicon.NumberWords.ContainsKey))
            {
                break;
            }

            if (total + current > MaxCount)
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

    // ---- Measures and claims ------------------------------------------------------------------------

    private static Measure? MatchMeasure(List<CasualtyToken> tokens, int p) =>
        MatchPhrase(tokens, p, CasualtyLexicon.Measures) is { } m ? m.Value : null;

    /// <summary>Reads "killed", "slightly damaged", "killed or wounded", "killed, wounded and missing" at <paramref name="p"/>.</summary>
    private Measure? MatchMeasures(List<CasualtyToken> tokens, int p, out int end, out string? text) => MatchMeasures(tokens, p, out end, out text, out _);

    private Measure? MatchMeasures(List<CasualtyToken> tokens, int p, out int end, out string? text, out List<Measure> found)
    {
        end = p;
        text = null;
        found = [];
        var start = p;
        var k = p;
        while (k < tokens.Count)
        {
            var m = k;
            while (m < tokens.Count && CasualtyLexicon.MeasureAdverbs.Contains(tokens[m].Text))
            {
                m++;
            }

            if (MatchPhrase(tokens, m, CasualtyLexicon.Measures) is not { } phrase)
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

        text = TextOf(tokens.GetRange(start, end - start));
        return Combine(found);
    }

    /// <summary>One measure for a list: killed and wounded make killed or wounded; any other mix, or a word the model lacks, makes none.</summary>
    private static Measure? Combine(List<Measure> found)
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

        return distinct.All(d => d is Measure.Killed or Measure.Wounded or Measure.KilledOrWounded) ? Measure.KilledOrWounded : null;
    }

    private Measure? MeasureCovering(List<CasualtyToken> tokens)
    {
        var measure = MatchMeasures(tokens, 0, out var end, out var text);
        return text is not null && end == tokens.Count ? measure : null;
    }

    /// <summary>Reads a claim: "per Russia", "according to the army", "Italian claim", "Soviet est.", "according to Finnish estimates".</summary>
    private string? MatchClaim(List<CasualtyToken> tokens)
    {
        var words = tokens.Where(t => !(t.IsSymbol('.') || t.IsSymbol(':') || t.IsSymbol(','))).ToList();
        if (words.Count == 0 || words.Count > 10 || words.Any(w => w.Kind == CasualtyTokenKind.Number || w.IsSymbol('(') || w.IsSymbol(')')))
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

        if (!matched || words.Count == 0 || MatchMeasure(words, 0) is not null || words.Any(w => CasualtyLexicon.NotCounts.Contains(w.Text)))
        {
            return null;
        }

        return _text[words[0].Start..words[^1].End].Trim();
    }

    private static (int Length, T Value)? MatchPhrase<T>(List<CasualtyToken> tokens, int p, (string[] Words, T Value)[] phrases)
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

    private static List<CasualtyToken> StripParens(List<CasualtyToken> tokens)
    {
        var list = tokens.Where(t => !t.IsSymbol('.')).ToList();
        if (list.Count >= 2 && list[0].IsSymbol('(') && list[^1].IsSymbol(')'))
        {
            return list.GetRange(1, list.Count - 2);
        }

        return list;
    }

    private static int MatchingParen(List<CasualtyToken> tokens, int open)
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

    private string TextOf(List<CasualtyToken> tokens) =>
        tokens.Count == 0 ? string.Empty : string.Join(' ', _text[tokens[0].Start..tokens[^1].End].Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    // ---- Bookkeeping --------------------------------------------------------------------------------

    private void AddDraft(Draft draft)
    {
        draft.Index = _drafts.Count;
        _drafts.Add(draft);
        for (var c = draft.CleanStart; c < draft.CleanEnd; c++)
        {
            _kinds[c] = CasualtySpanKind.Estimate;
            _owners[c] = draft.Index;
        }
    }

    private void MarkTokens(List<CasualtyToken> tokens, int from, int to, CasualtySpanKind kind)
    {
        if (from >= to)
        {
            return;
        }

        if (kind is CasualtySpanKind.Unparsed or CasualtySpanKind.Label or CasualtySpanKind.NoFigure)
        {
            // One stretch, spaces included, so that "by 17 November" is one unparsed span, not three.
            Mark(tokens[from].Start, tokens[to - 1].End, kind);
            return;
        }

        for (var i = from; i < to; i++)
        {
            Mark(tokens[i].Start, tokens[i].End, kind);
        }
    }

    private void Mark(int start, int end, CasualtySpanKind kind)
    {
        for (var c = start; c < end; c++)
        {
            if (_kinds[c] == 0)
            {
                _kinds[c] = kind;
            }
        }
    }

    private CasualtyParseResult Build()
    {
        // Owner of each input character: an estimate index (>= 0) or a kind (encoded below -1).
        var owner = new int[_input.Length];
        Array.Fill(owner, int.MinValue);
        const int KindBase = -100;
        for (var c = 0; c < _text.Length; c++)
        {
            if (_owners[c] >= 0)
            {
                continue;
            }

            var kind = _kinds[c] != 0 ? _kinds[c] : char.IsWhiteSpace(_text[c]) ? CasualtySpanKind.Separator : CasualtySpanKind.Unparsed;
            for (var o = _clean.StartOf(c); o < _clean.EndOf(c); o++)
            {
                if (owner[o] == int.MinValue)
                {
                    owner[o] = KindBase - (int)kind;
                }
            }
        }

        foreach (var draft in _drafts)
        {
            var start = _clean.StartOf(draft.CleanStart);
            var end = _clean.EndOf(draft.CleanEnd - 1);
            for (var o = start; o < end; o++)
            {
                owner[o] = draft.Index;
            }
        }

        foreach (var (start, end) in _clean.References)
        {
            for (var o = start; o < end; o++)
            {
                if (owner[o] == int.MinValue)
                {
                    owner[o] = KindBase - (int)CasualtySpanKind.Reference;
                }
            }
        }

        var spans = new List<CasualtySpan>();
        var estimates = new List<ParsedEstimate>();
        var i = 0;
        while (i < owner.Length)
        {
            var o = owner[i] == int.MinValue ? KindBase - (int)CasualtySpanKind.Markup : owner[i];
            var j = i + 1;
            while (j < owner.Length && (owner[j] == int.MinValue ? KindBase - (int)CasualtySpanKind.Markup : owner[j]) == o)
            {
                j++;
            }

            var kind = o >= 0 ? CasualtySpanKind.Estimate : (CasualtySpanKind)(KindBase - o);
            var text = _input[i..j];
            spans.Add(new CasualtySpan { Start = i, Length = j - i, Kind = kind, Text = text });
            if (o >= 0 && estimates.All(e => e.Start != i))
            {
                var d = _drafts[o];
                estimates.Add(new ParsedEstimate
                {
                    Quantity = d.Quantity, Measure = d.Measure, MeasureText = d.MeasureText, Unit = d.Unit, Attribution = d.Attribution,
                    Group = d.Group, Start = i, Length = j - i, Text = text,
                });
            }

            i = j;
        }

        return new CasualtyParseResult { Input = _input, Estimates = EquatableArray.From(estimates), Spans = EquatableArray.From(spans) };
    }

    /// <summary>An estimate being built; its attribution may still change when a note line follows.</summary>
    private sealed class Draft
    {
        public required Quantity Quantity { get; init; }

        public Measure? Measure { get; set; }

        public string? MeasureText { get; set; }

        public string? Unit { get; init; }

        public string? Group { get; init; }

        public string? Attribution { get; set; }

        public required int CleanStart { get; init; }

        public int CleanEnd { get; set; }

        public int Index { get; set; }

        /// <summary>Gets the readable position where the measure words start.</summary>
        public int MeasureStart { get; init; }

        /// <summary>Gets the measures named, in order, so that a list continued on the next line can be combined.</summary>
        public List<Measure> MeasureParts { get; init; } = [];

        /// <summary>Gets a value indicating whether the estimate ends its chunk with a comma after its measure ("150,000 killed,").</summary>
        public bool OpenList { get; init; }
    }
}
