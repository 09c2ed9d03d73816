using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Engagements;
using ConflictModel.Figures;
using ConflictModel.Sources;
using ConflictModel.Testing;
using ConflictModel.Validation;

namespace ConflictModel.Tests.Validation;

public partial class DatasetValidatorTests
{
    [Fact]
    public void ValidateEngagement_EngagementOfTheDocument_PathsStartWithItsIndex()
    {
        var document = Documents.WithQuantity(Quantity.Between(0, 10) with { Low = 20 });
        var second = Documents.Engagement with { Id = new EngagementId("e2"), Sites = [], Incidents = [], Outcomes = [], Figures = [], Statements = [] };
        document = document with { Engagements = [second, document.Engagements[0]] };

        var report = Validator.ValidateEngagement(document.Engagements[1], document);

        report.Problems.Should().ContainSingle().Which.Should().Match<Problem>(p =>
            p.Code == "CM3009" && p.Path == "engagements[1].figures[0].estimates[0].quantity.low" && p.Value == "20");
    }

    [Fact]
    public void ValidateEngagement_EngagementNotInTheDocument_PathsAreRelativeToIt()
    {
        var engagement = Documents.Engagement with
        {
            Id = new EngagementId("e-new"),
            Figures = [Documents.Engagement.Figures[0] with { Estimates = [Estimate.Of(new StatementId("unknown"), Quantity.Exactly(3))] }],
        };

        var report = Validator.ValidateEngagement(engagement, new DocumentIndex(Documents.Minimal));

        report.Problems.Should().ContainSingle(p => p.Code == "CM2004" && p.Path == "figures[0].estimates[0].statementId");
    }

    [Fact]
    public void ValidateEngagement_DuplicateIdsWithinTheEngagement_AreReported()
    {
        var engagement = Documents.Engagement with { Statements = [Documents.Engagement.Statements[0], Documents.Engagement.Statements[0]] };

        var report = Validator.ValidateEngagement(engagement, Documents.Minimal);

        report.Problems.Should().ContainSingle(p => p.Code == "CM2001" && p.Path == "statements[1].id" && p.Severity == ValidationSeverity.Error);
        report.Problems.Should().ContainSingle(p => p.Code == "CM2001" && p.Path == "id", "the engagement reuses the id 'e1' of the document's engagement");
    }

    [Fact]
    public void ValidateEngagement_EveryEngagementOfAGeneratedDocument_FindsWhatValidateFindsForIt()
    {
        var document = DocumentGenerator.Generate(7, 20);
        var index = new DocumentIndex(document);
        var whole = Validator.Validate(document).Problems.Where(p => p.Path!.StartsWith("engagements[", System.StringComparison.Ordinal)).ToList();

        var separately = Enumerable.Range(0, document.Engagements.Count).SelectMany(i => Validator.ValidateEngagement(document.Engagements[i], index).Problems).ToList();

        separately.Should().BeEquivalentTo(whole, options => options.WithStrictOrdering());
    }

    [Fact]
    public void Validate_FromSeveralThreadsAtOnce_GivesTheSameReports()
    {
        var documents = Enumerable.Range(0, 16).Select(seed => DocumentGenerator.Generate(seed, 10)).ToArray();
        var expected = documents.Select(d => Validator.Validate(d).Problems).ToArray();
        var actual = new EquatableProblems[documents.Length * 8];

        Parallel.For(0, actual.Length, i => actual[i] = new(Validator.Validate(documents[i % documents.Length]).Problems));

        for (var i = 0; i < actual.Length; i++)
        {
            actual[i].Problems.Equals(expected[i % documents.Length]).Should().BeTrue($"run {i} must equal the sequential run");
        }
    }

    private sealed record EquatableProblems(ConflictModel.Collections.EquatableArray<Problem> Problems);
}
