using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Engagements;

namespace ConflictModel.Interop.Acled;

/// <summary>ACLED's event and actor taxonomies mapped to the model's, both ways (docs/interop.md has the tables).</summary>
internal static class AcledTaxonomy
{
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

    /// <summary>The actor kind for an inter code: the current codebook's words, or the numeric codes of older exports.</summary>
    public static ActorKind KindOf(string inter) => inter.Trim() switch
    {
        "1" or "State forces" => ActorKind.StateForces,
        "2" or "Rebel group" => ActorKind.NonStateArmedGroup,
        "3" or "Political militia" or "4" or "Identity militia" => ActorKind.Militia,
        "5" or "Rioters" or "6" or "Protesters" => ActorKind.Residents,
        "7" or "Civilians" => ActorKind.Civilians,
        "8" or "External/Other forces" => ActorKind.InternationalForces,
        _ => ActorKind.Unknown,
    };

    /// <summary>The current codebook's inter word for an actor kind; empty for unknown.</summary>
    public static string InterOf(ActorKind? kind) => kind switch
    {
        ActorKind.StateForces or ActorKind.Government => "State forces",
        ActorKind.NonStateArmedGroup => "Rebel group",
        ActorKind.Militia => "Political militia",
        ActorKind.Residents => "Rioters",
        ActorKind.Civilians => "Civilians",
        ActorKind.InternationalForces or ActorKind.PrivateMilitaryCompany => "External/Other forces",
        _ => string.Empty,
    };

    /// <summary>The actor kind an associated actor's name suggests ("Civilians (Mali)", "Military Forces of Mali (2021-)").</summary>
    public static ActorKind KindFromName(string name) =>
        name.StartsWith("Civilians", StringComparison.Ordinal) ? ActorKind.Civilians
        : name.StartsWith("Military Forces of", StringComparison.Ordinal) || name.StartsWith("Police Forces of", StringComparison.Ordinal) ? ActorKind.StateForces
        : name.StartsWith("Protesters", StringComparison.Ordinal) || name.StartsWith("Rioters", StringComparison.Ordinal) ? ActorKind.Residents
        : ActorKind.Unknown;
}
