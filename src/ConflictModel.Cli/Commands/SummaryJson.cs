using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ConflictModel.Engagements;
using ConflictModel.Figures;

namespace ConflictModel.Cli.Commands;

/// <summary>The JSON form of <c>summary --output json</c> (docs/json-format.md): each figure's estimates and its reconciled range under each policy.</summary>
internal static class SummaryJson
{
    /// <summary>Writes one engagement's object.</summary>
    /// <param name="json">The writer, inside the <c>engagements</c> array.</param>
    /// <param name="index">The engagement's document.</param>
    /// <param name="engagement">The engagement.</param>
    /// <param name="policies">The policies to reconcile with, in order.</param>
    internal static void WriteEngagement(Utf8JsonWriter json, DocumentIndex index, Engagement engagement, IReadOnlyList<ReconciliationPolicy> policies)
    {
        var e = engagement;
        json.WriteStartObject();
        json.WriteString("id", e.Id.Value);
        json.WriteString("name", e.Name);
        json.WriteString("type", Camel(e.Type.ToString()));
        json.WriteString("time", e.Time?.ToString());
        json.WriteStartArray("figures");
        var context = new ReconciliationContext(index, e);
        foreach (var figure in e.Figures.Where(f => f is not null))
        {
            json.WriteStartObject();
            json.WriteString("id", figure.Id.Value);
            json.WriteString("measure", Camel(figure.Measure.ToString()));
            json.WriteStartObject("subject");
            json.WriteString("kind", Camel(figure.Subject.Kind.ToString()));
            if (figure.Subject.SideId is { } side)
            {
                json.WriteString("sideId", side.Value);
            }

            if (!figure.Subject.ActorIds.IsEmpty)
            {
                json.WriteStartArray("actorIds");
                foreach (var actor in figure.Subject.ActorIds)
                {
                    json.WriteStringValue(actor.Value);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            if (figure.PartOf is { } whole)
            {
                json.WriteString("partOf", whole.Value);
            }

            json.WriteStartArray("estimates");
            foreach (var estimate in figure.Estimates.Where(x => x is not null))
            {
                var statement = e.Statements.FirstOrDefault(s => s.Id == estimate.StatementId);
                json.WriteStartObject();
                json.WriteString("statementId", estimate.StatementId.Value);
                json.WriteString("sourceId", statement?.SourceId.Value);
                json.WriteString("source", statement is null ? null : index.FindSource(statement.SourceId)?.Name);
                json.WriteString("form", Camel(estimate.Quantity.Form.ToString()));
                Number(json, "value", estimate.Quantity.Value);
                Number(json, "low", estimate.Quantity.Low);
                Number(json, "high", estimate.Quantity.High);
                json.WriteBoolean("openEnded", estimate.Quantity.OpenEnded);
                json.WriteBoolean("approximate", estimate.Quantity.Approximate);
                json.WriteString("term", estimate.Quantity.Term);
                json.WriteString("text", estimate.Quantity.ToString());
                json.WriteString("wording", estimate.Wording);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("reconciled");
            foreach (var policy in policies)
            {
                var r = FigureReconciler.Reconcile(figure, context, policy);
                json.WriteStartObject();
                json.WriteString("policy", policy.DisplayName);
                Number(json, "low", r.Low);
                Number(json, "best", r.Best);
                Number(json, "high", r.High);
                json.WriteBoolean("openEnded", r.IsOpenEnded);
                json.WriteString("qualitativeTerm", r.QualitativeTerm);
                json.WriteString("range", r.ToRangeText());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
