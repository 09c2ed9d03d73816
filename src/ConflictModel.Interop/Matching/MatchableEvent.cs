using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Time;

namespace ConflictModel.Interop.Matching;

/// <summary>One engagement of one input, prepared for matching: its days, its points with their radii, its type and its actors.</summary>
internal sealed class MatchableEvent
{
    private MatchableEvent(int input, int index, Engagement engagement, string datasetId)
    {
        Input = input;
        Index = index;
        Engagement = engagement;
        DatasetId = datasetId;
    }

    /// <summary>Gets the input's position (0-based).</summary>
    public int Input { get; }

    /// <summary>Gets the engagement's position in its input.</summary>
    public int Index { get; }

    /// <summary>Gets the engagement as its input holds it.</summary>
    public Engagement Engagement { get; }

    /// <summary>Gets the event's id as its dataset writes it (GED id, ACLED event_id_cnty), else the engagement id.</summary>
    public string DatasetId { get; }

    /// <summary>Gets the first day the time covers (a day number).</summary>
    public int FirstDay { get; private set; }

    /// <summary>Gets the last day the time covers.</summary>
    public int LastDay { get; private set; }

    /// <summary>Gets the days the window is widened by on both sides.</summary>
    public int Slack { get; private set; }

    /// <summary>Gets the days the time covers.</summary>
    public int Length => LastDay - FirstDay + 1;

    /// <summary>Gets the sites with coordinates: latitude, longitude (degrees) and radius (km).</summary>
    public (double Lat, double Lon, double Radius)[] Points { get; private set; } = [];

    /// <summary>Gets the words of each site's name and aliases (normalised as actor names are).</summary>
    public HashSet<string>[] PlaceNames { get; private set; } = [];

    /// <summary>Gets the total killed the engagement states (its killed figure of everyone: an exact value first, as in <see cref="Disagreement.PointValue"/>), or null.</summary>
    public long? Killed { get; private set; }

    /// <summary>Gets the engagement's type.</summary>
    public EngagementType Type => Engagement.Type;

    /// <summary>Gets the profiles of the actors on the engagement's sides.</summary>
    public ActorProfile[] Actors { get; private set; } = [];

    /// <summary>Gets the actors that count in the actor score: <see cref="Actors"/> without civilians when there is any other actor.</summary>
    public ActorProfile[] ArmedActors { get; private set; } = [];

    /// <summary>Gets why the event cannot be matched, or null when it can.</summary>
    public UnmatchableReason? Unmatchable { get; private set; }

    /// <summary>Prepares an engagement.</summary>
    public static MatchableEvent Create(int input, int index, Engagement engagement, Func<ActorId, ActorProfile> profiles, MatchOptions options)
    {
        var datasetId = DatasetIdOf(engagement);
        var e = new MatchableEvent(input, index, engagement, datasetId);
        var time = engagement.Time;
        var points = new List<(double, double, double)>();
        foreach (var site in engagement.Sites)
        {
            if (site?.Coordinates is { } c && double.IsFinite(c.Latitude) && double.IsFinite(c.Longitude)
                && Math.Abs(c.Latitude) <= 90 && Math.Abs(c.Longitude) <= 180 && Enum.IsDefined(site.Precision))
            {
                points.Add((c.Latitude, c.Longitude, options.RadiusOf(site.Precision)));
            }
        }

        e.Points = points.ToArray();
        e.PlaceNames = engagement.Sites.Where(s => s is not null)
            .Select(s => new[] { s.Name }.Concat(s.Aliases).Where(n => n is not null)
                .SelectMany(n => ActorProfile.Normalise(n).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal))
            .Where(w => w.Count > 0).ToArray();
        var killed = engagement.Figures.FirstOrDefault(f => f is not null && f.Measure == Figures.Measure.Killed && f.Subject?.Kind == Figures.SubjectKind.All);
        e.Killed = killed is null ? null : Disagreement.PointValue(killed.Estimates.Where(x => x is not null).ToArray());
        var actors = new List<ActorProfile>();
        var seen = new HashSet<ActorId>();
        foreach (var side in engagement.Sides)
        {
            foreach (var id in side?.ActorIds ?? [])
            {
                if (seen.Add(id))
                {
                    actors.Add(profiles(id));
                }
            }
        }

        e.Actors = actors.ToArray();
        e.ArmedActors = MatchScorer.Armed(e.Actors);
        if (time is null)
        {
            e.Unmatchable = UnmatchableReason.NoTime;
            return e;
        }

        var first = DayNumber(time.WindowStart);
        var end = time.WindowEnd;
        var last = DayNumber(end) - (end.TimeOfDay == NodaTime.LocalTime.Midnight ? 1 : 0);
        e.FirstDay = first;
        e.LastDay = Math.Max(first, last);
        e.Slack = options.SlackDays + (time.Qualifier == TemporalQualifier.Exact ? 0 : options.ApproximateDays);
        if (e.Length > options.MaxWindowDays)
        {
            e.Unmatchable = UnmatchableReason.TimeTooVague;
        }
        else if (e.Points.Length == 0)
        {
            e.Unmatchable = UnmatchableReason.NoCoordinates;
        }

        return e;
    }

    /// <summary>The event's id as its dataset writes it: the GED or ACLED event id among its external ids, else the engagement id.</summary>
    public static string DatasetIdOf(Engagement engagement)
    {
        foreach (var id in engagement.ExternalIds)
        {
            if (id?.Scheme is ExternalIdScheme.UcdpEvent or ExternalIdScheme.AcledEvent)
            {
                return id.Value;
            }
        }

        return engagement.Id.Value ?? string.Empty;
    }

    private static int DayNumber(NodaTime.LocalDateTime value) =>
        value.Date.ToDateOnly().DayNumber;
}
