using System.CommandLine;
using System.IO;
using ConflictModel.Reporting;

namespace ConflictModel.Cli.Commands;

/// <summary><c>conflictmodel summary FILE</c>: prints the readable summary of a document.</summary>
internal static class SummaryCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>A new command.</returns>
    internal static Command Create()
    {
        var file = new Argument<FileInfo>("FILE")
        {
            Description = "A dataset document in JSON (one document; for JSON Lines, use validate).",
        }.RejectOptionLikeNames();
        var command = new Command("summary", "Print a readable summary of a dataset document: sides, sites, timeline, outcomes, and every figure with each source's estimate and the reconciled range under each policy.")
        {
            file,
        };
        command.SetAction(result =>
        {
            var path = result.GetRequiredValue(file);
            if (DocumentFiles.TryRead(path, result.InvocationConfiguration.Error) is not { } document)
            {
                return ExitCodes.Unreadable;
            }

            DocumentSummaryWriter.Write(result.InvocationConfiguration.Output, document);
            return ExitCodes.Success;
        });
        return command;
    }
}
