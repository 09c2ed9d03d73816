using System.Globalization;
using System.Text;

namespace ConflictModel.Validation;

/// <summary>
/// One problem, wherever it was found: by the validator in a document, by the JSON or JSON Lines reader in
/// a file, by a CSV importer in a row, by an exporter in what a format cannot hold, or by the tool. It says
/// which rule or check it is (a stable code listed in the problem catalogue), how serious it is, what is
/// wrong and what was expected, where it is, and the offending value.
/// </summary>
/// <remarks>
/// <para>
/// The location is in properties, each set where it applies and <see langword="null"/> otherwise: the
/// <see cref="File"/> as the caller named it, the one-based <see cref="Line"/> and <see cref="Column"/> in it,
/// the CSV <see cref="ColumnName"/>, and the JSON <see cref="Path"/> in the document. Nothing has to be parsed
/// back out of <see cref="Message"/>, which never repeats the location.
/// </para>
/// <para>
/// <see cref="Path"/> uses the JSON names and indices of the serialized document:
/// <c>engagements[0].figures[2].estimates[1].quantity.low</c>. An empty path means the document itself (or the
/// engagement, when one engagement is validated on its own).
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Problem
{
    /// <summary>
    /// Gets the stable code of the rule or check, such as <c>CM2002</c>, <c>csv.not-an-integer</c> or
    /// <c>json.invalid-document</c>; every code is in the problem catalogue with its meaning and fix.
    /// </summary>
    public required string Code { get; init; }

    /// <summary>Gets how serious the problem is.</summary>
    public required ValidationSeverity Severity { get; init; }

    /// <summary>Gets a message in English that names the item, gives the value and says what was expected, without the location.</summary>
    public required string Message { get; init; }

    /// <summary>Gets the offending value as text (invariant culture), or <see langword="null"/> when it was null or there is none.</summary>
    public string? Value { get; init; }

    /// <summary>
    /// Gets the JSON path of the offending member in the document, such as <c>actors[3].parentId</c> (empty
    /// for the document itself), or <see langword="null"/> when the problem is not about a member of a document
    /// (a CSV row, a whole file).
    /// </summary>
    public string? Path { get; init; }

    /// <summary>Gets the file (or other input) as the caller named it, or <see langword="null"/> when none was named.</summary>
    public string? File { get; init; }

    /// <summary>
    /// Gets the one-based line in <see cref="File"/>: the line a CSV row starts on (line 1 is the header), the
    /// line of a JSON Lines document, or the line of the offending token of a JSON document; <see langword="null"/>
    /// when the problem has no line (a document validated in memory).
    /// </summary>
    public long? Line { get; init; }

    /// <summary>Gets the one-based position in <see cref="Line"/> (in UTF-8 bytes for JSON), or <see langword="null"/> when not known.</summary>
    public long? Column { get; init; }

    /// <summary>Gets the CSV column's name as the file spells it, or <see langword="null"/> when the problem is not about one column.</summary>
    public string? ColumnName { get; init; }

    /// <summary>
    /// Returns the problem in the form compilers use:
    /// <c>file:line:column: severity code: column 'c', value 'v', at path: message</c>, each part present only
    /// when known.
    /// </summary>
    /// <returns>A one-line text form for logs and consoles.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (File is not null || Line is not null)
        {
            text.Append(File ?? "(input)");
            if (Line is { } line)
            {
                text.Append(':').Append(line.ToString(CultureInfo.InvariantCulture));
                if (Column is { } column)
                {
                    text.Append(':').Append(column.ToString(CultureInfo.InvariantCulture));
                }
            }

            text.Append(": ");
        }

        text.Append(Severity switch { ValidationSeverity.Error => "error", ValidationSeverity.Warning => "warning", _ => "info" })
            .Append(' ').Append(Code).Append(": ");
        var where = new StringBuilder();
        if (ColumnName is not null)
        {
            where.Append("column '").Append(ColumnName).Append("', ");
        }

        if (Value is not null)
        {
            where.Append("value '").Append(Value).Append("', ");
        }

        if (Path is not null)
        {
            where.Append("at ").Append(Path.Length == 0 ? "(root)" : Path).Append(", ");
        }

        if (where.Length > 0)
        {
            text.Append(where, 0, where.Length - 2).Append(": ");
        }

        return text.Append(Message).ToString();
    }
}
