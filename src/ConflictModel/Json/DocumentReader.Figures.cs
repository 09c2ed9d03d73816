using System.Text.Json;
using ConflictModel.Actors;
using ConflictModel.Collections;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Sources;
using ConflictModel.Time;

namespace ConflictModel.Json;

/// <content>Disputed figures, their estimates and quantities, and sourced statements.</content>
internal static partial class DocumentReader
{
    private static readonly JsonMembers FigureMembers = new(
        nameof(DisputedFigure),
        ["id", "measure", "subject", "unit", "partOf", "estimates", "note"],
        required: ["id", "measure", "subject"]);

    private static readonly JsonMembers SubjectMembers = new(
        nameof(FigureSubject),
        ["kind", "sideId", "actorIds"],
        required: ["kind"]);

    private static readonly JsonMembers EstimateMembers = new(
        nameof(Estimate),
        ["statementId", "quantity", "wording"],
        required: ["statementId", "quantity"]);

    private static readonly JsonMembers QuantityMembers = new(
        nameof(Quantity),
        ["form", "value", "low", "high", "openEnded", "approximate", "term"],
        required: ["form"]);

    private static readonly JsonMembers StatementMembers = new(
        nameof(SourcedStatement),
        ["id", "sourceId", "stance", "summary", "quote", "reportedAt", "via", "url", "supersedes", "credibility"],
        required: ["id", "sourceId", "stance", "summary"]);

    private static DisputedFigure ReadFigure(ref Utf8JsonReader reader)
    {
        StartObject(ref reader, nameof(DisputedFigure));
        string? id = null, unit = null, note = null, partOf = null;
        Measure measure = default;
        FigureSubject? subject = null;
        EquatableArray<Estimate> estimates = default;
        var seen = 0;
        int member;
        while ((member = FigureMembers.Next(ref reader, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: id = Id(ref reader); break;
                case 1: measure = JsonEnum<Measure>.Read(ref reader); break;
                case 2: subject = reader.TokenType == JsonTokenType.Null ? throw FigureMembers.NullNotAllowed(in reader, member) : ReadSubject(ref reader); break;
                case 3: unit = OptionalString(ref reader); break;
                case 4: partOf = OptionalId(ref reader); break;
                case 5: estimates = Array(ref reader, ReadEstimate); break;
                default: note = OptionalString(ref reader); break;
            }
        }

        return new DisputedFigure
        {
            Id = new(id!),
            Measure = measure,
            Subject = subject!,
            Unit = unit,
            PartOf = partOf is null ? null : new FigureId(partOf),
            Estimates = estimates,
            Note = note,
        };
    }

    private static FigureSubject ReadSubject(ref Utf8JsonReader reader)
    {
        StartObject(ref reader, nameof(FigureSubject));
        SubjectKind kind = default;
        string? side = null;
        EquatableArray<ActorId> actorIds = default;
        var seen = 0;
        int member;
        while ((member = SubjectMembers.Next(ref reader, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: kind = JsonEnum<SubjectKind>.Read(ref reader); break;
                case 1: side = OptionalId(ref reader); break;
                default: actorIds = Array(ref reader, ActorId); break;
            }
        }

        return new FigureSubject { Kind = kind, SideId = side is null ? null : new SideId(side), ActorIds = actorIds };
    }

    private static Estimate ReadEstimate(ref Utf8JsonReader reader)
    {
        StartObject(ref reader, nameof(Estimate));
        string? statement = null, wording = null;
        Quantity? quantity = null;
        var seen = 0;
        int member;
        while ((member = EstimateMembers.Next(ref reader, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: statement = Id(ref reader); break;
                case 1: quantity = reader.TokenType == JsonTokenType.Null ? throw EstimateMembers.NullNotAllowed(in reader, member) : ReadQuantity(ref reader); break;
                default: wording = OptionalString(ref reader); break;
            }
        }

        return new Estimate { StatementId = new(statement!), Quantity = quantity!, Wording = wording };
    }

    private static Quantity ReadQuantity(ref Utf8JsonReader reader)
    {
        StartObject(ref reader, nameof(Quantity));
        QuantityForm form = default;
        long? value = null, low = null, high = null;
        bool openEnded = false, approximate = false;
        string? term = null;
        var seen = 0;
        int member;
        while ((member = QuantityMembers.Next(ref reader, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: form = JsonEnum<QuantityForm>.Read(ref reader); break;
                case 1: value = OptionalInt64(ref reader); break;
                case 2: low = OptionalInt64(ref reader); break;
                case 3: high = OptionalInt64(ref reader); break;
                case 4: openEnded = Boolean(ref reader); break;
                case 5: approximate = Boolean(ref reader); break;
                default: term = OptionalString(ref reader); break;
            }
        }

        return new Quantity { Form = form, Value = value, Low = low, High = high, OpenEnded = openEnded, Approximate = approximate, Term = term };
    }

    private static SourcedStatement ReadStatement(ref Utf8JsonReader reader)
    {
        StartObject(ref reader, nameof(SourcedStatement));
        string? id = null, source = null, summary = null, quote = null, url = null;
        StatementStance stance = default;
        TemporalExtent? reportedAt = null;
        EquatableArray<SourceId> via = default;
        EquatableArray<StatementId> supersedes = default;
        Credibility? credibility = null;
        var seen = 0;
        int member;
        while ((member = StatementMembers.Next(ref reader, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: id = Id(ref reader); break;
                case 1: source = Id(ref reader); break;
                case 2: stance = JsonEnum<StatementStance>.Read(ref reader); break;
                case 3: summary = RequiredString(ref reader, StatementMembers, member); break;
                case 4: quote = OptionalString(ref reader); break;
                case 5: reportedAt = OptionalTime(ref reader); break;
                case 6: via = Array(ref reader, SourceId); break;
                case 7: url = OptionalString(ref reader); break;
                case 8: supersedes = Array(ref reader, StatementId); break;
                default: credibility = OptionalEnum<Credibility>(ref reader); break;
            }
        }

        return new SourcedStatement
        {
            Id = new(id!),
            SourceId = new(source!),
            Stance = stance,
            Summary = summary!,
            Quote = quote,
            ReportedAt = reportedAt,
            Via = via,
            Url = url,
            Supersedes = supersedes,
            Credibility = credibility,
        };
    }
}
