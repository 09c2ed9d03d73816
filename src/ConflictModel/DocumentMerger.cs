using System;
using System.Collections.Generic;
using System.Globalization;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Sources;
using ConflictModel.Validation;

namespace ConflictModel;

/// <summary>
/// Joins documents (the lines of a JSON Lines file, the batches of an import, several files) into one, and says
/// what it joined: nothing is merged silently.
/// </summary>
/// <remarks>
/// <para>
/// Engagements, actors and sources are kept in the order first seen. An item whose id an earlier document already
/// declared with equal content (as every self-contained JSON Lines line repeats the sources and actors it shares
/// with others) is kept once and reported as <c>merge.duplicate</c> (info). An item whose id an earlier document
/// declared with different content is reported as <c>merge.conflict</c> (error), naming both places; the first
/// declaration stays in <see cref="ToDocument"/>, which should then not be used as if nothing had happened.
/// </para>
/// <para>The merged document takes the format version, title and description of the first document.</para>
/// </remarks>
/// <threadsafety>Not thread-safe: add documents from one thread at a time.</threadsafety>
public sealed class DocumentMerger
{
    private readonly Dictionary<EngagementId, (Engagement Item, Place Where)> _engagements = [];
    private readonly Dictionary<ActorId, (Actor Item, Place Where)> _actors = [];
    private readonly Dictionary<SourceId, (Source Item, Place Where)> _sources = [];
    private readonly List<Engagement> _engagementOrder = [];
    private readonly List<Actor> _actorOrder = [];
    private readonly List<Source> _sourceOrder = [];
    private DatasetDocument? _first;

    /// <summary>Creates a merger.</summary>
    /// <param name="reportDuplicates">
    /// Whether <see cref="Add"/> returns a <c>merge.duplicate</c> info for each item kept once; otherwise they are
    /// only counted in <see cref="Duplicates"/> (a JSON Lines file of a million lines repeats its shared sources a
    /// million times).
    /// </param>
    public DocumentMerger(bool reportDuplicates = false) => ReportDuplicates = reportDuplicates;

    /// <summary>Gets a value indicating whether each duplicate is returned as a problem, not only counted.</summary>
    public bool ReportDuplicates { get; }

    /// <summary>Gets how many documents were added.</summary>
    public long Documents { get; private set; }

    /// <summary>Gets how many items were equal to one already declared and kept once.</summary>
    public long Duplicates { get; private set; }

    /// <summary>Gets how many items had the id of one already declared but different content.</summary>
    public long Conflicts { get; private set; }

    /// <summary>Adds the items of <paramref name="document"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="file">Where it came from, as problems should name it, or <see langword="null"/>.</param>
    /// <param name="line">The one-based line it starts on (a JSON Lines line), or <see langword="null"/>.</param>
    /// <returns>
    /// What merging found: a <c>merge.duplicate</c> info per item kept once (with <see cref="ReportDuplicates"/>), a <c>merge.conflict</c> error per item
    /// that differs from the one already declared; each located at the new item (<see cref="Problem.File"/>,
    /// <see cref="Problem.Line"/>, <see cref="Problem.Path"/>), its message naming the earlier place.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Problem> Add(DatasetDocument document, string? file = null, long? line = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        _first ??= document;
        Documents++;
        var problems = new List<Problem>();
        var place = new Place(file, line, Documents);
        Merge(document.Sources, s => s.Id, "source", "sources", _sources, _sourceOrder, place, problems);
        Merge(document.Actors, a => a.Id, "actor", "actors", _actors, _actorOrder, place, problems);
        Merge(document.Engagements, e => e.Id, "engagement", "engagements", _engagements, _engagementOrder, place, problems);
        return problems;
    }

    /// <summary>Returns the merged document: every engagement, actor and source once, in the order first seen.</summary>
    /// <returns>The document; an empty one when nothing was added.</returns>
    public DatasetDocument ToDocument() => new()
    {
        FormatVersion = _first?.FormatVersion ?? DatasetDocument.CurrentFormatVersion,
        Title = _first?.Title,
        Description = _first?.Description,
        Sources = _sourceOrder.ToArray(),
        Actors = _actorOrder.ToArray(),
        Engagements = _engagementOrder.ToArray(),
    };

    private void Merge<TId, T>(
        IReadOnlyList<T> items,
        Func<T, TId> idOf,
        string noun,
        string member,
        Dictionary<TId, (T Item, Place Where)> seen,
        List<T> order,
        Place place,
        List<Problem> problems)
        where TId : notnull
        where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is null)
            {
                continue;
            }

            var id = idOf(item);
            var here = place.At(member, i);
            if (!seen.TryGetValue(id, out var earlier))
            {
                seen.Add(id, (item, here));
                order.Add(item);
                continue;
            }

            var equal = earlier.Item.Equals(item);
            if (equal)
            {
                Duplicates++;
                if (!ReportDuplicates)
                {
                    continue;
                }
            }
            else
            {
                Conflicts++;
            }

            problems.Add(new Problem
            {
                Code = equal ? "merge.duplicate" : "merge.conflict",
                Severity = equal ? ValidationSeverity.Info : ValidationSeverity.Error,
                Message = equal
                    ? $"The {noun} '{id}' is declared again, equal to its declaration at {earlier.Where}; it is kept once."
                    : $"The {noun} '{id}' is declared differently at {earlier.Where}; an id names one {noun}, so the two cannot be merged (give one another id, or make them equal).",
                Value = id.ToString(),
                File = here.File,
                Line = here.Line,
                Path = here.Path,
            });
        }
    }

    /// <summary>Where an item was declared: a file, a line, and its path in that document.</summary>
    private readonly record struct Place(string? File, long? Line, long Document, string? Path = null)
    {
        public Place At(string member, int index) => this with { Path = member + "[" + index.ToString(CultureInfo.InvariantCulture) + "]" };

        public override string ToString() =>
            (File, Line) switch
            {
                (null, null) => "document " + Document.ToString(CultureInfo.InvariantCulture),
                (_, null) => File + " (document " + Document.ToString(CultureInfo.InvariantCulture) + ")",
                _ => (File ?? "(input)") + ":" + Line!.Value.ToString(CultureInfo.InvariantCulture),
            } + " " + Path;
    }
}
