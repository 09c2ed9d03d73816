using System.Collections.Generic;
using System.Text;

namespace ConflictModel.Interop.Wikipedia;

/// <summary>
/// The readable text of a piece of wikitext, with every readable character mapped back to the span of the
/// original it came from, and the spans of references and comments that were removed.
/// </summary>
/// <remarks>
/// A readable character may come from one original character ("5"), from several (<c>&amp;nbsp;</c> gives
/// one space) or from a template (<c>{{circa|2,000}}</c> gives "c. 2,000", whose "c. " maps to the
/// template's opening). Original characters that give no readable character (link brackets, bold quotes,
/// flag icons) are markup.
/// </remarks>
internal sealed class CleanText
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _starts = [];
    private readonly List<int> _ends = [];

    /// <summary>Gets the readable text built so far.</summary>
    public string Text => _text.ToString();

    /// <summary>Gets the number of readable characters.</summary>
    public int Length => _text.Length;

    /// <summary>Gets the removed references and comments as original [start, end) ranges.</summary>
    public List<(int Start, int End)> References { get; } = [];

    /// <summary>Gets the original start of readable character <paramref name="index"/>.</summary>
    /// <param name="index">A readable position.</param>
    /// <returns>An original offset.</returns>
    public int StartOf(int index) => _starts[index];

    /// <summary>Gets the original exclusive end of readable character <paramref name="index"/>.</summary>
    /// <param name="index">A readable position.</param>
    /// <returns>An original offset.</returns>
    public int EndOf(int index) => _ends[index];

    /// <summary>Appends readable text that stands for original [start, end).</summary>
    /// <param name="text">The readable characters.</param>
    /// <param name="start">The original start.</param>
    /// <param name="end">The original exclusive end.</param>
    public void Append(string text, int start, int end)
    {
        foreach (var c in text)
        {
            _text.Append(c);
            _starts.Add(start);
            _ends.Add(end);
        }
    }

    /// <summary>Appends one original character as itself.</summary>
    /// <param name="c">The character.</param>
    /// <param name="position">Its original offset.</param>
    public void AppendOriginal(char c, int position)
    {
        _text.Append(c);
        _starts.Add(position);
        _ends.Add(position + 1);
    }
}
