using ConflictModel.Actors;
using ConflictModel.Collections;
using ConflictModel.Figures;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;

namespace ConflictModel.Engagements;

/// <summary>
/// One armed engagement as analysts know it: its sides and sites, the incidents that made it up, what
/// became of each objective, the disputed figures with every source's estimate, and the statements all of
/// these rest on.
/// </summary>
/// <remarks>
/// <para>
/// Actors and sources are declared in the <see cref="DatasetDocument"/> and referenced by id; sites,
/// statements, figures, incidents and sides belong to the engagement. Ids of every kind are unique within
/// the document.
/// </para>
/// <para>
/// The model holds claims rather than verdicts: figures keep each estimate, outcomes keep their supporting
/// and conflicting statements, and <see cref="ResultSummary"/> is a summary, not a replacement.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Engagement
{
    /// <summary>Gets the id of the engagement, unique within the document.</summary>
    public required EngagementId Id { get; init; }

    /// <summary>Gets the name in common use ("2025 Timbuktu attack").</summary>
    public required string Name { get; init; }

    /// <summary>Gets other names ("Attack on Timbuktu airport").</summary>
    public EquatableArray<string> Aliases { get; init; }

    /// <summary>Gets the wider conflict the engagement is part of, or <see langword="null"/>.</summary>
    public ConflictReference? Conflict { get; init; }

    /// <summary>Gets the overall character of the engagement.</summary>
    public required EngagementType Type { get; init; }

    /// <summary>Gets the means used, across all incidents.</summary>
    public EquatableArray<Tactic> Tactics { get; init; }

    /// <summary>Gets when the engagement happened.</summary>
    public required TemporalExtent Time { get; init; }

    /// <summary>Gets the places involved.</summary>
    public EquatableArray<Site> Sites { get; init; }

    /// <summary>Gets the sides, usually the attacker first.</summary>
    public required EquatableArray<Side> Sides { get; init; }

    /// <summary>Gets the sub-events, in chronological order where known: the engagement's timeline.</summary>
    public EquatableArray<Incident> Incidents { get; init; }

    /// <summary>Gets what became of each objective.</summary>
    public EquatableArray<Outcome> Outcomes { get; init; }

    /// <summary>Gets a one-sentence summary of the result ("Airport attack foiled; several checkpoints captured"), or <see langword="null"/>.</summary>
    public string? ResultSummary { get; init; }

    /// <summary>Gets the disputed figures: losses, arrests, strengths.</summary>
    public EquatableArray<DisputedFigure> Figures { get; init; }

    /// <summary>Gets the statements that figures, outcomes and incidents rest on.</summary>
    public EquatableArray<SourcedStatement> Statements { get; init; }

    /// <summary>Gets links to other engagements of the document.</summary>
    public EquatableArray<EngagementRelation> Relations { get; init; }

    /// <summary>Gets identifiers of this engagement in other datasets (UCDP GED event id, ACLED event id, Wikidata).</summary>
    public EquatableArray<ExternalId> ExternalIds { get; init; }

    /// <summary>
    /// Gets fields of the dataset the engagement was imported from that the model has no member for
    /// (UCDP's <c>code_status</c>, ACLED's <c>timestamp</c>), kept verbatim so that an export loses nothing.
    /// </summary>
    public EquatableArray<DatasetField> DatasetFields { get; init; }
}
