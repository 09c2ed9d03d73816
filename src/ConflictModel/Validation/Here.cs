using FluentValidation;

namespace ConflictModel.Validation;

/// <summary>
/// Where a check reports: the FluentValidation context of the validator that runs, plus an optional path
/// below its item (<c>Estimates[1].Quantity</c>) for the small types a parent validator checks inline.
/// </summary>
/// <remarks>
/// Small, numerous types (times, quantities, subjects, coordinates, administrative paths, external ids)
/// are checked by their validators' static <c>Check</c> methods from the parent's rule, without a
/// FluentValidation child context per object: that machinery costs about a microsecond per object,
/// which dominated validation time. Paths are built only when a problem is reported.
/// </remarks>
internal readonly struct Here<T>
{
    public Here(ValidationContext<T> context, string? prefix)
    {
        Context = context;
        Prefix = prefix;
    }

    public ValidationContext<T> Context { get; }

    public string? Prefix { get; }

    public static implicit operator Here<T>(ValidationContext<T> context) => new(context, null);

    /// <summary>Gets the location of a member below this one.</summary>
    public Here<T> Below(string member) => new(Context, Prefix is null ? member : Prefix + "." + member);

    /// <summary>Gets the full property path of <paramref name="member"/> (of this location itself when null).</summary>
    public string PathOf(string? member)
    {
        var relative = string.IsNullOrEmpty(member) ? Prefix : Prefix is null ? member : Prefix + "." + member;
        return string.IsNullOrEmpty(relative) ? Context.PropertyChain.ToString() : Context.PropertyChain.BuildPropertyPath(relative);
    }
}
