using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace ConflictModel.Cli;

/// <summary>
/// Prints the tool's own version for <c>--version</c>. The library's default prints the entry assembly's,
/// which is the test host's when the command line runs in-process.
/// </summary>
internal sealed class ToolVersionAction : SynchronousCommandLineAction
{
    /// <summary>Gets the version: the informational version of this assembly ("0.1.0+commit").</summary>
    internal static string Version { get; } =
        typeof(ToolVersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return ExitCodes.Success;
    }
}
