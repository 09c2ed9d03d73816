using System.Text.Json;
using ConflictModel.Actors;
using ConflictModel.Collections;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;

namespace ConflictModel.Json;

/// <content>Engagements and what they hold directly: conflict, sides, incidents, outcomes, relations, dataset fields.</content>
internal static partial class DocumentReader
{
    private static readonly JsonMembers EngagementMembers = new(
        nameof(Engagement),
        ["id", "name", "aliases", "conflict", "type", "tactics", "time", "sites", "sides", "incidents", "outcomes", "resultSummary", "figures", "statements", "relations", "externalIds", "datasetFields"],
        required: ["id", "name", "type", "time", "sides"]);

    private static readonly JsonMembers ConflictMembers = new(
        nameof(ConflictReference),
        ["name", "externalIds"],
        required: ["name"]);

    private static readonly JsonMembers SideMembers = new(
        nameof(Side),
        ["id", "role", "actorIds", "name"],
        required: ["id", "role", "actorIds"]);

    private static readonly JsonMembers IncidentMembers = new(
        nameof(Incident),
        ["id", "description", "time", "siteIds", "actorIds", "tactics", "statementIds"],
        required: ["id", "description"]);

    private static readonly JsonMembers OutcomeMembers = new(
        nameof(Outcome),
        ["objective", "siteIds", "result", "heldLongTerm", "achievedBySideId", "statementIds", "note"],
        required: ["objective", "result"]);

    private static readonly JsonMembers RelationMembers = new(
        nameof(EngagementRelation),
        ["kind", "targetId", "note"],
        required: ["kind", "targetId"]);

    private static readonly JsonMembers DatasetFieldMembers = new(
        nameof(DatasetField),
        ["dataset", "name", "value"],
        required: ["dataset", "name", "value"]);

    private static Engagement ReadEngagement(ref Utf8JsonReader reader)
    {
        StartObject(ref reader, nameof(Engagement));
        string? id = null, name = null, resultSummary = null;
        EquatableArray<string> aliases = default;
        ConflictReference? conflict = null;
        EngagementType type = default;
        EquatableArray<Tactic> tactics = default;
        TemporalExtent? time = null;
        EquatableArray<Site> sites = default;
        EquatableArray<Side> sides = default;
        EquatableArray<Incident> incidents = default;
        EquatableArray<Outcome> outcomes = default;
        EquatableArray<DisputedFigure> figures = default;
        EquatableArray<SourcedStatement> statements = default;
        EquatableArray<EngagementRelation> relations = default;
        EquatableArray<ExternalId> externalIds = default;
        EquatableArray<DatasetField> datasetFields = default;
        var seen = 0;
        int member;
        while ((member = EngagementMembers.Next(ref reader, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: id = Id(ref reader); break;
                case 1: name = RequiredString(ref reader, EngagementMembers, member); break;
                case 2: aliases = Array(ref reader, String); break;
                case 3: conflict = reader.TokenType == JsonTokenType.Null ? null : ReadConflict(ref reader); break;
                case 4: type = JsonEnum<EngagementType>.Read(ref reader); break;
                case 5: tactics = Array(ref reader, JsonEnum<Tactic>.Read); break;
                case 6: time = RequiredTime(ref reader, EngagementMembers, member); break;
                case 7: sites = Array(ref reader, ReadSite); break;
                case 8: sides = Array(ref reader, ReadSide); break;
                case 9: incidents = Array(ref reader, ReadIncident); break;
                case 10: outcomes = Array(ref reader, ReadOutcome); break;
                case 11: resultSummary = OptionalString(ref reader); break;
                case 12: figures = Array(ref reader, ReadFigure); break;
                case 13: statements = Array(ref reader, ReadStatement); break;
                case 14: relations = Array(ref reader, ReadRelation); break;
                case 15: externalIds = Array(ref reader, ReadExternalId); break;
                default: datasetFields = Array(ref reader, ReadDatasetField); break;
            }
        }

        return new Engagement
        {
            Id = new(id!),
            Name = name!,
            Aliases = aliases,
            Conflict = conflict,
            Type = type,
            Tactics = tactics,
            Time = time!,
            Sites = sites,
            Sides = sides,
            Incidents = incidents,
            Outcomes = outcomes,
            ResultSummary = resultSummary,
            Figures = figures,
            Statements = statements,
            Relations = relations,
            ExternalIds = externalIds,
            DatasetFields = datasetFields,
        };
    }

    private static ConflictReference ReadConflict(ref Utf8JsonReader reader)
    {
        StartObject(ref reader, nameof(ConflictReference));
        string? name = null;
        EquatableArray<ExternalId> externalIds = default;
        var seen = 0;
        int member;
        while ((member = ConflictMembers.Next(ref reader, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: name = RequiredString(ref reader, ConflictMembers, member); break;
                default: externalIds = Array(ref reader, ReadExternalId); break;
            }
        }

        return new ConflictReference { Name = name!, ExternalIds = externalIds };
    }

    private static Side ReadSide(ref Utf8JsonReader reader)
    {
        StartObject(ref reader, nameof(Side));
        string? id = null, name = null;
        SideRole role = default;
        EquatableArray<ActorId> actorIds = default;
        var seen = 0;
        int member;
        while ((member = SideMembers.Next(ref reader, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: id = Id(ref reader); break;
                case 1: role = JsonEnum<SideRole>.Read(ref reader); break;
                case 2: actorIds = Array(ref reader, ActorId); break;
                default: name = OptionalString(ref reader); break;
            }
        }

        return new Side { Id = new(id!), Role = role, ActorIds = actorIds, Name = name };
    }

    private static Incident ReadIncident(ref Utf8JsonReader reader)
    {
        StartObject(ref reader, nameof(Incident));
        string? id = null, description = null;
        TemporalExtent? time = null;
        EquatableArray<SiteId> siteIds = default;
        EquatableArray<ActorId> actorIds = default;
        EquatableArray<Tactic> tactics = default;
        EquatableArray<StatementId> statementIds = default;
        var seen = 0;
        int member;
        while ((member = IncidentMembers.Next(ref reader, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: id = Id(ref reader); break;
                case 1: description = RequiredString(ref reader, IncidentMembers, member); break;
                case 2: time = OptionalTime(ref reader); break;
                case 3: siteIds = Array(ref reader, SiteId); break;
                case 4: actorIds = Array(ref reader, ActorId); break;
                case 5: tactics = Array(ref reader, JsonEnum<Tactic>.Read); break;
                default: statementIds = Array(ref reader, StatementId); break;
            }
        }

        return new Incident
        {
            Id = new(id!),
            Description = description!,
            Time = time,
            SiteIds = siteIds,
            ActorIds = actorIds,
            Tactics = tactics,
            StatementIds = statementIds,
        };
    }

    private static Outcome ReadOutcome(ref Utf8JsonReader reader)
    {
        StartObject(ref reader, nameof(Outcome));
        string? objective = null, achievedBy = null, note = null;
        EquatableArray<SiteId> siteIds = default;
        OutcomeResult result = default;
        bool? heldLongTerm = null;
        EquatableArray<StatementId> statementIds = default;
        var seen = 0;
        int member;
        while ((member = OutcomeMembers.Next(ref reader, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: objective = RequiredString(ref reader, OutcomeMembers, member); break;
                case 1: siteIds = Array(ref reader, SiteId); break;
                case 2: result = JsonEnum<OutcomeResult>.Read(ref reader); break;
                case 3: heldLongTerm = OptionalBoolean(ref reader); break;
                case 4: achievedBy = OptionalId(ref reader); break;
                case 5: statementIds = Array(ref reader, StatementId); break;
                default: note = OptionalString(ref reader); break;
            }
        }

        return new Outcome
        {
            Objective = objective!,
            SiteIds = siteIds,
            Result = result,
            HeldLongTerm = heldLongTerm,
            AchievedBySideId = achievedBy is null ? null : new SideId(achievedBy),
            StatementIds = statementIds,
            Note = note,
        };
    }

    private static EngagementRelation ReadRelation(ref Utf8JsonReader reader)
    {
        StartObject(ref reader, nameof(EngagementRelation));
        string? target = null, note = null;
        RelationKind kind = default;
        var seen = 0;
        int member;
        while ((member = RelationMembers.Next(ref reader, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: kind = JsonEnum<RelationKind>.Read(ref reader); break;
                case 1: target = Id(ref reader); break;
                default: note = OptionalString(ref reader); break;
            }
        }

        return new EngagementRelation { Kind = kind, TargetId = new(target!), Note = note };
    }

    private static DatasetField ReadDatasetField(ref Utf8JsonReader reader)
    {
        StartObject(ref reader, nameof(DatasetField));
        string? dataset = null, name = null, value = null;
        var seen = 0;
        int member;
        while ((member = DatasetFieldMembers.Next(ref reader, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: dataset = RequiredString(ref reader, DatasetFieldMembers, member); break;
                case 1: name = RequiredString(ref reader, DatasetFieldMembers, member); break;
                default: value = RequiredString(ref reader, DatasetFieldMembers, member); break;
            }
        }

        return new DatasetField { Dataset = dataset!, Name = name!, Value = value! };
    }
}
