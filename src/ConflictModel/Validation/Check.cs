using System;
using System.Globalization;
using ConflictModel.Collections;
using FluentValidation;
using FluentValidation.Results;

namespace ConflictModel.Validation;

/// <summary>
/// The checks many validators share, and the one place failures are created (code, severity, message,
/// attempted value). Every check reports at a <see cref="Here{T}"/>: the FluentValidation context that
/// runs plus the path below its item, so paths follow the validator composition and are built only for a
/// problem.
/// </summary>
internal static class Check
{
    /// <summary>The most characters of a name, term, alias and other short text.</summary>
    public const int ShortText = ModelLimits.ShortText;

    /// <summary>The most characters of a description, summary, quote, note and other long text.</summary>
    public const int LongText = ModelLimits.LongText;

    /// <summary>The most characters of a URL.</summary>
    public const int UrlLength = 2_048;

    /// <summary>The most characters of an id.</summary>
    public const int IdLength = ModelLimits.IdLength;

    public static void Report<T>(ValidationContext<T> context, ValidationRule rule, string path, string message, object? value) =>
        context.AddFailure(new ValidationFailure(path, message, value)
        {
            ErrorCode = rule.Code,
            Severity = rule.Severity switch
            {
                ValidationSeverity.Error => Severity.Error,
                ValidationSeverity.Warning => Severity.Warning,
                _ => Severity.Info,
            },
        });

    /// <summary>Reports at <paramref name="relative"/>, a path below the item the running validator checks.</summary>
    public static void ReportBelow<T>(ValidationContext<T> context, ValidationRule rule, string relative, string message, object? value) =>
        Report(context, rule, context.PropertyChain.BuildPropertyPath(relative), message, value);

    public static string Text(object? value) => value switch
    {
        null => "null",
        string s => "'" + s + "'",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Gets the path of <paramref name="member"/> below the item the running validator checks (the item itself for null).</summary>
    public static string At<T>(Here<T> at, string? member) => at.PathOf(member);

    public static string Item(string member, int index) => member + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    public static void Required<T>(Here<T> at, string member, object? value)
    {
        if (value is null)
        {
            var path = at.PathOf(member);
            Report(at.Context, Rules.RequiredMissing, path, $"{JsonPath.Describe(path)} is required.", null);
        }
    }

    public static void RequiredText<T>(Here<T> at, string member, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > max)
        {
            RequiredTextAt(at, at.PathOf(member), value, max);
        }
    }

    public static void OptionalText<T>(Here<T> at, string member, string? value, int max)
    {
        if (value is null || (value.Length <= max && !string.IsNullOrWhiteSpace(value)))
        {
            return;
        }

        var path = at.PathOf(member);
        if (string.IsNullOrWhiteSpace(value))
        {
            Report(at.Context, Rules.BlankOptionalText, path, $"{JsonPath.Describe(path)} is blank; omit it (null) when there is nothing to say.", value);
        }
        else
        {
            Length(at, path, value, max);
        }
    }

    public static void TextList<T>(Here<T> at, string member, EquatableArray<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (string.IsNullOrWhiteSpace(value) || value.Length > ShortText)
            {
                RequiredTextAt(at, at.PathOf(Item(member, i)), value, ShortText);
            }
        }
    }

    public static void Id<T>(Here<T> at, string member, string? value, string kind)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            var path = at.PathOf(member);
            Report(at.Context, Rules.IdMissing, path, $"The {kind} has no id; {JsonPath.Describe(path)} must not be blank.", value);
        }
        else if (!ModelLimits.IsWellFormedId(value))
        {
            Report(at.Context, Rules.IdMalformed, at.PathOf(member),
                $"The {kind} id '{Shorten(value)}' is malformed: ids are 1 to {IdLength} characters of ASCII letters, digits, '-', '_', '.' and ':'.", value);
        }
    }

    public static void Defined<T, TEnum>(Here<T> at, string member, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            ReportUndefined(at, at.PathOf(member), value);
        }
    }

    public static void AllDefined<T, TEnum>(Here<T> at, string member, EquatableArray<TEnum> values)
        where TEnum : struct, Enum
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!Enum.IsDefined(values[i]))
            {
                ReportUndefined(at, at.PathOf(Item(member, i)), values[i]);
            }
        }
    }

    public static void NoNullElements<T, TItem>(Here<T> at, string member, EquatableArray<TItem> values)
        where TItem : class
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is null)
            {
                var path = at.PathOf(Item(member, i));
                Report(at.Context, Rules.NullElement, path, $"{JsonPath.Describe(path)} is null; expected an object ({typeof(TItem).Name}).", null);
            }
        }
    }

    public static void Url<T>(Here<T> at, string member, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > UrlLength)
        {
            Length(at, at.PathOf(member), value, UrlLength);
        }
        else if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            var path = at.PathOf(member);
            Report(at.Context, Rules.UrlMalformed, path, $"{JsonPath.Describe(path)} is '{Shorten(value)}', which is not an absolute http or https URL.", value);
        }
    }

    public static void Country<T>(Here<T> at, string member, string? value)
    {
        if (value is not null && !CountryCodes.IsAssigned(value))
        {
            var path = at.PathOf(member);
            var hint = value.Length == 2 && CountryCodes.IsAssigned(value.ToUpperInvariant())
                ? $" Write it in upper case: '{value.ToUpperInvariant()}'."
                : value.Length == 3 ? " Alpha-3 codes are not accepted; use the two-letter code." : string.Empty;
            Report(at.Context, Rules.CountryCodeUnknown, path,
                $"{JsonPath.Describe(path)} is '{Shorten(value)}', which is not an assigned ISO 3166-1 alpha-2 code.{hint}", value);
        }
    }

    // Overloads for a validator's own members (type inference does not see the conversion to Here<T>).
    public static string At<T>(ValidationContext<T> context, string? member) => At(new Here<T>(context, null), member);

    public static void Required<T>(ValidationContext<T> context, string member, object? value) => Required(new Here<T>(context, null), member, value);

    public static void RequiredText<T>(ValidationContext<T> context, string member, string? value, int max) => RequiredText(new Here<T>(context, null), member, value, max);

    public static void OptionalText<T>(ValidationContext<T> context, string member, string? value, int max) => OptionalText(new Here<T>(context, null), member, value, max);

    public static void TextList<T>(ValidationContext<T> context, string member, EquatableArray<string> values) => TextList(new Here<T>(context, null), member, values);

    public static void Id<T>(ValidationContext<T> context, string member, string? value, string kind) => Id(new Here<T>(context, null), member, value, kind);

    public static void Defined<T, TEnum>(ValidationContext<T> context, string member, TEnum value)
        where TEnum : struct, Enum => Defined(new Here<T>(context, null), member, value);

    public static void AllDefined<T, TEnum>(ValidationContext<T> context, string member, EquatableArray<TEnum> values)
        where TEnum : struct, Enum => AllDefined(new Here<T>(context, null), member, values);

    public static void NoNullElements<T, TItem>(ValidationContext<T> context, string member, EquatableArray<TItem> values)
        where TItem : class => NoNullElements(new Here<T>(context, null), member, values);

    public static void Url<T>(ValidationContext<T> context, string member, string? value) => Url(new Here<T>(context, null), member, value);

    public static void Country<T>(ValidationContext<T> context, string member, string? value) => Country(new Here<T>(context, null), member, value);

    public static string Shorten(string value) => value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 77), "...");

    private static void RequiredTextAt<T>(Here<T> at, string path, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Report(at.Context, Rules.RequiredMissing, path, $"{JsonPath.Describe(path)} is required and must not be blank.", value);
        }
        else
        {
            Length(at, path, value, max);
        }
    }

    private static void Length<T>(Here<T> at, string path, string value, int max)
    {
        if (value.Length > max)
        {
            Report(at.Context, Rules.TextTooLong, path,
                string.Create(CultureInfo.InvariantCulture, $"{JsonPath.Describe(path)} has {value.Length} characters; the most allowed is {max}."), Shorten(value));
        }
    }

    private static void ReportUndefined<T, TEnum>(Here<T> at, string path, TEnum value)
        where TEnum : struct, Enum =>
        Report(at.Context, Rules.EnumUndefined, path,
            $"{JsonPath.Describe(path)} is {Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)}, which is not a {typeof(TEnum).Name}; expected one of {string.Join(", ", Enum.GetNames<TEnum>())}.",
            value);
}
