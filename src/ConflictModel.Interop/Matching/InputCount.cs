namespace ConflictModel.Interop.Matching;

/// <summary>One input's count for a figure of a merged engagement.</summary>
/// <param name="Input">The input's position, from 0.</param>
/// <param name="Count">The count (the point value of its estimates).</param>
public readonly record struct InputCount(int Input, long Count);
