using System.CommandLine;

namespace ConflictModel.Cli.Commands;

/// <summary><c>conflictmodel docs [--out DIR] [--page codebook|problem-codes]</c>: writes the generated Markdown pages.</summary>
internal static class DocsCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>A new command.</returns>
    internal static Command Create()
    {
        var output = OutputDirectory.Create($"{DocumentationFiles.CodebookFileName} and {DocumentationFiles.ProblemCodesFileName}");
        var page = new Option<string>("--page")
        {
            Description = $"Which page to write: codebook ({DocumentationFiles.CodebookFileName}), problem-codes ({DocumentationFiles.ProblemCodesFileName}), or all (the default; without --out, the codebook then the problem codes).",
            DefaultValueFactory = _ => "all",
            HelpName = "all|codebook|problem-codes",
        };
        page.AcceptOnlyFromAmong("all", "codebook", "problem-codes");
        var command = new Command("docs", $"Write the generated Markdown pages: the codebook of the format, generated from the JSON Schema with example values from the Timbuktu 2025 document ({DocumentationFiles.CodebookFileName}), and every problem code with its severity, meaning and fix ({DocumentationFiles.ProblemCodesFileName}). The committed copies are in docs/.")
        {
            output,
            page,
        };
        command.SetAction(result =>
        {
            var which = result.GetValue(page);
            var directory = result.GetValue(output);
            if (which is "all" or "codebook")
            {
                OutputDirectory.Write(result, directory, DocumentationFiles.CodebookFileName, DocumentationFiles.Codebook());
            }

            if (which is "all" or "problem-codes")
            {
                OutputDirectory.Write(result, directory, DocumentationFiles.ProblemCodesFileName, DocumentationFiles.ProblemCodes());
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
