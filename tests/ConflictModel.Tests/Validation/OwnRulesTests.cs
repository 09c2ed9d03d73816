using System;
using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Sources;
using ConflictModel.Validation;
using FluentValidation;

namespace ConflictModel.Tests.Validation;

/// <summary>Users' own validation rules, on FluentValidation, composed into the document validator's report.</summary>
public class OwnRulesTests
{
    [Fact]
    public void OwnEngagementRule_AppearsInTheSameReport_WithItsCodeSeverityAndPath()
    {
        var document = Documents.WithStatement(s => s with { SourceId = new SourceId("fama-spokesman") });

        // OWNRULES:begin
        var agencies = new InlineValidator<Engagement>();
        agencies.RuleFor(e => e.Statements)
            .Must((engagement, statements, context) => statements.Any(s =>
                DatasetValidator.IndexOf(context).FindSource(s.SourceId)?.Kind == SourceKind.NewsAgency))
            .WithErrorCode("NEWS001")
            .WithSeverity(Severity.Warning)
            .WithMessage(e => $"The engagement '{e.Id}' cites no news agency.");
        var validator = new DatasetValidator(agencies);
        var report = validator.Validate(document);
        // OWNRULES:end

        report.Problems.Should().ContainSingle(p => p.Code == "NEWS001").Which.Should().BeEquivalentTo(new Problem
        {
            Code = "NEWS001",
            Severity = ValidationSeverity.Warning,
            Path = "engagements[0].statements",
            Message = "The engagement 'e1' cites no news agency.",
            Value = report.Problems.Single(p => p.Code == "NEWS001").Value,
        });
        report.Problems.Where(p => p.Code != "NEWS001").Should().Equal(DatasetValidator.Default.Validate(document).Problems, "the built-in problems are unchanged");
        validator.Validate(Documents.Minimal).Problems.Should().BeEmpty("the minimal document cites AFP");
        validator.ValidateEngagement(document.Engagements[0], document).Problems.Should().Contain(p => p.Code == "NEWS001" && p.Path == "engagements[0].statements");
        ReadmeExampleTests.AssertDocumentContains("docs/validation-rules.md", "OwnRulesTests.cs", "OWNRULES");
    }

    [Fact]
    public void OwnRulesOfDocumentsSourcesAndActors_RunOnEachItem_AndInTheFluentForm()
    {
        var sources = new InlineValidator<Source>();
        sources.RuleFor(s => s.Url).NotNull().WithErrorCode("SRC001").WithMessage("Every source needs a URL.");
        var actors = new InlineValidator<Actor>();
        actors.RuleFor(a => a.CountryCode).NotNull().WithErrorCode("ACT001").WithSeverity(Severity.Info);
        var documents = new InlineValidator<DatasetDocument>();
        documents.RuleFor(d => d.Title).NotEmpty().WithErrorCode("DOC001");

        var validator = new DatasetValidator(sources, actors, documents);
        var report = validator.Validate(Documents.Minimal);

        report.Problems.Select(p => (p.Code, p.Severity, p.Path)).Should().Equal(
            ("SRC001", ValidationSeverity.Error, "sources[1].url"),
            ("ACT001", ValidationSeverity.Info, "actors[0].countryCode"),
            ("DOC001", ValidationSeverity.Error, "title"));
        report.Problems[0].Message.Should().Be("Every source needs a URL.");
        validator.AsFluentValidator().Validate(Documents.Minimal).Errors.Select(f => f.ErrorCode).Should().Equal("SRC001", "ACT001", "DOC001");
    }

    [Fact]
    public void CustomRuleWithoutACode_IsReportedAsUncoded()
    {
        var custom = new InlineValidator<Engagement>();
        custom.RuleFor(e => e).Custom((e, context) => context.AddFailure("Name", "a custom failure"));

        var report = new DatasetValidator(custom).Validate(Documents.Minimal);

        report.Problems.Should().ContainSingle().Which.Should().Match<Problem>(p => p.Code == "UNCODED" && p.Path == "engagements[0].name" && p.Message == "a custom failure");
    }

    [Fact]
    public void Build_RulesWithoutCodes_WithTheLibrarysCodes_OrOfAnotherType_AreRefusedNamingEach()
    {
        var uncoded = new InlineValidator<Engagement>();
        uncoded.RuleFor(e => e.Name).NotEmpty();
        var reserved = new InlineValidator<Source>();
        reserved.RuleFor(s => s.Url).NotNull().WithErrorCode("CM3009");
        var other = new InlineValidator<Side>();

        var act = () => new DatasetValidator(uncoded, reserved, other, null!);

        act.Should().Throw<ArgumentException>().WithParameterName("validators").WithMessage(
            "The validation rules cannot be added: the NotEmptyValidator rule on 'Name' of InlineValidator`1 has no error code (add .WithErrorCode(\"YOUR-CODE\")); "
            + "the NotNullValidator rule on 'Url' of InlineValidator`1 uses the code CM3009, which is the library's (codes CM followed by digits are reserved); "
            + "InlineValidator`1 does not validate a DatasetDocument, Engagement, Source or Actor (check figures and statements from an Engagement validator, with RuleForEach(e => e.Figures)); "
            + "validator 3 is null. (Parameter 'validators')");
    }
}
