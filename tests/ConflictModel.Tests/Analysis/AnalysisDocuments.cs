using System.Linq;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Sources;
using ConflictModel.Time;

namespace ConflictModel.Tests.Analysis;

/// <summary>Small documents for the analysis tests: one news-agency source, engagements with one statement each, figures tied to it.</summary>
internal static class AnalysisDocuments
{
    /// <summary>A document of <paramref name="engagements"/> citing one source, "src".</summary>
    public static DatasetDocument Document(params Engagement[] engagements) => new()
    {
        Sources = [new Source { Id = new("src"), Name = "A source", Kind = SourceKind.NewsAgency }],
        Engagements = engagements,
    };

    /// <summary>An attack without sides, with one statement of "src" that every estimate of <paramref name="figures"/> is tied to.</summary>
    public static Engagement Engagement(string id, TemporalExtent time, params DisputedFigure[] figures) => new()
    {
        Id = new(id),
        Name = id,
        Type = EngagementType.Attack,
        Time = time,
        Sides = [],
        Statements = [new SourcedStatement { Id = new(id + "-st"), SourceId = new("src"), Stance = StatementStance.Report, Summary = "A toll" }],
        Figures = [.. figures.Select(f => f with { Estimates = [.. f.Estimates.Select(e => e with { StatementId = new(id + "-st") })] })],
    };

    /// <summary>A figure with one estimate of <paramref name="quantity"/> (its statement is set by <see cref="Engagement"/>).</summary>
    public static DisputedFigure Figure(string id, Measure measure, FigureSubject subject, Quantity quantity) => new()
    {
        Id = new(id),
        Measure = measure,
        Subject = subject,
        Estimates = [Estimate.Of(new("placeholder"), quantity)],
    };
}
