using System.Collections.Generic;
using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;

namespace ConflictModel.Interop.Tests.Matching;

/// <summary>Builds small, valid documents of one-site, two-sided events for the matching tests.</summary>
internal sealed class Events(string dataset)
{
    private readonly List<Engagement> _engagements = [];
    private readonly Dictionary<ActorId, Actor> _actors = [];
    private readonly SourceId _source = new(dataset + "-source");

    public Events Add(
        string id,
        TemporalExtent time,
        double lat,
        double lon,
        string[] actors,
        EngagementType type = EngagementType.Battle,
        SpatialPrecision precision = SpatialPrecision.ExactLocation,
        long? killed = null,
        bool withCoordinates = true)
    {
        var prefix = dataset + "-" + id;
        var ids = actors.Select(ActorFor).ToArray();
        var statement = new StatementId(prefix + "-st");
        _engagements.Add(new Engagement
        {
            Id = new EngagementId(prefix),
            Name = id,
            Type = type,
            Time = time,
            Sites =
            [
                new Site
                {
                    Id = new SiteId(prefix + "-site"),
                    Name = "Site of " + id,
                    Role = SiteRole.Setting,
                    Kind = SiteKind.Settlement,
                    Coordinates = withCoordinates ? new Coordinates(lat, lon) : null,
                    Precision = precision,
                },
            ],
            Sides = ids.Length == 0 ? [] : ids.Select((a, i) => new Side { Id = new SideId(prefix + "-side-" + i), Role = SideRole.Belligerent, ActorIds = [a] }).ToArray(),
            Statements = [new SourcedStatement { Id = statement, SourceId = _source, Stance = StatementStance.Assessment, Summary = dataset + " codes event " + id + "." }],
            Figures = killed is { } k
                ? [new DisputedFigure { Id = new FigureId(prefix + "-killed"), Measure = Measure.Killed, Subject = FigureSubject.All, Estimates = [Estimate.Of(statement, Quantity.Exactly(k))] }]
                : [],
            ExternalIds = [ExternalId.Of(ExternalIdScheme.AcledEvent, "EVT" + System.Math.Abs(prefix.GetHashCode(System.StringComparison.Ordinal)))],
        });
        return this;
    }

    public DatasetDocument Document() => new()
    {
        Sources = [new Source { Id = _source, Name = dataset, Kind = SourceKind.Analyst }],
        Actors = _actors.Values.ToArray(),
        Engagements = _engagements.ToArray(),
    };

    private ActorId ActorFor(string name)
    {
        var id = new ActorId(dataset + "-actor-" + string.Concat(name.Where(char.IsAsciiLetterOrDigit)).ToLowerInvariant());
        _actors.TryAdd(id, new Actor { Id = id, Name = name, Kind = name.StartsWith("Civilians", System.StringComparison.Ordinal) ? ActorKind.Civilians : ActorKind.NonStateArmedGroup });
        return id;
    }
}
