using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using ConflictModel.Cli.Validate;

namespace ConflictModel.Cli.Commands;

/// <summary><c>conflictmodel validate FILE... [--format auto|json|jsonl] [--output text|json]</c>.</summary>
internal static class ValidateCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="errorIsTerminal">Whether standard error is a terminal, which turns progress on for large files.</param>
    /// <returns>A new command.</returns>
    internal static Command Create(bool errorIsTerminal)
    {
        var files = new Argument<FileInfo[]>("FILE")
        {
            Description = "The files to validate: JSON documents, or JSON Lines files with one document per line.",
            Arity = ArgumentArity.OneOrMore,
        }.RejectOptionLikeNames();
        var format = new Option<string>("--format", "-f")
        {
            Description = "How to read the files: json (one document), jsonl (JSON Lines, one document per line) or auto: jsonl for the extensions .jsonl and .ndjson, json otherwise.",
            DefaultValueFactory = _ => "auto",
            HelpName = "auto|json|jsonl",
        };
        format.AcceptOnlyFromAmong("auto", "json", "jsonl");
        var output = new Option<string>("--output", "-o")
        {
            Description = "How to print problems: text, one line each as 'file:line path code severity message' (path $ is the whole document; code 'unparsable' or 'unreadable' when the reader refused it), or json, one JSON object with every file's problems and counts.",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        output.AcceptOnlyFromAmong("text", "json");

        var command = new Command("validate", "Read and validate dataset documents. Prints every problem with its file, line, JSON path, rule code (see docs/validation-rules.md) and severity. Exit code: 0 when there is no error (warnings allowed), 1 when there are validation errors, 2 when a file cannot be read or a document is not readable JSON of the format. Problems go to standard output; a closing count goes to standard error, and so does progress on large JSON Lines files when standard error is a terminal.")
        {
            files,
            format,
            output,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var configuration = result.InvocationConfiguration;
            using var writer = ProblemWriter.Create(result.GetValue(output)!, configuration.Output, configuration.Error);
            var validator = new FileValidator(writer, new Progress(configuration.Error, errorIsTerminal));
            return await validator.ValidateAsync(
                result.GetRequiredValue(files).Select(f => (f, IsJsonLines(f, result.GetValue(format)!))),
                cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static bool IsJsonLines(FileInfo file, string format) => format switch
    {
        "jsonl" => true,
        "json" => false,
        _ => file.Extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || file.Extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase),
    };
}
