using System.Text.Json;
using ConflictModel.Actors;
using ConflictModel.Collections;
using ConflictModel.Sources;

namespace ConflictModel.Json;

/// <content>Sources, actors and external ids.</content>
internal static partial class DocumentReader
{
    private static readonly JsonMembers SourceMembers = new(
        nameof(Source),
        ["id", "name", "kind", "affiliatedActorId", "url", "description", "credibility"],
        required: ["id", "name", "kind"]);

    private static readonly JsonMembers ActorMembers = new(
        nameof(Actor),
        ["id", "name", "aliases", "kind", "parentId", "parentRelation", "countryCode", "externalIds"],
        required: ["id", "name", "kind"]);

    private static readonly JsonMembers ExternalIdMembers = new(
        nameof(ExternalId),
        ["scheme", "value"],
        required: ["scheme", "value"]);

    private static Source ReadSource(ref Utf8JsonReader reader)
    {
        StartObject(ref reader, nameof(Source));
        string? id = null, name = null, affiliated = null, url = null, description = null;
        SourceKind kind = default;
        Credibility? credibility = null;
        var seen = 0;
        int member;
        while ((member = SourceMembers.Next(ref reader, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: id = Id(ref reader); break;
                case 1: name = RequiredString(ref reader, SourceMembers, member); break;
                case 2: kind = JsonEnum<SourceKind>.Read(ref reader); break;
                case 3: affiliated = OptionalId(ref reader); break;
                case 4: url = OptionalString(ref reader); break;
                case 5: description = OptionalString(ref reader); break;
                default: credibility = OptionalEnum<Credibility>(ref reader); break;
            }
        }

        return new Source
        {
            Id = new(id!),
            Name = name!,
            Kind = kind,
            AffiliatedActorId = affiliated is null ? null : new ActorId(affiliated),
            Url = url,
            Description = description,
            Credibility = credibility,
        };
    }

    private static Actor ReadActor(ref Utf8JsonReader reader)
    {
        StartObject(ref reader, nameof(Actor));
        string? id = null, name = null, parent = null, country = null;
        EquatableArray<string> aliases = default;
        EquatableArray<ExternalId> externalIds = default;
        ActorKind kind = default;
        ParentRelation? relation = null;
        var seen = 0;
        int member;
        while ((member = ActorMembers.Next(ref reader, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: id = Id(ref reader); break;
                case 1: name = RequiredString(ref reader, ActorMembers, member); break;
                case 2: aliases = Array(ref reader, String); break;
                case 3: kind = JsonEnum<ActorKind>.Read(ref reader); break;
                case 4: parent = OptionalId(ref reader); break;
                case 5: relation = reader.TokenType == JsonTokenType.Null ? null : JsonEnum<ParentRelation>.Read(ref reader); break;
                case 6: country = OptionalString(ref reader); break;
                default: externalIds = Array(ref reader, ReadExternalId); break;
            }
        }

        return new Actor
        {
            Id = new(id!),
            Name = name!,
            Aliases = aliases,
            Kind = kind,
            ParentId = parent is null ? null : new ActorId(parent),
            ParentRelation = relation,
            CountryCode = country,
            ExternalIds = externalIds,
        };
    }

    private static ExternalId ReadExternalId(ref Utf8JsonReader reader)
    {
        StartObject(ref reader, nameof(ExternalId));
        string? value = null;
        ExternalIdScheme scheme = default;
        var seen = 0;
        int member;
        while ((member = ExternalIdMembers.Next(ref reader, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: scheme = JsonEnum<ExternalIdScheme>.Read(ref reader); break;
                default: value = RequiredString(ref reader, ExternalIdMembers, member); break;
            }
        }

        return new ExternalId { Scheme = scheme, Value = value! };
    }
}
