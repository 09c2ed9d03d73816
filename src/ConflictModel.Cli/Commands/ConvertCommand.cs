using System.CommandLine;
using System.IO;
using ConflictModel.Cli.Convert;
using ConflictModel.Cli.Validate;

namespace ConflictModel.Cli.Commands;

/// <summary><c>conflictmodel convert --from ged|acled|json|jsonl --to json|jsonl|ged|acled IN OUT</c>.</summary>
internal static class ConvertCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="errorIsTerminal">Whether standard error is a terminal, which turns progress on for large files.</param>
    /// <returns>A new command.</returns>
    internal static Command Create(bool errorIsTerminal)
    {
        var from = new Option<string>("--from")
        {
            Description = "The input format: ged (UCDP GED CSV), acled (ACLED CSV, direct export or HDX with its hashtag row), json (one dataset document) or jsonl (JSON Lines, one document per line).",
            Required = true,
            HelpName = "ged|acled|json|jsonl",
        };
        from.AcceptOnlyFromAmong("ged", "acled", "json", "jsonl");
        var to = new Option<string>("--to")
        {
            Description = "The output format: json (one document holding every engagement; the whole dataset is held in memory), jsonl (one document per line: one per import batch from CSV, one per input line from JSON Lines; memory bounded by a batch), ged or acled (CSV, streamed; what the format cannot hold is listed in docs/interop.md).",
            Required = true,
            HelpName = "json|jsonl|ged|acled",
        };
        to.AcceptOnlyFromAmong("json", "jsonl", "ged", "acled");
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
            Description = "How many threads map GED or ACLED rows (the output is the same on any number). 1 (the default) does all the work on one thread; for whole datasets try the number of cores with a --batch-size of a few hundred.",
            DefaultValueFactory = _ => 1,
            HelpName = "N",
        }.AtLeastOne();
        var warnings = new Option<bool>("--warnings")
        {
            Description = "Also print each import warning (suspicious values that were imported as they stand, such as high below best or a -1 sentinel) and each export note (engagements split over rows, what the format cannot hold), one line each, on standard error.",
        };
        var input = new Argument<FileInfo>("IN")
        {
            Description = "The file to read.",
        }.RejectOptionLikeNames();
        var output = new Argument<string>("OUT")
        {
            Description = "The file to write (replaced only when the conversion succeeds; a failed one leaves no partial file), or - for standard output.",
        }.RejectOptionLikeNames();

        var command = new Command("convert", "Convert a dataset between UCDP GED CSV, ACLED CSV, JSON and JSON Lines, streaming: CSV is imported in batches and CSV and JSON Lines are written as they come. Standard error gets each bad row in one located line, progress on large files when it is a terminal, and at the end the import summary (rows read = imported + rejected, warnings) and what was written. Exit code: 0 when everything was converted (warnings allowed), 1 when --bad-rows skip left rows or lines out, 2 when the command line is wrong, the input cannot be read, is not a file of the format (a required column missing, JSON that does not parse) or has a bad row under --bad-rows stop (the default), or the output cannot be written.")
        {
            from,
            to,
            badRows,
            batchSize,
            threads,
            warnings,
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
                result.GetValue(warnings));
            var converter = new Converter(configuration.Output, configuration.Error, new Progress(configuration.Error, errorIsTerminal));
            return await converter.ConvertAsync(request, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
