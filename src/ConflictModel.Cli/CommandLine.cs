using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using ConflictModel.Cli.Commands;

namespace ConflictModel.Cli;

/// <summary>
/// The <c>conflictmodel</c> command line: the root command with one subcommand per file under
/// <c>Commands/</c>, and the one entry point both <c>Program</c> and the in-process tests call.
/// </summary>
internal static class CommandLine
{
    /// <summary>Builds the root command and its subcommands.</summary>
    /// <param name="errorIsTerminal">Whether standard error is a terminal, which turns progress on for large files.</param>
    /// <returns>A new root command.</returns>
    /// <remarks>
    /// The root is a plain command named <c>conflictmodel</c> rather than a <see cref="RootCommand"/>, whose
    /// name is the host's file name ("testhost" in tests, "ConflictModel.Cli" under <c>dotnet</c>); it
    /// gets the same help and version options.
    /// </remarks>
    internal static Command Create(bool errorIsTerminal = false) =>
        new(Name, "Validate, summarise, document, convert, count, export, match and draw ConflictModel datasets (armed-conflict events with disputed figures and sourced statements) and the UCDP GED and ACLED files and API answers they come from; read and write Wikipedia infobox casualty figures.")
        {
            new HelpOption(),
            new VersionOption { Action = new ToolVersionAction() },
            ValidateCommand.Create(errorIsTerminal),
            SummaryCommand.Create(),
            SchemaCommand.Create(),
            DocsCommand.Create(),
            ConvertCommand.Create(errorIsTerminal),
            AggregateCommand.Create(),
            ExportCommand.Create(),
            MatchCommand.Create(),
            ParseCasualtiesCommand.Create(),
            InfoboxCommand.Create(),
            ChartCommand.Create(),
        };

    /// <summary>The tool's command name.</summary>
    internal const string Name = "conflictmodel";

    /// <summary>Parses <paramref name="args"/> and runs the command they name.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="output">Where results go (standard output).</param>
    /// <param name="error">Where problems with the command itself and progress go (standard error).</param>
    /// <param name="errorIsTerminal">Whether standard error is a terminal, which turns progress on for large files.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    internal static int Invoke(string[] args, TextWriter output, TextWriter error, bool errorIsTerminal = false)
    {
        var result = Create(errorIsTerminal).Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            // Commands report unreadable files and documents themselves, in one line each; a file-system
            // failure elsewhere (an --out directory that cannot be written) is caught below, also in one line.
            EnableDefaultExceptionHandler = false,
        };

        if (result.Action is ParseErrorAction && result.Errors.Count > 0)
        {
            return UsageError(result, error);
        }

        try
        {
            return result.Invoke(configuration);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(Name + ": " + exception.Message);
            return ExitCodes.Unreadable;
        }
    }

    /// <summary>Writes the first parse error in one line, then the usage of the command it is about.</summary>
    private static int UsageError(ParseResult result, TextWriter error)
    {
        var path = new List<string>();
        for (var command = result.CommandResult; command is not null; command = command.Parent as CommandResult)
        {
            if (command.Parent is not null)
            {
                path.Insert(0, command.Command.Name);
            }
        }

        // An unknown word is the most likely mistake and the most useful thing to name; the library's
        // own messages may span lines ("Must be one of:" and a list), which are joined into one.
        var message = result.UnmatchedTokens.Count > 0
            ? $"Unrecognized command or argument '{result.UnmatchedTokens[0]}'."
            : string.Join(' ', result.Errors[0].Message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        error.WriteLine(Name + ": " + message);
        error.WriteLine("Usage: " + UsageOf(path));
        error.WriteLine($"Run '{string.Join(' ', [Name, .. path])} --help' for more information.");
        return ExitCodes.UsageError;
    }

    /// <summary>Takes the usage line from the help the library writes, so the two never disagree.</summary>
    private static string UsageOf(List<string> path)
    {
        using var help = new StringWriter();
        Create().Parse([.. path, "--help"]).Invoke(new InvocationConfiguration { Output = help, Error = help });
        var lines = help.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var usage = lines.FindIndex(l => l.StartsWith("Usage:", StringComparison.Ordinal));
        return usage >= 0 && usage + 1 < lines.Count ? lines[usage + 1].Trim() : string.Join(' ', [Name, .. path]);
    }
}
