using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Actors;
using ConflictModel.Analysis;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Testing;
using ConflictModel.Time;
using CsCheck;
using NodaTime;
using Timbuktu2025;

using static ConflictModel.Tests.Analysis.AnalysisDocuments;

namespace ConflictModel.Tests.Analysis;

public class EngagementFilterTests
{
    private static readonly DatasetDocument Timbuktu = TimbuktuAttack.Build();
    private static readonly Coordinates TimbuktuCity = new(16.7666, -3.0026);

    [Fact]
    public void During_AnEventKnownToTheMonth_PossiblyMeetsTenDaysOfIt_AndTheCallerDecides()
    {
        var document = Document(
            Engagement("june", TemporalExtent.InMonth(2025, 6)),
            Engagement("fifth", TemporalExtent.OnDay(2025, 6, 5)),
            Engagement("twentieth", TemporalExtent.OnDay(2025, 6, 20)),
            Engagement("may-to-june", TemporalExtent.Between(new LocalDate(2025, 5, 30), new LocalDate(2025, 6, 2))));
        var filter = EngagementFilter.During(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 10));

        Matches(filter, document).Should().Equal(FilterMatch.Possibly, FilterMatch.Yes, FilterMatch.No, FilterMatch.Possibly);
        var (excluded, included, flagged) = (new FilterTally(), new FilterTally(), new FilterTally());
        Ids(filter.Apply(document, BorderlineHandling.Exclude, excluded)).Should().Equal("fifth");
        Ids(filter.Apply(document, BorderlineHandling.Include, included)).Should().Equal("june", "fifth", "may-to-june");
        Ids(filter.Apply(document, BorderlineHandling.Flag, flagged)).Should().Equal("june", "fifth", "may-to-june");
        (excluded.Read, excluded.Kept, excluded.Dropped, excluded.Borderline).Should().Be((4L, 1L, 3L, 2L));
        (included.Kept, included.Borderline, included.Flagged.Count).Should().Be((3L, 2L, 0));
        flagged.Flagged.Select(id => id.Value).Should().Equal("june", "may-to-june");
        filter.ToString().Should().Be("during 2025-06-01..2025-06-10");
    }

    [Fact]
    public void During_TheWholeMonth_HoldsTheMonthAndTheDaysInIt_AndAnHourAtMidnightBelongsToItsDay()
    {
        var filter = EngagementFilter.During(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30));
        var document = Document(
            Engagement("june", TemporalExtent.InMonth(2025, 6)),
            Engagement("last-hour", TemporalExtent.AtHour(new LocalDate(2025, 6, 30), 23)),
            Engagement("july", TemporalExtent.OnDay(2025, 7, 1)),
            Engagement("year", TemporalExtent.InYear(2025)));

        Matches(filter, document).Should().Equal(FilterMatch.Yes, FilterMatch.Yes, FilterMatch.No, FilterMatch.Possibly);
    }

    [Fact]
    public void Countries_AndDivisions_OfTheTimbuktuDocument()
    {
        Matches(EngagementFilter.InCountries("ml"), Timbuktu).Should().Equal(FilterMatch.Yes, FilterMatch.Yes, FilterMatch.Yes, FilterMatch.No);
        Matches(EngagementFilter.InCountries("BF", "NE"), Timbuktu).Should().Equal(FilterMatch.No, FilterMatch.No, FilterMatch.No, FilterMatch.Yes);

        // Dioura and Boulikessi are in Mali with no division given: they may be in Tombouctou.
        Matches(EngagementFilter.InDivision("ML", "tombouctou"), Timbuktu).Should().Equal(FilterMatch.Yes, FilterMatch.Possibly, FilterMatch.Possibly, FilterMatch.No);
        Matches(EngagementFilter.InDivision("ML", "Tombouctou", "Goundam"), Timbuktu).Should().Equal(FilterMatch.Possibly, FilterMatch.Possibly, FilterMatch.Possibly, FilterMatch.No);
        Matches(EngagementFilter.InDivision("ML", "Mopti"), Timbuktu).Should().Equal(FilterMatch.No, FilterMatch.Possibly, FilterMatch.Possibly, FilterMatch.No);
    }

    [Fact]
    public void Engagements_WithoutSites_PossiblyMeetAPlaceFilter_AndCertainlyMeetOthers()
    {
        var document = Document(Engagement("nowhere", TemporalExtent.OnDay(2025, 6, 5)));

        Matches(EngagementFilter.InCountries("ML"), document).Should().Equal(FilterMatch.Possibly);
        Matches(EngagementFilter.WithinRadius(TimbuktuCity, 10), document).Should().Equal(FilterMatch.Possibly);
        Matches(EngagementFilter.OfType(EngagementType.Attack), document).Should().Equal(FilterMatch.Yes);
    }

    [Theory]
    [InlineData(SpatialPrecision.ExactLocation, 20.0, 30.0, FilterMatch.Yes)]
    [InlineData(SpatialPrecision.NearLocation, 20.0, 30.0, FilterMatch.Possibly)]
    [InlineData(SpatialPrecision.NearLocation, 20.0, 50.0, FilterMatch.Yes)]
    [InlineData(SpatialPrecision.NearLocation, 100.0, 50.0, FilterMatch.No)]
    [InlineData(SpatialPrecision.FirstOrderAdministrative, 100.0, 50.0, FilterMatch.Possibly)]
    [InlineData(SpatialPrecision.Country, 1.0, 50.0, FilterMatch.Possibly)]
    public void Radius_TakesEachSitesPrecisionAsADisc(SpatialPrecision precision, double kilometresNorth, double radius, FilterMatch expected)
    {
        var site = Site("s", new Coordinates(TimbuktuCity.Latitude + (kilometresNorth / 111.195), TimbuktuCity.Longitude), precision);
        var document = Document(Engagement("e", TemporalExtent.OnDay(2025, 6, 2)) with { Sites = [site] });

        Matches(EngagementFilter.WithinRadius(TimbuktuCity, radius), document).Should().Equal(expected);
    }

    [Fact]
    public void Box_TakesPrecisionIntoAccount_AndMayCrossTheAntimeridian()
    {
        var document = Document(
            Engagement("exact", TemporalExtent.OnDay(2025, 6, 2)) with { Sites = [Site("a", new Coordinates(10, 179.5), SpatialPrecision.ExactLocation)] },
            Engagement("near-edge", TemporalExtent.OnDay(2025, 6, 2)) with { Sites = [Site("b", new Coordinates(10, -170.1), SpatialPrecision.NearLocation)] },
            Engagement("outside", TemporalExtent.OnDay(2025, 6, 2)) with { Sites = [Site("c", new Coordinates(10, -150), SpatialPrecision.NearLocation)] },
            Engagement("north", TemporalExtent.OnDay(2025, 6, 2)) with { Sites = [Site("d", new Coordinates(30, 179.5), SpatialPrecision.ExactLocation)] });

        Matches(EngagementFilter.WithinBox(0, 170, 20, -170), document).Should().Equal(FilterMatch.Yes, FilterMatch.Possibly, FilterMatch.No, FilterMatch.No);
        Matches(EngagementFilter.WithinBox(0, -180, 20, 180), document).Should().Equal(FilterMatch.Yes, FilterMatch.Yes, FilterMatch.Yes, FilterMatch.No);

        // The Timbuktu attack's city site has coordinates; its other sites have none, so a box elsewhere cannot rule it out.
        var attack = Document(Timbuktu.Engagements[0]) with { Actors = Timbuktu.Actors, Sources = Timbuktu.Sources };
        Matches(EngagementFilter.WithinBox(16, -4, 17, -2), attack).Should().Equal(FilterMatch.Yes);
        Matches(EngagementFilter.WithinBox(40, 10, 50, 20), attack).Should().Equal(FilterMatch.Possibly);
    }

    [Fact]
    public void Actors_ByIdNameAliasOrExternalId_WithTheirUnits()
    {
        Matches(EngagementFilter.Involving("JNIM"), Timbuktu).Should().AllBeEquivalentTo(FilterMatch.Yes);
        Matches(EngagementFilter.Involving("malian army"), Timbuktu).Should().Equal(FilterMatch.Yes, FilterMatch.Yes, FilterMatch.Yes, FilterMatch.No);
        Matches(EngagementFilter.Involving("mali-government"), Timbuktu).Should().Equal([FilterMatch.Yes, FilterMatch.Yes, FilterMatch.Yes, FilterMatch.No], "the army is a unit of the government");
        Matches(EngagementFilter.Involving("Government of Russia"), Timbuktu).Should().Equal(FilterMatch.Yes, FilterMatch.No, FilterMatch.No, FilterMatch.No);
        Matches(EngagementFilter.Involving("Islamic State"), Timbuktu).Should().AllBeEquivalentTo(FilterMatch.No);

        var withIds = Timbuktu with { Actors = [.. Timbuktu.Actors.Select(a => a.Id.Value == "jnim" ? a with { ExternalIds = [ExternalId.Of(ExternalIdScheme.UcdpActor, "6040")] } : a)] };
        Matches(EngagementFilter.Involving("ucdpActor:6040"), withIds).Should().AllBeEquivalentTo(FilterMatch.Yes);
        Matches(EngagementFilter.Involving("ucdpActor:6041"), withIds).Should().AllBeEquivalentTo(FilterMatch.No);
    }

    [Fact]
    public void TypesAndMeasures()
    {
        var document = Document(
            Engagement("a", TemporalExtent.OnDay(2025, 6, 2), Figure("a-k", Measure.Killed)),
            Engagement("b", TemporalExtent.OnDay(2025, 6, 2), Figure("b-w", Measure.Wounded)) with { Type = EngagementType.Ambush },
            Engagement("c", TemporalExtent.OnDay(2025, 6, 2)) with { Type = EngagementType.Battle });

        Matches(EngagementFilter.OfType(EngagementType.Ambush, EngagementType.Battle), document).Should().Equal(FilterMatch.No, FilterMatch.Yes, FilterMatch.Yes);
        Matches(EngagementFilter.Counting(Measure.Killed), document).Should().Equal(FilterMatch.Yes, FilterMatch.No, FilterMatch.No);
        Matches(EngagementFilter.Counting(Measure.Wounded).Or(EngagementFilter.OfType(EngagementType.Battle)), document).Should().Equal(FilterMatch.No, FilterMatch.Yes, FilterMatch.Yes);
    }

    [Fact]
    public void Composition_IsThreeValuedLogic()
    {
        var june = Document(Engagement("june", TemporalExtent.InMonth(2025, 6)));
        var possibly = EngagementFilter.During(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 10));
        var yes = EngagementFilter.OfType(EngagementType.Attack);
        var no = EngagementFilter.OfType(EngagementType.Siege);

        Matches(possibly.And(yes), june).Should().Equal(FilterMatch.Possibly);
        Matches(possibly.And(no), june).Should().Equal(FilterMatch.No);
        Matches(possibly.Or(yes), june).Should().Equal(FilterMatch.Yes);
        Matches(possibly.Or(no), june).Should().Equal(FilterMatch.Possibly);
        Matches(possibly.Not(), june).Should().Equal(FilterMatch.Possibly);
        Matches(yes.Not(), june).Should().Equal(FilterMatch.No);
        Matches(EngagementFilter.All, june).Should().Equal(FilterMatch.Yes);
        possibly.And(no.Not()).ToString().Should().Be("(during 2025-06-01..2025-06-10) and (not (of type Siege))");
    }

    [Fact]
    public async Task Stream_FiltersEachDocument_DropsEmptyOnes_AndCountsEveryEngagement()
    {
        var tally = new FilterTally();
        var filter = EngagementFilter.InCountries("BF");

        var kept = await ToListAsync(filter.ApplyAsync(Batches(Timbuktu, Timbuktu), BorderlineHandling.Exclude, tally));

        kept.Should().HaveCount(2).And.OnlyContain(d => d.Engagements.Single().Id == TimbuktuAttack.BurkinaBasesId);
        kept[0].Actors.Should().Equal(Timbuktu.Actors, "sources and actors are kept whole");
        (tally.Read, tally.Kept, tally.Borderline).Should().Be((8L, 2L, 0L));
        filter.Apply(Timbuktu).Engagements.Should().ContainSingle();
        EngagementFilter.All.Apply(Timbuktu).Should().BeSameAs(Timbuktu);
    }

    [Fact]
    public async Task DocumentedExample_FiltersAStreamThenAggregatesIt()
    {
        var documents = Batches(Timbuktu);

        // FILTER:begin
        var filter = EngagementFilter.InCountries("ML")
            .And(EngagementFilter.During(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30)))
            .And(EngagementFilter.Involving("JNIM"));        // id, name, alias or "ucdpActor:…"; its units count as it
        var tally = new FilterTally();
        var result = await EngagementAggregator.AggregateAsync(
            filter.ApplyAsync(documents, BorderlineHandling.Exclude, tally),
            new AggregationOptions { Measure = Measure.Killed, Keys = [GroupKey.Month] });
        Console.WriteLine($"{tally.Read} read, {tally.Kept} kept, {tally.Borderline} borderline; {result.Total.Low}–{result.Total.High}{(result.Total.HighOpen ? "+" : "")} killed");
        // FILTER:end

        (tally.Read, tally.Kept, tally.Borderline).Should().Be((4L, 2L, 0L));
        (result.Total.Low, result.Total.High, result.Total.HighOpen).Should().Be((36L, 74L, true));
        ReadmeExampleTests.AssertDocumentContains("docs/analysis.md", "EngagementFilterTests.cs", "FILTER");
    }

    [Fact]
    public void Refused_WithMessagesThatSayWhatIsExpected()
    {
        ((Action)(() => EngagementFilter.During(new LocalDate(2025, 6, 10), new LocalDate(2025, 6, 1)))).Should().Throw<ArgumentException>()
            .WithMessage("The range ends (2025-06-01) before it starts (2025-06-10).*");
        ((Action)(() => EngagementFilter.InCountries("MLI"))).Should().Throw<ArgumentException>()
            .WithMessage("Give one or more ISO 3166-1 alpha-2 country codes, such as ML; got 'MLI'.*");
        ((Action)(() => EngagementFilter.InDivision("ML"))).Should().Throw<ArgumentException>().WithMessage("Give the division's names from the first level down*");
        ((Action)(() => EngagementFilter.WithinBox(20, 0, 10, 5))).Should().Throw<ArgumentException>()
            .WithMessage("A box is south ≤ north in [-90, 90] and west, east in [-180, 180]; got south 20, west 0, north 10, east 5.*");
        ((Action)(() => EngagementFilter.WithinRadius(TimbuktuCity, 0))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("The radius is a number of kilometres more than 0.*");
        ((Action)(() => EngagementFilter.OfType())).Should().Throw<ArgumentException>().WithMessage("Give one or more engagement types (Attack, *");
        ((Action)(() => EngagementFilter.Involving(" "))).Should().Throw<ArgumentException>();
        ((Action)(() => EngagementFilter.Counting((Measure)99))).Should().Throw<ArgumentException>().WithMessage("99 is not a measure*");
    }

    [Fact]
    public void Property_EveryEngagementIsKeptOrDropped_AndTheHandlingsAgreeOnTheBorderline()
    {
        var filters = new[]
        {
            EngagementFilter.InCountries("ML", "FR"),
            EngagementFilter.WithinBox(-30, -60, 30, 60),
            EngagementFilter.During(new LocalDate(2020, 1, 1), new LocalDate(2022, 6, 30)).And(EngagementFilter.OfType(EngagementType.Attack, EngagementType.Battle)),
            EngagementFilter.WithinRadius(new Coordinates(0, 0), 3000).Or(EngagementFilter.Counting(Measure.Killed).Not()),
        };
        Gen.Int[0, 10_000].Select(Gen.Int[0, filters.Length - 1]).Sample((seed, which) =>
        {
            var document = DocumentGenerator.Generate(seed, 6);
            var filter = filters[which];
            var (excluded, included, flagged) = (new FilterTally(), new FilterTally(), new FilterTally());
            var strict = filter.Apply(document, BorderlineHandling.Exclude, excluded);
            var broad = filter.Apply(document, BorderlineHandling.Include, included);
            filter.Apply(document, BorderlineHandling.Flag, flagged);

            excluded.Read.Should().Be(document.Engagements.Count);
            (excluded.Kept + excluded.Dropped).Should().Be(excluded.Read);
            included.Kept.Should().Be(excluded.Kept + excluded.Borderline);
            flagged.Kept.Should().Be(included.Kept);
            flagged.Flagged.Should().HaveCount((int)excluded.Borderline);
            strict.Engagements.Should().BeSubsetOf(broad.Engagements);
            filter.Not().Apply(document, BorderlineHandling.Exclude).Engagements.Count.Should().Be((int)(excluded.Dropped - excluded.Borderline), "not keeps exactly the certain non-matches");
        }, iter: 300);
    }

    private static List<FilterMatch> Matches(EngagementFilter filter, DatasetDocument document)
    {
        var index = new DocumentIndex(document);
        return [.. document.Engagements.Select(e => filter.Match(e, index))];
    }

    private static IEnumerable<string> Ids(DatasetDocument document) => document.Engagements.Select(e => e.Id.Value);

    private static async IAsyncEnumerable<DatasetDocument> Batches(params DatasetDocument[] documents)
    {
        foreach (var document in documents)
        {
            await Task.Yield();
            yield return document;
        }
    }

    private static async Task<List<DatasetDocument>> ToListAsync(IAsyncEnumerable<DatasetDocument> documents)
    {
        var list = new List<DatasetDocument>();
        await foreach (var document in documents)
        {
            list.Add(document);
        }

        return list;
    }

    private static DisputedFigure Figure(string id, Measure measure) => AnalysisDocuments.Figure(id, measure, FigureSubject.All, Quantity.Exactly(3));

    private static Site Site(string id, Coordinates coordinates, SpatialPrecision precision) => new()
    {
        Id = new(id),
        Name = id,
        Role = SiteRole.Target,
        Kind = SiteKind.Other,
        Coordinates = coordinates,
        Precision = precision,
    };
}
