namespace ConflictModel.Figures;

/// <summary>The shape of a number as a source stated it.</summary>
public enum QuantityForm
{
    /// <summary>An exact number ("fourteen"): <see cref="Quantity.Value"/>.</summary>
    Exact = 1,

    /// <summary>A minimum ("at least 30", "over 30", "60+"): <see cref="Quantity.Value"/> is the minimum.</summary>
    AtLeast = 2,

    /// <summary>A maximum ("up to 20", "no more than 20"): <see cref="Quantity.Value"/> is the maximum.</summary>
    AtMost = 3,

    /// <summary>An approximation ("about 40", "c. 40"): <see cref="Quantity.Value"/> is the stated number.</summary>
    About = 4,

    /// <summary>
    /// A range ("30 to 60", "30–60+"): <see cref="Quantity.Low"/> to <see cref="Quantity.High"/>; when
    /// <see cref="Quantity.OpenEnded"/> is set, the high end is itself a minimum ("60+").
    /// </summary>
    Range = 5,

    /// <summary>
    /// A word instead of a number ("dozens", "several"): <see cref="Quantity.Term"/>, with the range the
    /// library assigns to it in <see cref="Quantity.Low"/> and <see cref="Quantity.High"/>.
    /// </summary>
    Qualitative = 6,
}
