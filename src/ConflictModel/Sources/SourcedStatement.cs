using ConflictModel.Collections;
using ConflictModel.Time;

namespace ConflictModel.Sources;

/// <summary>
/// One thing one source said, when it was said, in what spirit, and through whom it reached us. Estimates,
/// outcomes, incidents and claims of responsibility point to statements, so every fact keeps its origin.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="ReportedAt"/> is when the statement was made, which is not the time of the event it is about.
/// </para>
/// <para>
/// <see cref="Via"/> is the chain of relays from the speaker to us, nearest to the speaker first: "AFP
/// reported ... with a local elected official saying at least 60 were killed" is a statement whose
/// <see cref="SourceId"/> is the official and whose <see cref="Via"/> is <c>[afp]</c>. A chain must not
/// repeat a source nor contain the speaker (validation checks).
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record SourcedStatement
{
    /// <summary>Gets the id estimates, outcomes and incidents use to reference this statement.</summary>
    public required StatementId Id { get; init; }

    /// <summary>Gets the source that made the statement (the original speaker, not a relay).</summary>
    public required SourceId SourceId { get; init; }

    /// <summary>Gets what the source was doing: reporting, claiming, denying, assessing.</summary>
    public required StatementStance Stance { get; init; }

    /// <summary>Gets a short paraphrase of what was said, in the dataset's language.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets the source's exact words, or <see langword="null"/> when no quote is available.</summary>
    public string? Quote { get; init; }

    /// <summary>Gets when the statement was made (not when the event happened), or <see langword="null"/> when unknown.</summary>
    public TemporalExtent? ReportedAt { get; init; }

    /// <summary>Gets the relays through which the statement reached us, nearest to the speaker first.</summary>
    public EquatableArray<SourceId> Via { get; init; }

    /// <summary>Gets a web address of the report that carries the statement, or <see langword="null"/>.</summary>
    public string? Url { get; init; }

    /// <summary>
    /// Gets the statements of the same engagement that this one revises or replaces (an updated toll, a
    /// correction, a final count), whoever made them.
    /// </summary>
    /// <remarks>
    /// <para>
    /// An explicit link replaces the whole statement: each of its estimates, in every figure, is
    /// superseded. A source revising itself needs no link: an estimate is also superseded by an estimate of
    /// the same figure from the same source reported strictly later (both <see cref="ReportedAt"/> known,
    /// the earlier one's window ending before the later one's starts). A statement that updates only some
    /// of another's numbers should therefore rely on that implicit rule, or repeat the numbers it keeps.
    /// </para>
    /// <para>
    /// By default reconciliation sets superseded estimates aside and names the statement that superseded
    /// them; <see cref="Figures.ReconciliationPolicy.KeepSuperseded"/> keeps the full history. A revision
    /// only counts when the revising statement is itself admitted (known by the "as of" time, credible
    /// enough for the policy). Validation reports a link to a statement that does not exist (CM2017) and
    /// a loop of revisions (CM2018).
    /// </para>
    /// </remarks>
    public EquatableArray<StatementId> Supersedes { get; init; }

    /// <summary>Gets the analyst's grade of this statement, overriding its source's <see cref="Source.Credibility"/>, or <see langword="null"/> to use the source's.</summary>
    public Credibility? Credibility { get; init; }
}
