using System.Linq;
using ConflictModel.Sources;
using ConflictModel.Time;
using ConflictModel.Validation;

namespace ConflictModel.Tests.Validation;

/// <summary>Revisions and grades of statements (issue 19): what validation accepts, and the exact problems it reports.</summary>
public class RevisionValidationTests
{
    private static readonly StatementId First = new("afp-toll");

    private static SourcedStatement Update(string id, params string[] supersedes) => new()
    {
        Id = new StatementId(id), SourceId = new SourceId("afp"), Stance = StatementStance.Report, Summary = "An updated toll.",
        ReportedAt = TemporalExtent.OnDay(2025, 6, 4), Supersedes = supersedes.Select(s => new StatementId(s)).ToArray(),
    };

    private static ValidationReport Validate(params SourcedStatement[] later) =>
        DatasetValidator.Default.Validate(Documents.WithEngagement(e => e with { Statements = e.Statements.AddRange(later) }));

    [Fact]
    public void Validate_ALaterStatementSupersedingAnEarlierOne_IsValid()
    {
        var report = Validate(Update("afp-update", "afp-toll"), Update("afp-final", "afp-update", "afp-toll"));

        report.Problems.Should().BeEmpty(report.ToString());
    }

    [Fact]
    public void Validate_SupersedingAnUnknownStatement_IsLocatedWithItsMessage()
    {
        var report = Validate(Update("afp-update", "afp-toll", "afp-first"));

        report.Problems.Should().ContainSingle().Which.Should().BeEquivalentTo(new Problem
        {
            Code = "CM2017",
            Severity = ValidationSeverity.Error,
            Path = "engagements[0].statements[1].supersedes[1]",
            Message = "The statement 'afp-update' supersedes 'afp-first', which is not a statement of this engagement.",
            Value = "afp-first",
        });
    }

    [Fact]
    public void Validate_SupersedingTheSameStatementTwice_IsARepeatedReference()
    {
        var report = Validate(Update("afp-update", "afp-toll", "afp-toll"));

        report.Problems.Should().ContainSingle().Which.Should().BeEquivalentTo(new Problem
        {
            Code = "CM2013",
            Severity = ValidationSeverity.Warning,
            Path = "engagements[0].statements[1].supersedes[1]",
            Message = "The statement 'afp-update' supersedes 'afp-toll' more than once.",
            Value = "afp-toll",
        });
    }

    [Fact]
    public void Validate_AStatementSupersedingItself_IsALoopOfOne()
    {
        var report = DatasetValidator.Default.Validate(Documents.WithStatement(s => s with { Supersedes = [First] }));

        report.Problems.Should().ContainSingle().Which.Should().BeEquivalentTo(new Problem
        {
            Code = "CM2018",
            Severity = ValidationSeverity.Error,
            Path = "engagements[0].statements[0].supersedes[0]",
            Message = "The statement 'afp-toll' supersedes itself through 'supersedes': 'afp-toll' -> 'afp-toll'; only a later statement names an earlier one.",
            Value = "afp-toll",
        });
    }

    [Fact]
    public void Validate_ALoopOfThreeRevisions_IsReportedOnceAtItsFirstStatement()
    {
        var report = DatasetValidator.Default.Validate(Documents.WithEngagement(e => e with
        {
            Statements =
            [
                e.Statements[0] with { Supersedes = [new StatementId("afp-final")] },
                Update("afp-update", "afp-toll"),
                Update("afp-final", "afp-update"),
            ],
        }));

        report.Problems.Should().ContainSingle().Which.Should().BeEquivalentTo(new Problem
        {
            Code = "CM2018",
            Severity = ValidationSeverity.Error,
            Path = "engagements[0].statements[0].supersedes[0]",
            Message = "The statement 'afp-toll' supersedes itself through 'supersedes': 'afp-toll' -> 'afp-final' -> 'afp-update' -> 'afp-toll'; only a later statement names an earlier one.",
            Value = "afp-final",
        });
    }

    [Fact]
    public void Validate_UndefinedGrades_OnASourceAndOnAStatement_AreLocatedWithTheirMessages()
    {
        var document = Documents.WithStatement(s => s with { Credibility = (Credibility)0 });
        document = document with { Sources = document.Sources.SetItem(0, document.Sources[0] with { Credibility = (Credibility)9 }) };

        var report = DatasetValidator.Default.Validate(document);

        report.Problems.Select(p => (p.Code, p.Path, p.Message)).Should().Equal(
            ("CM1007", "sources[0].credibility", "'sources[0].credibility' is 9, which is not a Credibility; expected one of Discounted, Contested, Weak, Fair, Confirmed."),
            ("CM1007", "engagements[0].statements[0].credibility", "'engagements[0].statements[0].credibility' is 0, which is not a Credibility; expected one of Discounted, Contested, Weak, Fair, Confirmed."));
    }
}
