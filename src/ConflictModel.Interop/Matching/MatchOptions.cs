using System;
using ConflictModel.Places;

namespace ConflictModel.Interop.Matching;

/// <summary>
/// The windows, radii, weights and threshold of <see cref="DatasetMatcher"/>; every default is explained in
/// docs/matching.md.
/// </summary>
/// <remarks>
/// <para>
/// Two events are candidates when their time windows overlap (each event's window is the span its time precision
/// covers, widened by <see cref="SlackDays"/>, and by <see cref="ApproximateDays"/> more when the time is only
/// approximate) and their nearest sites are at most the sum of the two sites' radii apart (the radius grows with the
/// site's spatial precision), and their types are compatible (<see cref="Types"/>). A candidate is a match when its
/// weighted score reaches <see cref="MinScore"/>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record MatchOptions
{
    /// <summary>Gets the defaults: the values documented on each member.</summary>
    public static MatchOptions Default { get; } = new();

    /// <summary>
    /// Gets the days each event's window is widened by on both sides. The default value is 1 day: datasets often date
    /// an event a day apart (a night attack, a report dated the day after).
    /// </summary>
    public int SlackDays { get; init; } = 1;

    /// <summary>
    /// Gets the further days on both sides for a time that is only approximate, before or after (ACLED's time_precision
    /// 2 and 3 are imported as an approximate day). The default value is 7 days, ACLED's "within a week".
    /// </summary>
    public int ApproximateDays { get; init; } = 7;

    /// <summary>
    /// Gets the longest window, in days, that is still matched. An event whose window is longer (a year, a span of months)
    /// says too little about when it happened: it passes through unmatched under <c>match.time-too-vague</c>. The
    /// default value is 62 days, so a month (GED's month-long events) and a two-month episode are matched.
    /// </summary>
    public int MaxWindowDays { get; init; } = 62;

    /// <summary>Gets the radius in kilometres of an exact location (GED where_prec 1, ACLED geo_precision 1). The default value is 10 km (a town and its outskirts).</summary>
    public double ExactRadiusKm { get; init; } = 10;

    /// <summary>Gets the radius of a location near a named place (GED where_prec 2: "within about 25 km"; ACLED geo_precision 2). The default value is 25 km.</summary>
    public double NearRadiusKm { get; init; } = 25;

    /// <summary>Gets the radius of a second-order administrative division (GED where_prec 3: a district's centroid). The default value is 50 km.</summary>
    public double SecondOrderRadiusKm { get; init; } = 50;

    /// <summary>Gets the radius of a first-order administrative division (GED where_prec 4; ACLED geo_precision 3: a province's centroid). The default value is 150 km.</summary>
    public double FirstOrderRadiusKm { get; init; } = 150;

    /// <summary>Gets the radius of a linear feature or an area (GED where_prec 5: a road, a river, a region). The default value is 150 km.</summary>
    public double AreaRadiusKm { get; init; } = 150;

    /// <summary>Gets the radius of a country-wide location (GED where_prec 6: the country's centroid). The default value is 1,000 km.</summary>
    public double CountryRadiusKm { get; init; } = 1000;

    /// <summary>Gets the radius of international waters or airspace (GED where_prec 7). The default value is 500 km.</summary>
    public double WatersRadiusKm { get; init; } = 500;

    /// <summary>Gets the weight of the time score (1 when the unwidened windows overlap, falling to 0 at the widened window's edge). The default value is 0.15.</summary>
    public double TimeWeight { get; init; } = 0.15;

    /// <summary>Gets the weight of the distance score (1 at the same point, falling to 0 at the sum of the radii). The default value is 0.15.</summary>
    public double DistanceWeight { get; init; } = 0.15;

    /// <summary>Gets the weight of the type score (<see cref="Types"/>). The default value is 0.1: the taxonomies are coarse and differ between datasets.</summary>
    public double TypeWeight { get; init; } = 0.1;

    /// <summary>
    /// Gets the weight of the actor score (the best pairing of the two events' actors by external id, name, alias and
    /// parent). The default value is 0.4: where and when are shared by every event of a busy day in a town, who fought
    /// is what tells them apart best.
    /// </summary>
    public double ActorWeight { get; init; } = 0.4;

    /// <summary>
    /// Gets the weight of the count score: how alike the two totals killed are, (lower + 1) / (higher + 1), 0.5 when either
    /// is not stated. The default value is 0.1: datasets count differently (the disagreement is what the merge keeps), but
    /// 2 and 40 killed are seldom the same event.
    /// </summary>
    public double CountWeight { get; init; } = 0.1;

    /// <summary>
    /// Gets the weight of the place-name score: the words two sites' names share (Dice), 0.5 when either has no name. The
    /// default value is 0.1: both datasets name the town they geocode, in their own spelling.
    /// </summary>
    public double PlaceNameWeight { get; init; } = 0.1;

    /// <summary>
    /// Gets the score a candidate must reach to be a match, on the scale 0 to 1 of the weighted mean. The default value
    /// is 0.7: the same day, place, type, name and count with no actor in common (0.6) is not enough; unknown actors on one
    /// side (scored 0.5) with the same day, place, type, name and count (0.8) is.
    /// </summary>
    public double MinScore { get; init; } = 0.7;

    /// <summary>Gets the compatibility of two engagement types, from 0 (never the same event) to 1. The default value is <see cref="TypeCompatibility.Default"/>.</summary>
    public TypeCompatibility Types { get; init; } = TypeCompatibility.Default;

    /// <summary>Gets the radius in kilometres of a site of the given precision.</summary>
    /// <param name="precision">The site's spatial precision.</param>
    /// <returns>The radius the options give that precision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="precision"/> is not a defined value.</exception>
    public double RadiusOf(SpatialPrecision precision) => precision switch
    {
        SpatialPrecision.ExactLocation => ExactRadiusKm,
        SpatialPrecision.NearLocation => NearRadiusKm,
        SpatialPrecision.SecondOrderAdministrative => SecondOrderRadiusKm,
        SpatialPrecision.FirstOrderAdministrative => FirstOrderRadiusKm,
        SpatialPrecision.LinearFeatureOrArea => AreaRadiusKm,
        SpatialPrecision.Country => CountryRadiusKm,
        SpatialPrecision.InternationalWatersOrAirspace => WatersRadiusKm,
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown spatial precision."),
    };

    /// <summary>Checks that every value is usable, naming the first that is not.</summary>
    /// <exception cref="ArgumentException">A window is negative, a radius not positive, a weight negative or all zero, or the threshold outside 0 to 1.</exception>
    public void Validate()
    {
        Check(SlackDays >= 0, nameof(SlackDays), SlackDays, "0 or more days");
        Check(ApproximateDays >= 0, nameof(ApproximateDays), ApproximateDays, "0 or more days");
        Check(MaxWindowDays >= 1, nameof(MaxWindowDays), MaxWindowDays, "1 or more days");
        foreach (var p in Enum.GetValues<SpatialPrecision>())
        {
            var r = RadiusOf(p);
            Check(r > 0 && double.IsFinite(r), p + " radius", r, "a positive number of kilometres");
        }

        Check(TimeWeight >= 0, nameof(TimeWeight), TimeWeight, "0 or more");
        Check(DistanceWeight >= 0, nameof(DistanceWeight), DistanceWeight, "0 or more");
        Check(TypeWeight >= 0, nameof(TypeWeight), TypeWeight, "0 or more");
        Check(ActorWeight >= 0, nameof(ActorWeight), ActorWeight, "0 or more");
        Check(CountWeight >= 0, nameof(CountWeight), CountWeight, "0 or more");
        Check(PlaceNameWeight >= 0, nameof(PlaceNameWeight), PlaceNameWeight, "0 or more");
        Check(TimeWeight + DistanceWeight + TypeWeight + ActorWeight + CountWeight + PlaceNameWeight > 0, "the weights", 0, "at least one weight above 0");
        Check(MinScore is >= 0 and <= 1, nameof(MinScore), MinScore, "a score from 0 to 1");
        ArgumentNullException.ThrowIfNull(Types, nameof(Types));
    }

    private static void Check(bool ok, string name, double value, string expected)
    {
        if (!ok)
        {
            throw new ArgumentException($"MatchOptions.{name} is {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}; expected {expected}.", name);
        }
    }
}
