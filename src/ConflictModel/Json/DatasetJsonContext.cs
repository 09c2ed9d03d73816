using System.Text.Json;
using System.Text.Json.Serialization;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Places;
using ConflictModel.Sources;

namespace ConflictModel.Json;

/// <summary>
/// The source-generated metadata for every type of a dataset document. <see cref="JsonFormat"/> builds
/// the options actually used on top of it (converters, encoder, the empty-collection rule); no
/// reflection-based metadata is ever used.
/// </summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    IgnoreReadOnlyProperties = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    MaxDepth = DatasetJson.MaxDepth,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n")]
[JsonSerializable(typeof(DatasetDocument))]
[JsonSerializable(typeof(Source))]
[JsonSerializable(typeof(Actor))]
[JsonSerializable(typeof(ExternalId))]
[JsonSerializable(typeof(Engagement))]
[JsonSerializable(typeof(ConflictReference))]
[JsonSerializable(typeof(Site))]
[JsonSerializable(typeof(AdministrativePath))]
[JsonSerializable(typeof(Side))]
[JsonSerializable(typeof(Incident))]
[JsonSerializable(typeof(Outcome))]
[JsonSerializable(typeof(DisputedFigure))]
[JsonSerializable(typeof(FigureSubject))]
[JsonSerializable(typeof(Estimate))]
[JsonSerializable(typeof(Quantity))]
[JsonSerializable(typeof(SourcedStatement))]
[JsonSerializable(typeof(EngagementRelation))]
[JsonSerializable(typeof(DatasetField))]
internal sealed partial class DatasetJsonContext : JsonSerializerContext;
