using ConflictModel.Collections;
using ConflictModel.Engagements;
using ConflictModel.Figures;

namespace ConflictModel.Interop.Wikipedia;

/// <summary>Choices for <see cref="InfoboxRenderer"/>. The defaults render every figure the way the English Wikipedia does.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record InfoboxRenderOptions
{
    /// <summary>Gets the default options.</summary>
    public static InfoboxRenderOptions Default { get; } = new();

    /// <summary>Gets the policy that turns each figure into a range. The default is <see cref="ReconciliationPolicy.FullRange"/> ("30–60+").</summary>
    public ReconciliationPolicy Policy { get; init; } = ReconciliationPolicy.FullRange;

    /// <summary>
    /// Gets the sides to put in columns 1, 2 (and 3), in order; when empty (the default), defenders come
    /// first, then belligerents, then attackers, each in document order, and third parties get no column.
    /// </summary>
    public EquatableArray<SideId> SideOrder { get; init; }

    /// <summary>
    /// Gets the measures to render as casualty lines, in the order given; when empty (the default) every
    /// measure is rendered, in the order killed, wounded, killed or wounded, missing, captured, arrested,
    /// lynched, displaced, destroyed.
    /// </summary>
    public EquatableArray<Measure> Measures { get; init; }
}
