using System.Linq;
using ConflictModel.Validation;

namespace ConflictModel.Tests.Validation;

public partial class DatasetValidatorTests
{
    public static TheoryData<string> RuleCaseNames => new(RuleCases.All.Keys);

    [Theory]
    [MemberData(nameof(RuleCaseNames))]
    public void Validate_DocumentBreakingOneRule_ReportsItsCodeSeverityAndPath(string name)
    {
        var rule = RuleCases.All[name];

        var report = Validator.Validate(rule.Document);

        report.Problems.Should().Contain(
            p => p.Code == rule.Code && p.Severity == rule.Severity && p.Path == rule.Path,
            $"'{name}' must be reported as {rule.Code} {rule.Severity} at {rule.Path}; the report was:\n{report}");
    }

    [Fact]
    public void RuleCases_CoverEveryRuleOfTheCatalogue()
    {
        var covered = RuleCases.All.Values.Select(c => c.Code).ToHashSet();

        ValidationRules.All.Select(r => r.Code).Where(code => !covered.Contains(code)).Should().BeEmpty();
    }

    [Fact]
    public void Problems_OfEveryRuleCase_HaveTheSeverityTheirRuleDeclares()
    {
        foreach (var rule in RuleCases.All.Values)
        {
            foreach (var problem in Validator.Validate(rule.Document).Problems)
            {
                var declared = ValidationRules.Find(problem.Code);
                declared.Should().NotBeNull($"{problem.Code} is reported for '{rule.Name}'");
                problem.Severity.Should().Be(declared!.Severity, problem.ToString());
                problem.Message.Should().NotBeNullOrWhiteSpace();
            }
        }
    }
}
