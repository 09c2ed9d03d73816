using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>
/// What the validators of one run share: the document index, and whether the whole document is being
/// validated (document-wide checks) or one engagement with its context. Carried in FluentValidation's
/// root context data, so the validators themselves stay stateless and thread-safe.
/// </summary>
internal sealed class ValidationScope
{
    private const string Key = "ConflictModel.Validation.Scope";

    public ValidationScope(DocumentIndex index, bool singleEngagement)
    {
        Index = index;
        SingleEngagement = singleEngagement;
    }

    public DocumentIndex Index { get; }

    /// <summary>Gets a value indicating whether one engagement is validated on its own, so that its ids are checked for uniqueness locally.</summary>
    public bool SingleEngagement { get; }

    public static ValidationScope? Of(IValidationContext context) =>
        context.RootContextData.TryGetValue(Key, out var value) ? value as ValidationScope : null;

    public void AttachTo(IValidationContext context) => context.RootContextData[Key] = this;
}
