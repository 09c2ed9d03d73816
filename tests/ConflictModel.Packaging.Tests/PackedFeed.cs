using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace ConflictModel.Packaging.Tests;

/// <summary>
/// The install a new user follows, done once per test run: the repository is cloned (its committed HEAD) into a
/// temporary folder and the clone's git remote is removed; in the clone, the README's "from a clone" commands run
/// as written (they pack the five packages into <c>feed/</c> and install the tool from it); beside the clone, the
/// install commands of docs/getting-started.md run as written (a new console project whose nuget.config names that
/// feed), and the project file and program the guide shows are put in place.
/// </summary>
/// <remarks>
/// Packages restore into a package folder of this run only (<c>NUGET_PACKAGES</c>), so no package cache can serve an
/// older build of the same version, and the tool's global install goes to this run's <c>DOTNET_CLI_HOME</c>: the
/// machine's own caches and tools are not touched. Because the packages are built from a clone, the tests see
/// committed work only.
/// </remarks>
public sealed partial class PackedFeed : IDisposable
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(8);

    public PackedFeed()
    {
        RepositoryRoot = FindRepositoryRoot();
        Root = Directory.CreateTempSubdirectory("conflictmodel-packaging-").FullName;
        Clone = Path.Combine(Root, "conflictmodel");
        Git(Root, "clone", "--quiet", "--no-hardlinks", RepositoryRoot, Clone);
        Git(Clone, "remote", "remove", "origin");
        Version = VersionPrefix().Match(File.ReadAllText(Path.Combine(Clone, "Directory.Build.props"))).Groups["version"].Value;
        var home = Path.Combine(Root, "home");
        ToolsFolder = Path.Combine(home, ".dotnet", "tools");
        Environment = new Dictionary<string, string>
        {
            ["DOTNET_CLI_HOME"] = home,
            ["NUGET_PACKAGES"] = Path.Combine(Root, "packages"),
            ["PATH"] = System.Environment.GetEnvironmentVariable("PATH") + Path.PathSeparator + ToolsFolder,
        };

        var script = string.Join('\n',
            "set -euo pipefail",
            "cd " + Quote(Clone),
            Documentation.Snippet(ReadmePath, "install-from-clone"),
            "cd " + Quote(Root),
            Documentation.Snippet(GettingStartedPath, "install"));
        Dotnet.RunProgram("bash", Root, InstallTimeout, Environment, "-c", script).ShouldSucceed();

        ConsumerProject = Path.Combine(Root, "FirstEngagement");
        ConsumerProjectFile = Path.Combine(ConsumerProject, "FirstEngagement.csproj");
        GeneratedProjectFile = File.ReadAllText(ConsumerProjectFile);
        File.WriteAllText(ConsumerProjectFile, Documentation.Snippet(GettingStartedPath, "project-file"));
        File.WriteAllText(Path.Combine(ConsumerProject, "Program.cs"), string.Join("\n", Documentation.Blocks(GettingStartedPath, "csharp")));
    }

    /// <summary>The repository the tests run in (the folder of ConflictModel.sln).</summary>
    public string RepositoryRoot { get; }

    /// <summary>This run's temporary folder; deleted at the end.</summary>
    public string Root { get; }

    /// <summary>The temporary clone, without a git remote, where the README's commands ran.</summary>
    public string Clone { get; }

    /// <summary>The local feed the README's <c>dotnet pack</c> made.</summary>
    public string Feed => Path.Combine(Clone, "feed");

    /// <summary>The version of the packages (the clone's <c>VersionPrefix</c>).</summary>
    public string Version { get; }

    /// <summary>The environment every child process of these tests runs with: this run's NuGet package folder and CLI home.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Where the README's <c>dotnet tool install --global</c> put the <c>conflictmodel</c> command.</summary>
    public string ToolsFolder { get; }

    /// <summary>The getting-started guide's console project.</summary>
    public string ConsumerProject { get; }

    /// <summary>Its project file, as the guide shows it.</summary>
    public string ConsumerProjectFile { get; }

    /// <summary>The project file as the guide's install commands made it, before the guide's version replaced it.</summary>
    public string GeneratedProjectFile { get; }

    /// <summary>The README of the clone.</summary>
    public string ReadmePath => Path.Combine(Clone, "README.md");

    /// <summary>docs/getting-started.md of the clone.</summary>
    public string GettingStartedPath => Path.Combine(Clone, "docs", "getting-started.md");

    /// <summary>The path of a package in the feed.</summary>
    public string PackagePath(string packageId, string extension = ".nupkg") => Path.Combine(Feed, packageId + "." + Version + extension);

    /// <summary>Runs git in <paramref name="workingDirectory"/> and fails on a non-zero exit.</summary>
    public static void Git(string workingDirectory, params string[] arguments) =>
        Dotnet.RunProgram("git", workingDirectory, TimeSpan.FromMinutes(2), arguments).ShouldSucceed();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is not a test failure.
        }
    }

    private static string Quote(string path) => "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConflictModel.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ConflictModel.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"<VersionPrefix>(?<version>[^<]+)</VersionPrefix>")]
    private static partial Regex VersionPrefix();
}
