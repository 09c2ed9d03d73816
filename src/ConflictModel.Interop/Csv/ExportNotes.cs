using System;
using System.Collections.Generic;
using System.Globalization;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Validation;

namespace ConflictModel.Interop.Csv;

/// <summary>
/// The notes a CSV export makes on each engagement: their codes, which of them report a fact that the file does not
/// hold (<see cref="IsDroppedFact"/>, what <c>--strict</c> refuses), and how they are located (engagement id and
/// member path).
/// </summary>
internal static class ExportNotes
{
    /// <summary>A figure the format has no column for, or that is summed into another value.</summary>
    public const string FigureDropped = "export.figure-dropped";

    /// <summary>A figure written as one value (or best/low/high) where it has estimates that value does not carry.</summary>
    public const string EstimatesDropped = "export.estimates-dropped";

    /// <summary>A statement, or a part of one (stance, quote, URL...), the format does not hold.</summary>
    public const string StatementDropped = "export.statement-dropped";

    /// <summary>A side beyond the two a row holds.</summary>
    public const string SidesDropped = "export.sides-dropped";

    /// <summary>Actors of a side beyond the one a column holds.</summary>
    public const string ActorsDropped = "export.actors-dropped";

    /// <summary>An incident.</summary>
    public const string IncidentDropped = "export.incident-dropped";

    /// <summary>An outcome.</summary>
    public const string OutcomeDropped = "export.outcome-dropped";

    /// <summary>A relation to another engagement.</summary>
    public const string RelationDropped = "export.relation-dropped";

    /// <summary>The engagement's result summary.</summary>
    public const string SummaryDropped = "export.summary-dropped";

    /// <summary>Several sites, written one row each (nothing is lost).</summary>
    public const string SitesSplit = "export.sites-split";

    /// <summary>A value of the format's taxonomy chosen by a documented rule where the model does not state it.</summary>
    public const string MappingRule = "export.mapping-rule";

    /// <summary>The required event id column derived from the engagement id.</summary>
    public const string IdDerived = "export.id-derived";

    /// <summary>An engagement that cannot be written at all (no id to derive the event id from).</summary>
    public const string NoId = "export.no-id";

    /// <summary>A value the chosen layout of the format has no column for (GED 5.0's missing code_status).</summary>
    public const string ColumnDropped = "export.column-dropped";

    /// <summary>
    /// Any other member the format cannot hold as the model holds it (a name, aliases, tactics, the time of day, a site's
    /// role or kind, a side's role, an actor's aliases, parent, kind, country or external ids, a source's details...).
    /// </summary>
    public const string FactDropped = "export.fact-dropped";

    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        ColumnDropped, FactDropped, FigureDropped, EstimatesDropped, StatementDropped, SidesDropped, ActorsDropped, IncidentDropped, OutcomeDropped, RelationDropped, SummaryDropped,
    };

    /// <summary>Gets a value indicating whether a note of <paramref name="code"/> reports a fact the output does not hold.</summary>
    public static bool IsDroppedFact(string code) => Dropped.Contains(code);

    /// <summary>The path of an engagement in a note.</summary>
    public static string PathOf(Engagement engagement) => "engagements[id=" + engagement.Id.Value + "]";

    /// <summary>The path of a member of an engagement in a note: <c>engagements[id=e].figures[id=f]</c>.</summary>
    public static string PathOf(Engagement engagement, string member, string id) => PathOf(engagement) + "." + member + "[id=" + id + "]";

    /// <summary>The path of a member without an id: <c>engagements[id=e].outcomes[0]</c>.</summary>
    public static string PathOf(Engagement engagement, string member, int index) =>
        PathOf(engagement) + "." + member + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>A note (severity info, or error for <see cref="NoId"/>) located at an engagement's member.</summary>
    public static Problem Note(Engagement engagement, string path, string code, string message) => new()
    {
        Code = code,
        Severity = code == NoId ? ValidationSeverity.Error : ValidationSeverity.Info,
        Message = message,
        Path = path,
        Value = engagement.Id.Value,
    };

    /// <summary>How a figure is named in a note: "killed of side s1 (f1)".</summary>
    public static string Describe(DisputedFigure figure)
    {
        var subject = figure.Subject.Kind switch
        {
            SubjectKind.All => "in all",
            SubjectKind.Side => "of side " + figure.Subject.SideId?.Value,
            SubjectKind.Actors => "of actors " + string.Join(", ", figure.Subject.ActorIds),
            SubjectKind.Civilians => "of civilians",
            _ => "of unknown affiliation",
        };
        return MeasureName(figure.Measure) + " " + subject;
    }

    /// <summary>The measure in words, lower case.</summary>
    public static string MeasureName(Measure measure) => measure switch
    {
        Measure.KilledOrWounded => "killed or wounded",
        _ => measure.ToString().ToLowerInvariant(),
    };

    /// <summary>An engagement id with the prefix its dataset's import gives removed, so that the import reads it back to the same id.</summary>
    public static string DerivedEventId(Engagement engagement, string prefix)
    {
        var id = engagement.Id.Value ?? string.Empty;
        return id.StartsWith(prefix, StringComparison.Ordinal) && id.Length > prefix.Length ? id[prefix.Length..] : id;
    }

    /// <summary>
    /// Whether the engagement is an <see cref="EngagementType.Attack"/> whose defending side is civilians: a side of
    /// role defender whose actors are all of kind <see cref="Actors.ActorKind.Civilians"/>. The datasets code such an
    /// event as one-sided violence (GED type 3, ACLED "Violence against civilians"); docs/interop.md states the rule.
    /// </summary>
    public static bool IsAttackOnCivilians(Engagement engagement, Func<Actors.ActorId, Actors.Actor?> actors)
    {
        if (engagement.Type != EngagementType.Attack)
        {
            return false;
        }

        foreach (var side in engagement.Sides)
        {
            if (side.Role == SideRole.Defender && side.ActorIds.Count > 0)
            {
                var all = true;
                foreach (var id in side.ActorIds)
                {
                    all &= actors(id)?.Kind == Actors.ActorKind.Civilians;
                }

                if (all)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the engagement has a dataset field of <paramref name="dataset"/> for <paramref name="column"/>, which the export writes instead of a derived value.</summary>
    public static bool HasField(Engagement engagement, string dataset, string column)
    {
        foreach (var field in engagement.DatasetFields)
        {
            if (string.Equals(field.Dataset, dataset, StringComparison.Ordinal) && string.Equals(field.Name, column, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What of a statement a CSV row cannot keep beyond its source, summary and day: its stance when not
    /// <paramref name="stance"/>, quote, URL, credibility, supersessions, and the time of day or a range of days.
    /// </summary>
    public static List<string> LostDetails(Sources.SourcedStatement statement, Sources.StatementStance stance)
    {
        var lost = new List<string>();
        if (statement.Stance != stance)
        {
            lost.Add("its stance (" + statement.Stance + ")");
        }

        if (statement.Quote is not null)
        {
            lost.Add("its quote");
        }

        if (statement.Url is not null)
        {
            lost.Add("its URL");
        }

        if (statement.Credibility is not null)
        {
            lost.Add("its credibility");
        }

        if (!statement.Supersedes.IsEmpty)
        {
            lost.Add("what it supersedes");
        }

        if (statement.ReportedAt is { } at && (at.Precision > Time.TemporalPrecision.Day || at.End is not null))
        {
            lost.Add("its time beyond the day");
        }

        return lost;
    }

    /// <summary>The figure's estimates are written as they are when there is one exact estimate.</summary>
    public static bool IsOneExact(DisputedFigure figure) => figure.Estimates.Count == 1 && figure.Estimates[0].Quantity.Form == QuantityForm.Exact;
}

