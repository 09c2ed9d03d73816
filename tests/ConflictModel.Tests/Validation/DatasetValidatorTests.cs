using ConflictModel.Validation;

namespace ConflictModel.Tests.Validation;

public partial class DatasetValidatorTests
{
    private static readonly DatasetValidator Validator = DatasetValidator.Default;

    [Fact]
    public void Validate_MinimalDocument_HasNoProblem()
    {
        var report = Validator.Validate(Documents.Minimal);

        report.Problems.Should().BeEmpty(report.ToString());
        report.IsValid.Should().BeTrue();
        report.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void Validate_NullDocument_ReportsRequiredMissingAtRoot()
    {
        var report = Validator.Validate(null);

        report.Problems.Should().ContainSingle();
        var problem = report.Problems[0];
        problem.Code.Should().Be("CM1001");
        problem.Severity.Should().Be(ValidationSeverity.Error);
        problem.Path.Should().BeEmpty();
        report.ErrorCount.Should().Be(1);
    }
}
