using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConflictModel.Validation;

namespace ConflictModel.Cli.Validate;

/// <summary>Writes the problems of the files being validated, as they are found (nothing is held back).</summary>
internal abstract class ProblemWriter : System.IDisposable
{
    /// <summary>Starts a file.</summary>
    /// <param name="file">The file as named on the command line.</param>
    /// <param name="format">"json" or "jsonl".</param>
    public abstract void BeginFile(string file, string format);

    /// <summary>Writes one problem of the current file.</summary>
    /// <param name="problem">The problem, its file set.</param>
    public abstract void Write(Problem problem);

    /// <summary>Ends the current file.</summary>
    /// <param name="tally">What the file held.</param>
    public abstract void EndFile(Tally tally);

    /// <summary>Ends the report.</summary>
    /// <param name="total">What all the files held.</param>
    /// <param name="exitCode">The exit code the command returns.</param>
    public abstract void End(Tally total, int exitCode);

    /// <summary>Releases what the writer holds; what it wrote stays written.</summary>
    public virtual void Dispose()
    {
    }

    /// <summary>The path as the report shows it: <c>$</c> for the document itself, <c>-</c> when there is none.</summary>
    private static string PathOf(Problem problem) => problem.Path switch { null => "-", "" => "$", var p => p };

    private static string SeverityOf(Problem problem) => problem.Severity.ToString().ToLowerInvariant();

    /// <summary>Creates the writer for <c>--output</c>.</summary>
    /// <param name="format">"text" or "json".</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error, for the closing count of the text form.</param>
    /// <returns>A writer.</returns>
    public static ProblemWriter Create(string format, TextWriter output, TextWriter error) =>
        format == "json" ? new JsonProblemWriter(output) : new TextProblemWriter(output, error);

    /// <summary>Writes <c>file:line path code severity message</c>, one problem a line (path <c>$</c> for the whole document, <c>-</c> for a record outside any document, such as a CSV row).</summary>
    private sealed class TextProblemWriter(TextWriter output, TextWriter error) : ProblemWriter
    {
        public override void BeginFile(string file, string format)
        {
        }

        public override void Write(Problem problem) =>
            output.WriteLine($"{problem.File}:{problem.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {PathOf(problem)} {problem.Code} {SeverityOf(problem)} {(problem.ColumnName is { } c ? "column '" + c + "': " : string.Empty)}{problem.Message}");

        public override void EndFile(Tally tally)
        {
        }

        public override void End(Tally total, int exitCode) => error.WriteLine(total.ToString());
    }

    /// <summary>Writes one JSON object, streamed: files with their problems, then the counts.</summary>
    private sealed class JsonProblemWriter : ProblemWriter
    {
        private readonly TextWriter _output;
        private readonly ArrayBufferWriter<byte> _buffer = new();
        private readonly Utf8JsonWriter _json;

        public JsonProblemWriter(TextWriter output)
        {
            _output = output;
            _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            _json.WriteStartObject();
            _json.WriteStartArray("files");
        }

        public override void BeginFile(string file, string format)
        {
            _json.WriteStartObject();
            _json.WriteString("file", file);
            _json.WriteString("format", format);
            _json.WriteStartArray("problems");
        }

        public override void Write(Problem problem)
        {
            _json.WriteStartObject();
            if (problem.Line is { } line)
            {
                _json.WriteNumber("line", line);
            }

            if (problem.Column is { } column)
            {
                _json.WriteNumber("column", column);
            }

            if (problem.ColumnName is { } columnName)
            {
                _json.WriteString("columnName", columnName);
            }

            _json.WriteString("path", PathOf(problem));
            _json.WriteString("code", problem.Code);
            _json.WriteString("severity", SeverityOf(problem));
            _json.WriteString("message", problem.Message);
            if (problem.Value is { } value)
            {
                _json.WriteString("value", value);
            }

            _json.WriteEndObject();
            Flush();
        }

        public override void EndFile(Tally tally)
        {
            _json.WriteEndArray();
            WriteCounts(tally);
            _json.WriteEndObject();
            Flush();
        }

        public override void End(Tally total, int exitCode)
        {
            _json.WriteEndArray();
            WriteCounts(total);
            _json.WriteNumber("exitCode", exitCode);
            _json.WriteEndObject();
            Flush();
            _output.WriteLine();
        }

        public override void Dispose()
        {
            _json.Dispose();
            base.Dispose();
        }

        private void WriteCounts(Tally tally)
        {
            _json.WriteNumber("documents", tally.Documents);
            _json.WriteNumber("unreadable", tally.Unreadable);
            _json.WriteNumber("errors", tally.Errors);
            _json.WriteNumber("warnings", tally.Warnings);
            _json.WriteNumber("infos", tally.Infos);
        }

        private void Flush()
        {
            _json.Flush();
            _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
            _buffer.ResetWrittenCount();
        }
    }
}
