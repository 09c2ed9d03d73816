using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Engagements;

namespace ConflictModel.Interop.Acled;

/// <summary>ACLED's event and actor taxonomies mapped to the model's, both ways (docs/interop.md has the tables).</summary>
internal static class AcledTaxonomy
{
    /// <summary>The inter words of the codebooks, current and earlier (singular, plural, renamed), by code.</summary>
    private static readonly Dictionary<string, int> InterWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["State forces"] = 1, ["Governments and state security services"] = 1,
        ["Rebel group"] = 2, ["Rebel groups"] = 2,
        ["Political militia"] = 3, ["Political militias"] = 3,
        ["Identity militia"] = 4, ["Identity militias"] = 4, ["Ethnic militia"] = 4, ["Ethnic militias"] = 4, ["Communal militia"] = 4, ["Communal militias"] = 4,
        ["Rioters"] = 5,
        ["Protesters"] = 6, ["Protestors"] = 6,
        ["Civilians"] = 7,
        ["External/Other forces"] = 8, ["Outside/external forces"] = 8, ["Other forces"] = 8, ["External forces"] = 8,
    };

    private static readonly Dictionary<string, (EngagementType Type, Tactic[] Tactics)> SubEvents = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Armed clash"] = (EngagementType.Battle, []),
        ["Government regains territory"] = (EngagementType.Battle, []),
        ["Non-state actor overtakes territory"] = (EngagementType.Attack, []),
        ["Chemical weapon"] = (EngagementType.Bombing, []),
        ["Air/drone strike"] = (EngagementType.Bombing, [Tactic.Airstrike]),
        ["Suicide bomb"] = (EngagementType.Bombing, [Tactic.SuicideBomber]),
        ["Shelling/artillery/missile attack"] = (EngagementType.Bombing, [Tactic.IndirectFire]),
        ["Remote explosive/landmine/IED"] = (EngagementType.Bombing, [Tactic.ImprovisedExplosiveDevice]),
        ["Grenade"] = (EngagementType.Bombing, []),
        ["Sexual violence"] = (EngagementType.ViolenceAgainstCivilians, []),
        ["Attack"] = (EngagementType.ViolenceAgainstCivilians, []),
        ["Abduction/forced disappearance"] = (EngagementType.ViolenceAgainstCivilians, [Tactic.Abduction]),
        ["Mob violence"] = (EngagementType.Other, [Tactic.MobViolence]),
        ["Arrests"] = (EngagementType.Other, [Tactic.Arrests]),
    };

    public static (EngagementType Type, Tactic[] Tactics) ToModel(string eventType, string subEventType) =>
        SubEvents.TryGetValue(subEventType, out var mapped) ? mapped
        : eventType.Equals("Battles", StringComparison.OrdinalIgnoreCase) ? (EngagementType.Battle, [])
        // The event types of the codebooks before 2019, which had no sub-event types.
        : eventType.Equals("Battle-Non-state actor overtakes territory", StringComparison.OrdinalIgnoreCase) ? (EngagementType.Attack, [])
        : eventType.StartsWith("Battle-", StringComparison.OrdinalIgnoreCase) ? (EngagementType.Battle, [])
        : eventType.Equals("Remote violence", StringComparison.OrdinalIgnoreCase) ? (EngagementType.Bombing, [])
        : eventType.Equals("Explosions/Remote violence", StringComparison.OrdinalIgnoreCase) ? (EngagementType.Bombing, [])
        : eventType.Equals("Violence against civilians", StringComparison.OrdinalIgnoreCase) ? (EngagementType.ViolenceAgainstCivilians, [])
        : (EngagementType.Other, []);

    /// <summary>The disorder type, event type and sub-event type for an engagement's type and tactics.</summary>
    public static (string Disorder, string Event, string SubEvent) FromModel(EngagementType type, IReadOnlyCollection<Tactic> tactics)
    {
        bool Has(Tactic t) => tactics.Contains(t);
        return type switch
        {
            EngagementType.Bombing =>
                ("Political violence", "Explosions/Remote violence",
                    Has(Tactic.Airstrike) || Has(Tactic.DroneStrike) ? "Air/drone strike"
                    : Has(Tactic.SuicideBomber) || Has(Tactic.SuicideVehicleBorneIed) ? "Suicide bomb"
                    : Has(Tactic.IndirectFire) ? "Shelling/artillery/missile attack"
                    : "Remote explosive/landmine/IED"),
            EngagementType.ViolenceAgainstCivilians =>
                ("Political violence", "Violence against civilians", Has(Tactic.Abduction) ? "Abduction/forced disappearance" : "Attack"),
            EngagementType.Other when Has(Tactic.MobViolence) => ("Political violence; Demonstrations", "Riots", "Mob violence"),
            EngagementType.Other when Has(Tactic.Arrests) => ("Strategic developments", "Strategic developments", "Arrests"),
            EngagementType.Other => ("Strategic developments", "Strategic developments", "Other"),
            _ => ("Political violence", "Battles", "Armed clash"),
        };
    }

    /// <summary>
    /// The inter code (1 to 8) an <c>inter1</c>/<c>inter2</c> value stands for, in either era's spelling: the numeric codes of
    /// the files before the codebook named them in words, or the words (current: "State forces", "Rebel group"...; the
    /// plurals and older names of earlier codebooks, "Ethnic militias", "Outside/external forces", are read too). 0 for an
    /// empty value or 0 (no actor); <see langword="null"/> for a value that is neither.
    /// </summary>
    public static int? InterCode(string inter)
    {
        var v = inter.Trim();
        if (v.Length == 0)
        {
            return 0;
        }

        if (v.Length == 1 && v[0] is >= '0' and <= '8')
        {
            return v[0] - '0';
        }

        return InterWords.TryGetValue(v, out var code) ? code : null;
    }

    /// <summary>The actor kind for an inter code in either era's spelling (see <see cref="InterCode"/>); unknown for others.</summary>
    public static ActorKind KindOf(string inter) => InterCode(inter) switch
    {
        1 => ActorKind.StateForces,
        2 => ActorKind.NonStateArmedGroup,
        3 or 4 => ActorKind.Militia,
        5 or 6 => ActorKind.Residents,
        7 => ActorKind.Civilians,
        8 => ActorKind.InternationalForces,
        _ => ActorKind.Unknown,
    };

    /// <summary>The inter code for an actor kind; 0 for unknown (ACLED's code for no actor type).</summary>
    public static int InterCodeOf(ActorKind? kind) => kind switch
    {
        ActorKind.StateForces or ActorKind.Government => 1,
        ActorKind.NonStateArmedGroup => 2,
        ActorKind.Militia => 3,
        ActorKind.Residents => 5,
        ActorKind.Civilians => 7,
        ActorKind.InternationalForces or ActorKind.PrivateMilitaryCompany => 8,
        _ => 0,
    };

    /// <summary>The current codebook's inter word for an actor kind; empty for unknown.</summary>
    public static string InterOf(ActorKind? kind) => InterText(InterCodeOf(kind));

    /// <summary>An inter code in the given spelling: the digit of numeric layouts (0 for no actor type, as those files write it), or the current codebook's words (empty for 0).</summary>
    public static string InterOf(int code, bool numeric) => numeric ? ((char)('0' + code)).ToString() : InterText(code);

    /// <summary>
    /// The interaction of two inter codes, the lower first as ACLED writes it: numeric <c>12</c>, <c>10</c> for one actor
    /// alone; in words <c>State forces-Rebel group</c>, <c>State forces only</c>. Empty when neither side has a type.
    /// </summary>
    public static string Interaction(int first, int second, bool numeric)
    {
        var (low, high) = first == 0 || (second != 0 && second < first) ? (second, first) : (first, second);
        if (low == 0)
        {
            return string.Empty;
        }

        return numeric ? (low * 10 + high).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : high == 0 ? InterText(low) + " only" : InterText(low) + "-" + InterText(high);
    }

    /// <summary>
    /// The two inter codes of an interaction value in either spelling, the lower first (0 for a second actor absent), or
    /// <see langword="null"/> when the value is neither a two-digit code nor words of the codebook.
    /// </summary>
    public static (int Low, int High)? InteractionCodes(string interaction)
    {
        var v = interaction.Trim();
        if (v.Length == 2 && char.IsAsciiDigit(v[0]) && char.IsAsciiDigit(v[1]))
        {
            var (a, b) = (v[0] - '0', v[1] - '0');
            return a is >= 1 and <= 8 && b <= 8 ? (b == 0 ? (a, 0) : (Math.Min(a, b), Math.Max(a, b))) : null;
        }

        if (v.EndsWith(" only", StringComparison.OrdinalIgnoreCase))
        {
            return InterCode(v[..^5]) is { } alone and > 0 ? (alone, 0) : null;
        }

        for (var i = v.IndexOf('-'); i > 0; i = v.IndexOf('-', i + 1))
        {
            if (InterCode(v[..i]) is { } a and > 0 && InterCode(v[(i + 1)..]) is { } b and > 0)
            {
                return (Math.Min(a, b), Math.Max(a, b));
            }
        }

        return null;
    }

    /// <summary>How many actors an interaction value says the event has (1 or 2), or <see langword="null"/> when it does not say.</summary>
    public static int? ActorCount(string interaction) => InteractionCodes(interaction) is { } c ? (c.High == 0 ? 1 : 2) : null;

    private static string InterText(int code) => code switch
    {
        1 => "State forces",
        2 => "Rebel group",
        3 => "Political militia",
        4 => "Identity militia",
        5 => "Rioters",
        6 => "Protesters",
        7 => "Civilians",
        8 => "External/Other forces",
        _ => string.Empty,
    };

    /// <summary>
    /// The event type of the codebooks before 2019 for an engagement's type and tactics: <c>Battle-No change of territory</c>,
    /// <c>Remote violence</c>, <c>Violence against civilians</c>, <c>Riots/Protests</c>, <c>Strategic development</c>.
    /// </summary>
    public static string LegacyEventType(EngagementType type, IReadOnlyCollection<Tactic> tactics) => type switch
    {
        EngagementType.Bombing => "Remote violence",
        EngagementType.ViolenceAgainstCivilians => "Violence against civilians",
        EngagementType.Other when tactics.Contains(Tactic.MobViolence) => "Riots/Protests",
        EngagementType.Other => "Strategic development",
        _ => "Battle-No change of territory",
    };

    /// <summary>The actor kind an associated actor's name suggests ("Civilians (Mali)", "Military Forces of Mali (2021-)").</summary>
    public static ActorKind KindFromName(string name) =>
        name.StartsWith("Civilians", StringComparison.Ordinal) ? ActorKind.Civilians
        : name.StartsWith("Military Forces of", StringComparison.Ordinal) || name.StartsWith("Police Forces of", StringComparison.Ordinal) ? ActorKind.StateForces
        : name.StartsWith("Protesters", StringComparison.Ordinal) || name.StartsWith("Rioters", StringComparison.Ordinal) ? ActorKind.Residents
        : ActorKind.Unknown;
}
