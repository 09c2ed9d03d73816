using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace ConflictModel.Packaging.Tests;

/// <summary>Runs the dotnet CLI (or any program) as a child process, output captured, with a time limit.</summary>
internal static class Dotnet
{
    public static Result Run(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        RunProgram("dotnet", workingDirectory, timeout, null, arguments);

    public static Result Run(string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        RunProgram("dotnet", workingDirectory, timeout, environment, arguments);

    public static Result RunProgram(string program, string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        RunProgram(program, workingDirectory, timeout, null, arguments);

    /// <summary>Runs <paramref name="program"/>; <paramref name="environment"/> is set on top of this process's environment.</summary>
    public static Result RunProgram(string program, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under MSBuild's and the test platform's environment; a child build must not inherit it.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "MSBUILDNOINPROCNODE", "DOTNET_HOST_PATH", "VSTEST_HOST_DEBUG" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.Append(e.Data).Append('\n'); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (error) { error.Append(e.Data).Append('\n'); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in {timeout}.\n{output}\n{error}");
        }

        process.WaitForExit();
        return new Result($"{program} {string.Join(' ', arguments)}", process.ExitCode, output.ToString(), error.ToString());
    }

    internal sealed record Result(string CommandLine, int ExitCode, string Output, string Error)
    {
        public Result ShouldSucceed()
        {
            if (ExitCode != 0)
            {
                throw new InvalidOperationException($"'{CommandLine}' exited with {ExitCode}.\n{Output}\n{Error}");
            }

            return this;
        }

        public IEnumerable<string> Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
