using System.CommandLine;

namespace ConflictModel.Cli.Commands;

/// <summary><c>conflictmodel docs [--out DIR]</c>: writes the Markdown codebook of the format.</summary>
internal static class DocsCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>A new command.</returns>
    internal static Command Create()
    {
        var output = OutputDirectory.Create(DocumentationFiles.CodebookFileName);
        var command = new Command("docs", $"Write the Markdown codebook of the format, generated from the JSON Schema, with example values from the Timbuktu 2025 document: {DocumentationFiles.CodebookFileName}. The committed copy is docs/codebook.md.")
        {
            output,
        };
        command.SetAction(result => OutputDirectory.Write(result, result.GetValue(output), DocumentationFiles.CodebookFileName, DocumentationFiles.Codebook()));
        return command;
    }
}
