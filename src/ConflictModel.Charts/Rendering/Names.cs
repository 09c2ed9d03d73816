using System.Linq;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Sources;

namespace ConflictModel.Charts.Rendering;

/// <summary>The names a chart shows for figures and statements, as the plain-text summary shows them.</summary>
internal static class Names
{
    /// <summary>Names a figure by its subject and measure: "Malian Army and Wagner Group: killed".</summary>
    /// <param name="index">The document's index.</param>
    /// <param name="engagement">The figure's engagement.</param>
    /// <param name="figure">The figure.</param>
    /// <returns>The name.</returns>
    internal static string Figure(DocumentIndex index, Engagement engagement, DisputedFigure figure)
    {
        var subject = figure.Subject?.Kind switch
        {
            SubjectKind.Side => engagement.Sides.FirstOrDefault(s => s?.Id == figure.Subject.SideId) is { } side
                ? side.Name ?? string.Join(", ", side.ActorIds.Select(a => index.FindActor(a)?.Name ?? a.ToString()))
                : figure.Subject.SideId?.ToString() ?? "?",
            SubjectKind.Actors => string.Join(", ", figure.Subject.ActorIds.Select(a => index.FindActor(a)?.Name ?? a.ToString())),
            null => "?",
            _ => figure.Subject.Kind.ToString(),
        };
        return subject + ": " + Measure(figure.Measure) + (figure.Unit is null ? string.Empty : " (" + figure.Unit + ")");
    }

    /// <summary>Names a measure in words: "killed or wounded".</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The words.</returns>
    internal static string Measure(Measure measure) => measure switch
    {
        Figures.Measure.KilledOrWounded => "killed or wounded",
        _ => string.Concat(measure.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())),
    };

    /// <summary>Names who made a statement, with the sources it reached us through: "A local official via Agence France-Presse".</summary>
    /// <param name="index">The document's index.</param>
    /// <param name="engagement">The statement's engagement.</param>
    /// <param name="statementId">The statement.</param>
    /// <returns>The name, or "statement 'x' (not found)".</returns>
    internal static string Statement(DocumentIndex index, Engagement engagement, StatementId statementId)
    {
        var statement = engagement.Statements.FirstOrDefault(s => s?.Id == statementId);
        if (statement is null)
        {
            return $"statement '{statementId}' (not found)";
        }

        var name = index.FindSource(statement.SourceId)?.Name ?? statement.SourceId.ToString();
        return statement.Via.IsEmpty ? name : name + " via " + string.Join(" via ", statement.Via.Select(v => index.FindSource(v)?.Name ?? v.ToString()));
    }
}
