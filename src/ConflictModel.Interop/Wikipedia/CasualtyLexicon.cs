using System;
using System.Collections.Generic;
using ConflictModel.Figures;

namespace ConflictModel.Interop.Wikipedia;

/// <summary>The words <see cref="CasualtyParser"/> knows, in small tables: measures, qualifiers, number words, people nouns.</summary>
internal static class CasualtyLexicon
{
    /// <summary>Words naming something counted but not a model measure ("damaged"), matched like measures.</summary>
    public const Measure NotInModel = 0;

    /// <summary>Measure phrases, longest first within each first word; the value <see cref="NotInModel"/> marks words the model has no measure for.</summary>
    public static readonly (string[] Words, Measure Measure)[] Measures = Phrases(
        ("killed in action", Measure.Killed), ("killed", Measure.Killed), ("dead", Measure.Killed), ("deaths", Measure.Killed),
        ("death", Measure.Killed), ("fatalities", Measure.Killed), ("died", Measure.Killed), ("kia", Measure.Killed), ("slain", Measure.Killed),
        ("executed", Measure.Killed), ("wounded in action", Measure.Wounded), ("wounded", Measure.Wounded), ("injured", Measure.Wounded),
        ("wia", Measure.Wounded), ("injuries", Measure.Wounded), ("casualties", Measure.KilledOrWounded), ("casualty", Measure.KilledOrWounded),
        ("losses", Measure.KilledOrWounded), ("taken prisoner", Measure.Captured), ("prisoners of war", Measure.Captured),
        ("prisoners", Measure.Captured), ("prisoner", Measure.Captured), ("captured", Measure.Captured), ("pows", Measure.Captured),
        ("pow", Measure.Captured), ("captives", Measure.Captured), ("taken captive", Measure.Captured), ("surrendered", Measure.Captured),
        ("arrested", Measure.Arrested), ("detained", Measure.Arrested), ("arrests", Measure.Arrested), ("missing in action", Measure.Missing),
        ("missing", Measure.Missing), ("mia", Measure.Missing), ("lynched", Measure.Lynched), ("internally displaced", Measure.Displaced),
        ("displaced", Measure.Displaced), ("destroyed", Measure.Destroyed), ("sunk", Measure.Destroyed), ("lost", Measure.Destroyed),
        ("shot down", Measure.Destroyed), ("knocked out", Measure.Destroyed), ("scuttled", Measure.Destroyed), ("written off", Measure.Destroyed),
        ("damaged beyond repair", Measure.Destroyed), ("damaged", NotInModel), ("nonbattle", NotInModel), ("non-battle", NotInModel), ("non-combat", NotInModel), ("sick", NotInModel), ("grounded", NotInModel), ("disabled", NotInModel));

    /// <summary>Adverbs that may precede a measure word and belong to it ("slightly damaged").</summary>
    public static readonly HashSet<string> MeasureAdverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "slightly", "severely", "moderately", "lightly", "badly", "heavily", "partially", "seriously", "critically", "fatally", "mortally",
    };

    /// <summary>Words before a number that make it a minimum, a maximum or an approximation; longest first.</summary>
    public static readonly (string[] Words, QuantityForm Form)[] Qualifiers = Phrases(
        ("at least", QuantityForm.AtLeast), ("at minimum", QuantityForm.AtLeast), ("a minimum of", QuantityForm.AtLeast),
        ("minimum", QuantityForm.AtLeast), ("min", QuantityForm.AtLeast), ("over", QuantityForm.AtLeast), ("more than", QuantityForm.AtLeast),
        ("above", QuantityForm.AtLeast), ("in excess of", QuantityForm.AtLeast), ("upwards of", QuantityForm.AtLeast),
        ("no fewer than", QuantityForm.AtLeast), ("not less than", QuantityForm.AtLeast), ("no less than", QuantityForm.AtLeast),
        ("up to", QuantityForm.AtMost), ("at most", QuantityForm.AtMost), ("maximum", QuantityForm.AtMost), ("max", QuantityForm.AtMost),
        ("a maximum of", QuantityForm.AtMost), ("no more than", QuantityForm.AtMost), ("fewer than", QuantityForm.AtMost),
        ("less than", QuantityForm.AtMost), ("under", QuantityForm.AtMost), ("below", QuantityForm.AtMost),
        ("circa", QuantityForm.About), ("ca", QuantityForm.About), ("c", QuantityForm.About), ("about", QuantityForm.About),
        ("around", QuantityForm.About), ("approximately", QuantityForm.About), ("approx", QuantityForm.About),
        ("an estimated", QuantityForm.About), ("estimated", QuantityForm.About), ("est", QuantityForm.About), ("roughly", QuantityForm.About),
        ("some", QuantityForm.About), ("nearly", QuantityForm.About), ("almost", QuantityForm.About), ("close to", QuantityForm.About),
        ("reportedly", QuantityForm.Exact), ("a total of", QuantityForm.Exact), ("total of", QuantityForm.Exact));

    /// <summary>Words that say there is no number.</summary>
    public static readonly HashSet<string> NoFigureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "unknown", "uncertain", "unclear", "unconfirmed", "unreported", "undisclosed", "disputed", "na", "n/a", "?", "unk", "nk", "-", "–", "—",
        "not", "known", "number", "of", "but", "high", "heavy", "light", "many", "total", "exact", "figures", "reported",
    };

    /// <summary>Words that mean zero.</summary>
    public static readonly HashSet<string> ZeroWords = new(StringComparer.OrdinalIgnoreCase) { "none", "nil", "zero", "no" };

    /// <summary>Nouns for people: a count whose words end in one of these counts people, not things.</summary>
    public static readonly HashSet<string> PeopleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "man", "men", "soldier", "soldiers", "troop", "troops", "personnel", "people", "person", "persons", "civilian", "civilians",
        "sailor", "sailors", "mariner", "mariners", "crew", "crewmen", "crewman", "airman", "airmen", "marine", "marines", "infantry",
        "infantrymen", "commando", "commandos", "guerrilla", "guerrillas", "militant", "militants", "insurgent", "insurgents", "rebel",
        "rebels", "jihadist", "jihadists", "police", "policemen", "policeman", "officer", "officers", "combatant", "combatants", "member",
        "members", "volunteer", "volunteers", "mercenary", "mercenaries", "observer", "observers", "partisan", "partisans", "child",
        "children", "woman", "women", "resident", "residents", "villager", "villagers", "inhabitant", "inhabitants", "worker", "workers",
        "staff", "pilot", "pilots", "paratrooper", "paratroopers", "gunmen", "gunman", "attacker", "attackers", "defender", "defenders",
        "terrorist", "terrorists", "recruit", "recruits", "conscript", "conscripts", "fighters'", "servicemen", "serviceman", "militia",
        "militiamen", "guards", "guardsmen", "peacekeepers", "peacekeeper", "contractors", "contractor", "hostages", "hostage",
        "protesters", "protestors", "demonstrators", "cavalry", "cavalrymen", "horsemen", "riflemen", "students", "journalists", "settlers", "refugees", "others", "more",
    };

    /// <summary>Filler words between a number and what it counts, ignored ("total", "other").</summary>
    public static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase) { "total", "more", "other", "additional", "further", "were", "was", "being" };

    /// <summary>Words that end the description of what is counted: what follows is a comment, a place or a time.</summary>
    public static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "according", "per", "by", "in", "on", "at", "near", "from", "for", "of", "including", "incl", "excluding", "with", "during",
        "initially", "later", "possibly", "mainly", "mostly", "but", "as", "to", "while", "after", "before", "since", "until", "when",
        "which", "who", "whom", "whose", "that", "where", "claimed", "reported", "estimated", "confirmed", "each", "among", "out",
    };

    /// <summary>Words after a number that make it a date, a duration, a measurement or a share ("30 %", "30 percent") rather than a count.</summary>
    public static readonly HashSet<string> NotCounts = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "day", "days", "hour", "hours", "week",
        "weeks", "month", "months", "year", "years", "km", "kilometres", "kilometers", "miles", "mi", "ad", "bc", "bce", "ce", "p", "pp",
        "%", "percent",
    };

    /// <summary>Number words and their values; "hundred", "thousand" and "million" multiply.</summary>
    public static readonly Dictionary<string, long> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000,
        ["billion"] = 1_000_000_000,
    };

    /// <summary>Words that end a claim phrase and mark it as one: "(Italian claim)", "(Soviet est)", "according to Finnish estimates".</summary>
    public static readonly HashSet<string> ClaimSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "claim", "claims", "claimed", "est", "estimate", "estimates", "estimation", "sources", "source", "figures", "figure", "accounts",
        "account", "archives", "records", "data", "report", "reports", "statement", "statements", "sources'",
    };

    /// <summary>Words that open a claim phrase: "per", "according to", "claimed by".</summary>
    public static readonly string[][] ClaimPrefixes =
    [
        ["according", "to"], ["per"], ["claimed", "by"], ["as", "claimed", "by"], ["reported", "by"], ["estimated", "by"], ["est", "by"], ["claim", "by"], ["by"],
    ];

    /// <summary>
    /// Gets the parser's default table of qualitative terms: <see cref="QualitativeTermTable.Default"/> plus
    /// "several hundred" (300–999), "several thousand" (3,000–9,999), "a few hundred" (200–500), "a few
    /// thousand" (2,000–5,000), "hundreds of thousands" (200,000–999,999) and "a handful" (2–5).
    /// </summary>
    public static QualitativeTermTable DefaultTerms { get; } = QualitativeTermTable.Default
        .With("several hundred", 300, 999)
        .With("several thousand", 3_000, 9_999)
        .With("a few hundred", 200, 500)
        .With("a few thousand", 2_000, 5_000)
        .With("hundreds of thousands", 200_000, 999_999)
        .With("a handful", 2, 5);

    private static (string[] Words, T Value)[] Phrases<T>(params (string Phrase, T Value)[] phrases)
    {
        var result = new (string[] Words, T Value)[phrases.Length];
        for (var i = 0; i < phrases.Length; i++)
        {
            result[i] = (phrases[i].Phrase.Split(' '), phrases[i].Value);
        }

        // Longest first, so that "killed in action" wins over "killed".
        Array.Sort(result, (a, b) => b.Words.Length.CompareTo(a.Words.Length));
        return result;
    }
}
