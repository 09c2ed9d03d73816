using System.Collections.Generic;

namespace ConflictModel.Interop.Wikipedia;

/// <summary>Splits readable text into <see cref="CasualtyToken"/>s; white space separates tokens and is not one.</summary>
internal static class CasualtyTokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    /// <param name="text">Readable text from <see cref="WikitextCleaner"/>.</param>
    /// <returns>The tokens in order.</returns>
    public static List<CasualtyToken> Tokenize(string text) => Tokenize(text, null);

    /// <summary>
    /// Tokenizes the readable text of <paramref name="clean"/>, never joining into one number digits that markup
    /// separated in the original ("30&lt;small&gt;2" is 30, then 2: removing the tag must not make 302).
    /// </summary>
    /// <param name="clean">The cleaner's output.</param>
    /// <returns>The tokens in order.</returns>
    public static List<CasualtyToken> Tokenize(CleanText clean) => Tokenize(clean.Text, clean);

    private static List<CasualtyToken> Tokenize(string text, CleanText? clean)
    {
        var tokens = new List<CasualtyToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                tokens.Add(new(CasualtyTokenKind.Break, "\n", i, i + 1));
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                i = Number(text, i, tokens, clean);
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                i = WordEnd(text, i);
                tokens.Add(new(CasualtyTokenKind.Word, text[start..i], start, i));
            }
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(new(CasualtyTokenKind.Symbol, text.Substring(i, length), i, i + length));
                i += length;
            }
        }

        return tokens;
    }

    private static int Number(string text, int start, List<CasualtyToken> tokens, CleanText? clean)
    {
        // A character continues the number only when it followed the one before in the original too.
        bool Next(int k) => clean is null || clean.EndOf(k - 1) == clean.StartOf(k);
        var i = start + 1;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && Next(i))
        {
            i++;
        }

        // Thousands separators: a comma followed by exactly three digits.
        while (i + 3 < text.Length + 0 && text[i] == ',' && Digits(text, i + 1, 3) && !(i + 4 < text.Length && char.IsAsciiDigit(text[i + 4]))
            && Next(i) && Next(i + 1) && Next(i + 2) && Next(i + 3))
        {
            i += 4;
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]) && Next(i) && Next(i + 1))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]) && Next(i))
            {
                i++;
            }
        }

        if (i < text.Length && char.IsLetter(text[i]))
        {
            // "29th", "88mm", "1st": a word, not a number.
            i = WordEnd(text, i);
            tokens.Add(new(CasualtyTokenKind.Word, text[start..i], start, i));
            return i;
        }

        tokens.Add(new(CasualtyTokenKind.Number, text[start..i], start, i));
        return i;
    }

    private static bool Digits(string text, int start, int count)
    {
        if (start + count > text.Length)
        {
            return false;
        }

        for (var k = start; k < start + count; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || c == '\'' || c == '’')
            {
                i++;
            }
            else if (c == '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]))
            {
                i++;
            }
            else if (c == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }
}
