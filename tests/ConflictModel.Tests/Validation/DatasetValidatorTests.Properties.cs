using System;
using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Places;
using ConflictModel.Sources;
using ConflictModel.Testing;
using ConflictModel.Validation;
using CsCheck;

namespace ConflictModel.Tests.Validation;

public partial class DatasetValidatorTests
{
    /// <summary>
    /// Warnings the generator does not promise to avoid: two estimates of one statement that disagree
    /// (CM3010) and held-long-term on an outcome other than captured (CM3017) are valid, if suspicious.
    /// </summary>
    private static readonly string[] WarningsGeneratedDocumentsMayHave = ["CM3010", "CM3017"];

    private static readonly (string Name, string Code, Func<DatasetDocument, Random, DatasetDocument> Mutate)[] Mutations =
    [
        ("drop an actor on a side", "CM2002", DropSideActor),
        ("swap the bounds of a range", "CM3009", SwapBounds),
        ("latitude out of range", "CM3001", (d, r) => ChangeSite(d, r, s => s with { Coordinates = new Coordinates(90.5 + r.Next(1000), 0) })),
        ("longitude out of range", "CM3002", (d, r) => ChangeSite(d, r, s => s with { Coordinates = new Coordinates(0, -180.5 - r.Next(1000)) })),
        ("duplicate an actor id", "CM2001", (d, r) => d with { Actors = d.Actors.SetItem(1 + r.Next(d.Actors.Count - 1), d.Actors[1] with { Id = d.Actors[0].Id }) }),
        ("estimate cites an unknown statement", "CM2004", (d, r) => ChangeFigure(d, r, f => f with { Estimates = [Estimate.Of(new StatementId("missing"), Quantity.Exactly(1))] })),
        ("country not in ISO 3166-1", "CM3004", (d, r) => d with { Actors = d.Actors.SetItem(r.Next(d.Actors.Count), d.Actors[0] with { CountryCode = "XX" }) }),
        ("unknown time zone", "CM3005", (d, r) => ChangeEngagement(d, r, e => e with { Time = e.Time.InZone("Mars/Olympus_Mons") })),
        ("actor on both sides", "CM2008", (d, r) => ChangeEngagement(d, r, e => e with { Sides = [e.Sides[0], e.Sides[1] with { ActorIds = e.Sides[1].ActorIds.Add(e.Sides[0].ActorIds[0]) }] })),
        ("actor its own parent", "CM2009", (d, r) => d with { Actors = d.Actors.SetItem(0, d.Actors[0] with { ParentId = d.Actors[0].Id }) }),
        ("negative count", "CM3008", (d, r) => ChangeFigure(d, r, f => f with { Estimates = f.Estimates.SetItem(0, f.Estimates[0] with { Quantity = new Quantity { Form = QuantityForm.Exact, Value = -1 - r.Next(100) } }) })),
        ("speaker relays itself", "CM2010", (d, r) => ChangeEngagement(d, r, e => e with { Statements = e.Statements.SetItem(0, e.Statements[0] with { Via = [e.Statements[0].SourceId] }) })),
    ];

    [Fact]
    public void Validate_GeneratedDocuments_HaveNoErrorsAndOnlyExpectedWarnings()
    {
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[1, 8]).Sample((seed, engagements) =>
        {
            var report = Validator.Validate(DocumentGenerator.Generate(seed, engagements));

            report.AtLeast(ValidationSeverity.Warning).Where(p => !WarningsGeneratedDocumentsMayHave.Contains(p.Code))
                .Should().BeEmpty($"seed {seed} with {engagements} engagement(s) is valid; the report was:\n{report}");
        }, iter: 300);
    }

    [Fact]
    public void Validate_GeneratedDocumentWithOneMutation_ReportsTheMutationsCode()
    {
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[1, 5], Gen.Int[0, Mutations.Length - 1]).Sample((seed, engagements, m) =>
        {
            var (name, code, mutate) = Mutations[m];
            var document = mutate(DocumentGenerator.Generate(seed, engagements), new Random(seed));

            var report = Validator.Validate(document);

            report.Problems.Should().Contain(p => p.Code == code && p.Severity == ValidationSeverity.Error,
                $"'{name}' on seed {seed} with {engagements} engagement(s) must be reported as {code}; the report was:\n{report}");
        }, iter: 400);
    }

    private static DatasetDocument ChangeEngagement(DatasetDocument d, Random r, Func<Engagement, Engagement> change)
    {
        var i = r.Next(d.Engagements.Count);
        return d with { Engagements = d.Engagements.SetItem(i, change(d.Engagements[i])) };
    }

    private static DatasetDocument ChangeSite(DatasetDocument d, Random r, Func<Site, Site> change) => ChangeEngagement(d, r, e => e with
    {
        Sites = e.Sites.IsEmpty
            ? [change(new Site { Id = new SiteId(e.Id.Value + "-added-site"), Name = "Added", Role = SiteRole.Setting, Kind = SiteKind.Settlement, Precision = SpatialPrecision.ExactLocation })]
            : e.Sites.SetItem(0, change(e.Sites[0])),
    });

    private static DatasetDocument ChangeFigure(DatasetDocument d, Random r, Func<DisputedFigure, DisputedFigure> change) => ChangeEngagement(d, r, e => e with
    {
        Figures = e.Figures.IsEmpty
            ? [change(new DisputedFigure { Id = new FigureId(e.Id.Value + "-added-figure"), Measure = Measure.Killed, Subject = FigureSubject.Unknown, Estimates = [Estimate.Of(e.Statements[0].Id, Quantity.Exactly(1))] })]
            : e.Figures.SetItem(0, change(e.Figures[0])),
    });

    private static DatasetDocument DropSideActor(DatasetDocument d, Random r)
    {
        var engagement = d.Engagements[r.Next(d.Engagements.Count)];
        var actor = engagement.Sides[r.Next(2)].ActorIds[0];
        return d with { Actors = [.. d.Actors.Where(a => a.Id != actor)] };
    }

    private static DatasetDocument SwapBounds(DatasetDocument d, Random r) =>
        ChangeFigure(d, r, f => f with { Estimates = f.Estimates.SetItem(0, f.Estimates[0] with { Quantity = new Quantity { Form = QuantityForm.Range, Low = 50 + r.Next(100), High = r.Next(50) } }) });
}
