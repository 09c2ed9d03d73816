namespace ConflictModel.Cli.Validate;

/// <summary>One line of the report: a validation problem, or a file or document that could not be read.</summary>
/// <param name="Line">The one-based line in the file the problem is on (for JSON Lines, the document's line).</param>
/// <param name="Path">The JSON path in the document, as validation writes it (<c>engagements[0].figures[2]</c>); <c>$</c> for the whole document.</param>
/// <param name="Code">The rule's code (<c>CM1001</c>...), <c>unparsable</c> or <c>unreadable</c>.</param>
/// <param name="Severity"><c>error</c>, <c>warning</c> or <c>info</c>.</param>
/// <param name="Message">What is wrong, in words.</param>
/// <param name="AttemptedValue">The offending value as text, when there is one.</param>
internal readonly record struct FileProblem(long Line, string Path, string Code, string Severity, string Message, string? AttemptedValue);
