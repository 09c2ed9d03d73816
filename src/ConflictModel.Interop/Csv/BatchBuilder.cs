using System.Collections.Generic;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Sources;

namespace ConflictModel.Interop.Csv;

/// <summary>Collects one batch: engagements, and each actor and source they reference, declared once.</summary>
internal sealed class BatchBuilder
{
    private readonly List<Engagement> _engagements = [];
    private readonly List<Actor> _actors = [];
    private readonly List<Source> _sources = [];
    private readonly HashSet<ActorId> _actorIds = [];
    private readonly HashSet<SourceId> _sourceIds = [];

    public int Count => _engagements.Count;

    public void Add(Engagement engagement) => _engagements.Add(engagement);

    public void Add(Actor actor)
    {
        if (_actorIds.Add(actor.Id))
        {
            _actors.Add(actor);
        }
    }

    public void Add(Source source)
    {
        if (_sourceIds.Add(source.Id))
        {
            _sources.Add(source);
        }
    }

    public DatasetDocument Build() => new()
    {
        Sources = _sources.ToArray(),
        Actors = _actors.ToArray(),
        Engagements = _engagements.ToArray(),
    };

    public void Clear()
    {
        _engagements.Clear();
        _actors.Clear();
        _sources.Clear();
        _actorIds.Clear();
        _sourceIds.Clear();
    }
}
