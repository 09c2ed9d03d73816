using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

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
    public static CliResult RunProcess(params string[] args) => RunProcessWithInput(null, args);

    /// <summary>Runs the tool as a process with <paramref name="standardInput"/> piped to it (the whole file, then end of input).</summary>
    public static CliResult RunProcessWithInput(string? standardInput, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ConflictModel.Cli.dll");
        var start = new ProcessStartInfo("dotnet", [dll, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            WorkingDirectory = Repository.Root,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            var writing = Task.Run(() =>
            {
                using var stdin = new StreamWriter(process.StandardInput.BaseStream, new System.Text.UTF8Encoding(false));
                stdin.Write(standardInput);
            });
            writing.Wait(60_000);
        }

        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("conflictmodel " + string.Join(' ', args) + " did not finish within 60 s.");
        }

        return new CliResult(process.ExitCode, output.Result, error.Result);
    }
}
