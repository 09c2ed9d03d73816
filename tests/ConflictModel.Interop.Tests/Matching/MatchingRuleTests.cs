using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Interop.Matching;
using ConflictModel.Places;
using ConflictModel.Time;
using ConflictModel.Validation;
using CsCheck;
using NodaTime;

namespace ConflictModel.Interop.Tests.Matching;

public sealed class MatchingRuleTests
{
    private static readonly LocalDate Day = new(2025, 6, 2);

    /// <summary>An event: day, latitude and longitude offsets, precision, approximate, actor, extra sites (offsets and precision), days more.</summary>
    private static readonly Gen<(int Day, double Lat, double Lon, int Precision, bool Approximate, int Actor, (double Lat, double Lon, int Precision)[] Extra, int Longer)> EventGen =
        Gen.Select(
            Gen.Select(Gen.Int[0, 20], Gen.Double[-0.6, 0.6], Gen.Double[-0.6, 0.6], Gen.Int[1, 7], Gen.Bool, Gen.Int[0, 4]),
            Gen.Select(Gen.Double[-4, 4], Gen.Double[-4, 4], Gen.Int[1, 7]).Array[0, 2],
            Gen.Int[0, 4].Select(n => n <= 2 ? 0 : n),
            (e, extra, longer) => (e.Item1, e.Item2, e.Item3, e.Item4, e.Item5, e.Item6, extra, longer));

    [Fact]
    public void Time_PairIsMatchedOnlyWithinBothSlacks_Property()
    {
        Gen.Select(Gen.Int[0, 8], Gen.Int[0, 3]).Sample((gap, slack) =>
        {
            var options = MatchOptions.Default with { SlackDays = slack };
            var a = new Events("a").Add("e", TemporalExtent.OnDay(Day), 16.77, -3.0, ["JNIM"]).Document();
            var b = new Events("b").Add("e", TemporalExtent.OnDay(Day.PlusDays(gap)), 16.77, -3.0, ["JNIM"]).Document();

            var result = DatasetMatcher.Match(options, a, b);

            result.Matches.Count.Should().Be(gap <= 2 * slack ? 1 : 0, $"gap {gap}, slack {slack}");
            if (result.Matches.Count == 1)
            {
                result.Matches[0].GapDays.Should().Be(gap);
                result.Matches[0].TimeScore.Should().BeApproximately(1 - (gap / (2.0 * slack + 1)), 1e-4);
            }
        }, iter: 60);
    }

    [Fact]
    public void Time_ApproximateDayWidensTheWindow()
    {
        var a = new Events("a").Add("e", TemporalExtent.OnDay(Day), 16.77, -3.0, ["JNIM"]).Document();
        var b = new Events("b").Add("e", TemporalExtent.OnDay(Day.PlusDays(6)).Approximately(), 16.77, -3.0, ["JNIM"]).Document();
        var exact = new Events("b").Add("e", TemporalExtent.OnDay(Day.PlusDays(6)), 16.77, -3.0, ["JNIM"]).Document();

        DatasetMatcher.Match(a, b).Matches.Should().ContainSingle().Which.Reasons[0].Should().Be("time: 6 days apart (within 9)");
        DatasetMatcher.Match(a, exact).Matches.Should().BeEmpty();
    }

    [Fact]
    public void Place_PairIsMatchedOnlyWithinTheSumOfTheRadii_Property()
    {
        Gen.Select(Gen.Double[0, 120], Gen.Int[1, 4]).Sample((km, precision) =>
        {
            var p = (SpatialPrecision)precision;
            var lat = 16.77 + (km / 111.195);
            var a = new Events("a").Add("e", TemporalExtent.OnDay(Day), 16.77, -3.0, ["JNIM"]).Document();
            var b = new Events("b").Add("e", TemporalExtent.OnDay(Day), lat, -3.0, ["JNIM"], precision: p).Document();
            var allowed = MatchOptions.Default.ExactRadiusKm + MatchOptions.Default.RadiusOf(p);
            if (Math.Abs(km - allowed) < 0.05)
            {
                return;
            }

            var result = DatasetMatcher.Match(a, b);

            result.Matches.Count.Should().Be(km <= allowed ? 1 : 0, $"{km} km, allowed {allowed}");
        }, iter: 100);
    }

    [Fact]
    public void Place_AcrossTheAntimeridian_IsNear()
    {
        var a = new Events("a").Add("e", TemporalExtent.OnDay(Day), -17.0, 179.95, ["X"]).Document();
        var b = new Events("b").Add("e", TemporalExtent.OnDay(Day), -17.0, -179.95, ["X"]).Document();

        DatasetMatcher.Match(a, b).Matches.Should().ContainSingle().Which.DistanceKm.Should().BeApproximately(10.6, 0.2);
    }

    [Theory]
    [InlineData(EngagementType.Battle, EngagementType.Battle, true)]
    [InlineData(EngagementType.Battle, EngagementType.Bombing, true)]
    [InlineData(EngagementType.ViolenceAgainstCivilians, EngagementType.Attack, true)]
    [InlineData(EngagementType.Other, EngagementType.Battle, false)]
    [InlineData(EngagementType.Other, EngagementType.ViolenceAgainstCivilians, false)]
    public void Type_IncompatibleTypesAreNeverMatched(EngagementType x, EngagementType y, bool matched)
    {
        var a = new Events("a").Add("e", TemporalExtent.OnDay(Day), 16.77, -3.0, ["JNIM"], type: x).Document();
        var b = new Events("b").Add("e", TemporalExtent.OnDay(Day), 16.77, -3.0, ["JNIM"], type: y).Document();

        DatasetMatcher.Match(a, b).Matches.Should().HaveCount(matched ? 1 : 0);
        TypeCompatibility.Default.Of(x, y).Should().Be(TypeCompatibility.Default.Of(y, x));
    }

    [Fact]
    public void Type_TableCanBeChanged()
    {
        var types = TypeCompatibility.Default.With(EngagementType.Other, EngagementType.Battle, 1);
        var a = new Events("a").Add("e", TemporalExtent.OnDay(Day), 16.77, -3.0, ["JNIM"], type: EngagementType.Other).Document();
        var b = new Events("b").Add("e", TemporalExtent.OnDay(Day), 16.77, -3.0, ["JNIM"]).Document();

        DatasetMatcher.Match(MatchOptions.Default with { Types = types }, a, b).Matches.Should().ContainSingle();
        types.Should().NotBe(TypeCompatibility.Default);
        FluentActions.Invoking(() => types.With(EngagementType.Battle, EngagementType.Battle, 1.5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("score");
    }

    [Theory]
    [InlineData("Government of Mali", "Military Forces of Mali (2021-)", 1)]
    [InlineData("JNIM", "Jama'at Nasr al-Islam wal-Muslimin", 0.9)]
    [InlineData("Islamic State (Sahel)", "islamic state sahel", 1)]
    [InlineData("Hezbollah", "HEZBOLLAH", 1)]
    [InlineData("Al-Shabaab", "Al Shabaab", 1)]
    [InlineData("Wagner Group", "Hamas", 0)]
    [InlineData("Government of Mali", "Islamic State Mali", 0)]
    public void Actor_Names_AreComparedAsDatasetsSpellThem(string x, string y, double expected)
    {
        var a = ActorProfile.Of(new Actor { Id = new ActorId("a"), Name = x, Kind = ActorKind.Unknown }, _ => null);
        var b = ActorProfile.Of(new Actor { Id = new ActorId("b"), Name = y, Kind = ActorKind.Unknown }, _ => null);

        ActorProfile.Compare(a, b).Score.Should().Be(expected);
        ActorProfile.Compare(b, a).Score.Should().Be(expected);
    }

    [Fact]
    public void Actor_ExternalIdAndParent()
    {
        var parent = new Actor { Id = new ActorId("aqim"), Name = "AQIM", Kind = ActorKind.NonStateArmedGroup };
        var child = new Actor { Id = new ActorId("katiba"), Name = "Katiba Macina", Kind = ActorKind.NonStateArmedGroup, ParentId = parent.Id };
        var withId = new Actor { Id = new ActorId("x"), Name = "Somebody", Kind = ActorKind.Unknown, ExternalIds = [ExternalId.Of(ExternalIdScheme.Wikidata, "Q1")] };
        var otherName = new Actor { Id = new ActorId("y"), Name = "Else", Kind = ActorKind.Unknown, ExternalIds = [ExternalId.Of(ExternalIdScheme.Wikidata, "Q1")] };
        var lookup = new[] { parent, child }.ToDictionary(a => a.Id);

        ActorProfile.Compare(ActorProfile.Of(child, id => lookup.GetValueOrDefault(id)), ActorProfile.Of(parent, _ => null)).Should().Be((0.8, "'AQIM' is the parent of 'Katiba Macina'"));
        ActorProfile.Compare(ActorProfile.Of(withId, _ => null), ActorProfile.Of(otherName, _ => null)).Score.Should().Be(1);
    }

    [Fact]
    public void Actor_SameDayAndPlaceWithOtherActors_IsNotAMatch()
    {
        var a = new Events("a").Add("e", TemporalExtent.OnDay(Day), 16.77, -3.0, ["Wagner Group", "Civilians"], killed: 3).Document();
        var b = new Events("b").Add("e", TemporalExtent.OnDay(Day), 16.77, -3.0, ["JNIM", "Civilians (Mali)"], killed: 3).Document();

        DatasetMatcher.Match(a, b).Matches.Should().BeEmpty();
    }

    [Fact]
    public void Index_FindsExactlyThePairsOfTheNaiveAllPairsLoop_Property()
    {
        Gen.Select(EventGen.Array[1, 40], EventGen.Array[1, 40]).Sample((left, right) =>
        {
            var options = MatchOptions.Default with { MinScore = 0 };
            var l = Prepare(0, left, options);
            var r = Prepare(1, right, options);

            var candidates = CandidateIndex.Candidates(l, r);
            var indexed = candidates.Where(k => MatchScorer.TryScore(l[k.Left], r[k.Right], options, out _)).ToHashSet();
            var naive = (from i in Enumerable.Range(0, l.Length) from j in Enumerable.Range(0, r.Length)
                         where MatchScorer.TryScore(l[i], r[j], options, out _) select (i, j)).ToHashSet();

            candidates.Should().OnlyHaveUniqueItems("each candidate is reported once, also for events of several sites");
            indexed.Should().BeEquivalentTo(naive);
        }, iter: 200);
    }

    [Fact]
    public void Index_MatchesAndScoresEqualTheNaiveLoopWithoutShortcuts_Property()
    {
        // The indexed matcher (with its cheap rejections and cached actor scores) against every pair scored in full by
        // the plain rules and then thresholded: the same accepted pairs with the same scores.
        Gen.Select(EventGen.Array[1, 40], EventGen.Array[1, 40], Gen.Double[0.3, 0.9]).Sample((left, right, minScore) =>
        {
            var options = MatchOptions.Default with { MinScore = Math.Round(minScore, 2) };
            var l = Prepare(0, left, options);
            var r = Prepare(1, right, options);
            var scored = new List<(int L, int R, PairScore Score)>();
            for (var i = 0; i < l.Length; i++)
            {
                for (var j = 0; j < r.Length; j++)
                {
                    if (MatchScorer.TryScore(l[i], r[j], options, out var score) && score.Total >= options.MinScore)
                    {
                        scored.Add((i, j, score));
                    }
                }
            }

            var expected = DatasetMatcher.Accept(scored, l, r);

            var (pairs, _) = DatasetMatcher.MatchPair(l, r, options);

            pairs.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
            DatasetMatcher.MatchPairNaive(l, r, options).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        }, iter: 200);
    }

    [Fact]
    public void Index_CountsEachCandidateOnce_ForLongWindowsAndSeveralSites()
    {
        // Two five-day events of two sites each, all four sites in one place: the windows share seven days (slack 1) and
        // the sites four pairs of points, yet the pair is one candidate.
        var a = Prepare(0, [(0, 0, 0, 1, false, 0, [(0.001, 0.0, 1)], 4)], MatchOptions.Default);
        var b = Prepare(1, [(1, 0, 0, 1, false, 0, [(0.0, 0.001, 1)], 4)], MatchOptions.Default);

        CandidateIndex.Candidates(a, b).Should().Equal((0, 0));
        DatasetMatcher.MatchPair(a, b, MatchOptions.Default).Candidates.Should().Be(1);
    }

    [Fact]
    public void OneToMany_AnEpisodeGathersItsDailyEvents()
    {
        var a = new Events("a").Add("episode", TemporalExtent.Between(Day, Day.PlusDays(4)), 16.77, -3.0, ["JNIM", "Government of Mali"], killed: 20).Document();
        var daily = new Events("b");
        for (var d = 0; d < 3; d++)
        {
            daily.Add("day" + d, TemporalExtent.OnDay(Day.PlusDays(d)), 16.78, -3.01, ["JNIM", "Military Forces of Mali (2021-)"], killed: 5);
        }

        var result = DatasetMatcher.Match(a, daily.Document());

        result.Matches.Should().HaveCount(3).And.OnlyContain(m => m.OneToMany && m.Left.DatasetId == a.Engagements[0].ExternalIds[0].Value);
        result.Summary.Groups.Should().Be(1);
        result.Summary.OneToManyEvents.Should().Be(1);
        result.Summary.EngagementsOut.Should().Be(1);
        result.Summary.EventsMerged.Should().Be(3);
        var merged = result.Document.Engagements.Single();
        merged.Sides.Should().HaveCount(2, "each dataset's sides join the side of the same actors");
        merged.Sides.SelectMany(s => s.ActorIds).Should().HaveCount(4);
        merged.Figures.Single().Estimates.Should().HaveCount(4);
        merged.Time.Should().Be(TemporalExtent.Between(Day, Day.PlusDays(4)));
        var disagreement = result.Disagreements.Single();
        disagreement.Counts.Should().Equal(new InputCount(0, 20), new InputCount(1, 15));
        disagreement.Ratio.Should().BeApproximately(1.3333, 1e-4);
        disagreement.HighestInputs.Should().Equal(0);
        DatasetValidator.Default.Validate(result.Document).AtLeast(ValidationSeverity.Error).Should().BeEmpty();
    }

    [Fact]
    public void OneToOne_EqualSpansPairBestFirst()
    {
        var a = new Events("a").Add("x", TemporalExtent.OnDay(Day), 16.77, -3.0, ["JNIM"], killed: 4).Document();
        var b = new Events("b")
            .Add("near", TemporalExtent.OnDay(Day), 16.771, -3.0, ["JNIM"], killed: 4)
            .Add("far", TemporalExtent.OnDay(Day), 16.80, -3.0, ["JNIM"], killed: 4).Document();

        var result = DatasetMatcher.Match(a, b);

        result.Matches.Should().ContainSingle().Which.Right.EngagementId.Value.Should().Be("b-near");
        result.Document.Engagements.Should().HaveCount(2);
    }

    [Fact]
    public void Unmatchable_PassThroughUnchanged_CountedUnderTheirReason()
    {
        var a = new Events("a")
            .Add("nowhere", TemporalExtent.OnDay(Day), 0, 0, ["JNIM"], withCoordinates: false)
            .Add("year", TemporalExtent.InYear(2025), 16.77, -3.0, ["JNIM"])
            .Document();
        var b = new Events("b").Add("e", TemporalExtent.OnDay(Day), 16.77, -3.0, ["JNIM"]).Document();

        var result = DatasetMatcher.Match(a, b);

        result.Matches.Should().BeEmpty();
        result.Summary.Inputs[0].Should().Match<InputTally>(t => t.NoCoordinates == 1 && t.TimeTooVague == 1 && t.Events == 2 && t.Matched == 0);
        result.Problems.Select(p => (p.Code, p.Value, p.Path)).Should().Equal(
            ("match.no-coordinates", a.Engagements[0].ExternalIds[0].Value, "engagements[0]"),
            ("match.time-too-vague", a.Engagements[1].ExternalIds[0].Value, "engagements[1]"));
        result.Document.Engagements.Should().Equal(a.Engagements.Concat(b.Engagements));
        (result.Summary.EngagementsOut + result.Summary.EventsMerged).Should().Be(result.Summary.EventsIn);
    }

    [Fact]
    public void Ids_CollidingAcrossInputs_AreQualified_AndTheMergeValidates()
    {
        var a = new Events("a")
            .Add("x", TemporalExtent.OnDay(Day), 16.77, -3.0, ["JNIM"], killed: 4)
            .Add("y", TemporalExtent.OnDay(Day.PlusDays(40)), 14.0, -4.0, ["Wagner Group"], killed: 2).Document();
        var b = a with { Engagements = [a.Engagements[0] with { Figures = [a.Engagements[0].Figures[0] with { Estimates = [Estimate.Of(a.Engagements[0].Statements[0].Id, Quantity.Exactly(9))] }] }, a.Engagements[1]] };

        var result = DatasetMatcher.Match(a, b);

        result.Summary.Inputs.Select(i => i.Qualified).Should().Equal(false, true);
        result.Problems.Should().ContainSingle(p => p.Code == "match.ids-qualified" && p.File == "in2");
        result.Matches.Select(m => m.Right.EngagementId.Value).Should().Equal("in2:a-x", "in2:a-y");
        result.Document.Engagements.Should().HaveCount(2);
        DatasetValidator.Default.Validate(result.Document).AtLeast(ValidationSeverity.Error).Select(p => p.ToString()).Should().BeEmpty();
        result.Document.Actors.Should().HaveCount(2, "actors declared the same by both inputs are declared once");
        result.Disagreements[0].Counts.Should().Equal(new InputCount(0, 4), new InputCount(1, 9));
        result.Summary.Disagreement.Should().Match<DisagreementSummary>(d => d.Compared == 2 && d.Equal == 1 && d.TwiceOrMore == 1 && d.HighestAlone[1] == 1 && d.MaxRatio == 2.25);
    }

    [Fact]
    public void Disagreement_PointValues()
    {
        Disagreement.PointValue([Estimate.Of(new("s"), Quantity.Between(4, 10)), Estimate.Of(new("s"), Quantity.Exactly(6))]).Should().Be(6);
        Disagreement.PointValue([Estimate.Of(new("s"), Quantity.Between(4, 10))]).Should().Be(7);
        Disagreement.PointValue([Estimate.Of(new("s"), Quantity.AtLeast(30))]).Should().Be(30);
        Disagreement.PointValue([Estimate.Of(new("s"), Quantity.AtMost(30))]).Should().BeNull();
    }

    [Fact]
    public void Report_PairsAndDisagreementAsCsv()
    {
        var a = new Events("a").Add("x", TemporalExtent.OnDay(Day), 16.77, -3.0, ["JNIM"], killed: 0).Document();
        var b = new Events("b").Add("x", TemporalExtent.OnDay(Day), 16.77, -3.0, ["JNIM"], killed: 5).Document();
        var result = DatasetMatcher.Match(a, b);
        var pairs = new StringWriter();
        var figures = new StringWriter();

        MatchReportWriter.WritePairs(result, pairs);
        MatchReportWriter.WriteDisagreements(result, figures);

        var rows = pairs.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        rows[0].Should().Be("left_file,left_id,right_file,right_id,score,reasons");
        rows[1].Should().StartWith($"in1,{a.Engagements[0].ExternalIds[0].Value},in2,{b.Engagements[0].ExternalIds[0].Value},{result.Matches[0].Score.ToString(System.Globalization.CultureInfo.InvariantCulture)},time: the days overlap; place: 0 km apart (within 20); type: both Battle; actors (1): 'JNIM' = 'JNIM' (name); killed: 0 and 5 (0.17)");
        figures.ToString().Should().Be("engagement_id,figure_id,measure,subject,counts,lowest,highest,ratio,highest_inputs\r\na-x,a-x-killed,Killed,all,in1=0; in2=5,0,5,,in2\r\n");
    }

    [Fact]
    public void Options_BadValues_AreNamed()
    {
        FluentActions.Invoking(() => DatasetMatcher.Match(MatchOptions.Default with { SlackDays = -1 }, new DatasetDocument(), new DatasetDocument()))
            .Should().Throw<ArgumentException>().WithMessage("MatchOptions.SlackDays is -1; expected 0 or more days.*");
        FluentActions.Invoking(() => DatasetMatcher.Match(new DatasetDocument()))
            .Should().Throw<ArgumentException>().WithMessage("Matching needs two or more inputs; 1 given.*");
    }

    private static MatchableEvent[] Prepare(int input, (int Day, double Lat, double Lon, int Precision, bool Approximate, int Actor, (double Lat, double Lon, int Precision)[] Extra, int Longer)[] events, MatchOptions options)
    {
        var names = new[] { "JNIM", "Wagner Group", "Government of Mali", "Military Forces of Mali (2021-)", "Jama'at Nasr al-Islam wal-Muslimin" };
        var builder = new Events("in" + input);
        for (var i = 0; i < events.Length; i++)
        {
            var e = events[i];
            var time = e.Longer == 0 ? TemporalExtent.OnDay(Day.PlusDays(e.Day)) : TemporalExtent.Between(Day.PlusDays(e.Day), Day.PlusDays(e.Day + e.Longer));
            string[] actors = e.Actor == 4 ? [names[4], names[i % 4]] : [names[e.Actor]];
            builder.Add("e" + i, e.Approximate ? time.Approximately() : time, 16 + e.Lat, -3 + e.Lon, actors, precision: (SpatialPrecision)e.Precision, killed: i % 3 == 0 ? null : i % 7);
        }

        var document = builder.Document();
        document = document with
        {
            Engagements = document.Engagements.Select((x, i) => events[i].Extra.Length == 0 ? x : x with
            {
                Sites = x.Sites.Concat(events[i].Extra.Select((s, k) => x.Sites[0] with
                {
                    Id = new SiteId(x.Id.Value + "-site" + k),
                    Name = "Other site " + k,
                    Coordinates = new Coordinates(16 + events[i].Lat + s.Lat, -3 + events[i].Lon + s.Lon),
                    Precision = (SpatialPrecision)s.Precision,
                })).ToArray(),
            }).ToArray(),
        };
        var data = new InputData("in" + input, "in" + input);
        data.Add(document);
        return DatasetMatcher.Prepare(input, data, options, null);
    }
}
