using System;
using System.Diagnostics;
using System.IO;

namespace ConflictModel.Cli.Tests;

/// <summary>What a run of the tool gave.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs the tool in-process (the same entry point Program calls) or as a separate process.</summary>
internal static class Cli
{
    /// <summary>Runs the tool in this process with captured output and error.</summary>
    public static CliResult Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = CommandLine.Invoke(args, output, error);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs <c>dotnet ConflictModel.Cli.dll ARGS</c> as a process, as a user would run the installed tool.</summary>
    public static CliResult RunProcess(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ConflictModel.Cli.dll");
        var start = new ProcessStartInfo("dotnet", [dll, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repository.Root,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("conflictmodel " + string.Join(' ', args) + " did not finish within 60 s.");
        }

        return new CliResult(process.ExitCode, output.Result, error.Result);
    }
}
