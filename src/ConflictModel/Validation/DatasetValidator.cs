using System;
using System.Collections.Generic;
using System.Globalization;
using ConflictModel.Engagements;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Results;

namespace ConflictModel.Validation;

/// <summary>
/// The entry point of validation: checks a whole <see cref="DatasetDocument"/>, or one
/// <see cref="Engagement"/> with the document it belongs to, and reports every problem at once with its
/// JSON path, stable code, severity and offending value.
/// </summary>
/// <remarks>
/// <para>
/// Built from one FluentValidation validator per model type (internal), composed once in the
/// constructor. Three kinds of rule run: structural, referential and semantic; see
/// <see cref="ValidationRules.All"/> and <c>docs/validation-rules.md</c> for every code.
/// </para>
/// <para>
/// The document validator runs the actor, source and engagement validators as FluentValidation child
/// validators; inside an engagement, each item's validator is applied through its static check from the
/// engagement's rule, because a FluentValidation child context per object (about 30 per engagement)
/// cost more than all the rules together. Each validator can still validate its type on its own.
/// </para>
/// <para>
/// Validation never throws, whatever it is given: null documents, null members the model declares
/// required, null elements inside collections and default ids are reported as problems. It builds one
/// <see cref="DocumentIndex"/> per document and passes over each collection a bounded number of times,
/// so its cost grows linearly with the document.
/// </para>
/// </remarks>
/// <threadsafety>Stateless once built; one instance (such as <see cref="Default"/>) can validate many documents from several threads at once.</threadsafety>
public sealed class DatasetValidator
{
    /// <summary>The message of the CM1001 problem reported for a null document, by this validator and its FluentValidation form.</summary>
    internal const string NullDocumentMessage = "The document is null; a dataset document is required.";

    /// <summary>The code of a failure a user's <c>Custom</c> rule added without a code.</summary>
    internal const string UncodedFailure = "UNCODED";

    private readonly DatasetDocumentValidator _document;
    private readonly EngagementValidator _engagement;

    /// <summary>
    /// Builds a validator with every rule of <see cref="ValidationRules.All"/> and, after them, the rules of
    /// <paramref name="rules"/>: your own FluentValidation validators of <see cref="DatasetDocument"/>,
    /// <see cref="Engagement"/>, <see cref="Sources.Source"/> or <see cref="Actors.Actor"/>, whose failures
    /// appear in the same report with their JSON paths, their own codes and severities. With no rules,
    /// prefer sharing <see cref="Default"/>.
    /// </summary>
    /// <param name="rules">The validators to add; each type's are run in order, after the built-in rules on the same item.</param>
    /// <remarks>
    /// <para>
    /// Every rule of an <see cref="AbstractValidator{T}"/> needs a code of its own (<c>.WithErrorCode("NEWS001")</c>),
    /// which must not look like the library's (CM and four digits). <c>Must</c> and <c>Custom</c> rules cannot
    /// be checked when the validator is built: give a <c>Must</c> its code with <c>WithErrorCode</c> (else
    /// FluentValidation's default, <c>PredicateValidator</c>, is reported), and set the code on each failure
    /// a <c>Custom</c> rule adds (a failure without one is reported with the code <c>UNCODED</c>). Set the severity
    /// with <c>.WithSeverity</c> (the default is an error). Engagement rules also run in
    /// <see cref="ValidateEngagement(Engagement, DocumentIndex)"/>; to check figures or statements, use
    /// <c>RuleForEach(e => e.Figures)</c> in an engagement validator. Your rules must not throw.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentException">A validator is null, validates another type, or has a rule without a code or with one of the library's; the message names each.</exception>
    public DatasetValidator(params IValidator[] rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var own = OwnRules.From(rules);
        _engagement = new EngagementValidator(own?.Engagement);
        _document = new DatasetDocumentValidator(new SourceValidator(), new ActorValidator(), _engagement, own);
    }

    /// <summary>
    /// Gets the index of the document being validated, for your own rules that look up what an item
    /// references (an engagement's statements' sources): call it with the context FluentValidation passes
    /// to <c>Must((item, value, context) => ...)</c> or <c>Custom((value, context) => ...)</c>.
    /// </summary>
    /// <param name="context">The context of a validation run by this validator.</param>
    /// <returns>The index of the document (for <see cref="ValidateEngagement(Engagement, DocumentIndex)"/>, the one given).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The context is not one of a run of a <see cref="DatasetValidator"/>.</exception>
    public static DocumentIndex IndexOf(IValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValidationScope.Of(context)?.Index
            ?? throw new InvalidOperationException("The validation context is not one of a DatasetValidator run; DatasetValidator.IndexOf is for rules added to a DatasetValidator.");
    }

    /// <summary>Gets a shared instance, built on first use.</summary>
    public static DatasetValidator Default { get; } = new();

    /// <summary>Validates a whole document: every item, every reference, and the document-wide rules (unique ids, no cycle in actor parents).</summary>
    /// <param name="document">The document; <see langword="null"/> gives a report with one error (CM1001).</param>
    /// <returns>Every problem found; never <see langword="null"/>.</returns>
    public ValidationReport Validate(DatasetDocument? document)
    {
        if (document is null)
        {
            return Missing(NullDocumentMessage);
        }

        var context = new ValidationContext<DatasetDocument>(document);
        new ValidationScope(new DocumentIndex(document), singleEngagement: false).AttachTo(context);
        return ToReport(_document.Validate(context));
    }

    /// <summary>
    /// Gets this validator's document rules as a FluentValidation <see cref="IValidator{T}"/>, for code that
    /// takes one: dependency injection (<c>services.AddSingleton(DatasetValidator.Default.AsFluentValidator())</c>),
    /// ASP.NET Core or MediatR validation, <c>ValidateAndThrow</c>.
    /// </summary>
    /// <returns>A stateless, thread-safe validator that runs the same rules as <see cref="Validate(DatasetDocument)"/>.</returns>
    /// <remarks>
    /// <para>
    /// Results are FluentValidation's: each failure's <see cref="ValidationFailure.ErrorCode"/> is the rule's
    /// code (such as <c>CM3009</c>), <see cref="ValidationFailure.Severity"/> its severity, and
    /// <see cref="ValidationFailure.PropertyName"/> FluentValidation's C# property chain
    /// (<c>Engagements[0].Figures[1].Estimates[0].Quantity.Low</c>) where <see cref="ValidationReport"/>
    /// gives the JSON path (<c>engagements[0].figures[1].estimates[0].quantity.low</c>). Warnings and
    /// information count as failures in FluentValidation's <see cref="ValidationResult.IsValid"/>; filter
    /// on severity to accept a document with warnings.
    /// </para>
    /// <para>
    /// A <see langword="null"/> document gives one CM1001 failure, as <see cref="Validate(DatasetDocument)"/> does;
    /// the validator only validates whole documents (engagements need their document: use
    /// <see cref="ValidateEngagement(Engagement, DocumentIndex)"/>).
    /// </para>
    /// </remarks>
    public IValidator<DatasetDocument> AsFluentValidator() => new FluentDocumentValidator(_document);

    /// <summary>Validates one engagement with the document it belongs to (or will be added to), which supplies the actors, sources and other engagements it references.</summary>
    /// <param name="engagement">The engagement; <see langword="null"/> gives a report with one error (CM1001).</param>
    /// <param name="context">The document the engagement's references resolve in; <see langword="null"/> gives a report with one error (CM1001).</param>
    /// <returns>Every problem found; never <see langword="null"/>.</returns>
    /// <remarks>
    /// Indexes <paramref name="context"/> on every call; to validate many engagements of one document,
    /// build a <see cref="DocumentIndex"/> once and use <see cref="ValidateEngagement(Engagement, DocumentIndex)"/>.
    /// </remarks>
    public ValidationReport ValidateEngagement(Engagement? engagement, DatasetDocument? context) =>
        context is null ? Missing("The context document is null; an engagement is validated against the document that declares its actors and sources.")
            : ValidateEngagement(engagement, new DocumentIndex(context));

    /// <summary>Validates one engagement against an indexed document.</summary>
    /// <param name="engagement">The engagement; <see langword="null"/> gives a report with one error (CM1001).</param>
    /// <param name="context">The index of the document the engagement's references resolve in; <see langword="null"/> gives a report with one error (CM1001).</param>
    /// <returns>Every problem found; never <see langword="null"/>.</returns>
    /// <remarks>
    /// <para>
    /// Paths start with <c>engagements[i]</c> when the engagement is (by reference) the i-th engagement
    /// of the document; otherwise they are relative to the engagement (<c>figures[0].estimates[1]</c>).
    /// </para>
    /// <para>
    /// The engagement's own ids are checked for duplicates among themselves, and its id against the
    /// document's other engagements; the document-wide rules (duplicates across other engagements, actor
    /// parents, sources' affiliations) are checked only by <see cref="Validate(DatasetDocument)"/>.
    /// </para>
    /// </remarks>
    public ValidationReport ValidateEngagement(Engagement? engagement, DocumentIndex? context)
    {
        if (engagement is null)
        {
            return Missing("The engagement is null; an engagement is required.");
        }

        if (context is null)
        {
            return Missing("The context index is null; an engagement is validated against the document that declares its actors and sources.");
        }

        var chain = new PropertyChain();
        var engagements = context.Document.Engagements;
        for (var i = 0; i < engagements.Count; i++)
        {
            if (ReferenceEquals(engagements[i], engagement))
            {
                chain.Add(nameof(DatasetDocument.Engagements));
                chain.AddIndexer(i);
                break;
            }
        }

        var validation = new ValidationContext<Engagement>(engagement, chain, new DefaultValidatorSelector());
        new ValidationScope(context, singleEngagement: true).AttachTo(validation);
        return ToReport(_engagement.Validate(validation));
    }

    private static ValidationReport Missing(string message) => new(
    [
        new Problem { Path = string.Empty, Code = Rules.RequiredMissing.Code, Severity = Rules.RequiredMissing.Severity, Message = message },
    ]);

    private static ValidationReport ToReport(ValidationResult result)
    {
        var problems = new List<Problem>(result.Errors.Count);
        foreach (var failure in result.Errors)
        {
            problems.Add(new Problem
            {
                Path = JsonPath.From(failure.PropertyName),
                Code = string.IsNullOrEmpty(failure.ErrorCode) ? UncodedFailure : failure.ErrorCode,
                Severity = failure.Severity switch
                {
                    Severity.Error => ValidationSeverity.Error,
                    Severity.Warning => ValidationSeverity.Warning,
                    _ => ValidationSeverity.Info,
                },
                Message = failure.ErrorMessage,
                Value = failure.AttemptedValue switch
                {
                    null => null,
                    string s => s,
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    var other => other.ToString(),
                },
            });
        }

        return new ValidationReport(problems);
    }
}
