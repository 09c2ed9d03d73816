using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Interop.Ged;
using ConflictModel.Interop.Matching;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;
using ConflictModel.Validation;
using Xunit.Abstractions;

namespace ConflictModel.Interop.Tests.Matching;

/// <summary>
/// Ground truth from the committed real GED file: a share of its events copied as another dataset would code them
/// (dates moved within their precision, coordinates within their precision's radius, actors respelled the way ACLED
/// names such actors, types and counts changed), mixed with unrelated events, matched back against the file.
/// </summary>
public sealed class GroundTruthTests(ITestOutputHelper output)
{
    private static readonly SourceId CopySource = new("copy");

    /// <summary>How far a copy's site is moved, as a share of its precision's radius (in a random direction).</summary>
    private const double RadiusShare = 0.5;

    [Fact]
    public async Task PerturbedCopies_AreFound_WithPrecisionAndRecall()
    {
        var (ged, copies, truth) = await BuildAsync(seed: 22);

        var result = DatasetMatcher.Match(ged, copies);

        var found = result.Matches.Select(m => (m.Left.EngagementId.Value, m.Right.EngagementId.Value)).ToHashSet();
        var correct = found.Count(truth.Contains);
        var precision = (double)correct / found.Count;
        var recall = (double)correct / truth.Count;
        output.WriteLine($"{truth.Count} true pairs, {found.Count} found, {correct} correct: precision {precision:0.000}, recall {recall:0.000}");
        foreach (var miss in truth.Where(t => !found.Contains(t)).Take(10))
        {
            output.WriteLine("missed " + miss);
        }

        foreach (var wrong in result.Matches.Where(m => !truth.Contains((m.Left.EngagementId.Value, m.Right.EngagementId.Value))).Take(10))
        {
            output.WriteLine($"wrong {wrong.Left.EngagementId} ~ {wrong.Right.EngagementId} {wrong.Score}: {string.Join("; ", wrong.Reasons)}");
        }

        truth.Count.Should().BeGreaterThan(500);
        precision.Should().BeGreaterThanOrEqualTo(0.95);
        recall.Should().BeGreaterThanOrEqualTo(0.90);
    }

    [Fact]
    public async Task PerturbedCopies_MergedDocumentValidates_AndNothingIsLost()
    {
        var (ged, copies, _) = await BuildAsync(seed: 7);

        var result = DatasetMatcher.Match(ged, copies);

        var errors = DatasetValidator.Default.Validate(result.Document).AtLeast(ValidationSeverity.Error);
        errors.Should().BeEmpty();
        var s = result.Summary;
        s.EventsIn.Should().Be(ged.Engagements.Count + copies.Engagements.Count);
        s.EngagementsOut.Should().Be(result.Document.Engagements.Count);
        (s.EngagementsOut + s.EventsMerged).Should().Be(s.EventsIn);
        s.EventsMerged.Should().BeGreaterThan(0);

        // Every source row survives as an external id of the engagement it is now part of.
        var ids = result.Document.Engagements.SelectMany(e => e.ExternalIds).Select(x => x.Value).ToHashSet();
        ged.Engagements.Concat(copies.Engagements).SelectMany(e => e.ExternalIds).Where(x => x.Scheme is ExternalIdScheme.UcdpEvent or ExternalIdScheme.AcledEvent)
            .Select(x => x.Value).Should().OnlyContain(v => ids.Contains(v));

        // A merged engagement's total killed holds the GED and the copy's estimates, each from its dataset's statement.
        var merged = result.Document.Engagements.First(e => e.ExternalIds.Any(x => x.Scheme == ExternalIdScheme.AcledEvent) && e.ExternalIds.Any(x => x.Scheme == ExternalIdScheme.UcdpEvent));
        var killed = merged.Figures.Single(f => f.Measure == Measure.Killed && f.Subject.Kind == SubjectKind.All);
        killed.Estimates.Select(x => x.StatementId).Should().Contain(id => id.Value!.EndsWith("-ucdp", StringComparison.Ordinal)).And.Contain(id => id.Value!.StartsWith("copy-", StringComparison.Ordinal));
        result.Disagreements.Should().NotBeEmpty();
        s.Disagreement.Compared.Should().Be(result.Disagreements.Count);
    }

    /// <summary>The GED document, the copies (with unrelated events) and the true pairs (GED engagement id, copy engagement id).</summary>
    internal static async Task<(DatasetDocument Ged, DatasetDocument Copies, HashSet<(string, string)> Truth)> BuildAsync(int seed)
    {
        var ged = (await GedImporter.ImportFileAsync(TestFiles.Ged)).Document;
        var random = new Random(seed);
        var actors = ged.Actors.ToDictionary(a => a.Id);
        var copyActors = new Dictionary<string, Actor>();
        var engagements = new List<Engagement>();
        var truth = new HashSet<(string, string)>();
        var n = 0;
        foreach (var e in ged.Engagements)
        {
            var roll = random.NextDouble();
            if (roll < 0.4)
            {
                var copy = Copy(e, random, actors, copyActors, ++n, unrelated: false);
                engagements.Add(copy);
                truth.Add((e.Id.Value!, copy.Id.Value!));
            }
            else if (roll < 0.55)
            {
                // Unrelated: another event of the file, elsewhere (another region of the world) and months away.
                engagements.Add(Copy(e, random, actors, copyActors, ++n, unrelated: true));
            }
        }

        var copies = new DatasetDocument
        {
            Sources = [new Source { Id = CopySource, Name = "Copy dataset", Kind = SourceKind.Analyst }],
            Actors = copyActors.Values.ToArray(),
            Engagements = engagements.ToArray(),
        };
        DatasetValidator.Default.Validate(copies).AtLeast(ValidationSeverity.Error).Select(p => p.ToString()).Should().BeEmpty("the copies are valid documents");
        return (ged, copies, truth);
    }

    private static Engagement Copy(Engagement e, Random random, Dictionary<ActorId, Actor> actors, Dictionary<string, Actor> copyActors, int n, bool unrelated)
    {
        var id = "copy-" + n;
        var site = e.Sites[0];
        var radius = MatchOptions.Default.RadiusOf(site.Precision);
        var (lat, lon) = (site.Coordinates!.Value.Latitude, site.Coordinates!.Value.Longitude);
        if (unrelated)
        {
            // Half a world away in longitude, and 100 to 200 days later: no event of the file is there then.
            lon = lon > 0 ? lon - 180 : lon + 180;
            lat = -lat;
        }
        else
        {
            // Up to half the site's radius away, in any direction.
            var distance = random.NextDouble() * RadiusShare * radius;
            var bearing = random.NextDouble() * 2 * Math.PI;
            lat += distance / 111.2 * Math.Cos(bearing);
            lon += distance / (111.2 * Math.Cos(lat * Math.PI / 180)) * Math.Sin(bearing);
            lat = Math.Clamp(lat, -90, 90);
            lon = lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
        }

        var time = e.Time;
        var first = time.WindowStart.Date;
        var days = Period(time);
        var day = unrelated ? first.PlusDays(100 + random.Next(100))
            // Within the time's precision: an exact day (GED date_prec 1) stays; a span gives any of its days.
            : days == 1 ? first
            : first.PlusDays(random.Next(days));
        var sides = e.Sides.Select((s, i) => new Side
        {
            Id = new SideId(id + "-side-" + i),
            Role = s.Role,
            ActorIds = s.ActorIds.Select(a => Respell(actors[a], random, copyActors).Id).Distinct().ToArray(),
        }).ToArray();
        var statement = new StatementId(id + "-st");
        var best = e.Figures.FirstOrDefault(f => f.Subject.Kind == SubjectKind.All)?.Estimates.FirstOrDefault(x => x.Wording == "best")?.Quantity.Value ?? 0;
        var changed = random.NextDouble() < 0.5 ? best : (long)Math.Round(best * (0.5 + (random.NextDouble() * 1.5)));
        return new Engagement
        {
            Id = new EngagementId(id),
            Name = "Copy of " + e.Name,
            Type = e.Type == EngagementType.Battle ? (random.NextDouble() < 0.3 ? EngagementType.Bombing : EngagementType.Battle)
                : random.NextDouble() < 0.3 ? EngagementType.Attack : EngagementType.ViolenceAgainstCivilians,
            Time = random.NextDouble() < 0.2 ? TemporalExtent.OnDay(day).Approximately() : TemporalExtent.OnDay(day),
            Sites = [new Site { Id = new SiteId(id + "-site"), Name = RespellPlace(site.Name, random), Role = SiteRole.Setting, Kind = SiteKind.Settlement, Coordinates = new Coordinates(lat, lon), Precision = site.Precision }],
            Sides = sides,
            Statements = [new SourcedStatement { Id = statement, SourceId = CopySource, Stance = StatementStance.Assessment, Summary = "Copy of " + e.Id + "." }],
            Figures = [new DisputedFigure { Id = new FigureId(id + "-killed"), Measure = Measure.Killed, Subject = FigureSubject.All, Estimates = [Estimate.Of(statement, Quantity.Exactly(changed))] }],
            ExternalIds = [ExternalId.Of(ExternalIdScheme.AcledEvent, "CPY" + n)],
        };
    }

    /// <summary>A place name as another gazetteer writes it: as is, in lower case, or its first word only ("Gaza" for "Gaza city").</summary>
    private static string RespellPlace(string name, Random random) => random.Next(3) switch
    {
        0 => name,
        1 => name.ToLowerInvariant(),
        _ => name.Split(' ', ',')[0] is { Length: > 0 } word ? word : name,
    };

    private static int Period(TemporalExtent time)
    {
        var first = time.WindowStart.Date;
        var end = time.WindowEnd.Date;
        return Math.Max(1, NodaTime.Period.Between(first, end, NodaTime.PeriodUnits.Days).Days);
    }

    /// <summary>An actor as another dataset spells it: the state's forces for a government, else a change of case, punctuation or diacritics; without UCDP's ids.</summary>
    private static Actor Respell(Actor actor, Random random, Dictionary<string, Actor> copies)
    {
        var name = actor.Name;
        if (name.StartsWith("Government of ", StringComparison.Ordinal))
        {
            name = "Military Forces of " + name["Government of ".Length..] + " (2000-)";
        }
        else
        {
            name = (random.Next(3)) switch
            {
                0 => name.ToUpperInvariant(),
                1 => name.Replace('-', ' ').Replace("'", string.Empty, StringComparison.Ordinal),
                _ => name.ToLowerInvariant(),
            };
        }

        if (!copies.TryGetValue(actor.Id.Value!, out var copy))
        {
            var slug = string.Concat(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
            copy = new Actor { Id = new ActorId("copy-actor-" + slug[..Math.Min(slug.Length, 100)] + "-" + copies.Count), Name = name, Kind = actor.Kind };
            copies[actor.Id.Value!] = copy;
        }

        return copy;
    }
}
