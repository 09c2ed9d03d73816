using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using ConflictModel.Actors;
using ConflictModel.Collections;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Interop.Ged;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;

namespace ConflictModel.Benchmarks.Interop;

/// <summary>
/// The model's own floor for the GED import: builds the engagements an import delivered again, allocating every
/// record, array and string anew (strings copied from the old ones' characters), with nothing parsed, looked
/// up or checked. Whatever an importer does, it must at least build this object graph, so the time this takes
/// per row bounds any GED importer that delivers these documents from below.
/// </summary>
/// <remarks>
/// It copies what a GED row produces (the members the GED mapping sets); a member it does not copy would make
/// the copy compare unequal, which <see cref="CopyAll"/> checks on its first pass. What the importer shares
/// between rows or within a row is shared here too, so that the floor is a lower bound: actor, source and
/// statement ids, reporting days, small exact quantities, dataset and column names, country codes and wordings.
/// </remarks>
public static class GedModelFloor
{
    /// <summary>Imports the first <paramref name="count"/> engagements of the GED file at <paramref name="path"/> with our importer.</summary>
    /// <param name="path">A GED file.</param>
    /// <param name="count">How many engagements to keep (the file must have at least one row).</param>
    /// <returns>The engagements, in file order.</returns>
    public static IReadOnlyList<Engagement> Load(string path, int count)
    {
        var engagements = new List<Engagement>(count);
        using (var reader = new StreamReader(path))
        {
            GedImporter.ImportAsync(reader, (d, _) =>
            {
                engagements.AddRange(d.Engagements.Take(count - engagements.Count));
                return ValueTask.CompletedTask;
            }).GetAwaiter().GetResult();
        }

        return engagements.Count > 0 ? engagements : throw new InvalidOperationException($"{path} has no rows to build a floor from.");
    }

    /// <summary>
    /// Copies <paramref name="engagements"/> <paramref name="passes"/> times, keeping each batch of
    /// <paramref name="batchSize"/> copies alive until it is full (as an import keeps a batch until it is
    /// delivered), and returns the number of engagements built.
    /// </summary>
    /// <param name="engagements">Engagements delivered by a GED import.</param>
    /// <param name="passes">How many times to copy them all.</param>
    /// <param name="batchSize">How many copies stay alive together.</param>
    /// <returns>The number of engagements built.</returns>
    /// <exception cref="InvalidOperationException">A copy differs from its original (the copier misses a member).</exception>
    public static long CopyAll(IReadOnlyList<Engagement> engagements, int passes, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(engagements);
        var batch = new List<Engagement>(batchSize);
        long built = 0;
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var engagement in engagements)
            {
                var copy = Copy(engagement);
                if (pass == 0 && built < 1_000 && copy != engagement)
                {
                    throw new InvalidOperationException($"The floor's copy of '{engagement.Id}' differs from the original; the copier misses a member.");
                }

                batch.Add(copy);
                built++;
                if (batch.Count == batchSize)
                {
                    batch.Clear();
                }
            }
        }

        return built;
    }

    /// <summary>Builds <paramref name="e"/> again from new objects.</summary>
    /// <param name="e">The engagement.</param>
    /// <returns>An equal engagement that shares no record, array or string with <paramref name="e"/>.</returns>
    public static Engagement Copy(Engagement e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new Engagement
        {
            Id = new EngagementId(S(e.Id.Value)),
            Name = S(e.Name),
            Conflict = e.Conflict is null ? null : new ConflictReference { Name = S(e.Conflict.Name), ExternalIds = Map(e.Conflict.ExternalIds, Copy) },
            Type = e.Type,
            Time = Copy(e.Time),
            Sites = Map(e.Sites, Copy),
            Sides = Map(e.Sides, s => new Side { Id = new SideId(S(s.Id.Value)), Role = s.Role, ActorIds = Map(s.ActorIds, a => a) }),
            Figures = Map(e.Figures, Copy),
            Statements = Map(e.Statements, Copy),
            ExternalIds = Map(e.ExternalIds, Copy),
            DatasetFields = Map(e.DatasetFields, f => new DatasetField { Dataset = f.Dataset, Name = f.Name, Value = S(f.Value) }),
        };
    }

    private static Site Copy(Site s) => new()
    {
        Id = new SiteId(S(s.Id.Value)),
        Name = S(s.Name),
        Role = s.Role,
        Kind = s.Kind,
        Coordinates = s.Coordinates,
        Administrative = s.Administrative is null ? null : new AdministrativePath { CountryCode = s.Administrative.CountryCode, Divisions = Map(s.Administrative.Divisions, S) },
        Precision = s.Precision,
        Description = s.Description is null ? null : S(s.Description),
        ExternalIds = Map(s.ExternalIds, Copy),
    };

    private static DisputedFigure Copy(DisputedFigure f) => new()
    {
        Id = new FigureId(S(f.Id.Value)),
        Measure = f.Measure,
        Subject = f.Subject.SideId is { } side ? new FigureSubject { Kind = f.Subject.Kind, SideId = side } : f.Subject,
        Estimates = Map(f.Estimates, x => new Estimate { StatementId = x.StatementId, Quantity = Copy(x.Quantity), Wording = x.Wording }),
    };

    private static Quantity Copy(Quantity q) =>
        q.Form == QuantityForm.Exact && q.Value is >= 0 and < 256 ? q : new Quantity { Form = q.Form, Value = q.Value, Low = q.Low, High = q.High };

    private static SourcedStatement Copy(SourcedStatement s) => new()
    {
        Id = new StatementId(S(s.Id.Value)),
        SourceId = s.SourceId,
        Stance = s.Stance,
        Summary = S(s.Summary),
        ReportedAt = s.ReportedAt,
        Via = s.Via.Count == 0 ? default : Map(s.Via, v => v),
    };

    private static TemporalExtent Copy(TemporalExtent t) => new() { Start = t.Start, End = t.End, Precision = t.Precision, Qualifier = t.Qualifier };

    private static ExternalId Copy(ExternalId x) => new() { Scheme = x.Scheme, Value = S(x.Value) };

    private static string S(string text) => text.Length == 0 ? string.Empty : new string(text.AsSpan());

    private static EquatableArray<TOut> Map<TIn, TOut>(EquatableArray<TIn> items, Func<TIn, TOut> copy)
    {
        if (items.Count == 0)
        {
            return default;
        }

        var result = new TOut[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = copy(items[i]);
        }

        return new EquatableArray<TOut>(ImmutableCollectionsMarshal.AsImmutableArray(result));
    }
}
