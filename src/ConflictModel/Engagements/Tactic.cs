namespace ConflictModel.Engagements;

/// <summary>A means used in an engagement or incident; an engagement usually lists several.</summary>
public enum Tactic
{
    /// <summary>A vehicle-borne explosive device driven by a suicide attacker (SVBIED).</summary>
    SuicideVehicleBorneIed = 1,

    /// <summary>A vehicle-borne explosive device not driven by a suicide attacker.</summary>
    VehicleBorneIed = 2,

    /// <summary>A suicide attacker on foot.</summary>
    SuicideBomber = 3,

    /// <summary>An improvised explosive device (road-side bomb, mine).</summary>
    ImprovisedExplosiveDevice = 4,

    /// <summary>Fire by artillery, mortars or rockets.</summary>
    IndirectFire = 5,

    /// <summary>Infantry entering a defended position.</summary>
    Infiltration = 6,

    /// <summary>An assault on a checkpoint or outpost.</summary>
    CheckpointAssault = 7,

    /// <summary>Small-arms fire.</summary>
    SmallArms = 8,

    /// <summary>A strike by aircraft.</summary>
    Airstrike = 9,

    /// <summary>A strike by a drone.</summary>
    DroneStrike = 10,

    /// <summary>Hostage-taking or abduction.</summary>
    Abduction = 11,

    /// <summary>Killing by a crowd (lynching).</summary>
    MobViolence = 12,

    /// <summary>Arrests or detentions.</summary>
    Arrests = 13,
}
