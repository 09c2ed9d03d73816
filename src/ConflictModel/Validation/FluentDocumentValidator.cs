using System;
using System.Threading;
using System.Threading.Tasks;
using FluentValidation;
using FluentValidation.Results;

namespace ConflictModel.Validation;

/// <summary>
/// The document validator as a FluentValidation <see cref="IValidator{T}"/>: the same rules as
/// <see cref="DatasetValidator.Validate(DatasetDocument)"/>, with FluentValidation's own result type, for
/// pipelines that take an <see cref="IValidator{T}"/>. Made by <see cref="DatasetValidator.AsFluentValidator"/>.
/// </summary>
internal sealed class FluentDocumentValidator : IValidator<DatasetDocument>
{
    private readonly DatasetDocumentValidator _validator;

    public FluentDocumentValidator(DatasetDocumentValidator validator) => _validator = validator;

    public ValidationResult Validate(DatasetDocument instance) =>
        instance is null ? NullDocument() : Validate(new ValidationContext<DatasetDocument>(instance));

    public Task<ValidationResult> ValidateAsync(DatasetDocument instance, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        return Task.FromResult(Validate(instance));
    }

    public ValidationResult Validate(IValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.InstanceToValidate is null)
        {
            return NullDocument();
        }

        // Throws FluentValidation's own InvalidOperationException when the instance is not a document.
        var typed = ValidationContext<DatasetDocument>.GetFromNonGenericContext(context);
        new ValidationScope(new DocumentIndex(typed.InstanceToValidate), singleEngagement: false).AttachTo(typed);
        return _validator.Validate(typed);
    }

    public Task<ValidationResult> ValidateAsync(IValidationContext context, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        return Task.FromResult(Validate(context));
    }

    public IValidatorDescriptor CreateDescriptor() => _validator.CreateDescriptor();

    public bool CanValidateInstancesOfType(Type type) => typeof(DatasetDocument).IsAssignableFrom(type);

    private static ValidationResult NullDocument() => new(
    [
        new ValidationFailure(string.Empty, DatasetValidator.NullDocumentMessage)
        {
            ErrorCode = Rules.RequiredMissing.Code,
            Severity = Severity.Error,
        },
    ]);
}
