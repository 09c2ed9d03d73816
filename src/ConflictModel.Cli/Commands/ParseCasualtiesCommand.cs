using System;
using System.Buffers;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConflictModel.Interop.Wikipedia;

namespace ConflictModel.Cli.Commands;

/// <summary>
/// <c>conflictmodel parse-casualties "TEXT" [--output text|json]</c> reads a Wikipedia casualties field into estimates;
/// <c>conflictmodel parse-casualties --input FILE|-</c> reads one JSON string per line and writes one JSON result per line.
/// </summary>
internal static class ParseCasualtiesCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>A new command.</returns>
    internal static Command Create()
    {
        var text = new Argument<string?>("TEXT")
        {
            Description = "The casualties or strength field of a Wikipedia \"Infobox military conflict\", wikitext included (quote it): \"30–60+ killed\", \"120 killed, 410 wounded<ref>...</ref>\". Leave it out with --input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var input = new Option<string?>("--input", "-i")
        {
            Description = "Bulk mode: read many fields from FILE (or standard input for '-'), one JSON string per line (\"30–60+ killed\"; blank lines are skipped), and write one JSON object per line: {\"line\": n, \"input\", \"complete\", \"estimates\", \"unparsed\"} as --output json gives, or {\"line\": n, \"error\": \"...\"} for a line that is not a JSON string (also reported on standard error with its line number). Exit code 0 when every line was read completely, 1 when some text was left unparsed or some lines were not JSON strings, 2 when FILE cannot be read.",
            HelpName = "FILE|-",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "How to print the result: text, one line per estimate ('estimate [start, end) \"text\": measure m, quantity q[, unit u][, of people][, by claimant][, part of estimate n][, remark \"r\"][, under heading][, words \"w\"]' where words are what names a count the model has no measure for, offsets in UTF-16 code units) and per unparsed stretch ('unparsed [start, end) \"text\"'), or json, one object with the input, whether it was understood completely, the estimates and the unparsed stretches.",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        output.AcceptOnlyFromAmong("text", "json");

        var command = new Command("parse-casualties", "Parse a Wikipedia infobox casualties or strength field into estimates: measure (killed, wounded, captured...), quantity (exact, at least, about, range, open range, a word such as \"dozens\"), unit when not people (tanks, aircraft), attribution (\"Per Russia:\", \"(Ukrainian claim)\") and the span of the input each came from; then whatever was not understood, with its span. References, links, comments and other markup are accounted for but not printed. With --input FILE (or '-'), reads one JSON string per line and writes one JSON result per line, for whole infobox dumps. Exit code: 0 when every part of the text was understood, 1 when some of it was not (the unparsed stretches are printed) or a bulk line was not a JSON string, 2 when the command line is wrong or the file cannot be read. A closing count goes to standard error.")
        {
            text,
            input,
            output,
        };
        command.Validators.Add(result =>
        {
            var hasText = result.GetValue(text) is not null;
            var hasInput = result.GetValue(input) is not null;
            if (hasText == hasInput)
            {
                result.AddError(hasText ? "Give either TEXT or --input, not both." : "Give the TEXT to parse, or --input FILE (or '-') to parse one JSON string per line.");
            }
        });
        command.SetAction(result =>
        {
            var configuration = result.InvocationConfiguration;
            if (result.GetValue(input) is { } path)
            {
                return RunBulk(path, configuration.Output, configuration.Error);
            }

            var parsed = CasualtyParser.Parse(result.GetValue(text));
            if (result.GetValue(output) == "json")
            {
                WriteJson(configuration.Output, parsed);
            }
            else
            {
                WriteText(configuration.Output, parsed);
                var unparsed = parsed.Unparsed.Count;
                configuration.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{parsed.Estimates.Count} estimate{(parsed.Estimates.Count == 1 ? string.Empty : "s")}, {unparsed} unparsed stretch{(unparsed == 1 ? string.Empty : "es")}"));
            }

            return parsed.IsComplete ? ExitCodes.Success : ExitCodes.RowsRejected;
        });
        return command;
    }

    /// <summary>Gets the JSON name of a measure, as dataset documents write it ("killedOrWounded").</summary>
    private static string MeasureName(Figures.Measure measure) => JsonNamingPolicy.CamelCase.ConvertName(measure.ToString());

    private static void WriteText(TextWriter output, CasualtyParseResult parsed)
    {
        foreach (var estimate in parsed.Estimates)
        {
            var line = new StringBuilder();
            line.Append(CultureInfo.InvariantCulture, $"estimate [{estimate.Start}, {estimate.Start + estimate.Length}) {Quote(estimate.Text)}: measure {(estimate.Measure is { } m ? MeasureName(m) : "none")}, quantity {estimate.Quantity}");
            if (estimate.Unit is { } unit)
            {
                line.Append(", unit ").Append(unit);
            }

            if (estimate.Subject is { } subject)
            {
                line.Append(", of ").Append(subject);
            }

            if (estimate.Attribution is { } attribution)
            {
                line.Append(", by ").Append(attribution);
            }

            if (estimate.PartOf is { } whole)
            {
                line.Append(CultureInfo.InvariantCulture, $", part of estimate {whole + 1}");
            }

            if (estimate.Remark is { } remark)
            {
                line.Append(", remark ").Append(Quote(remark));
            }

            if (estimate.Group is { } group)
            {
                line.Append(", under ").Append(group);
            }

            if (estimate.Measure is null && estimate.MeasureText is { } words)
            {
                line.Append(", words ").Append(Quote(words));
            }

            output.WriteLine(line.ToString());
        }

        foreach (var span in parsed.Unparsed)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"unparsed [{span.Start}, {span.End}) {Quote(span.Text)}"));
        }
    }

    /// <summary>
    /// Reads one JSON string per line from <paramref name="path"/> (standard input for "-") and writes one compact JSON
    /// result per line; a line that is not a JSON string gives an error object with its line number and goes on.
    /// </summary>
    private static int RunBulk(string path, TextWriter output, TextWriter error)
    {
        TextReader reader;
        try
        {
            reader = path == "-" ? Console.In : new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"{path}: cannot be read: {e.Message}");
            return ExitCodes.Unreadable;
        }

        int lines = 0, fields = 0, incomplete = 0, bad = 0;
        using (reader)
        {
            try
            {
                while (reader.ReadLine() is { } line)
                {
                    lines++;
                    if (string.IsNullOrWhiteSpace(line))
                    {
                        continue;
                    }

                    if (ReadJsonString(line, out var field, out var problem))
                    {
                        fields++;
                        var parsed = CasualtyParser.Parse(field);
                        incomplete += parsed.IsComplete ? 0 : 1;
                        WriteJson(output, parsed, lines);
                    }
                    else
                    {
                        bad++;
                        var message = string.Create(CultureInfo.InvariantCulture, $"line {lines}: {problem}");
                        error.WriteLine($"{(path == "-" ? "standard input" : path)}: {message}");
                        WriteError(output, lines, problem);
                    }
                }
            }
            catch (IOException e)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: reading stopped after line {lines}: {e.Message}"));
                return ExitCodes.Unreadable;
            }
        }

        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{fields} field{(fields == 1 ? string.Empty : "s")} parsed, {incomplete} with unparsed text, {bad} bad line{(bad == 1 ? string.Empty : "s")}"));
        return incomplete == 0 && bad == 0 ? ExitCodes.Success : ExitCodes.RowsRejected;
    }

    /// <summary>Reads a line that must hold exactly one JSON string (white space around it allowed).</summary>
    private static bool ReadJsonString(string line, out string value, out string problem)
    {
        value = string.Empty;
        problem = string.Empty;
        var bytes = Encoding.UTF8.GetBytes(line);
        var json = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!json.Read() || json.TokenType != JsonTokenType.String)
            {
                problem = $"expected one JSON string such as \"30–60+ killed\", found {Describe(json.TokenType)}";
                return false;
            }

            value = json.GetString()!;
            if (json.Read())
            {
                problem = $"expected one JSON string, found more after it at position {json.TokenStartIndex + 1}";
                return false;
            }

            return true;
        }
        catch (JsonException e)
        {
            problem = $"not valid JSON at position {e.BytePositionInLine + 1}: expected one JSON string such as \"30–60+ killed\"";
            return false;
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "nothing",
    };

    private static void WriteError(TextWriter output, int line, string problem)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("line", line);
            json.WriteString("error", problem);
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void WriteJson(TextWriter output, CasualtyParseResult parsed, int? line = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var options = line is null
            ? new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }
            : new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            if (line is { } number)
            {
                json.WriteNumber("line", number);
            }

            json.WriteString("input", parsed.Input);
            json.WriteBoolean("complete", parsed.IsComplete);
            json.WriteStartArray("estimates");
            foreach (var estimate in parsed.Estimates)
            {
                json.WriteStartObject();
                json.WriteNumber("start", estimate.Start);
                json.WriteNumber("length", estimate.Length);
                json.WriteString("text", estimate.Text);
                WriteStringOrNull(json, "measure", estimate.Measure is { } m ? MeasureName(m) : null);
                WriteStringOrNull(json, "measureText", estimate.MeasureText);
                json.WriteStartObject("quantity");
                var quantity = estimate.Quantity;
                json.WriteString("form", JsonNamingPolicy.CamelCase.ConvertName(quantity.Form.ToString()));
                WriteNumberOrOmit(json, "value", quantity.Value);
                WriteNumberOrOmit(json, "low", quantity.Low);
                WriteNumberOrOmit(json, "high", quantity.High);
                if (quantity.OpenEnded)
                {
                    json.WriteBoolean("openEnded", true);
                }

                if (quantity.Approximate)
                {
                    json.WriteBoolean("approximate", true);
                }

                if (quantity.Term is { } term)
                {
                    json.WriteString("term", term);
                }

                json.WriteEndObject();
                WriteStringOrNull(json, "unit", estimate.Unit);
                WriteStringOrNull(json, "subject", estimate.Subject);
                WriteStringOrNull(json, "attribution", estimate.Attribution);
                WriteStringOrNull(json, "attributionText", estimate.AttributionText);
                WriteStringOrNull(json, "group", estimate.Group);
                if (estimate.PartOf is { } whole)
                {
                    json.WriteNumber("partOf", whole);
                }
                else
                {
                    json.WriteNull("partOf");
                }

                WriteStringOrNull(json, "remark", estimate.Remark);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("unparsed");
            foreach (var span in parsed.Unparsed)
            {
                json.WriteStartObject();
                json.WriteNumber("start", span.Start);
                json.WriteNumber("length", span.Length);
                json.WriteString("text", span.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNumberOrOmit(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
    }

    /// <summary>Quotes text on one line: backslash, double quote, line feed, carriage return and tab escaped as in C.</summary>
    private static string Quote(string text) =>
        "\"" + string.Concat(text.Select(c => c switch
        {
            '\\' => "\\\\",
            '"' => "\\\"",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            _ => c.ToString(),
        })) + "\"";
}
