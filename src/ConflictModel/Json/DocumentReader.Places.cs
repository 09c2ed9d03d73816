using System.Text.Json;
using ConflictModel.Actors;
using ConflictModel.Collections;
using ConflictModel.Places;

namespace ConflictModel.Json;

/// <content>Sites and their administrative paths.</content>
internal static partial class DocumentReader
{
    private static readonly JsonMembers SiteMembers = new(
        nameof(Site),
        ["id", "name", "aliases", "role", "kind", "coordinates", "administrative", "precision", "withinSiteId", "description", "externalIds"],
        required: ["id", "name", "role", "kind", "precision"]);

    private static readonly JsonMembers AdministrativeMembers = new(
        nameof(AdministrativePath),
        ["countryCode", "divisions", "locality"],
        required: ["countryCode"]);

    private static Site ReadSite(ref Utf8JsonReader reader)
    {
        StartObject(ref reader, nameof(Site));
        string? id = null, name = null, within = null, description = null;
        EquatableArray<string> aliases = default;
        SiteRole role = default;
        SiteKind kind = default;
        Coordinates? coordinates = null;
        AdministrativePath? administrative = null;
        SpatialPrecision precision = default;
        EquatableArray<ExternalId> externalIds = default;
        var seen = 0;
        int member;
        while ((member = SiteMembers.Next(ref reader, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: id = Id(ref reader); break;
                case 1: name = RequiredString(ref reader, SiteMembers, member); break;
                case 2: aliases = Array(ref reader, String); break;
                case 3: role = JsonEnum<SiteRole>.Read(ref reader); break;
                case 4: kind = JsonEnum<SiteKind>.Read(ref reader); break;
                case 5: coordinates = reader.TokenType == JsonTokenType.Null ? null : CoordinatesConverter.ReadValue(ref reader); break;
                case 6: administrative = reader.TokenType == JsonTokenType.Null ? null : ReadAdministrative(ref reader); break;
                case 7: precision = JsonEnum<SpatialPrecision>.Read(ref reader); break;
                case 8: within = OptionalId(ref reader); break;
                case 9: description = OptionalString(ref reader); break;
                default: externalIds = Array(ref reader, ReadExternalId); break;
            }
        }

        return new Site
        {
            Id = new(id!),
            Name = name!,
            Aliases = aliases,
            Role = role,
            Kind = kind,
            Coordinates = coordinates,
            Administrative = administrative,
            Precision = precision,
            WithinSiteId = within is null ? null : new SiteId(within),
            Description = description,
            ExternalIds = externalIds,
        };
    }

    private static AdministrativePath ReadAdministrative(ref Utf8JsonReader reader)
    {
        StartObject(ref reader, nameof(AdministrativePath));
        string? country = null, locality = null;
        EquatableArray<string> divisions = default;
        var seen = 0;
        int member;
        while ((member = AdministrativeMembers.Next(ref reader, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: country = RequiredString(ref reader, AdministrativeMembers, member); break;
                case 1: divisions = Array(ref reader, String); break;
                default: locality = OptionalString(ref reader); break;
            }
        }

        return new AdministrativePath { CountryCode = country!, Divisions = divisions, Locality = locality };
    }
}
