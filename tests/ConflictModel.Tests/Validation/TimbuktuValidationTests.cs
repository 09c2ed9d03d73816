using ConflictModel.Validation;
using Timbuktu2025;

namespace ConflictModel.Tests.Validation;

public class TimbuktuValidationTests
{
    [Fact]
    public void Validate_TimbuktuDocument_HasNoErrorsAndNoWarnings()
    {
        var report = DatasetValidator.Default.Validate(TimbuktuAttack.Build());

        report.AtLeast(ValidationSeverity.Warning).Should().BeEmpty(report.ToString());
    }

    [Fact]
    public void ValidateEngagement_TimbuktuAttackInItsDocument_HasNoErrorsAndNoWarnings()
    {
        var document = TimbuktuAttack.Build();
        var index = new DocumentIndex(document);

        foreach (var engagement in document.Engagements)
        {
            var report = DatasetValidator.Default.ValidateEngagement(engagement, index);
            report.AtLeast(ValidationSeverity.Warning).Should().BeEmpty(report.ToString());
        }
    }
}
