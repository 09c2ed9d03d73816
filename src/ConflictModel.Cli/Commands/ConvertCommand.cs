using System.CommandLine;
using System.IO;
using System.Linq;
using ConflictModel.Cli.Convert;
using ConflictModel.Cli.Validate;
using ConflictModel.Interop.Formats;
using ConflictModel.Json;

namespace ConflictModel.Cli.Commands;

/// <summary><c>conflictmodel convert [--from auto|FORMAT] --to FORMAT IN OUT</c>, over the formats of <see cref="FormatRegistry.Default"/>.</summary>
internal static class ConvertCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="errorIsTerminal">Whether standard error is a terminal, which turns progress on for large files.</param>
    /// <returns>A new command.</returns>
    internal static Command Create(bool errorIsTerminal)
    {
        var registry = FormatRegistry.Default;
        var readable = registry.Formats.Where(f => f.CanRead).ToArray();
        var writable = registry.Formats.Where(f => f.CanWrite).ToArray();
        var from = new Option<string>("--from")
        {
            Description = "The input format: auto (the default: the file's first bytes decide, and when they cannot, the message says what they show and which formats fit), or " + Listed(readable) + ". A named format the file plainly is not in is refused with the format it looks like.",
            DefaultValueFactory = _ => "auto",
            HelpName = "auto|" + string.Join('|', readable.Select(f => f.Name)),
        };
        from.AcceptOnlyFromAmong(["auto", .. readable.Select(f => f.Name)]);
        var to = new Option<string>("--to")
        {
            Description = "The output format: " + Listed(writable) + ". json holds the whole dataset in memory (one document); the others are streamed. What each cannot hold is listed in docs/interop.md and noted per engagement.",
            Required = true,
            HelpName = string.Join('|', writable.Select(f => f.Name)),
        };
        to.AcceptOnlyFromAmong([.. writable.Select(f => f.Name)]);
        var shape = new Option<string>("--jsonl-shape")
        {
            Description = "What a JSON Lines line holds: engagement (the default: one engagement per line, a self-contained document with the sources and actors it references, as jq, DuckDB, pandas and Spark read it) or document (one line per input document: per import batch from CSV, per input line from JSON Lines).",
            DefaultValueFactory = _ => "engagement",
            HelpName = "engagement|document",
        };
        shape.AcceptOnlyFromAmong("engagement", "document");
        var badRows = new Option<string>("--bad-rows")
        {
            Description = "What to do with a CSV row or JSON Lines line that cannot be read: stop (at the first; nothing is written, exit code 2) or skip (leave it out, convert the rest, exit code 1). Either way each bad row is printed on standard error as 'file:line: error code: column, value: reason'.",
            DefaultValueFactory = _ => "stop",
            HelpName = "stop|skip",
        };
        badRows.AcceptOnlyFromAmong("stop", "skip");
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "How many engagements a GED or ACLED import reads before handing them on; memory is bounded by a batch, and --to jsonl writes one document per batch.",
            DefaultValueFactory = _ => 1000,
            HelpName = "N",
        }.AtLeastOne();
        var threads = new Option<int>("--threads")
        {
            Description = "How many threads map GED or ACLED rows and serialize JSON Lines (the output is the same on any number). The default is the number of cores for inputs of 64 MiB or more, and 1 below.",
            DefaultValueFactory = _ => 0,
            HelpName = "N",
        };
        threads.Validators.Add(r =>
        {
            // 0, the default, is "decide from the input's size"; given on the command line, it must be a count.
            if (r.Tokens.Count > 0 && r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--threads must be 1 or more.");
            }
        });
        var warnings = new Option<bool>("--warnings")
        {
            Description = "Also print each import warning (suspicious values that were imported as they stand, such as high below best or a -1 sentinel) and each export note (engagements split over rows, what the format cannot hold), one line each, on standard error.",
        };
        var strict = new Option<bool>("--strict")
        {
            Description = "Make every fact the output format cannot hold (a figure, an estimate beyond the one written, a statement, a side, an incident, an outcome...) an error: each is printed as an error, located at its engagement and member, and the exit code is 1 (the output is still written). Without it they are notes, counted at the end.",
        };
        var spreadsheetSafe = new Option<bool>("--spreadsheet-safe")
        {
            Description = "Write CSV values that a spreadsheet would run as formulas (starting with =, +, -, @, a tab or a carriage return, and not a number) with a leading apostrophe. The default writes every value as it is, and a warning says how many such values there are; the importers remove the apostrophe again.",
        };
        var layout = new Option<string?>("--layout")
        {
            Description = "The layout of the output format to write, for formats published in several (" + Layouts(writable) + "). The default writes the layout each engagement was read in, or the format's current layout when the input records none; a name the output format does not have is refused (exit code 2) with the layouts it has.",
            HelpName = "NAME",
        };
        var input = new Argument<FileInfo>("IN")
        {
            Description = "The file to read, or a folder of saved API pages (ucdp-api, acled-api: its .json files in page order, natural order of their names).",
        }.RejectOptionLikeNames();
        var output = new Argument<string>("OUT")
        {
            Description = "The file to write (replaced only when the conversion succeeds; a failed one leaves no partial file), or - for standard output.",
        }.RejectOptionLikeNames();

        var command = new Command("convert", "Convert a dataset between the formats of the registry (UCDP GED CSV, ACLED CSV, JSON and JSON Lines; the UCDP and ACLED API JSON as input only), streaming: CSV is imported in batches and CSV and JSON Lines are written as they come; the input's format is recognised from its first bytes unless --from names it. Standard error gets each bad row in one located line, progress on large files when it is a terminal, and at the end the import summary (rows read = imported + rejected, warnings) and what was written. Exit code: 0 when everything was converted (warnings and notes allowed), 1 when --bad-rows skip left rows or lines out, an engagement could not be written (no id for the required event id column), or --strict and the output format cannot hold a fact of the input, 2 when the command line is wrong, the input cannot be read, is not a file of the format (a required column missing, JSON that does not parse) or has a bad row under --bad-rows stop (the default), or the output cannot be written.")
        {
            from,
            to,
            shape,
            badRows,
            batchSize,
            threads,
            warnings,
            strict,
            spreadsheetSafe,
            layout,
            input,
            output,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var configuration = result.InvocationConfiguration;
            var request = new ConvertRequest(
                result.GetValue(from)!,
                result.GetValue(to)!,
                result.GetRequiredValue(input),
                result.GetRequiredValue(output),
                result.GetValue(badRows) == "skip",
                result.GetValue(batchSize),
                result.GetValue(threads),
                result.GetValue(warnings),
                result.GetValue(shape) == "document" ? JsonLinesShape.Document : JsonLinesShape.Engagement,
                result.GetValue(strict),
                result.GetValue(spreadsheetSafe),
                result.GetValue(layout));
            var converter = new Converter(configuration.Output, configuration.Error, new Progress(configuration.Error, errorIsTerminal), registry);
            return await converter.ConvertAsync(request, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static string Layouts(DatasetFormat[] formats)
    {
        var layered = formats.Where(f => f.Layouts.Count > 0).Select(f => f.Name + ": " + string.Join(", ", f.Layouts.Select(l => l.Name))).ToArray();
        return layered.Length == 0 ? "none of the output formats has more than one yet" : string.Join("; ", layered);
    }

    private static string Listed(DatasetFormat[] formats) => string.Join("; ", formats.Select(f => f.Name + " (" + f.Description + ")"));
}
