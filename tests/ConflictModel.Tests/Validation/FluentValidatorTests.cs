using System;
using System.Linq;
using ConflictModel.Figures;
using ConflictModel.Validation;
using FluentValidation;
using FluentValidation.Results;
using Timbuktu2025;

namespace ConflictModel.Tests.Validation;

public class FluentValidatorTests
{
    private static readonly IValidator<DatasetDocument> Fluent = DatasetValidator.Default.AsFluentValidator();

    public static TheoryData<string> RuleCaseNames => new(RuleCases.All.Keys);

    [Theory]
    [MemberData(nameof(RuleCaseNames))]
    public void EveryRuleCase_GivesTheSameProblemsAsTheReport(string name)
    {
        var document = RuleCases.All[name].Document;

        var report = DatasetValidator.Default.Validate(document);
        var result = Fluent.Validate(document);

        result.Errors.Select(f => (f.ErrorCode, Severity: f.Severity.ToString(), f.ErrorMessage))
            .Should().Equal(report.Problems.Select(p => (p.Code, Severity: p.Severity.ToString(), p.Message)));
        result.IsValid.Should().Be(report.Problems.Count == 0);
    }

    [Fact]
    public void ARangeWithLowAboveHigh_FailsWithItsCodeAndCSharpPropertyChain()
    {
        var document = Documents.WithQuantity(new Quantity { Form = QuantityForm.Range, Low = 60, High = 30 });

        var failure = Fluent.Validate(document).Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be("CM3009");
        failure.Severity.Should().Be(Severity.Error);
        failure.PropertyName.Should().Be("Engagements[0].Figures[0].Estimates[0].Quantity.Low");
    }

    [Fact]
    public void TheDocumentedSnippet_CompilesAndReadsTheFailures()
    {
        var document = Documents.WithQuantity(new Quantity { Form = QuantityForm.Range, Low = 60, High = 30 });

        // FLUENT:begin
        IValidator<DatasetDocument> validator = DatasetValidator.Default.AsFluentValidator();
        ValidationResult result = validator.Validate(document);   // FluentValidation.Results
        foreach (var failure in result.Errors)
        {
            // failure.ErrorCode is the code below (CM3009), failure.Severity the severity;
            // failure.PropertyName is the C# chain "Engagements[0].Figures[0].Estimates[0].Quantity.Low".
            Console.WriteLine($"{failure.ErrorCode} {failure.Severity} {failure.PropertyName}: {failure.ErrorMessage}");
        }
        // FLUENT:end

        result.Errors.Select(f => f.ErrorCode + " " + f.PropertyName).Should().Equal("CM3009 Engagements[0].Figures[0].Estimates[0].Quantity.Low");
        ReadmeExampleTests.AssertDocumentContains("docs/validation-rules.md", "FluentValidatorTests.cs", "FLUENT");
    }

    [Fact]
    public void ValidateAndThrow_ThrowsFluentValidationsExceptionNamingTheCode()
    {
        var document = Documents.WithQuantity(new Quantity { Form = QuantityForm.Range, Low = 60, High = 30 });

        var act = () => Fluent.ValidateAndThrow(document);

        act.Should().Throw<ValidationException>().Which.Errors.Should().ContainSingle(f => f.ErrorCode == "CM3009");
    }

    [Fact]
    public void TheTimbuktuDocument_HasNoErrors()
    {
        var result = Fluent.Validate(TimbuktuAttack.Build());

        result.Errors.Where(f => f.Severity == Severity.Error).Should().BeEmpty();
        result.Errors.Should().HaveCount(DatasetValidator.Default.Validate(TimbuktuAttack.Build()).Problems.Count);
    }

    [Fact]
    public void ANullDocument_IsOneCM1001Failure_NotAnException()
    {
        var result = Fluent.Validate((DatasetDocument)null!);

        result.Errors.Should().ContainSingle().Which.ErrorCode.Should().Be("CM1001");
    }

    [Fact]
    public void TheNonGenericEntryPoint_RunsTheSameRules_AndRefusesOtherTypes()
    {
        var document = Documents.WithQuantity(new Quantity { Form = QuantityForm.Range, Low = 60, High = 30 });
        IValidator untyped = Fluent;

        untyped.Validate(new ValidationContext<DatasetDocument>(document)).Errors.Select(f => f.ErrorCode).Should().Equal("CM3009");
        untyped.CanValidateInstancesOfType(typeof(DatasetDocument)).Should().BeTrue();
        untyped.CanValidateInstancesOfType(typeof(string)).Should().BeFalse();
        var act = () => untyped.Validate(new ValidationContext<string>("not a document"));
        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public async System.Threading.Tasks.Task ValidateAsync_GivesTheSameResult()
    {
        var document = Documents.WithQuantity(new Quantity { Form = QuantityForm.Range, Low = 60, High = 30 });

        var result = await Fluent.ValidateAsync(document);

        result.Errors.Select(f => f.ErrorCode).Should().Equal("CM3009");
    }
}
