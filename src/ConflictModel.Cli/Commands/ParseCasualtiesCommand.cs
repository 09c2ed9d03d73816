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

/// <summary><c>conflictmodel parse-casualties "TEXT" [--output text|json]</c>: reads a Wikipedia casualties field into estimates.</summary>
internal static class ParseCasualtiesCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>A new command.</returns>
    internal static Command Create()
    {
        var text = new Argument<string>("TEXT")
        {
            Description = "The casualties or strength field of a Wikipedia \"Infobox military conflict\", wikitext included (quote it): \"30–60+ killed\", \"120 killed, 410 wounded<ref>...</ref>\".",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "How to print the result: text, one line per estimate ('estimate [start, end) \"text\": measure m, quantity q[, unit u][, by attribution][, under heading][, words \"w\"]' where words are what names a count the model has no measure for, offsets in UTF-16 code units) and per unparsed stretch ('unparsed [start, end) \"text\"'), or json, one object with the input, whether it was understood completely, the estimates and the unparsed stretches.",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        output.AcceptOnlyFromAmong("text", "json");

        var command = new Command("parse-casualties", "Parse a Wikipedia infobox casualties or strength field into estimates: measure (killed, wounded, captured...), quantity (exact, at least, about, range, open range, a word such as \"dozens\"), unit when not people (tanks, aircraft), attribution (\"Per Russia:\", \"(Ukrainian claim)\") and the span of the input each came from; then whatever was not understood, with its span. References, links, comments and other markup are accounted for but not printed. Exit code: 0 when every part of the text was understood, 1 when some of it was not (the unparsed stretches are printed), 2 when the command line is wrong. A closing count goes to standard error.")
        {
            text,
            output,
        };
        command.SetAction(result =>
        {
            var configuration = result.InvocationConfiguration;
            var parsed = CasualtyParser.Parse(result.GetRequiredValue(text));
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

            if (estimate.Attribution is { } attribution)
            {
                line.Append(", by ").Append(attribution);
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

    private static void WriteJson(TextWriter output, CasualtyParseResult parsed)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
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

                if (quantity.Term is { } term)
                {
                    json.WriteString("term", term);
                }

                json.WriteEndObject();
                WriteStringOrNull(json, "unit", estimate.Unit);
                WriteStringOrNull(json, "attribution", estimate.Attribution);
                WriteStringOrNull(json, "group", estimate.Group);
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
