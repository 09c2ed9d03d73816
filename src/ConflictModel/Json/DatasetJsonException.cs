using System;
using System.Text.Json;
using ConflictModel.Validation;

namespace ConflictModel.Json;

/// <summary>
/// The one exception <see cref="DatasetJson"/> throws for input it cannot read (malformed JSON, a value of
/// the wrong type or out of range, an unknown, duplicate or missing member, excessive depth, an unsupported
/// <c>formatVersion</c>...) and for a document it cannot write.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="JsonException.Path"/> is the JSON path of the offending value in System.Text.Json's form
/// (<c>$.engagements[0].figures[2].estimates[1].quantity.low</c>); <see cref="JsonException.LineNumber"/> and
/// <see cref="JsonException.BytePositionInLine"/> are zero-based, as in <see cref="JsonException"/>, and
/// point just past the offending token. The message says what is wrong and what was expected, and ends
/// with the same location.
/// </para>
/// <para>
/// When reading JSON Lines, <see cref="JsonLine"/> is the one-based line number of the document that
/// failed (the number an editor shows), and <see cref="JsonException.LineNumber"/> is that line minus one.
/// When writing, the location properties are <see langword="null"/>.
/// </para>
/// <para>
/// <see cref="Problem"/> is the same failure in the shape every reader, writer and the validator report:
/// its code (<c>json.syntax</c>, <c>json.invalid-document</c>, <c>json.line-too-long</c>, <c>json.encoding</c>,
/// <c>json.unwritable</c>), the message without the location, and the location as properties (one-based line
/// and column, the path without the leading <c>$.</c>).
/// </para>
/// <para>
/// Reading never lets another exception type escape for bad input: no
/// <see cref="InvalidCastException"/>, <see cref="ArgumentException"/>, <see cref="OverflowException"/>,
/// NodaTime parse exception or <see cref="NullReferenceException"/>. When a lower-level exception was
/// the cause it is kept as <see cref="Exception.InnerException"/>.
/// </para>
/// </remarks>
/// <threadsafety>Instances are not modified after they are thrown.</threadsafety>
public sealed class DatasetJsonException : JsonException
{
    /// <summary>Initializes a new instance with a default message and no location.</summary>
    public DatasetJsonException()
        : this("The JSON dataset document could not be read or written.")
    {
    }

    /// <summary>Initializes a new instance with a message and no location.</summary>
    /// <param name="message">What is wrong and what was expected.</param>
    public DatasetJsonException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message, the cause and no location.</summary>
    /// <param name="message">What is wrong and what was expected.</param>
    /// <param name="innerException">The lower-level exception that caused this one.</param>
    public DatasetJsonException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance with a message and the location of the offending token.</summary>
    /// <param name="message">What is wrong and what was expected, including the location.</param>
    /// <param name="path">The JSON path of the offending value, such as <c>$.engagements[0].time.start</c>.</param>
    /// <param name="lineNumber">The zero-based line of the offending token.</param>
    /// <param name="bytePositionInLine">The zero-based byte offset in that line, just past the offending token.</param>
    /// <param name="jsonLine">The one-based JSON Lines line of the failing document, or <see langword="null"/> outside JSON Lines.</param>
    /// <param name="innerException">The lower-level exception that caused this one, or <see langword="null"/>.</param>
    public DatasetJsonException(string message, string? path, long? lineNumber, long? bytePositionInLine, long? jsonLine, Exception? innerException)
        : this(DefaultCode, message, message, path, lineNumber, bytePositionInLine, jsonLine, innerException)
    {
    }

    /// <summary>Initializes a new instance with its code, the reason without the location, and the location.</summary>
    /// <param name="code">The problem code.</param>
    /// <param name="reason">What is wrong and what was expected, without the location.</param>
    /// <param name="message">The exception's message: the reason with the location.</param>
    /// <param name="path">The JSON path of the offending value.</param>
    /// <param name="lineNumber">The zero-based line of the offending token.</param>
    /// <param name="bytePositionInLine">The zero-based byte offset in that line.</param>
    /// <param name="jsonLine">The one-based JSON Lines line, or <see langword="null"/>.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    internal DatasetJsonException(string code, string reason, string message, string? path, long? lineNumber, long? bytePositionInLine, long? jsonLine, Exception? innerException)
        : base(message, path, lineNumber, bytePositionInLine, innerException)
    {
        JsonLine = jsonLine;
        Code = code;
        Reason = reason;
    }

    /// <summary>The code of a failure built through the public constructors.</summary>
    private const string DefaultCode = "json.invalid-document";

    /// <summary>
    /// Gets the one-based line number, in a JSON Lines stream, of the document that could not be read;
    /// <see langword="null"/> when the input was a single document or the failure was while writing.
    /// </summary>
    public long? JsonLine { get; }

    /// <summary>
    /// Gets the failure as a <see cref="Validation.Problem"/>: an error with the code, the message without its
    /// location, the one-based line (<see cref="JsonLine"/> for JSON Lines) and column, and the path in the
    /// validator's form (<c>engagements[0].time</c>; empty for the document). <see cref="Validation.Problem.File"/>
    /// is <see langword="null"/>: the caller knows the file's name and sets it with <c>with</c>.
    /// </summary>
    public Problem Problem => new()
    {
        Code = Code ?? DefaultCode,
        Severity = ValidationSeverity.Error,
        Message = Reason ?? Message,
        Path = Path switch
        {
            null => null,
            "$" => string.Empty,
            var p when p.StartsWith("$.", StringComparison.Ordinal) => p[2..],
            var p when p.StartsWith('$') => p[1..],
            var p => p,
        },
        Line = JsonLine ?? (LineNumber is { } line ? line + 1 : null),
        Column = BytePositionInLine is { } column ? column + 1 : null,
    };

    /// <summary>Gets the problem code, or <see langword="null"/> when built through a public constructor.</summary>
    private string? Code { get; }

    /// <summary>Gets the message without the location, or <see langword="null"/> when built through a public constructor.</summary>
    private string? Reason { get; }
}
