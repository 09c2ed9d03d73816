using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Sources;
using NodaTime;

namespace ConflictModel.Tables;

/// <summary>Turns the engagements of a document into the rows of the seven tidy tables (columns in <see cref="TidySchemas"/>).</summary>
internal static class TidyRows
{
    /// <summary>The separator of lists held in one text column (actor ids, tactics, via…).</summary>
    public const string ListSeparator = ";";

    /// <summary>Adds the rows of every engagement of <paramref name="document"/>.</summary>
    /// <param name="document">The document (its sources and actors name what the engagements refer to).</param>
    /// <param name="tables">The buffers to add to, for an engagement and a table (its partition when partitioned).</param>
    /// <param name="reasoning">Whether the <c>reconciled</c> rows get their reasoning (else the column is empty and no reasoning is built).</param>
    public static void Add(DatasetDocument document, Func<Engagement, TableSchema, TableBuffer> tables, bool reasoning = false)
    {
        var index = new DocumentIndex(document);
        foreach (var engagement in document.Engagements)
        {
            Add(index, engagement, schema => tables(engagement, schema), reasoning);
        }
    }

    private static void Add(DocumentIndex index, Engagement e, Func<TableSchema, TableBuffer> table, bool reasoning)
    {
        var id = e.Id.Value;
        var countries = e.Sites.Select(s => s.Administrative?.CountryCode).Where(c => c is not null).Distinct(StringComparer.Ordinal).ToList();
        table(TidySchemas.Engagements).Add()
            .Text(id)
            .Text(e.Name)
            .Text(Name(e.Type))
            .Text(e.Conflict?.Name)
            .Text(List(e.Tactics.Select(Name)))
            .Timestamp(Clr(e.Time.WindowStart))
            .Timestamp(Clr(e.Time.WindowEnd))
            .Date(DateOnly.FromDateTime(Clr(e.Time.Start)))
            .Text(Name(e.Time.Precision))
            .Text(Name(e.Time.Qualifier))
            .Text(e.Time.ToString())
            .Text(countries.Count == 1 ? countries[0] : null)
            .Int32(e.Sites.Count)
            .Int32(e.Sides.Count)
            .Int32(e.Figures.Count)
            .Int32(e.Statements.Count)
            .Text(e.ResultSummary)
            .End();

        var sides = table(TidySchemas.Sides);
        foreach (var side in e.Sides)
        {
            sides.Add()
                .Text(id)
                .Text(side.Id.Value)
                .Text(Name(side.Role))
                .Text(side.Name)
                .Text(List(side.ActorIds.Select(a => a.Value)))
                .Text(List(side.ActorIds.Select(a => index.FindActor(a)?.Name)))
                .Int32(side.ActorIds.Count)
                .End();
        }

        var sites = table(TidySchemas.Sites);
        foreach (var site in e.Sites)
        {
            var admin = site.Administrative;
            sites.Add()
                .Text(id)
                .Text(site.Id.Value)
                .Text(site.Name)
                .Text(Name(site.Role))
                .Text(Name(site.Kind))
                .Double(site.Coordinates?.Latitude)
                .Double(site.Coordinates?.Longitude)
                .Text(Name(site.Precision))
                .Text(admin?.CountryCode)
                .Text(admin is { Divisions.Count: > 0 } ? admin.Divisions[0] : null)
                .Text(admin is { Divisions.Count: > 0 } ? string.Join('/', admin.Divisions) : null)
                .Text(admin?.Locality)
                .Text(site.WithinSiteId?.Value)
                .End();
        }

        var statementsById = new Dictionary<StatementId, SourcedStatement>();
        var statements = table(TidySchemas.Statements);
        foreach (var s in e.Statements)
        {
            statementsById.TryAdd(s.Id, s);
            var source = index.FindSource(s.SourceId);
            statements.Add()
                .Text(id)
                .Text(s.Id.Value)
                .Text(s.SourceId.Value)
                .Text(source?.Name)
                .Text(source is null ? null : Name(source.Kind))
                .Text(Name(s.Stance))
                .Text(s.Summary)
                .Text(s.Quote)
                .Timestamp(s.ReportedAt is { } at ? Clr(at.Start) : null)
                .Text(s.ReportedAt is { } p ? Name(p.Precision) : null)
                .Text(s.Url)
                .Text(List(s.Via.Select(v => v.Value)))
                .Text(List(s.Supersedes.Select(v => v.Value)))
                .Text(s.Credibility is { } c ? Name(c) : null)
                .End();
        }

        var figures = table(TidySchemas.Figures);
        var estimates = table(TidySchemas.Estimates);
        var reconciled = table(TidySchemas.Reconciled);
        var context = new ReconciliationContext(index, e);
        foreach (var f in e.Figures)
        {
            var measure = Name(f.Measure);
            figures.Add()
                .Text(id)
                .Text(f.Id.Value)
                .Text(measure)
                .Text(Name(f.Subject.Kind))
                .Text(f.Subject.SideId?.Value)
                .Text(List(f.Subject.ActorIds.Select(a => a.Value)))
                .Text(f.Unit)
                .Text(f.PartOf?.Value)
                .Int32(f.Estimates.Count)
                .Boolean(f.Estimates.Select(x => x.Quantity).Distinct().Skip(1).Any())
                .Text(f.Note)
                .End();

            for (var i = 0; i < f.Estimates.Count; i++)
            {
                var estimate = f.Estimates[i];
                var q = estimate.Quantity;
                var statement = statementsById.GetValueOrDefault(estimate.StatementId);
                estimates.Add()
                    .Text(id)
                    .Text(f.Id.Value)
                    .Int32(i)
                    .Text(measure)
                    .Text(estimate.StatementId.Value)
                    .Text(statement?.SourceId.Value)
                    .Text(statement is null ? null : index.FindSource(statement.SourceId)?.Name)
                    .Text(statement is null ? null : Name(statement.Stance))
                    .Timestamp(statement?.ReportedAt is { } at ? Clr(at.Start) : null)
                    .Text(statement?.ReportedAt is { } p ? Name(p.Precision) : null)
                    .Text(Name(q.Form))
                    .Int64(q.Value)
                    .Int64(q.Low)
                    .Int64(q.High)
                    .Boolean(q.OpenEnded)
                    .Boolean(q.Approximate)
                    .Text(q.Term)
                    .Int64(q.LowerBound)
                    .Int64(q.UpperBound)
                    .Text(q.ToString())
                    .Text(estimate.Wording)
                    .End();
            }

            foreach (var policy in ReconciliationPolicy.BuiltIn)
            {
                var r = reasoning ? FigureReconciler.Reconcile(f, context, policy) : FigureReconciler.ReconcileRange(f, context, policy);
                reconciled.Add()
                    .Text(id)
                    .Text(f.Id.Value)
                    .Text(measure)
                    .Text(policy.Name)
                    .Int64(r.Low)
                    .Int64(r.Best)
                    .Int64(r.High)
                    .Boolean(r.IsOpenEnded)
                    .Text(r.QualitativeTerm)
                    .Text(r.ToRangeText())
                    .Text(r.Contributions.Count == 0 ? null : string.Join("; ", r.Contributions.Select(c => c.Reason)))
                    .End();
            }
        }
    }

    /// <summary>An enum value as the JSON form writes it (camelCase), so the tables and the documents use the same words.</summary>
    private static string Name<T>(T value)
        where T : struct, Enum => EnumNames<T>.Of(value);

    private static string? List(IEnumerable<string?> values)
    {
        var text = string.Join(ListSeparator, values.Where(v => v is not null));
        return text.Length == 0 ? null : text;
    }

    private static DateTime Clr(LocalDateTime value) => value.ToDateTimeUnspecified();

    /// <summary>The camelCase names of an enum's values, computed once.</summary>
    private static class EnumNames<T>
        where T : struct, Enum
    {
        private static readonly Dictionary<T, string> Names = Enum.GetValues<T>().ToDictionary(v => v, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));

        public static string Of(T value) => Names.TryGetValue(value, out var name) ? name : JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
    }
}
