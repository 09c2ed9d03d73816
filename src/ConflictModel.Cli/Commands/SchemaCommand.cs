using System.CommandLine;
using ConflictModel.Schema;

namespace ConflictModel.Cli.Commands;

/// <summary><c>conflictmodel schema [--out DIR]</c>: writes the JSON Schema of the format.</summary>
internal static class SchemaCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>A new command.</returns>
    internal static Command Create()
    {
        var output = OutputDirectory.Create(DatasetSchema.FileName);
        var command = new Command("schema", $"Write the JSON Schema (draft 2020-12) of dataset documents, format {DatasetDocument.CurrentFormatVersion}, generated from the library: {DatasetSchema.FileName}. The committed copy is docs/schema/.")
        {
            output,
        };
        command.SetAction(result => OutputDirectory.Write(result, result.GetValue(output), DatasetSchema.FileName, DocumentationFiles.Schema()));
        return command;
    }
}
