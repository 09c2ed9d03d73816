using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Figures;

namespace ConflictModel.Interop.Wikipedia;

/// <summary>
/// The rules that read the tokens of one casualty field, line by line: headings and claim notes, claimant
/// segments ("Per Russia: …; per Ukraine: …"), chunks of one estimate each, measures shared across "and", parts
/// of a whole ("including 4 children") and parenthetical remarks. What the rules read goes to a
/// <see cref="CasualtyEstimateBuilder"/>; what they do not is marked unparsed.
/// </summary>
internal sealed class CasualtyGrammar
{
    private readonly CasualtyEstimateBuilder _builder;
    private readonly QualitativeTermTable _terms;
    private readonly string _text;
    private readonly List<CasualtyDraft> _sinceLastLabel = [];
    private string? _group;
    private Claim? _attribution;
    private Measure? _headingMeasure;
    private CasualtyDraft? _continuation;
    private CasualtyDraft? _lastOfLine;
    private CasualtyDraft? _openWhole;

    /// <summary>Initializes a new instance of the <see cref="CasualtyGrammar"/> class.</summary>
    /// <param name="builder">Where estimates and marks go.</param>
    /// <param name="terms">The qualitative terms.</param>
    public CasualtyGrammar(CasualtyEstimateBuilder builder, QualitativeTermTable terms)
    {
        _builder = builder;
        _terms = terms;
        _text = builder.Text;
    }

    /// <summary>How a chunk is joined to the one before it.</summary>
    private enum Join
    {
        /// <summary>The first chunk of a segment.</summary>
        None,

        /// <summary>"and", "&amp;", "plus".</summary>
        And,

        /// <summary>",", ";", "/" without "and".</summary>
        Comma,

        /// <summary>"including", "incl.", "of whom", "of which", "among them".</summary>
        Part,
    }

    /// <summary>Reads all tokens, cutting them into lines at line breaks.</summary>
    /// <param name="tokens">The tokens of the readable text.</param>
    public void Read(List<CasualtyToken> tokens)
    {
        var start = 0;
        for (var i = 0; i <= tokens.Count; i++)
        {
            if (i == tokens.Count || tokens[i].Kind == CasualtyTokenKind.Break)
            {
                if (i < tokens.Count)
                {
                    _builder.Mark(tokens[i].Start, tokens[i].End, CasualtySpanKind.Separator);
                }

                ReadLine(tokens.GetRange(start, i - start));
                start = i + 1;
            }
        }
    }

    // ---- Lines: headings, notes, segments -----------------------------------------------------------

    private void ReadLine(List<CasualtyToken> line)
    {
        if (line.Count == 0 || TryNoteLine(line))
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
            _builder.MarkTokens(line, 0, restStart, CasualtySpanKind.Label);
            var claim = ClaimOf(headingTokens);
            var measure = CasualtyPhrases.MeasureCovering(_text, headingTokens);
            var headingText = CasualtyPhrases.Text(_text, headingTokens, 0, headingTokens.Count);
            rest = line.GetRange(restStart, line.Count - restStart);
            if (rest.Count == 0)
            {
                // Alone on its line, a heading applies to the lines below.
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

        CasualtyDraft? wholeOfLine = _openWhole;
        if (rest.Count > 1 && rest[0].IsSymbol('(') && CasualtyPhrases.MatchingParen(rest, 0) < 0 && PartWords(rest, 1) is var opening and > 0)
        {
            // "(including 169 killed,<br> 752 missing<br>& 500 nonbattle)": a part list across lines, open until its ")".
            wholeOfLine = _openWhole = _lastOfLine;
            _builder.MarkTokens(rest, 0, 1 + opening, CasualtySpanKind.Separator);
            rest = rest.GetRange(1 + opening, rest.Count - 1 - opening);
        }

        if (_openWhole is not null && rest.Count > 0 && ClosesOpenParenthesis(rest))
        {
            _builder.MarkTokens(rest, rest.Count - 1, rest.Count, CasualtySpanKind.Separator);
            rest = rest.GetRange(0, rest.Count - 1);
            _openWhole = null;
        }

        if (rest.Count > 2 && rest[0].IsSymbol('(') && CasualtyPhrases.MatchingParen(rest, 0) == rest.Count)
        {
            // A line in parentheses, "(including 15,009 killed)": read what is inside; "including" makes it a part of the line above.
            var skip = PartWords(rest, 1);
            if (skip > 0)
            {
                wholeOfLine = _lastOfLine;
            }

            _builder.MarkTokens(rest, 0, 1 + skip, CasualtySpanKind.Separator);
            _builder.MarkTokens(rest, rest.Count - 1, rest.Count, CasualtySpanKind.Separator);
            rest = rest.GetRange(1 + skip, rest.Count - skip - 2);
        }

        if (rest.Count > 1 && (rest[0].IsSymbol('&') || rest[0].IsWord("and") || rest[0].IsWord("plus") || rest[0].IsSymbol('+'))
            && CasualtyQuantityReader.StartsAt(rest, 1, _terms))
        {
            // "& 500 nonbattle" on a line of its own continues the list above.
            _builder.MarkTokens(rest, 0, 1, CasualtySpanKind.Separator);
            rest = rest.GetRange(1, rest.Count - 1);
        }

        if (TryContinueMeasureList(rest, out var consumed))
        {
            rest = rest.GetRange(consumed, rest.Count - consumed);
        }

        _continuation = null;
        var before = _builder.Drafts.Count;
        foreach (var (segment, claim) in Segments(rest, lineAttribution))
        {
            ReadSegment(segment, lineGroup, claim, lineMeasure, wholeOfLine);
        }

        var drafts = _builder.Drafts;
        if (drafts.Count > before && drafts[^1] is { OpenList: true, MeasureText: not null } last)
        {
            _continuation = last;
        }

        if (drafts.Count > before)
        {
            _lastOfLine = drafts.Skip(before).LastOrDefault(d => d.PartOf is null) ?? drafts[^1];
        }

        _sinceLastLabel.AddRange(drafts.Skip(before));
    }

    /// <summary>Gets a value indicating whether the line ends with a ")" that no "(" on it opened.</summary>
    private static bool ClosesOpenParenthesis(List<CasualtyToken> line)
    {
        var depth = 0;
        foreach (var t in line)
        {
            depth += t.IsSymbol('(') ? 1 : t.IsSymbol(')') ? -1 : 0;
        }

        return depth < 0 && line[^1].IsSymbol(')');
    }

    /// <summary>
    /// Cuts a line into claimant segments: at ";" always, and at ",", "/" or "and" when a claim heading follows
    /// ("…; per Ukraine: 2,500 killed", "…, Ukrainian claim: 300 killed"). Each segment keeps the claim of the one
    /// before unless it names its own.
    /// </summary>
    private List<(List<CasualtyToken> Tokens, Claim? Claim)> Segments(List<CasualtyToken> tokens, Claim? claim)
    {
        var segments = new List<(List<CasualtyToken>, Claim?)>();
        if (!tokens.Exists(t => t.IsSymbol(':')))
        {
            // A claim heading ends with a colon: without one there is one segment, and no tail needs to be copied.
            segments.Add((tokens, claim));
            return segments;
        }

        var depth = 0;
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            depth = t.IsSymbol('(') ? depth + 1 : t.IsSymbol(')') ? Math.Max(0, depth - 1) : depth;
            if (depth > 0 || i + 1 >= tokens.Count || !(t.IsSymbol(';') || t.IsSymbol(',') || t.IsSymbol('/') || t.IsWord("and") || t.IsSymbol('|')))
            {
                continue;
            }

            var next = i + 1;
            while (next < tokens.Count && (tokens[next].IsWord("and") || tokens[next].IsWord("while") || tokens[next].IsWord("whereas")))
            {
                next++;
            }

            if (next >= tokens.Count)
            {
                continue;
            }

            var tail = tokens.GetRange(next, tokens.Count - next);
            if (TryHeading(tail, out var restStart, out var heading) && ClaimOf(heading) is { } own && restStart < tail.Count)
            {
                segments.Add((tokens.GetRange(start, i - start), claim));
                _builder.MarkTokens(tokens, i, next, CasualtySpanKind.Separator);
                _builder.MarkTokens(tail, 0, restStart, CasualtySpanKind.Label);
                claim = own;
                start = next + restStart;
                i = start - 1;
            }
        }

        segments.Add((start == 0 ? tokens : tokens.GetRange(start, tokens.Count - start), claim));
        return segments;
    }

    private void ReadSegment(List<CasualtyToken> segment, string? group, Claim? claim, Measure? measure, CasualtyDraft? wholeOfLine)
    {
        var chunks = SplitChunks(segment, out var joins);
        var drafts = new List<List<CasualtyDraft>>();
        foreach (var chunk in chunks)
        {
            var count = _builder.Drafts.Count;
            ReadChunk(chunk, group, claim, measure);
            drafts.Add(_builder.Drafts.Skip(count).ToList());
        }

        ShareMeasures(drafts, joins);
        LinkParts(drafts, joins, wholeOfLine);
    }

    /// <summary>
    /// A line that is only a claim, "(British claim)" or "(according to Finnish estimates)", applies to the estimates above it
    /// back to the previous heading or note that have no claim of their own.
    /// </summary>
    private bool TryNoteLine(List<CasualtyToken> line)
    {
        var inner = CasualtyPhrases.StripParens(line);
        var claim = inner.Exists(t => t.IsSymbol(':')) ? null : ClaimOf(inner);
        if (claim is null || _sinceLastLabel.Count == 0)
        {
            return false;
        }

        foreach (var draft in _sinceLastLabel.Where(d => d.Attribution is null))
        {
            draft.Attribution = claim.Name;
            draft.AttributionText = claim.Text;
        }

        _sinceLastLabel.Clear();
        _builder.MarkTokens(line, 0, line.Count, CasualtySpanKind.Label);
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

            if (t.IsSymbol('(') && i > first && CasualtyPhrases.MatchingParen(line, i) is var after && after > i)
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
        CasualtyPhrases.MatchMeasures(_text, line, start, out var end, out var words, out var found);
        if (words is null || (end < line.Count && !line[end].IsSymbol('.') && !line[end].IsSymbol(',')))
        {
            return false;
        }

        draft.MeasureParts.AddRange(found);
        draft.Measure = CasualtyPhrases.Combine(draft.MeasureParts);
        draft.MeasureText = string.Join(' ', _text[draft.MeasureStart..line[end - 1].End].Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        _builder.Own(draft, draft.CleanEnd, line[end - 1].End);
        consumed = end;
        return true;
    }

    /// <summary>
    /// "4 soldiers and 2 civilians killed", "1 ammunition dump and several mortars destroyed", "3 soldiers, 2 police
    /// and 4 civilians killed": counts that name what they count but no measure share the measure of the next count,
    /// when both count people or both count things.
    /// </summary>
    private static void ShareMeasures(List<List<CasualtyDraft>> drafts, List<Join> joins)
    {
        for (var i = drafts.Count - 2; i >= 0; i--)
        {
            if (joins[i + 1] is Join.And or Join.Comma && drafts[i].Count == 1 && drafts[i + 1].Count >= 1
                && drafts[i][0] is { MeasureText: null, NamesWhatIsCounted: true } first
                && drafts[i + 1][0] is { MeasureText: not null, NamesWhatIsCounted: true } next && first.IsPeople == next.IsPeople
                && (joins[i + 1] == Join.And || LaterJoinIsAnd(joins, i + 1, drafts)))
            {
                first.Measure = next.Measure;
                first.MeasureText = next.MeasureText;
            }
        }
    }

    /// <summary>A comma list shares a measure only when it ends with "and": "3 soldiers, 2 police and 4 civilians killed".</summary>
    private static bool LaterJoinIsAnd(List<Join> joins, int from, List<List<CasualtyDraft>> drafts)
    {
        for (var k = from; k < joins.Count; k++)
        {
            if (joins[k] == Join.And)
            {
                return true;
            }

            if (k < drafts.Count && drafts[k].Count > 0 && drafts[k][0].MeasureText is not null && k > from)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "at least 12 civilians, including 4 children and 3 women": what follows "including", "of whom", "of which" or
    /// "among them" counts part of the estimate before it, and so does what "and" or "," joins to a part without naming a
    /// measure of its own other than the whole's. A part without a measure counts what its whole counts.
    /// </summary>
    private static void LinkParts(List<List<CasualtyDraft>> drafts, List<Join> joins, CasualtyDraft? wholeOfLine)
    {
        CasualtyDraft? whole = wholeOfLine;
        var partsNameMeasures = false;
        for (var c = 0; c < drafts.Count; c++)
        {
            if (joins[c] == Join.Part || (c > 0 && drafts[c].Count > 0 && drafts[c][0].SaysPart))
            {
                var previous = c > 0 ? drafts[c - 1].LastOrDefault(d => d.PartOf is null) : null;
                whole = previous ?? (c > 0 ? drafts[c - 1].LastOrDefault()?.PartOf : null) ?? whole;
                partsNameMeasures = drafts[c].Count > 0 && drafts[c][0].MeasureText is not null;
            }
            else if (c > 0 && !(joins[c] is Join.And or Join.Comma && whole is not null))
            {
                whole = null;
            }

            if (whole is null)
            {
                continue;
            }

            foreach (var part in drafts[c].Where(d => d.PartOf is null && d != whole))
            {
                if (joins[c] != Join.Part && !part.SaysPart && c > 0 && part.MeasureText is not null && part.Measure != whole.Measure && !partsNameMeasures)
                {
                    // "100 killed including 20 soldiers and 200 wounded": a new measure is not a part, unless the parts name
                    // measures of their own ("300 casualties, including 20 killed and 10 missing").
                    whole = null;
                    break;
                }

                part.PartOf = whole;
                if (part.MeasureText is null && whole.MeasureText is not null)
                {
                    part.Measure = whole.Measure;
                    part.MeasureText = whole.MeasureText;
                }
            }
        }
    }

    /// <summary>Cuts a line at ",", ";", "/", "and", "plus", "&amp;" and the part words when a new quantity follows (outside parentheses).</summary>
    private List<List<CasualtyToken>> SplitChunks(List<CasualtyToken> tokens, out List<Join> joins)
    {
        joins = [];
        var chunks = new List<List<CasualtyToken>>();
        var current = new List<CasualtyToken>();
        var join = Join.None;
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

            if (depth == 0 && !t.IsWord("and") && CasualtyQuantityReader.TryRead(tokens, i, _terms, out _, out var quantityEnd) && quantityEnd > i + 1)
            {
                // A quantity keeps its own words: "between 40 and 60", "2 or 3".
                for (var k = i; k < quantityEnd; k++)
                {
                    current.Add(tokens[k]);
                }

                i = quantityEnd - 1;
                continue;
            }

            if (depth == 0 && current.Count > 0 && IsSeparatorStart(tokens, i))
            {
                var next = i;
                var kind = Join.Comma;
                while (next < tokens.Count)
                {
                    if (PartWords(tokens, next) is var part and > 0)
                    {
                        kind = Join.Part;
                        next += part;
                    }
                    else if (tokens[next].IsWord("and") || tokens[next].IsSymbol('&') || tokens[next].IsWord("plus"))
                    {
                        kind = kind == Join.Part ? Join.Part : Join.And;
                        next++;
                    }
                    else if (tokens[next].IsSymbol(',') || tokens[next].IsSymbol(';') || tokens[next].IsSymbol('/') || tokens[next].IsSymbol('.')
                        || tokens[next].IsWord("or"))
                    {
                        next++;
                    }
                    else
                    {
                        break;
                    }
                }

                if (next < tokens.Count && next > i && CasualtyQuantityReader.StartsAt(tokens, next, _terms))
                {
                    _builder.MarkTokens(tokens, i, next, CasualtySpanKind.Separator);
                    joins.Add(join);
                    chunks.Add(current);
                    current = [];
                    join = kind;
                    i = next - 1;
                    continue;
                }
            }

            current.Add(t);
        }

        if (current.Count > 0)
        {
            joins.Add(join);
            chunks.Add(current);
        }

        return chunks;
    }

    private static bool IsSeparatorStart(List<CasualtyToken> tokens, int i)
    {
        var t = tokens[i];
        return t.IsSymbol(',') || t.IsSymbol(';') || t.IsSymbol('&') || t.IsSymbol('/') || t.IsWord("and") || t.IsWord("plus") || PartWords(tokens, i) > 0;
    }

    /// <summary>Gets the number of tokens of a part word at <paramref name="i"/>: "including", "incl.", "of whom", "of which", "among them", "among whom"; 0 when none.</summary>
    private static int PartWords(List<CasualtyToken> tokens, int i)
    {
        if (i >= tokens.Count)
        {
            return 0;
        }

        var t = tokens[i];
        if (i > 0 && tokens[i - 1].IsWord("not"))
        {
            // "not including 20 missing" counts something else.
            return 0;
        }

        if (t.IsWord("including") || t.IsWord("includes") || t.IsWord("inc"))
        {
            return 1;
        }

        if (t.IsWord("incl"))
        {
            return i + 1 < tokens.Count && tokens[i + 1].IsSymbol('.') ? 2 : 1;
        }

        if (i + 1 < tokens.Count && (t.IsWord("of") || t.IsWord("among") || t.IsWord("amongst"))
            && tokens[i + 1].Lower is "whom" or "which" or "them" or "those" or "these")
        {
            return i + 2 < tokens.Count && tokens[i + 2].IsWord("were") ? 3 : 2;
        }

        return 0;
    }

    // ---- Chunks: one estimate each ------------------------------------------------------------------

    private void ReadChunk(List<CasualtyToken> chunk, string? group, Claim? claim, Measure? headingMeasure)
    {
        var end = chunk.Count;
        while (end > 0 && (chunk[end - 1].IsSymbol('.') || chunk[end - 1].IsSymbol(',') || chunk[end - 1].IsSymbol(';')))
        {
            end--;
        }

        _builder.MarkTokens(chunk, end, chunk.Count, CasualtySpanKind.Separator);
        if (end == 0)
        {
            return;
        }

        var tokens = end == chunk.Count ? chunk : chunk.GetRange(0, end);
        if (IsNoFigure(tokens))
        {
            _builder.MarkTokens(tokens, 0, tokens.Count, CasualtySpanKind.NoFigure);
            return;
        }

        if (TryZero(tokens, group, claim))
        {
            return;
        }

        var q = -1;
        Quantity? quantity = null;
        var p = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (CasualtyQuantityReader.TryRead(tokens, i, _terms, out quantity, out p))
            {
                q = i;
                break;
            }
        }

        if (q < 0 || quantity is null || (q > 0 && ChangesTheNumber(tokens[q - 1])))
        {
            // No number, or one after words that change what it means ("excluding 40", "not 40"): nothing is counted.
            _builder.MarkTokens(tokens, 0, tokens.Count, CasualtySpanKind.Unparsed);
            return;
        }

        if (q == 0 && p + 1 < tokens.Count && tokens[p].IsSymbol(':') && tokens[p + 1].Start > tokens[p].End)
        {
            // "1944: 30 killed", "1944–1945: 120 killed": a number before a colon labels what follows (a year, a phase) and
            // counts nothing; it stays unparsed, and what follows is read on its own.
            _builder.MarkTokens(tokens, 0, p + 1, CasualtySpanKind.Unparsed);
            ReadChunk(tokens.GetRange(p + 1, tokens.Count - p - 1), group, claim, headingMeasure);
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
        while (p < tokens.Count && CasualtyPhrases.MatchMeasure(tokens, p) is null && IsUnitToken(tokens, p))
        {
            p++;
            unitEnd = p;
        }

        var saysPart = false;
        if (q == 0 && PartWords(tokens, p) is var ofThem and > 0 && tokens[p].IsWord("of"))
        {
            // "12 killed, 3 of them civilians": a part of the estimate before.
            _builder.MarkTokens(tokens, p, p + ofThem, CasualtySpanKind.Separator);
            saysPart = true;
            p += ofThem;
            unitStart = unitEnd = p;
            while (p < tokens.Count && CasualtyPhrases.MatchMeasure(tokens, p) is null && IsUnitToken(tokens, p))
            {
                p++;
                unitEnd = p;
            }
        }

        string? remark = null;
        if (p < tokens.Count && tokens[p].IsSymbol('(') && CasualtyPhrases.MatchingParen(tokens, p) is var shut && shut > p + 1 && shut < tokens.Count
            && CasualtyPhrases.MatchMeasure(tokens, shut) is not null && ClaimOf(CasualtyPhrases.StripParens(tokens.GetRange(p, shut - p))) is null)
        {
            // "1 escort carrier (HMS Avenger) sunk": a name in parentheses between what is counted and the measure.
            remark = CasualtyPhrases.Text(_text, tokens, p + 1, shut - 1);
            p = shut;
        }

        var measureStart = p < tokens.Count ? tokens[p].Start : 0;
        var measure = CasualtyPhrases.MatchMeasures(_text, tokens, p, out var measureEnd, out var measureText, out var measureParts);
        var resolved = headingMeasure;
        if (measureText is not null)
        {
            resolved = measure;
            p = measureEnd;
        }

        if (q > 0 && measureText is null && unitEnd == unitStart && tokens.Take(q).Any(t => t.Kind == CasualtyTokenKind.Word))
        {
            // "Security Regiment 5", "For the period July 7–22": a number after words, counting nothing, is a name or a date.
            _builder.MarkTokens(tokens, 0, tokens.Count, CasualtySpanKind.Unparsed);
            return;
        }

        _builder.MarkTokens(tokens, 0, q, CasualtySpanKind.Unparsed);
        string? unit = null;
        string? subject = null;
        if (unitEnd > unitStart)
        {
            var words = tokens.GetRange(unitStart, unitEnd - unitStart);
            if (CasualtyLexicon.PeopleNouns.Contains(words[^1].Text) || IsDemonym(words))
            {
                subject = CasualtyPhrases.Text(_text, tokens, unitStart, unitEnd);
            }
            else
            {
                unit = CasualtyPhrases.Text(_text, tokens, unitStart, unitEnd);
            }
        }

        var draft = new CasualtyDraft
        {
            Quantity = quantity, Measure = resolved, MeasureText = measureText, Unit = unit, Subject = subject, Group = group,
            Attribution = claim?.Name, AttributionText = claim?.Text, CleanStart = tokens[q].Start, CleanEnd = tokens[p - 1].End,
            MeasureParts = measureParts, MeasureStart = measureStart, OpenList = p == tokens.Count && end < chunk.Count && chunk[end].IsSymbol(','),
            SaysPart = saysPart, Remark = remark,
        };

        // A claim after it: "(Italian claim)", "according to the army", "per Russia".
        if (p < tokens.Count)
        {
            var claimEnd = tokens[p].IsSymbol('(') ? CasualtyPhrases.MatchingParen(tokens, p) : tokens.Count;
            if (claimEnd > p && ClaimOf(CasualtyPhrases.StripParens(tokens.GetRange(p, claimEnd - p))) is { } own)
            {
                draft.Attribution = own.Name;
                draft.AttributionText = own.Text;
                draft.CleanEnd = tokens[claimEnd - 1].End;
                p = claimEnd;
            }
        }

        _builder.Add(draft);
        while (p < tokens.Count && tokens[p].IsSymbol('(') && CasualtyPhrases.MatchingParen(tokens, p) is var close && close > p + 1)
        {
            if (!TryParenthesis(tokens, p, close, draft, group))
            {
                break;
            }

            p = close;
        }

        _builder.MarkTokens(tokens, p, tokens.Count, CasualtySpanKind.Unparsed);
    }

    /// <summary>
    /// A parenthesis after an estimate: its parts ("7 tanks (5 T-26, 2 T-38)", "62,704 casualties (including 15,009
    /// killed)") when every bit of it reads as estimates, a claim ("(Italian claim)"), or otherwise a remark that
    /// qualifies the estimate without counting ("13 killed (1 later died in hospital)", "(mostly civilians)"): the remark
    /// becomes part of the estimate's span and its <see cref="ParsedEstimate.Remark"/>, and no number in it is counted.
    /// </summary>
    private bool TryParenthesis(List<CasualtyToken> tokens, int open, int close, CasualtyDraft draft, string? group)
    {
        var inner = tokens.GetRange(open + 1, close - open - 2);
        if (inner.Exists(t => t.IsSymbol('(') || t.IsSymbol(':')))
        {
            return false;
        }

        if (ClaimOf(CasualtyPhrases.StripParens(inner)) is { } claim && draft.Attribution is null)
        {
            draft.Attribution = claim.Name;
            draft.AttributionText = claim.Text;
            _builder.Own(draft, tokens[open].Start, tokens[close - 1].End);
            return true;
        }

        var skip = PartWords(inner, 0);
        if (skip < inner.Count && CasualtyQuantityReader.StartsAt(inner, skip, _terms))
        {
            var saved = _builder.Checkpoint(tokens[open].Start, tokens[close - 1].End);
            var before = _builder.Drafts.Count;
            _builder.MarkTokens(tokens, open, open + 1 + skip, CasualtySpanKind.Separator);
            _builder.MarkTokens(tokens, close - 1, close, CasualtySpanKind.Separator);
            var body = inner.GetRange(skip, inner.Count - skip);
            var chunks = SplitChunks(body, out _);
            foreach (var sub in chunks)
            {
                ReadChunk(sub, group, draft.Attribution is null ? null : new Claim(draft.Attribution, draft.AttributionText ?? draft.Attribution), null);
            }

            var parts = _builder.Drafts.Skip(before).ToList();
            if (!_builder.AnyUnparsed(tokens[open].Start, tokens[close - 1].End) && parts.Count > 0)
            {
                foreach (var part in parts.Where(d => d.PartOf is null))
                {
                    part.PartOf = draft;
                    if (part.MeasureText is null && draft.MeasureText is not null && skip > 0)
                    {
                        part.Measure = draft.Measure;
                        part.MeasureText = draft.MeasureText;
                    }
                }

                return true;
            }

            _builder.Rollback(saved);
        }

        if (inner.Count == 0 || inner.Count > 16)
        {
            return false;
        }

        draft.Remark = CasualtyPhrases.Text(_text, inner, 0, inner.Count);
        _builder.Own(draft, tokens[open].Start, tokens[close - 1].End);
        return true;
    }

    /// <summary>Words that, just before a number, change what it counts so that it is not an estimate of the field: "excluding 40", "not 40", "than 40".</summary>
    private static bool ChangesTheNumber(CasualtyToken previous) =>
        previous.Kind == CasualtyTokenKind.Word && previous.Lower is "between" or "from" or "excluding" or "except" or "not" or "nor" or "than" or "minus" or "besides";

    private static bool IsUnitToken(List<CasualtyToken> tokens, int p)
    {
        var t = tokens[p];
        if (t.Kind == CasualtyTokenKind.Word)
        {
            if (CasualtyLexicon.StopWords.Contains(t.Text)
                || (CasualtyLexicon.MeasureAdverbs.Contains(t.Text) && p + 1 < tokens.Count && CasualtyPhrases.MatchMeasure(tokens, p + 1) is not null))
            {
                return false;
            }

            if ((t.IsWord("and") || t.IsWord("or")) && (p + 1 >= tokens.Count || tokens[p + 1].Kind != CasualtyTokenKind.Word
                || CasualtyPhrases.MatchMeasure(tokens, p + 1) is not null || CasualtyLexicon.StopWords.Contains(tokens[p + 1].Text)))
            {
                return false;
            }

            return p == 0 || !tokens[p - 1].IsSymbol('(');
        }

        // "88 mm guns", "T-26": a number or hyphen inside a name, when a word follows.
        return (t.Kind == CasualtyTokenKind.Number || t.IsSymbol('/') || t.IsSymbol('-'))
            && p + 1 < tokens.Count && tokens[p + 1].Kind == CasualtyTokenKind.Word && !CasualtyLexicon.StopWords.Contains(tokens[p + 1].Text)
            && CasualtyPhrases.MatchMeasure(tokens, p + 1) is null && !CasualtyLexicon.NotCounts.Contains(tokens[p + 1].Text);
    }

    /// <summary>"70,000 Italian", "26,000 German": one capitalised word that is a known demonym, or reads as a nationality, counts people.</summary>
    private static bool IsDemonym(List<CasualtyToken> words)
    {
        if (words.Count != 1 || words[0].Text.Length < 4 || !char.IsUpper(words[0].Text[0]))
        {
            return false;
        }

        var word = words[0].Text;
        return CasualtyClaimants.IsKnown(word) || word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
            || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ch", StringComparison.Ordinal)
            || (word.EndsWith('i') && !word.EndsWith("ii", StringComparison.Ordinal));
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
            if (t.IsSymbol('?') || t.Lower is "unknown" or "uncertain" or "unclear" or "unconfirmed" or "unreported" or "undisclosed" or "na" or "unk" or "nk")
            {
                indicator = true;
            }
            else if (t.IsWord("n") && i + 2 < tokens.Count && tokens[i + 1].IsSymbol('/') && tokens[i + 2].IsWord("a"))
            {
                indicator = true;
                i += 2;
            }
            else if (t.Kind == CasualtyTokenKind.Number || !(CasualtyLexicon.NoFigureWords.Contains(t.Text) || CasualtyPhrases.MatchMeasure(tokens, i) is not null
                || CasualtyLexicon.PeopleNouns.Contains(t.Text) || t.IsSymbol(',') || t.IsSymbol('/') || t.IsSymbol(':') || t.IsWord("and") || t.IsWord("or")))
            {
                return false;
            }
        }

        return indicator || (tokens.Count == 1 && tokens[0].Text is "-" or "–" or "—");
    }

    /// <summary>"None", "nil", "no losses", "zero killed".</summary>
    private bool TryZero(List<CasualtyToken> tokens, string? group, Claim? claim)
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

        var measure = CasualtyPhrases.MatchMeasures(_text, tokens, p, out var end, out var measureText, out _);
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

        _builder.Add(new CasualtyDraft
        {
            Quantity = Quantity.Exactly(0), Measure = measureText is null ? null : measure, MeasureText = measureText, Group = group,
            Attribution = claim?.Name, AttributionText = claim?.Text, CleanStart = tokens[0].Start, CleanEnd = tokens[^1].End,
        });
        return true;
    }

    private Claim? ClaimOf(List<CasualtyToken> tokens) =>
        CasualtyPhrases.MatchClaim(_text, tokens) is { } text ? new Claim(CasualtyClaimants.Normalise(text), text) : null;

    /// <summary>A claimant: its one name and the words the text used.</summary>
    /// <param name="Name">The normalised name ("Ukraine").</param>
    /// <param name="Text">As written ("Ukrainian").</param>
    private sealed record Claim(string Name, string Text);
}
