using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Collections;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Time;
using NodaTime;

namespace ConflictModel.Testing;

/// <summary>
/// Builds random but <em>valid</em> dataset documents, deterministically from a seed: the same seed and
/// size always give an equal document. Used by property tests (round trip, validation) and by the
/// benchmarks (large datasets).
/// </summary>
/// <remarks>
/// "Valid" means: ids unique per kind and well-formed (lower-case letters, digits and '-'); every reference
/// resolves; actor parents form no cycle (a parent is always declared earlier); no actor is on two sides;
/// coordinates, country codes and time zones are real; precision matches the stored value; bounds are
/// ordered; statements are reported after the event starts. Killed-or-wounded estimates are drawn from
/// 1000 upwards and all other counts below 1000, so no killed estimate exceeds a killed-or-wounded one.
/// Every quantity form, precision, qualifier and optional member is produced with some probability.
/// Members added after the first version (engagement and site external ids, dataset fields, incident
/// qualifiers, free text with line breaks and characters outside the BMP) are drawn from a second random
/// sequence, so the documents earlier seeds gave are otherwise unchanged. Members added for tolls that
/// change (approximate ranges, parts of a whole, revisions, credibility) are added afterwards from a
/// third sequence (<see cref="AddLaterMembers"/>), for the same reason.
/// </remarks>
public static class DocumentGenerator
{
    private static readonly string[] Countries = ["ML", "BF", "NE", "SY", "UA", "SD", "CD", "NG", "SO", "MM"];
    private static readonly string[] Zones = ["Africa/Bamako", "Africa/Ouagadougou", "Europe/Kyiv", "Asia/Damascus", "UTC"];
    private static readonly string[] Terms = ["several", "dozens", "a few", "hundreds", "many", "scores"];
    private static readonly string[] Words = ["Timbuktu", "Ber", "Arwen", "Assadi", "Dioura", "Gao", "Kidal", "Ménaka", "Tessalit", "Ségou", "« quoted »", "O'Neil \"the\" \\ back"];
    private static readonly string[] FreeText = ["first line\nsecond line", "tab\tseparated", "drone 🛩 strike", "line\u2028separator", "<b>&amp;</b>", "ends with a backslash \\", "تمبكتو"];
    private static readonly string[] DatasetNames = ["ucdp-ged", "acled"];
    private static readonly string[] FieldNames = ["where_prec", "event_clarity", "notes", "geo_precision", "source_scale"];

    /// <summary>Builds a document with <paramref name="engagements"/> engagements from <paramref name="seed"/>.</summary>
    /// <param name="seed">The seed; equal seeds give equal documents.</param>
    /// <param name="engagements">How many engagements; sources and actors scale with it (at least 2 of each).</param>
    /// <returns>A valid document.</returns>
    public static DatasetDocument Generate(int seed, int engagements = 3)
    {
        var rng = new Random(seed);
        var extra = new Random(unchecked((seed * 397) ^ 0x5EED));
        var later = new Random(unchecked((seed * 7919) ^ 0x7011));
        var actorCount = Math.Max(4, Math.Min(engagements * 2, 400));
        var sourceCount = Math.Max(3, Math.Min(engagements, 300));
        var actors = Enumerable.Range(0, actorCount).Select(i => MakeActor(rng, i)).ToArray();
        var sources = Enumerable.Range(0, sourceCount).Select(i => MakeSource(rng, i, actors)).ToArray();
        var doc = new DatasetDocument
        {
            Title = rng.Next(2) == 0 ? null : "Generated dataset " + seed,
            Description = rng.Next(3) == 0 ? "Deterministic test data; seed " + seed : null,
            Actors = actors,
            Sources = sources,
        };
        var list = new List<Engagement>(engagements);
        for (var i = 0; i < engagements; i++)
        {
            list.Add(AddLaterMembers(MakeEngagement(rng, extra, i, engagements, actors, sources), later));
        }

        doc = doc with { Sources = sources.Select(s => Chance(later, 30) ? s with { Credibility = (Credibility)later.Next(1, 6) } : s).ToArray() };

        return doc with { Engagements = list.ToArray() };
    }

    private static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    private static bool Chance(Random rng, int percent) => rng.Next(100) < percent;

    private static string Text(Random rng) => string.Join(' ', Enumerable.Range(0, rng.Next(1, 4)).Select(_ => Pick(rng, Words)));

    private static Actor MakeActor(Random rng, int i)
    {
        // The random draws keep their order (name, kind, aliases, parent, relation, country, ids), so a seed gives
        // the same documents as before the relation became optional; the relation is kept only with a parent.
        var name = "Actor " + i + " " + Text(rng);
        var kind = (ActorKind)rng.Next(1, 10);
        var aliases = Chance(rng, 40) ? new[] { "A" + i, Text(rng) } : default(EquatableArray<string>);
        ActorId? parent = i > 0 && Chance(rng, 30) ? new ActorId($"actor-{rng.Next(i)}") : null;
        var relation = (ParentRelation)rng.Next(1, 4);
        return new()
        {
            Id = new ActorId($"actor-{i}"),
            Name = name,
            Kind = kind,
            Aliases = aliases,
            ParentId = parent,
            ParentRelation = parent is null ? null : relation,
            CountryCode = Chance(rng, 50) ? Pick(rng, Countries) : null,
            ExternalIds = Chance(rng, 40)
                ? new[] { ExternalId.Of(ExternalIdScheme.Wikidata, "Q" + rng.Next(1, 999_999)), ExternalId.Of(ExternalIdScheme.UcdpActor, rng.Next(1, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture)) }
                : default(EquatableArray<ExternalId>),
        };
    }

    private static Source MakeSource(Random rng, int i, Actor[] actors) => new()
    {
        Id = new SourceId($"source-{i}"),
        Name = "Source " + i,
        Kind = (SourceKind)rng.Next(1, 13),
        AffiliatedActorId = Chance(rng, 30) ? Pick(rng, actors).Id : null,
        Url = Chance(rng, 30) ? $"https://example.org/source/{i}" : null,
        Description = Chance(rng, 30) ? Text(rng) : null,
    };

    private static TemporalExtent MakeTime(Random rng, bool allowRange)
    {
        var precision = (TemporalPrecision)rng.Next(1, 7);
        var start = new LocalDateTime(2000 + rng.Next(26), rng.Next(1, 13), rng.Next(1, 29), rng.Next(24), rng.Next(60));
        var time = new TemporalExtent { Start = TemporalExtent.Truncate(start, precision), Precision = precision };
        if (allowRange && Chance(rng, 25))
        {
            var end = precision switch
            {
                TemporalPrecision.Year => time.Start.PlusYears(rng.Next(1, 3)),
                TemporalPrecision.Month => time.Start.PlusMonths(rng.Next(1, 4)),
                TemporalPrecision.Day => time.Start.PlusDays(rng.Next(1, 10)),
                TemporalPrecision.PartOfDay => time.Start.PlusHours(6 * rng.Next(1, 4)),
                TemporalPrecision.Hour => time.Start.PlusHours(rng.Next(1, 12)),
                _ => time.Start.PlusMinutes(rng.Next(1, 120)),
            };
            time = time with { End = end };
        }

        return time with
        {
            Qualifier = (TemporalQualifier)rng.Next(1, 5),
            TimeZoneId = Chance(rng, 60) ? Pick(rng, Zones) : null,
            Wording = Chance(rng, 30) ? "around " + Text(rng) : null,
        };
    }

    private static string Note(Random rng, Random extra) => Chance(extra, 30) ? Text(rng) + " " + Pick(extra, FreeText) : Text(rng);

    private static EquatableArray<ExternalId> ExternalIds(Random extra, params ExternalIdScheme[] schemes) =>
        Chance(extra, 40)
            ? schemes.Take(extra.Next(1, schemes.Length + 1)).Select(s => ExternalId.Of(s, ExternalIdValue(extra, s))).ToArray()
            : default;

    /// <summary>An id in the scheme's own form: Q123 for Wikidata, MLI12345 for an ACLED event, digits otherwise.</summary>
    private static string ExternalIdValue(Random extra, ExternalIdScheme scheme)
    {
        var digits = extra.Next(1, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return scheme switch
        {
            ExternalIdScheme.Wikidata => "Q" + digits,
            ExternalIdScheme.AcledEvent => Pick(extra, ["MLI", "BFA", "NER", "SYR"]) + digits,
            _ => digits,
        };
    }

    private static Engagement MakeEngagement(Random rng, Random extra, int e, int total, Actor[] actors, Source[] sources)
    {
        var prefix = $"e{e}";
        var time = MakeTime(rng, allowRange: true) with { Qualifier = TemporalQualifier.Exact };

        // Sides: disjoint actor sets.
        var shuffled = actors.OrderBy(_ => rng.Next()).Take(Math.Min(actors.Length, rng.Next(2, 6))).Select(a => a.Id).ToArray();
        var split = rng.Next(1, shuffled.Length);
        Side[] sides =
        [
            new() { Id = new SideId(prefix + "-side-a"), Role = SideRole.Attacker, ActorIds = shuffled[..split], Name = Chance(rng, 30) ? Text(rng) : null },
            new() { Id = new SideId(prefix + "-side-b"), Role = SideRole.Defender, ActorIds = shuffled[split..] },
        ];

        var sites = Enumerable.Range(0, rng.Next(0, 4)).Select(s => new Site
        {
            Id = new SiteId($"{prefix}-site-{s}"),
            Name = Text(rng),
            Role = (SiteRole)rng.Next(1, 7),
            Kind = (SiteKind)rng.Next(1, 10),
            Precision = (SpatialPrecision)rng.Next(1, 8),
            Coordinates = Chance(rng, 70) ? new Coordinates(Math.Round((rng.NextDouble() * 180) - 90, 6), Math.Round((rng.NextDouble() * 360) - 180, 6)) : null,
            Administrative = Chance(rng, 60)
                ? new AdministrativePath { CountryCode = Pick(rng, Countries), Divisions = Chance(rng, 50) ? new[] { Text(rng), Text(rng) } : default(EquatableArray<string>), Locality = Chance(rng, 50) ? Text(rng) : null }
                : null,
            WithinSiteId = s > 0 && Chance(rng, 30) ? new SiteId($"{prefix}-site-{rng.Next(s)}") : null,
            Aliases = Chance(rng, 20) ? new[] { Text(rng) } : default(EquatableArray<string>),
            Description = Chance(rng, 30) ? Text(rng) : null,
            ExternalIds = ExternalIds(extra, ExternalIdScheme.GeoNames, ExternalIdScheme.PrioGrid),
        }).ToArray();

        var statements = Enumerable.Range(0, rng.Next(1, 5)).Select(s =>
        {
            var source = Pick(rng, sources);
            var via = sources.Where(x => x.Id != source.Id).OrderBy(_ => rng.Next()).Take(Chance(rng, 25) ? rng.Next(1, 3) : 0).Select(x => x.Id).ToArray();
            return new SourcedStatement
            {
                Id = new StatementId($"{prefix}-st-{s}"),
                SourceId = source.Id,
                Stance = (StatementStance)rng.Next(1, 6),
                Summary = Text(rng),
                Quote = Chance(rng, 40) ? "\"" + Note(rng, extra) + "\"" : null,
                ReportedAt = Chance(rng, 70) ? TemporalExtent.OnDay(time.WindowEnd.Date.PlusDays(rng.Next(0, 30))) : null,
                Via = via,
                Url = Chance(rng, 30) ? $"https://example.org/{prefix}/{s}" : null,
            };
        }).ToArray();

        var subjects = new List<FigureSubject> { FigureSubject.OfSide(sides[0].Id), FigureSubject.OfSide(sides[1].Id), FigureSubject.Civilians, FigureSubject.Unknown, FigureSubject.All, FigureSubject.OfActors(shuffled[0]) };
        var pairs = new HashSet<(Measure, int)>();
        var figures = new List<DisputedFigure>();
        for (var f = 0; f < rng.Next(0, 5); f++)
        {
            var measure = (Measure)rng.Next(1, 11);
            var subject = rng.Next(subjects.Count);
            if (!pairs.Add((measure, subject)))
            {
                continue;
            }

            var offset = measure == Measure.KilledOrWounded ? 1000 : 0;
            figures.Add(new DisputedFigure
            {
                Id = new FigureId($"{prefix}-fig-{f}"),
                Measure = measure,
                Subject = subjects[subject],
                Unit = measure is Measure.Destroyed or Measure.Captured && Chance(rng, 50) ? "vehicles" : null,
                Note = Chance(rng, 20) ? Note(rng, extra) : null,
                // One estimate per statement: a statement that gave two disagreeing numbers for one figure is a warning (CM3010).
                Estimates = statements.OrderBy(_ => rng.Next()).Take(rng.Next(1, 4)).Select(st => MakeEstimate(rng, st.Id, offset)).ToArray(),
            });
        }

        var incidents = Enumerable.Range(0, rng.Next(0, 4)).Select(i => new Incident
        {
            Id = new IncidentId($"{prefix}-inc-{i}"),
            Description = Text(rng),
            Time = Chance(rng, 50)
                ? time with { Qualifier = (TemporalQualifier)extra.Next(1, 5), Wording = Chance(extra, 30) ? "around " + Text(extra) : time.Wording }
                : null,
            SiteIds = sites.Length > 0 && Chance(rng, 70) ? new[] { Pick(rng, sites).Id } : default(EquatableArray<SiteId>),
            ActorIds = Chance(rng, 60) ? new[] { Pick(rng, shuffled) } : default(EquatableArray<ActorId>),
            Tactics = Chance(rng, 60) ? new[] { (Tactic)rng.Next(1, 14) } : default(EquatableArray<Tactic>),
            StatementIds = Chance(rng, 60) ? new[] { Pick(rng, statements).Id } : default(EquatableArray<StatementId>),
        }).ToArray();

        var outcomes = Enumerable.Range(0, rng.Next(0, 3)).Select(_ =>
        {
            var objective = Text(rng);
            var result = (OutcomeResult)rng.Next(1, 8);
            var siteIds = sites.Length > 0 && Chance(rng, 60) ? new[] { Pick(rng, sites).Id } : default(EquatableArray<SiteId>);
            bool? held = rng.Next(3) switch { 0 => null, 1 => true, _ => false };
            return new Outcome
            {
                Objective = objective,
                Result = result,
                SiteIds = siteIds,
                HeldLongTerm = result == OutcomeResult.Captured ? held : null, // only a capture can be held (CM3017)
                AchievedBySideId = Chance(rng, 50) ? Pick(rng, sides).Id : null,
                StatementIds = Chance(rng, 60) ? new[] { Pick(rng, statements).Id } : default(EquatableArray<StatementId>),
                Note = Chance(rng, 30) ? Text(rng) : null,
            };
        }).ToArray();

        var relations = total > 1 && Chance(rng, 40)
            ? new[] { new EngagementRelation { Kind = (RelationKind)rng.Next(1, 6), TargetId = new EngagementId($"eng-{(e + 1 + rng.Next(total - 1)) % total}"), Note = Chance(rng, 50) ? Text(rng) : null } }
            : default(EquatableArray<EngagementRelation>);

        return new Engagement
        {
            Id = new EngagementId($"eng-{e}"),
            Name = "Engagement " + e + " at " + Text(rng),
            Aliases = Chance(rng, 20) ? new[] { Text(rng) } : default(EquatableArray<string>),
            Conflict = Chance(rng, 50) ? new ConflictReference { Name = "Conflict " + rng.Next(10), ExternalIds = Chance(rng, 50) ? new[] { ExternalId.Of(ExternalIdScheme.UcdpConflict, rng.Next(1000, 20000).ToString(System.Globalization.CultureInfo.InvariantCulture)) } : default(EquatableArray<ExternalId>) } : null,
            Type = (EngagementType)rng.Next(1, 9),
            Tactics = Chance(rng, 60) ? new[] { (Tactic)rng.Next(1, 14), (Tactic)rng.Next(1, 14) }.Distinct().ToArray() : default(EquatableArray<Tactic>),
            Time = time,
            Sites = sites,
            Sides = sides,
            Incidents = incidents,
            Outcomes = outcomes,
            ResultSummary = Chance(rng, 50) ? Text(rng) : null,
            Figures = figures.ToArray(),
            Statements = statements,
            Relations = relations,
            ExternalIds = ExternalIds(extra, ExternalIdScheme.UcdpEvent, ExternalIdScheme.AcledEvent, ExternalIdScheme.Wikidata),
            DatasetFields = Chance(extra, 30)
                ? Enumerable.Range(0, extra.Next(1, 4)).Select(i => DatasetField.Of(Pick(extra, DatasetNames), FieldNames[i], i == 2 ? Note(extra, extra) : extra.Next(1, 8).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray()
                : default(EquatableArray<DatasetField>),
        };
    }

    /// <summary>Adds the members of tolls that change to a generated engagement, drawing only from <paramref name="later"/>.</summary>
    private static Engagement AddLaterMembers(Engagement engagement, Random later)
    {
        var figures = engagement.Figures.Select(f => f with
        {
            Estimates = f.Estimates.Select(e => e.Quantity.Form == QuantityForm.Range && Chance(later, 25) ? e with { Quantity = e.Quantity with { Approximate = true } } : e).ToArray(),
        }).ToList();

        // A part of a whole: a figure of the same measure, unit and subject whose every estimate is an
        // "at most" no larger than the whole's smallest lower bound, so it can never exceed the whole.
        if (figures.Count > 0 && Chance(later, 30))
        {
            var whole = figures[later.Next(figures.Count)];
            var floor = whole.Estimates.Select(e => e.Quantity.LowerBound ?? 0).DefaultIfEmpty(0).Min();
            figures.Add(new DisputedFigure
            {
                Id = new FigureId(whole.Id.Value + "-part"),
                Measure = whole.Measure,
                Subject = whole.Subject,
                Unit = whole.Unit,
                PartOf = whole.Id,
                Estimates = whole.Estimates.Take(1).Select(e => Estimate.Of(e.StatementId, Quantity.AtMost(later.NextInt64(0, floor + 1)))).ToArray(),
                Note = "part of " + whole.Id,
            });
        }

        // Revisions and grades: a later statement may name an earlier one it supersedes (never a loop:
        // only earlier positions), and statements may carry their own credibility.
        var statements = engagement.Statements.Select((st, i) => st with
        {
            Supersedes = i > 0 && Chance(later, 20) ? new[] { engagement.Statements[later.Next(i)].Id } : default(EquatableArray<StatementId>),
            Credibility = Chance(later, 25) ? (Credibility)later.Next(1, 6) : null,
        }).ToArray();
        return engagement with { Figures = figures.ToArray(), Statements = statements };
    }

    private static Estimate MakeEstimate(Random rng, StatementId statement, int offset)
    {
        var n = offset + rng.Next(0, 900);
        var quantity = rng.Next(6) switch
        {
            0 => Quantity.Exactly(n),
            1 => Quantity.AtLeast(n),
            2 => Quantity.AtMost(n),
            3 => Quantity.About(n),
            4 => Quantity.Between(n, n + rng.Next(0, 90), openEnded: Chance(rng, 30)),
            _ => offset == 0 ? Quantity.Qualitative(Pick(rng, Terms)) : Quantity.Qualitative("a lot", offset, Chance(rng, 50) ? null : offset + 500),
        };
        return Estimate.Of(statement, quantity, Chance(rng, 50) ? quantity.ToString() : null);
    }
}
