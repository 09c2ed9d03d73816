using System.CommandLine;
using System.IO;
using ConflictModel.Cli.Validate;
using ConflictModel.Interop.Formats;

namespace ConflictModel.Cli.Commands;

/// <summary><c>conflictmodel validate FILE... [--format auto|FORMAT] [--output text|json]</c>.</summary>
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
        var registry = FormatRegistry.Default;
        var readable = registry.ReadableNames;
        var format = new Option<string>("--format", "-f")
        {
            Description = "How to read the files: auto (the default: each file's first bytes decide), or a format of the registry: " + string.Join(", ", readable) + ". CSV files are read with bad rows skipped and reported, and each batch is validated.",
            DefaultValueFactory = _ => "auto",
            HelpName = "auto|" + string.Join('|', readable),
        };
        format.AcceptOnlyFromAmong(["auto", .. readable]);
        var output = new Option<string>("--output", "-o")
        {
            Description = "How to print problems: text, one line each as 'file:line path code severity message' (path $ is the whole document; every code is in docs/problem-codes.md), or json, one JSON object with every file's problems and counts.",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        output.AcceptOnlyFromAmong("text", "json");

        var command = new Command("validate", "Read and validate dataset documents. Prints every problem with its file, line, JSON path, code (see docs/problem-codes.md) and severity. Exit code: 0 when there is no error (warnings allowed), 1 when there are validation errors, 2 when a file cannot be read or a document is not readable JSON of the format. Problems go to standard output; a closing count goes to standard error, and so does progress on large JSON Lines files when standard error is a terminal.")
        {
            files,
            format,
            output,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var configuration = result.InvocationConfiguration;
            using var writer = ProblemWriter.Create(result.GetValue(output)!, configuration.Output, configuration.Error);
            var validator = new FileValidator(writer, new Progress(configuration.Error, errorIsTerminal), registry);
            return await validator.ValidateAsync(result.GetRequiredValue(files), result.GetValue(format)!, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
