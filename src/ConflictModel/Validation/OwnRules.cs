using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Actors;
using ConflictModel.Engagements;
using ConflictModel.Sources;
using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>A user's own FluentValidation validators, sorted by the type they validate and checked once when the <see cref="DatasetValidator"/> is built.</summary>
internal sealed class OwnRules
{
    private OwnRules()
    {
    }

    public IValidator<DatasetDocument>? Document { get; private init; }

    public IValidator<Engagement>? Engagement { get; private init; }

    public IValidator<Source>? Sources { get; private init; }

    public IValidator<Actor>? Actors { get; private init; }

    /// <summary>Sorts and checks <paramref name="validators"/>; throws naming every validator or rule that cannot be used.</summary>
    public static OwnRules? From(IReadOnlyList<IValidator> validators)
    {
        if (validators.Count == 0)
        {
            return null;
        }

        var problems = new List<string>();
        var documents = new List<IValidator<DatasetDocument>>();
        var engagements = new List<IValidator<Engagement>>();
        var sources = new List<IValidator<Source>>();
        var actors = new List<IValidator<Actor>>();
        for (var i = 0; i < validators.Count; i++)
        {
            var validator = validators[i];
            switch (validator)
            {
                case null:
                    problems.Add($"validator {i} is null");
                    continue;
                case IValidator<DatasetDocument> d: documents.Add(d); break;
                case IValidator<Engagement> e: engagements.Add(e); break;
                case IValidator<Source> s: sources.Add(s); break;
                case IValidator<Actor> a: actors.Add(a); break;
                default:
                    problems.Add($"{validator.GetType().Name} does not validate a DatasetDocument, Engagement, Source or Actor (check figures and statements from an Engagement validator, with RuleForEach(e => e.Figures))");
                    continue;
            }

            CheckCodes(validator, problems);
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"The validation rules cannot be added: {string.Join("; ", problems)}.", nameof(validators));
        }

        return new OwnRules
        {
            Document = Combine(documents),
            Engagement = Combine(engagements),
            Sources = Combine(sources),
            Actors = Combine(actors),
        };
    }

    /// <summary>Every rule of the validator (when it is one FluentValidation can list) has its own code, which is not one of the library's.</summary>
    private static void CheckCodes(IValidator validator, List<string> problems)
    {
        if (validator is not IEnumerable<IValidationRule> rules)
        {
            return;
        }

        foreach (var rule in rules)
        {
            var property = string.IsNullOrEmpty(rule.PropertyName) ? "the object itself" : $"'{rule.PropertyName}'";
            foreach (var component in rule.Components)
            {
                // Custom(...) rules (predicate validators to FluentValidation, like Must) set their codes on each
                // failure they add; a predicate cannot be told from a Custom rule here, so neither is checked.
                if (component.Validator.Name == "PredicateValidator")
                {
                    continue;
                }

                if (string.IsNullOrWhiteSpace(component.ErrorCode))
                {
                    problems.Add($"the {component.Validator.Name} rule on {property} of {validator.GetType().Name} has no error code (add .WithErrorCode(\"YOUR-CODE\"))");
                }
                else if (IsLibraryCode(component.ErrorCode))
                {
                    problems.Add($"the {component.Validator.Name} rule on {property} of {validator.GetType().Name} uses the code {component.ErrorCode}, which is the library's (codes CM followed by digits are reserved)");
                }
            }
        }
    }

    /// <summary>Whether <paramref name="code"/> has the form of the library's codes (CM and four digits), reserved for its own rules.</summary>
    public static bool IsLibraryCode(string? code) =>
        code is { Length: 6 } && code.StartsWith("CM", StringComparison.Ordinal) && code.Skip(2).All(char.IsAsciiDigit);

    private static IValidator<T>? Combine<T>(List<IValidator<T>> validators) => validators.Count switch
    {
        0 => null,
        1 => validators[0],
        _ => new Combined<T>(validators),
    };

    private sealed class Combined<T> : AbstractValidator<T>
    {
        public Combined(List<IValidator<T>> validators)
        {
            foreach (var validator in validators)
            {
                Include(validator);
            }
        }
    }
}
