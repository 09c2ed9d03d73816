using System.Collections.Generic;
using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Sources;

namespace ConflictModel.Interop.Matching;

/// <summary>One input read into memory: its engagements in order, and its actors and sources (the first declaration of each id kept).</summary>
internal sealed class InputData(string name, string label)
{
    private readonly List<Actor> _actorOrder = [];
    private readonly List<Source> _sourceOrder = [];

    public string Name { get; } = name;

    public string Label { get; } = label;

    public bool Qualified { get; private set; }

    public List<Engagement> Engagements { get; private set; } = [];

    public Dictionary<ActorId, Actor> Actors { get; private set; } = [];

    public Dictionary<SourceId, Source> Sources { get; private set; } = [];

    public IReadOnlyList<Actor> ActorsInOrder => _actorOrder;

    public IReadOnlyList<Source> SourcesInOrder => _sourceOrder;

    public void Add(DatasetDocument document)
    {
        foreach (var a in document.Actors.Where(a => a is not null))
        {
            if (Actors.TryAdd(a.Id, a))
            {
                _actorOrder.Add(a);
            }
        }

        foreach (var s in document.Sources.Where(s => s is not null))
        {
            if (Sources.TryAdd(s.Id, s))
            {
                _sourceOrder.Add(s);
            }
        }

        Engagements.AddRange(document.Engagements.Where(e => e is not null));
    }

    public void Apply(IdQualifier qualifier)
    {
        Qualified = true;
        Engagements = Engagements.Select(qualifier.Apply).ToList();
        var actors = _actorOrder.Select(qualifier.Apply).ToList();
        var sources = _sourceOrder.Select(qualifier.Apply).ToList();
        _actorOrder.Clear();
        _actorOrder.AddRange(actors);
        _sourceOrder.Clear();
        _sourceOrder.AddRange(sources);
        Actors = actors.ToDictionary(a => a.Id);
        Sources = sources.ToDictionary(s => s.Id);
    }
}
