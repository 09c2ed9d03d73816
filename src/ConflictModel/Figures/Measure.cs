namespace ConflictModel.Figures;

/// <summary>What a <see cref="DisputedFigure"/> counts.</summary>
/// <remarks>
/// <see cref="KilledOrWounded"/> is a separate measure because sources often give only the combined
/// count ("fourteen killed or injured"); reconciliation uses it as a ceiling for <see cref="Killed"/> and
/// <see cref="Wounded"/> of the same subject.
/// </remarks>
public enum Measure
{
    /// <summary>People killed.</summary>
    Killed = 1,

    /// <summary>People wounded or injured.</summary>
    Wounded = 2,

    /// <summary>People killed or wounded, counted together ("casualties" in the narrow sense).</summary>
    KilledOrWounded = 3,

    /// <summary>People (or, with a unit, equipment or positions) taken by the other side in combat.</summary>
    Captured = 4,

    /// <summary>People arrested or detained by security forces.</summary>
    Arrested = 5,

    /// <summary>People missing.</summary>
    Missing = 6,

    /// <summary>People killed by a crowd outside any legal process.</summary>
    Lynched = 7,

    /// <summary>People forced to leave their homes.</summary>
    Displaced = 8,

    /// <summary>Equipment or positions destroyed (use with a unit such as "vehicles").</summary>
    Destroyed = 9,

    /// <summary>The strength of a force: how many took part.</summary>
    Strength = 10,
}
