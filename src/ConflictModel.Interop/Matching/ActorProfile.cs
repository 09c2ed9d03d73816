using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ConflictModel.Actors;

namespace ConflictModel.Interop.Matching;

/// <summary>
/// What an actor is known by, prepared once for comparison: its names and aliases normalised, their words, their
/// initials, the state it names ("Government of Mali", "Military Forces of Mali (2021-)" and "Police Forces of Mali"
/// all name the state of Mali), its external ids, and the profiles of its parents.
/// </summary>
internal sealed class ActorProfile
{
    private static readonly string[] StatePrefixes = ["government of ", "military forces of ", "police forces of ", "armed forces of ", "security forces of "];

    /// <summary>Words too common in actor names to tell actors apart.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal) { "of", "the", "and", "al", "el", "wal", "wa", "de", "du", "des", "la", "le", "l", "d" };

    private ActorProfile(string name, string[] names, HashSet<string> words, string[] acronyms, string? state, string[] ids, ActorProfile[] parents)
    {
        Name = name;
        Names = names;
        Words = words;
        Acronyms = acronyms;
        State = state;
        Ids = ids;
        Parents = parents;
    }

    /// <summary>Gets a value indicating whether the actor is civilians (its kind, or a name starting with the word), whom every one-sided event shares.</summary>
    public bool IsCivilians { get; private init; }

    /// <summary>Gets the actor's name as written.</summary>
    public string Name { get; }

    /// <summary>Gets the normalised name and aliases.</summary>
    public string[] Names { get; }

    /// <summary>Gets the distinctive words of all names.</summary>
    public HashSet<string> Words { get; }

    /// <summary>Gets the initials of each multi-word name, and each single short word (which may itself be an acronym).</summary>
    public string[] Acronyms { get; }

    /// <summary>Gets the state the actor names (its country's words), or null.</summary>
    public string? State { get; }

    /// <summary>Gets the actor's external ids that name actors (scheme:value).</summary>
    public string[] Ids { get; }

    /// <summary>Gets the profiles of the actor's parents, nearest first.</summary>
    public ActorProfile[] Parents { get; }

    /// <summary>Builds the profile of an actor and its ancestry.</summary>
    public static ActorProfile Of(Actor actor, Func<ActorId, Actor?> lookup) => Of(actor, lookup, new HashSet<ActorId>());

    /// <summary>The profile of an actor id the document does not declare: its id stands for its name.</summary>
    public static ActorProfile Undeclared(ActorId id) => Of(new Actor { Id = id, Name = id.Value ?? string.Empty, Kind = ActorKind.Unknown }, _ => null);

    /// <summary>
    /// Compares two actors: 1 for a shared external id, an equal name or alias, or the same state; 0.9 when one's
    /// initials are the other's name; the words' Dice coefficient when at least half; 0.8 when one is the other's
    /// parent (or they share one); else 0.
    /// </summary>
    /// <param name="a">One actor.</param>
    /// <param name="b">The other.</param>
    /// <param name="explain">Whether to say why (false: the reason is empty and nothing is allocated for it).</param>
    public static (double Score, string Why) Compare(ActorProfile a, ActorProfile b, bool explain = true)
    {
        var direct = Direct(a, b, explain);
        if (direct.Score >= 0.9)
        {
            return direct;
        }

        foreach (var p in a.Parents)
        {
            if (Direct(p, b, explain: false).Score >= 0.9)
            {
                return Max(direct, (0.8, explain ? $"'{b.Name}' is the parent of '{a.Name}'" : string.Empty));
            }
        }

        foreach (var p in b.Parents)
        {
            if (Direct(a, p, explain: false).Score >= 0.9)
            {
                return Max(direct, (0.8, explain ? $"'{a.Name}' is the parent of '{b.Name}'" : string.Empty));
            }

            foreach (var q in a.Parents)
            {
                if (Direct(q, p, explain: false).Score >= 0.9)
                {
                    return Max(direct, (0.8, explain ? $"'{a.Name}' and '{b.Name}' share the parent '{q.Name}'" : string.Empty));
                }
            }
        }

        return direct;
    }

    private static (double, string) Max((double Score, string Why) x, (double Score, string Why) y) => x.Score >= y.Score ? x : y;

    private static (double Score, string Why) Direct(ActorProfile a, ActorProfile b, bool explain)
    {
        foreach (var id in a.Ids)
        {
            if (Array.IndexOf(b.Ids, id) >= 0)
            {
                return (1, explain ? $"'{a.Name}' and '{b.Name}' share the id {id}" : string.Empty);
            }
        }

        foreach (var n in a.Names)
        {
            if (n.Length > 0 && Array.IndexOf(b.Names, n) >= 0)
            {
                return (1, explain ? $"'{a.Name}' = '{b.Name}' (name)" : string.Empty);
            }
        }

        if (a.State is not null && a.State == b.State)
        {
            return (1, explain ? $"'{a.Name}' and '{b.Name}' are the state of {a.State}" : string.Empty);
        }

        if (a.State is not null || b.State is not null)
        {
            // A state's forces and a group whose name shares a word with the country (Mali, "Islamic State Mali") are not alike.
            return (0, string.Empty);
        }

        foreach (var x in a.Acronyms)
        {
            if (b.Words.Contains(x) && x.Length >= 3)
            {
                return (0.9, explain ? $"'{a.Name}' ~ '{b.Name}' (initials)" : string.Empty);
            }
        }

        foreach (var x in b.Acronyms)
        {
            if (a.Words.Contains(x) && x.Length >= 3)
            {
                return (0.9, explain ? $"'{a.Name}' ~ '{b.Name}' (initials)" : string.Empty);
            }
        }

        if (a.Words.Count > 0 && b.Words.Count > 0)
        {
            var common = 0;
            foreach (var w in a.Words)
            {
                if (b.Words.Contains(w))
                {
                    common++;
                }
            }

            var dice = 2.0 * common / (a.Words.Count + b.Words.Count);
            if (dice >= 0.5)
            {
                return (Math.Round(dice, 3), explain ? $"'{a.Name}' ~ '{b.Name}' ({common} word{(common == 1 ? string.Empty : "s")} in common)" : string.Empty);
            }
        }

        return (0, string.Empty);
    }

    private static ActorProfile Of(Actor actor, Func<ActorId, Actor?> lookup, HashSet<ActorId> seen)
    {
        seen.Add(actor.Id);
        var raw = new List<string> { actor.Name ?? string.Empty };
        raw.AddRange(actor.Aliases.Where(a => a is not null));
        var names = new List<string>();
        var words = new HashSet<string>(StringComparer.Ordinal);
        var acronyms = new List<string>();
        string? state = null;
        foreach (var r in raw)
        {
            var normal = Normalise(r);
            names.Add(normal);
            foreach (var prefix in StatePrefixes)
            {
                if (normal.StartsWith(prefix, StringComparison.Ordinal))
                {
                    state ??= normal[prefix.Length..];
                }
            }

            var tokens = normal.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => !StopWords.Contains(t)).ToArray();
            words.UnionWith(tokens);
            if (tokens.Length >= 2)
            {
                acronyms.Add(string.Concat(tokens.Select(t => t[0])));
            }
        }

        var ids = actor.ExternalIds
            .Where(e => e is not null && e.Scheme is ExternalIdScheme.UcdpActor or ExternalIdScheme.AcledActor or ExternalIdScheme.Wikidata)
            .Select(e => e.Scheme + ":" + e.Value).ToArray();
        var parents = new List<ActorProfile>();
        if (actor.ParentId is { } parentId && !seen.Contains(parentId) && lookup(parentId) is { } parent)
        {
            var profile = Of(parent, lookup, seen);
            parents.Add(profile);
            parents.AddRange(profile.Parents);
        }

        return new ActorProfile(actor.Name ?? string.Empty, names.ToArray(), words, acronyms.Distinct().ToArray(), state, ids, parents.ToArray())
        {
            IsCivilians = actor.Kind == ActorKind.Civilians || (names.Count > 0 && names[0].StartsWith("civilians", StringComparison.Ordinal)),
        };
    }

    /// <summary>
    /// Lower case, without diacritics, apostrophes and parenthesised dates ("(2021-)"), other punctuation as spaces,
    /// "al-Islam" as "al islam": the spellings two datasets give one name.
    /// </summary>
    internal static string Normalise(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var text = new StringBuilder(decomposed.Length);
        var depth = 0;
        var parenthesis = new StringBuilder();
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (ch == '(')
            {
                depth++;
                parenthesis.Clear();
                continue;
            }

            if (ch == ')' && depth > 0)
            {
                depth--;
                // A parenthesis with a digit is a period of the actor ("(2021-)"); other words ("(Mali)") are kept.
                if (!parenthesis.ToString().Any(char.IsDigit))
                {
                    text.Append(' ').Append(parenthesis).Append(' ');
                }

                continue;
            }

            var target = depth > 0 ? parenthesis : text;
            if (ch is '\'' or '’' or '‘' or '`' or 'ʿ' or 'ʼ')
            {
                continue;
            }

            target.Append(char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : ' ');
        }

        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
