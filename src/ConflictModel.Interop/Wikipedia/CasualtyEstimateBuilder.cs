using System;
using System.Collections.Generic;
using ConflictModel.Collections;

namespace ConflictModel.Interop.Wikipedia;

/// <summary>
/// Building estimates: remembers what every readable character was taken to be (an estimate's, a label, a
/// separator...), and at the end maps that back to the input to give <see cref="CasualtySpan"/>s that cover it
/// exactly and the <see cref="ParsedEstimate"/>s in input order.
/// </summary>
/// <remarks>
/// The first mark on a character wins, except that an estimate always takes its characters; marks can be taken
/// back with <see cref="Checkpoint"/> and <see cref="Rollback"/> when a reading is tried and dropped.
/// </remarks>
internal sealed class CasualtyEstimateBuilder
{
    private const int KindBase = -100;

    private readonly string _input;
    private readonly CleanText _clean;
    private readonly CasualtySpanKind[] _kinds;
    private readonly int[] _owners;
    private readonly List<CasualtyDraft> _drafts = [];

    /// <summary>Initializes a new instance of the <see cref="CasualtyEstimateBuilder"/> class.</summary>
    /// <param name="input">The original text.</param>
    /// <param name="clean">Its readable text and position map.</param>
    public CasualtyEstimateBuilder(string input, CleanText clean)
    {
        _input = input;
        _clean = clean;
        Text = clean.Text;
        _kinds = new CasualtySpanKind[Text.Length];
        _owners = new int[Text.Length];
        Array.Fill(_owners, -1);
    }

    /// <summary>Gets the readable text.</summary>
    public string Text { get; }

    /// <summary>Gets the drafts so far, in the order they were added.</summary>
    public IReadOnlyList<CasualtyDraft> Drafts => _drafts;

    /// <summary>Adds an estimate and gives it its readable characters.</summary>
    /// <param name="draft">The estimate.</param>
    public void Add(CasualtyDraft draft)
    {
        draft.Index = _drafts.Count;
        _drafts.Add(draft);
        Own(draft, draft.CleanStart, draft.CleanEnd);
    }

    /// <summary>Gives readable [start, end) to <paramref name="draft"/> and moves its end there when it grows.</summary>
    /// <param name="draft">An added estimate.</param>
    /// <param name="start">The first readable position.</param>
    /// <param name="end">The exclusive end.</param>
    public void Own(CasualtyDraft draft, int start, int end)
    {
        for (var c = start; c < end; c++)
        {
            _kinds[c] = CasualtySpanKind.Estimate;
            _owners[c] = draft.Index;
        }

        draft.CleanEnd = Math.Max(draft.CleanEnd, end);
    }

    /// <summary>Marks tokens [from, to) of <paramref name="tokens"/>; labels, unparsed and no-figure text as one stretch with its spaces.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="from">The first token.</param>
    /// <param name="to">The exclusive last token.</param>
    /// <param name="kind">What they are.</param>
    public void MarkTokens(IReadOnlyList<CasualtyToken> tokens, int from, int to, CasualtySpanKind kind)
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

    /// <summary>Marks readable [start, end) as <paramref name="kind"/> where nothing marked it before.</summary>
    /// <param name="start">The first readable position.</param>
    /// <param name="end">The exclusive end.</param>
    /// <param name="kind">What the characters are.</param>
    public void Mark(int start, int end, CasualtySpanKind kind)
    {
        for (var c = start; c < end; c++)
        {
            if (_kinds[c] == 0)
            {
                _kinds[c] = kind;
            }
        }
    }

    /// <summary>Gets a value indicating whether any character in readable [start, end) is marked unparsed.</summary>
    /// <param name="start">The first readable position.</param>
    /// <param name="end">The exclusive end.</param>
    /// <returns>Whether some of it was not understood.</returns>
    public bool AnyUnparsed(int start, int end)
    {
        for (var c = start; c < end; c++)
        {
            if (_kinds[c] == CasualtySpanKind.Unparsed)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Remembers the marks of readable [start, end) and the number of drafts, to try a reading.</summary>
    /// <param name="start">The first readable position.</param>
    /// <param name="end">The exclusive end.</param>
    /// <returns>What <see cref="Rollback"/> needs.</returns>
    public Saved Checkpoint(int start, int end) =>
        new(start, _kinds.AsSpan(start, end - start).ToArray(), _owners.AsSpan(start, end - start).ToArray(), _drafts.Count);

    /// <summary>Takes back every mark and draft made since <paramref name="saved"/>.</summary>
    /// <param name="saved">A checkpoint.</param>
    public void Rollback(Saved saved)
    {
        saved.Kinds.CopyTo(_kinds.AsSpan(saved.Start));
        saved.Owners.CopyTo(_owners.AsSpan(saved.Start));
        _drafts.RemoveRange(saved.Drafts, _drafts.Count - saved.Drafts);
    }

    /// <summary>Builds the result: spans over the whole input and the estimates in input order.</summary>
    /// <returns>The parse result.</returns>
    public CasualtyParseResult Build()
    {
        // Owner of each input character: an estimate index (>= 0) or a kind (encoded below KindBase).
        var owner = new int[_input.Length];
        Array.Fill(owner, int.MinValue);
        for (var c = 0; c < Text.Length; c++)
        {
            if (_owners[c] >= 0)
            {
                continue;
            }

            var kind = _kinds[c] != 0 ? _kinds[c] : char.IsWhiteSpace(Text[c]) ? CasualtySpanKind.Separator : CasualtySpanKind.Unparsed;
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
            if (draft.CleanEnd <= draft.CleanStart)
            {
                continue;
            }

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
        var placed = new List<(CasualtyDraft Draft, int Start, int Length, string Text)>();
        var seen = new HashSet<int>();
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
            if (o >= 0 && seen.Add(o))
            {
                placed.Add((_drafts[o], i, j - i, text));
            }
            else if (o >= 0)
            {
                // An estimate cut in two by another's characters is two spans; keep the first as the estimate.
                spans[^1] = spans[^1] with { Kind = CasualtySpanKind.Unparsed };
            }

            i = j;
        }

        var position = new Dictionary<CasualtyDraft, int>(placed.Count);
        for (var k = 0; k < placed.Count; k++)
        {
            position[placed[k].Draft] = k;
        }

        var estimates = new ParsedEstimate[placed.Count];
        for (var k = 0; k < placed.Count; k++)
        {
            var (d, start, length, text) = placed[k];
            estimates[k] = new ParsedEstimate
            {
                Quantity = d.Quantity, Measure = d.Measure, MeasureText = d.MeasureText, Unit = d.Unit, Subject = d.Subject, Attribution = d.Attribution,
                AttributionText = d.AttributionText, Group = d.Group, Remark = d.Remark, Start = start, Length = length, Text = text,
                PartOf = d.PartOf is { } whole && position.TryGetValue(whole, out var w) && w != k ? w : null,
            };
        }

        return new CasualtyParseResult { Input = _input, Estimates = EquatableArray.From(estimates), Spans = EquatableArray.From(spans) };
    }

    /// <summary>The marks of a stretch and the draft count at a checkpoint.</summary>
    /// <param name="Start">The first readable position saved.</param>
    /// <param name="Kinds">The kinds there.</param>
    /// <param name="Owners">The owners there.</param>
    /// <param name="Drafts">The number of drafts.</param>
    internal readonly record struct Saved(int Start, CasualtySpanKind[] Kinds, int[] Owners, int Drafts);
}
